package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Defaults of Config.
const (
	DefaultTimeout       = 20 * time.Second
	DefaultHeaderTimeout = 10 * time.Second
	DefaultMaxBytes      = 4 << 20
	DefaultConcurrency   = 8
	DefaultUserAgent     = "briefing/1 (+https://github.com/briefing-news/briefing)"
	// MaxRedirects is how many redirects one page may take.
	MaxRedirects = 3
)

// Config is how pages are fetched; zero fields take the defaults.
type Config struct {
	// AllowPrivate lets the fetcher connect to loopback, private, link-local, shared
	// and unique-local addresses (an intranet). Unspecified, multicast, broadcast,
	// documentation and cloud metadata addresses stay refused.
	AllowPrivate bool
	// Ports are the ports a url may name besides its scheme's default (80 for http,
	// 443 for https). Empty: the default ports only.
	Ports []int
	// Timeout bounds the whole fetch of one page, redirects and body included.
	Timeout time.Duration
	// HeaderTimeout bounds the wait for the response headers of each request.
	HeaderTimeout time.Duration
	// MaxBytes bounds the page's body, after decompression.
	MaxBytes int64
	// UserAgent is sent with every request.
	UserAgent string
	// Concurrency is the most pages Fetch gets at once.
	Concurrency int

	// Resolver looks up host names (default net.DefaultResolver). Tests inject one;
	// whatever it answers, the guard checks the address at connect time.
	Resolver Resolver
	// Dial, when set, makes the connection to an address the guard has accepted,
	// in place of a net.Dialer whose Control hook is the guard. Tests use it to
	// serve a public-looking address from loopback; the guard still runs first.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)
	// RootCAs verifies servers' certificates (default: the system's roots). Tests
	// set the httptest server's; verification itself cannot be turned off.
	RootCAs *x509.CertPool
}

// Resolver looks up the addresses of a host; *net.Resolver is one.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// WithDefaults fills the zero fields of c.
func (c Config) WithDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.HeaderTimeout <= 0 {
		c.HeaderTimeout = DefaultHeaderTimeout
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if strings.TrimSpace(c.UserAgent) == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Resolver == nil {
		c.Resolver = net.DefaultResolver
	}
	return c
}

// Page is what a fetch found: the page and what its head says about it.
type Page struct {
	URL         string     // where the page was found, after redirects
	HTML        string     // the page, decoded to UTF-8 from its charset
	SiteName    string     // og:site_name (or application-name), else the host without "www."
	Title       string     // og:title, twitter:title or <title>; "" when the page has none
	PublishedAt *time.Time // article:published_time and kin; nil when the page has none
}

// Fetcher gets pages. It holds a connection pool and no request state: build one
// at start with New and share it.
type Fetcher struct {
	cfg    Config
	guard  *guard
	client *http.Client
	dialer *net.Dialer
}

