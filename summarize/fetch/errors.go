package fetch

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"syscall"
)

// Kinds of Error: why a page could not be fetched.
const (
	KindRefused  = "refused"   // the address or port is one this server does not connect to
	KindScheme   = "scheme"    // not an http or https address
	KindRedirect = "redirect"  // too many redirects, or https to http
	KindTimeout  = "timeout"   // a deadline passed
	KindTooLarge = "too_large" // the body is over the cap
	KindNotHTML  = "not_html"  // the page is not HTML or XHTML
	KindStatus   = "status"    // the site answered something other than 200
	KindNetwork  = "network"   // the name did not resolve, the connection failed, TLS failed
)

// Error is a page that could not be fetched: Reason says why in words fit for the
// client ("the site answered 404 Not Found"); Err is the cause, never shown.
type Error struct {
	URL    string
	Kind   string
	Reason string
	Status int // the HTTP status, for KindStatus
	Err    error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Reason, e.Err)
	}
	return fmt.Sprintf("fetch %s: %s", e.URL, e.Reason)
}

func (e *Error) Unwrap() error { return e.Err }

// explain turns what the client, the transport or the guard returned into an
// *Error in plain words. expired says the page's own deadline passed.
func (f *Fetcher) explain(err error, expired bool) *Error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	var (
		refused *refusedError
		lookup  *lookupError
		dnsErr  *net.DNSError
		certErr *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		netErr  net.Error
	)
	switch {
	case errors.As(err, &refused) && refused.port:
		return &Error{Kind: KindRefused, Reason: refused.Error(), Err: err}
	case errors.As(err, &refused):
		return &Error{Kind: KindRefused, Reason: refused.Error() + "; this server does not fetch from private or special networks", Err: err}
	case expired:
		return &Error{Kind: KindTimeout, Reason: fmt.Sprintf("the page did not arrive within %s", f.cfg.Timeout), Err: err}
	case errors.As(err, &lookup), errors.As(err, &dnsErr):
		name := ""
		if lookup != nil {
			name = lookup.host
		} else {
			name = dnsErr.Name
		}
		return &Error{Kind: KindNetwork, Reason: fmt.Sprintf("the site's name %s could not be found", short(name)), Err: err}
	case errors.As(err, &certErr), errors.As(err, &unknown), errors.As(err, &host):
		return &Error{Kind: KindNetwork, Reason: "the site's TLS certificate could not be verified", Err: err}
	case errors.As(err, &netErr) && netErr.Timeout():
		return &Error{Kind: KindTimeout, Reason: fmt.Sprintf("the site did not answer within %s", f.cfg.HeaderTimeout), Err: err}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{Kind: KindNetwork, Reason: "the site refused the connection", Err: err}
	}
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil && ue.Err.Error() == "http: server gave HTTP response to HTTPS client" {
		return &Error{Kind: KindNetwork, Reason: "the site does not speak https", Err: err}
	}
	return &Error{Kind: KindNetwork, Reason: "the page could not be fetched (the connection failed)", Err: err}
}
