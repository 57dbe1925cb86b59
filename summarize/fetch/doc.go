// Package fetch is the stage that gets the pages of articles sent by url alone:
// for an article with a url and neither text nor html, it fetches the page and
// hands its HTML on to normalize, which extracts it like any HTML article. The
// page also fills what the client left out: source (og:site_name, or the host
// without "www."), title and published_at, read from the page's meta tags.
//
// The service fetches addresses its clients choose, so the room is locked down by
// construction rather than by a list of checks at the door:
//
//   - the address is checked when the connection is made (the dialer's Control
//     hook sees the IP the socket connects to), not when the name is looked up, so
//     DNS rebinding cannot reach what the check refuses: loopback, private,
//     link-local (169.254.169.254 included), shared (100.64.0.0/10), unique-local
//     (fc00::/7), 0.0.0.0/8, multicast, broadcast, reserved and documentation
//     ranges, and the IPv4-mapped, IPv4-compatible, NAT64 and 6to4 forms of them.
//     Config.AllowPrivate lifts the private-network part for an intranet;
//     unspecified, multicast, broadcast and cloud metadata addresses stay refused;
//   - http and https only, on their default ports unless Config.Ports lists others;
//     at most 3 redirects, each checked again, never from https to http; no proxy
//     from the environment; TLS always verified;
//   - a deadline for the whole page and one for the response headers; a cap on the
//     body that also bounds what a gzip body expands to (the transport's transparent
//     decompression is off and the decompressed stream is capped); HTML and XHTML
//     only (sniffed when the server names no type); the page's charset decoded;
//   - an honest user agent; at most Config.Concurrency (8) pages at once per call.
//
// A page that cannot be fetched is a *Error whose Reason says why in plain words;
// Fetcher.Fetch turns those into one summarize.EINVALID error naming every article
// that failed, and leaves every field the client sent as it was.
package fetch
