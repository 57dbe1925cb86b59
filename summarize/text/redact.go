package text

import (
	"net/url"
	"strings"
)

// RedactURLs returns raw with the password of every URL in it shown as "xxxxx"
// (url.URL.Redacted). Text that is not a URL with a password is returned as is.
func RedactURLs(raw string) string {
	if !strings.Contains(raw, "@") || !strings.Contains(raw, "://") {
		return raw
	}
	var b strings.Builder
	rest := raw
	for {
		i := strings.Index(rest, "://")
		if i < 0 {
			b.WriteString(rest)
			return b.String()
		}
		// The URL starts at its scheme: letters, digits, + - . before "://".
		start := i
		for start > 0 && isSchemeByte(rest[start-1]) {
			start--
		}
		end := i + 3
		for end < len(rest) && !isURLEnd(rest[end]) {
			end++
		}
		b.WriteString(rest[:start])
		b.WriteString(redactOne(rest[start:end]))
		rest = rest[end:]
	}
}

func redactOne(s string) string {
	u, err := url.Parse(s)
	switch {
	case err == nil && u.User != nil:
		return u.Redacted()
	case err == nil:
		return s
	}
	// Unparsable but shaped like scheme://userinfo@host: hide the whole userinfo.
	i := strings.Index(s, "://")
	host := s[i+3:]
	if j := strings.IndexAny(host, "/?#"); j >= 0 {
		host = host[:j]
	}
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		return s[:i+3] + "xxxxx" + s[i+3+at:]
	}
	return s
}

func isSchemeByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'
}

func isURLEnd(c byte) bool {
	return c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == 0x7f
}