// New checks the configuration and builds a Fetcher.
func New(cfg Config) (*Fetcher, error) {
	cfg = cfg.WithDefaults()
	g := &guard{allowPrivate: cfg.AllowPrivate, ports: map[uint16]bool{80: true, 443: true}}
	for _, p := range cfg.Ports {
		if p < 1 || p > 65535 {
			return nil, fmt.Errorf("fetch: port %d is out of range 1..65535", p)
		}
		g.ports[uint16(p)] = true
	}
	for _, r := range cfg.UserAgent {
		if r < ' ' || r == 0x7f {
			return nil, fmt.Errorf("fetch: the user agent %q has a control character", cfg.UserAgent)
		}
	}
	f := &Fetcher{cfg: cfg, guard: g}
	f.dialer = &net.Dialer{Timeout: cfg.HeaderTimeout, KeepAlive: 30 * time.Second, Control: g.control}
	transport := &http.Transport{
		Proxy:                  nil, // never a proxy from the environment
		DialContext:            f.dial,
		TLSClientConfig:        &tls.Config{RootCAs: cfg.RootCAs, MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:    cfg.HeaderTimeout,
		ResponseHeaderTimeout:  cfg.HeaderTimeout,
		ExpectContinueTimeout:  time.Second,
		DisableCompression:     true, // gzip is read here, through the cap
		MaxResponseHeaderBytes: 64 << 10,
		MaxIdleConns:           32,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        30 * time.Second,
		ForceAttemptHTTP2:      true,
	}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f, nil
}

// dial looks the host up and connects to its addresses in turn; the dialer's
// Control hook (guard.control) checks each address as the socket connects.
func (f *Fetcher) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		ips, err = f.cfg.Resolver.LookupNetIP(ctx, "ip", host)
		if err != nil {
			return nil, &lookupError{host: host, err: err}
		}
		if len(ips) == 0 {
			return nil, &lookupError{host: host, err: errors.New("no address")}
		}
	}
	var first error
	for _, ip := range ips {
		conn, err := f.connect(ctx, network, net.JoinHostPort(ip.Unmap().String(), port))
		if err == nil {
			return conn, nil
		}
		if first == nil || (isRefused(first) && !isRefused(err)) {
			first = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, first
}

// connect connects to one address: through the dialer, whose Control hook checks
// the address the socket connects to, or through the test hook after that check.
func (f *Fetcher) connect(ctx context.Context, network, address string) (net.Conn, error) {
	if f.cfg.Dial != nil {
		if err := f.guard.control(network, address, nil); err != nil {
			return nil, &net.OpError{Op: "dial", Net: network, Err: err}
		}
		return f.cfg.Dial(ctx, network, address)
	}
	return f.dialer.DialContext(ctx, network, address)
}

func isRefused(err error) bool {
	var r *refusedError
	return errors.As(err, &r)
}

// lookupError is a host name that did not resolve.
type lookupError struct {
	host string
	err  error
}

func (e *lookupError) Error() string { return fmt.Sprintf("lookup %s: %v", e.host, e.err) }
func (e *lookupError) Unwrap() error { return e.err }

// checkURL refuses what is not http or https on an allowed port.
func (f *Fetcher) checkURL(u *url.URL) *Error {
	switch u.Scheme {
	case "http", "https":
	default:
		return &Error{Kind: KindScheme, Reason: fmt.Sprintf("only http and https pages are fetched, not %s:", short(u.Scheme))}
	}
	if u.Hostname() == "" {
		return &Error{Kind: KindScheme, Reason: "the address has no host"}
	}
	if u.User != nil {
		return &Error{Kind: KindScheme, Reason: "the address holds a user name or password, which this server does not send"}
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		def := (u.Scheme == "http" && n == 80) || (u.Scheme == "https" && n == 443)
		if err != nil || n < 1 || n > 65535 || (!def && !f.guard.ports[uint16(n)]) {
			return &Error{Kind: KindRefused, Reason: fmt.Sprintf("port %s is not one this server fetches from (%s uses its default port)", short(p), u.Scheme)}
		}
	}
	return nil
}

// checkRedirect allows at most MaxRedirects redirects, each to a url checkURL
// accepts, and none from https to http.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return &Error{Kind: KindRedirect, Reason: fmt.Sprintf("it redirects more than %d times", MaxRedirects)}
	}
	if prev := via[len(via)-1]; prev.URL.Scheme == "https" && req.URL.Scheme != "https" {
		return &Error{Kind: KindRedirect, Reason: "it redirects from https to http, which this server does not follow"}
	}
	if err := f.checkURL(req.URL); err != nil {
		err.Reason = "it redirects to " + short(req.URL.Redacted()) + ": " + err.Reason
		return err
	}
	return nil
}

// Page fetches one page. Its error is a *Error saying why in plain words, or the
// context's error when ctx ended.
func (f *Fetcher) Page(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || !u.IsAbs() {
		return nil, &Error{URL: rawURL, Kind: KindScheme, Reason: "it is not an absolute http or https address"}
	}
	if e := f.checkURL(u); e != nil {
		e.URL = rawURL
		return nil, e
	}
	pctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	page, err := f.get(pctx, u)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		e := f.explain(err, pctx.Err() != nil)
		e.URL = rawURL
		return nil, e
	}
	return page, nil
}

func (f *Fetcher) get(ctx context.Context, u *url.URL) (*Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &Error{Kind: KindStatus, Status: resp.StatusCode, Reason: fmt.Sprintf("the site answered %s", statusText(resp))}
	}
	declared := strings.TrimSpace(resp.Header.Get("Content-Type"))
	if declared != "" {
		if mt, ok := htmlType(declared); !ok {
			return nil, &Error{Kind: KindNotHTML, Reason: fmt.Sprintf("the page is %s, not HTML", short(mt))}
		}
	}
	limit := f.cfg.MaxBytes
	if resp.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	// The wire body is capped, and so is what it decompresses to.
	var body io.Reader = &capped{r: resp.Body, left: limit}
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, &Error{Kind: KindNotHTML, Reason: "the page's gzip compression is broken", Err: err}
		}
		defer zr.Close()
		body = zr
	default:
		return nil, &Error{Kind: KindNotHTML, Reason: fmt.Sprintf("the page is sent in a compression this server does not read (%s)", short(enc))}
	}
	data, err := io.ReadAll(&capped{r: body, left: limit})
	if err != nil {
		if errors.Is(err, errCap) {
			return nil, tooLarge(limit)
		}
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
			return nil, &Error{Kind: KindNotHTML, Reason: "the page's gzip compression is broken", Err: err}
		}
		return nil, err
	}
	contentType := declared
	if contentType == "" {
		contentType = sniff(data)
		if mt, ok := htmlType(contentType); !ok {
			return nil, &Error{Kind: KindNotHTML, Reason: fmt.Sprintf("the page looks like %s, not HTML", short(mt))}
		}
	}
	enc, _, _ := charset.DetermineEncoding(data, contentType)
	decoded, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		decoded = data
	}
	page := strings.ToValidUTF8(string(decoded), "\uFFFD")
	final := resp.Request.URL
	m := readMeta(page)
	p := &Page{URL: final.String(), HTML: page, SiteName: m.SiteName, Title: m.Title, PublishedAt: m.Published}
	if p.SiteName == "" {
		p.SiteName = siteName(final)
	}
	return p, nil
}

// htmlType says whether a Content-Type is HTML or XHTML, and returns its media type.
func htmlType(contentType string) (string, bool) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	return mt, mt == "text/html" || mt == "application/xhtml+xml"
}

// sniff names the type of a body sent without one; XHTML sniffs as XML, and is
// taken as HTML when it has an html element near the top.
func sniff(data []byte) string {
	ct := http.DetectContentType(data)
	if mt, _ := htmlType(ct); mt == "text/xml" {
		head := data[:min(len(data), 1024)]
		if bytes.Contains(bytes.ToLower(head), []byte("<html")) {
			return "application/xhtml+xml"
		}
	}
	return ct
}

// siteName is the host without "www.": the outlet's name when the page gives none.
func siteName(u *url.URL) string {
	host := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(host, "www.")
}

func statusText(resp *http.Response) string {
	if t := http.StatusText(resp.StatusCode); t != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, t)
	}
	return strconv.Itoa(resp.StatusCode)
}

func tooLarge(limit int64) *Error {
	return &Error{Kind: KindTooLarge, Reason: fmt.Sprintf("the page is larger than %s, the most this server reads", sizeText(limit))}
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// errCap is a body that went past its cap.
var errCap = errors.New("fetch: body over the cap")

// capped reads at most left bytes of r and fails with errCap when r has more.
type capped struct {
	r    io.Reader
	left int64
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, errCap
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n - 1, errCap // the byte past the cap proves there is more
	}
	return n, err
}

// short cuts text echoed in a reason.
func short(s string) string {
	const n = 200
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// redact hides a password in a url echoed back.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return raw
}
