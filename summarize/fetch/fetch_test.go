package fetch_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/x509"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize/fetch"
)

// TestRefusedByDefault proves the guard: a server on loopback, its port allowed,
// is not connected to unless AllowPrivate is set.
func TestRefusedByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1); htmlPage(w, r) })
	f := newFetcher(t, fetch.Config{Ports: []int{port(t, srv)}})
	fetchErr(t, f, srv.URL+"/story", fetch.KindRefused, "127.0.0.1", "loopback")
	if n := hits.Load(); n != 0 {
		t.Fatalf("the server was reached %d times", n)
	}
}

// TestServedWithAllowPrivate fetches a page from loopback when the intranet
// setting allows it, and reads its head.
func TestServedWithAllowPrivate(t *testing.T) {
	var ua atomic.Value
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { ua.Store(r.Header.Get("User-Agent")); htmlPage(w, r) })
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	p, err := f.Page(context.Background(), srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.HTML, "reopened on Thursday") {
		t.Errorf("page html %q", p.HTML)
	}
	if p.SiteName != "Daily Courier" || p.Title != "Bridge reopens after two years of repairs" {
		t.Errorf("site %q, title %q", p.SiteName, p.Title)
	}
	want := time.Date(2024, 5, 2, 7, 30, 0, 0, time.UTC)
	if p.PublishedAt == nil || !p.PublishedAt.Equal(want) {
		t.Errorf("published %v, want %v", p.PublishedAt, want)
	}
	if got := ua.Load(); got != fetch.DefaultUserAgent {
		t.Errorf("user agent %q, want %q", got, fetch.DefaultUserAgent)
	}
}

// TestSiteNameFromHost: without og:site_name the source is the host without www.,
// and the <title> loses nothing it should keep.
func TestSiteNameFromHost(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Council votes on budget</title></head><body><p>The council voted.</p></body></html>`)
	})
	f := newFetcher(t, fetch.Config{
		Resolver:     &resolver{hosts: map[string][]netip.Addr{"www.courier.test": addrs("127.0.0.1")}},
		AllowPrivate: true, Ports: []int{port(t, srv)},
	})
	p, err := f.Page(context.Background(), fmt.Sprintf("http://www.courier.test:%d/x", port(t, srv)))
	if err != nil {
		t.Fatal(err)
	}
	if p.SiteName != "courier.test" || p.Title != "Council votes on budget" || p.PublishedAt != nil {
		t.Errorf("site %q, title %q, published %v", p.SiteName, p.Title, p.PublishedAt)
	}
}

// TestRedirectToLoopbackRefused: a public site (served from loopback through the
// Dial hook, the guard on) redirects to loopback, by address and by a name that
// resolves there; both are refused at connect time, before the target is reached.
func TestRedirectToLoopbackRefused(t *testing.T) {
	var targetHits atomic.Int32
	target := serve(t, func(w http.ResponseWriter, r *http.Request) { targetHits.Add(1); htmlPage(w, r) })
	tp := port(t, target)
	origin := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/by-address":
			http.Redirect(w, r, fmt.Sprintf("http://127.0.0.1:%d/admin", tp), http.StatusFound)
		case "/by-name":
			http.Redirect(w, r, fmt.Sprintf("http://rebound.test:%d/admin", tp), http.StatusMovedPermanently)
		case "/metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		default:
			htmlPage(w, r)
		}
	})
	f := newFetcher(t, fetch.Config{
		Resolver: &resolver{hosts: map[string][]netip.Addr{
			"news.test":    {publicIP},
			"rebound.test": addrs("127.0.0.1"),
		}},
		Ports: []int{tp},
		Dial:  dialTo(map[int]*httptest.Server{80: origin}),
	})
	if _, err := f.Page(context.Background(), "http://news.test/story"); err != nil {
		t.Fatalf("the public page itself: %v", err)
	}
	fetchErr(t, f, "http://news.test/by-address", fetch.KindRefused, "127.0.0.1", "loopback")
	fetchErr(t, f, "http://news.test/by-name", fetch.KindRefused, "127.0.0.1", "loopback")
	fetchErr(t, f, "http://news.test/metadata", fetch.KindRefused, "169.254.169.254")
	if n := targetHits.Load(); n != 0 {
		t.Fatalf("the loopback target was reached %d times", n)
	}
}

// TestPrivateAnswerForPublicName: a resolver that answers a private address for a
// public name is refused when the socket connects (no Dial hook: the real dialer's
// Control hook), even with the port allowed.
func TestPrivateAnswerForPublicName(t *testing.T) {
	f := newFetcher(t, fetch.Config{Resolver: &resolver{hosts: map[string][]netip.Addr{
		"intranet.example.com": addrs("10.1.2.3"),
		"meta.example.com":     addrs("169.254.169.254"),
		"shared.example.com":   addrs("100.64.0.7"),
		"zero.example.com":     addrs("0.0.0.0"),
	}}})
	fetchErr(t, f, "http://intranet.example.com/", fetch.KindRefused, "10.1.2.3", "private")
	fetchErr(t, f, "https://meta.example.com/", fetch.KindRefused, "169.254.169.254", "metadata")
	fetchErr(t, f, "http://shared.example.com/", fetch.KindRefused, "100.64.0.7", "shared")
	fetchErr(t, f, "http://zero.example.com/", fetch.KindRefused, "0.0.0.0")
	// The metadata address stays refused on an intranet.
	g := newFetcher(t, fetch.Config{AllowPrivate: true, Resolver: &resolver{hosts: map[string][]netip.Addr{"meta.example.com": addrs("169.254.169.254")}}})
	fetchErr(t, g, "http://meta.example.com/", fetch.KindRefused, "metadata")
}

// TestSchemesAndPorts: only http and https, on the default ports unless configured;
// nothing is connected to for a refused url.
func TestSchemesAndPorts(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1); htmlPage(w, r) })
	f := newFetcher(t, fetch.Config{AllowPrivate: true})
	fetchErr(t, f, srv.URL, fetch.KindRefused, "port")
	fetchErr(t, f, "ftp://example.com/file", fetch.KindScheme, "only http and https")
	fetchErr(t, f, "file:///etc/passwd", fetch.KindScheme, "only http and https")
	fetchErr(t, f, "http://user:secret@example.com/", fetch.KindScheme, "user name or password")
	fetchErr(t, f, "/relative", fetch.KindScheme)
	if n := hits.Load(); n != 0 {
		t.Fatalf("the server was reached %d times", n)
	}
}

// TestRedirects: three redirects are followed, a fourth is refused.
func TestRedirects(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscanf(r.URL.Path, "/r/%d", &n); err == nil && n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
			return
		}
		htmlPage(w, r)
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	p, err := f.Page(context.Background(), srv.URL+"/r/3")
	if err != nil {
		t.Fatalf("three redirects: %v", err)
	}
	if !strings.HasSuffix(p.URL, "/r/0") {
		t.Errorf("final url %q", p.URL)
	}
	fetchErr(t, f, srv.URL+"/r/4", fetch.KindRedirect, "more than 3")
}

// TestHTTPSToHTTPRefused: an https page that redirects to http is refused, though
// the http page itself could be fetched. TLS is verified against the test root.
func TestHTTPSToHTTPRefused(t *testing.T) {
	plain := serve(t, htmlPage)
	secure := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			http.Redirect(w, r, "http://example.com/story", http.StatusFound)
			return
		}
		htmlPage(w, r)
	}))
	t.Cleanup(secure.Close)
	roots := x509.NewCertPool()
	roots.AddCert(secure.Certificate())
	cfg := fetch.Config{
		Resolver: &resolver{hosts: map[string][]netip.Addr{"example.com": {publicIP}}},
		Dial:     dialTo(map[int]*httptest.Server{80: plain, 443: secure}),
		RootCAs:  roots,
	}
	f := newFetcher(t, cfg)
	if _, err := f.Page(context.Background(), "https://example.com/story"); err != nil {
		t.Fatalf("https page: %v", err)
	}
	if _, err := f.Page(context.Background(), "http://example.com/story"); err != nil {
		t.Fatalf("http page: %v", err)
	}
	fetchErr(t, f, "https://example.com/down", fetch.KindRedirect, "https to http")
	// Without the test root the certificate is not trusted: verification is on.
	cfg.RootCAs = x509.NewCertPool()
	fetchErr(t, newFetcher(t, cfg), "https://example.com/story", fetch.KindNetwork, "certificate")
}

// TestOversize: a body over the cap is refused, with or without Content-Length.
func TestOversize(t *testing.T) {
	big := "<html><body><p>" + strings.Repeat("word ", 50_000) + "</p></body></html>"
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/chunked" {
			w.(http.Flusher).Flush() // no Content-Length
		}
		_, _ = w.Write([]byte(big))
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}, MaxBytes: 64 << 10})
	fetchErr(t, f, srv.URL+"/sized", fetch.KindTooLarge, "larger than 64 KiB")
	fetchErr(t, f, srv.URL+"/chunked", fetch.KindTooLarge, "larger than 64 KiB")
	g := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}, MaxBytes: int64(len(big))})
	if _, err := g.Page(context.Background(), srv.URL+"/chunked"); err != nil {
		t.Fatalf("a body exactly at the cap: %v", err)
	}
}

// TestCompressionBomb: a small gzip body that expands past the cap is refused at
// the cap; a gzip page under it is read.
func TestCompressionBomb(t *testing.T) {
	gz := func(data []byte) []byte {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		_, _ = zw.Write(data)
		_ = zw.Close()
		return b.Bytes()
	}
	bomb := gz(append([]byte("<html><body><p>"), make([]byte, 8<<20)...))
	small := gz([]byte(page))
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		if r.URL.Path == "/bomb" {
			_, _ = w.Write(bomb)
			return
		}
		_, _ = w.Write(small)
	})
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes compressed; it must fit under the cap", len(bomb))
	}
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}, MaxBytes: 1 << 20})
	fetchErr(t, f, srv.URL+"/bomb", fetch.KindTooLarge, "larger than 1 MiB")
	p, err := f.Page(context.Background(), srv.URL+"/small")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.HTML, "reopened on Thursday") {
		t.Errorf("gzip page not decoded: %q", p.HTML)
	}
}

// TestSlowPage: a server that sends no headers is a timeout at the header
// deadline; one that stalls in the body, at the page's deadline.
func TestSlowPage(t *testing.T) {
	done := make(chan struct{})
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/body" {
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte("<html><body><p>The first words"))
			w.(http.Flusher).Flush()
		}
		select {
		case <-r.Context().Done():
		case <-done:
		}
	})
	t.Cleanup(func() { close(done) }) // runs before srv.Close
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}, HeaderTimeout: 100 * time.Millisecond, Timeout: 10 * time.Second})
	fetchErr(t, f, srv.URL+"/headers", fetch.KindTimeout, "did not answer within 100ms")
	g := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}, Timeout: 300 * time.Millisecond})
	fetchErr(t, g, srv.URL+"/body", fetch.KindTimeout, "did not arrive within 300ms")
}

// TestNotHTML: a declared type other than HTML or XHTML is refused, and so is a
// body that sniffs as something else when no type is sent; XHTML is read.
func TestNotHTML(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			_, _ = w.Write([]byte("%PDF-1.4 ..."))
		case "/json":
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"a":1}`))
		case "/untyped-pdf":
			w.Header()["Content-Type"] = nil // no sniffing by the server either
			_, _ = w.Write([]byte("%PDF-1.4 ..."))
		case "/untyped-html":
			w.Header()["Content-Type"] = nil
			_, _ = w.Write([]byte(page))
		case "/xhtml":
			w.Header().Set("Content-Type", "application/xhtml+xml")
			_, _ = w.Write([]byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body><p>Story.</p></body></html>`))
		}
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	fetchErr(t, f, srv.URL+"/pdf", fetch.KindNotHTML, "application/pdf, not HTML")
	fetchErr(t, f, srv.URL+"/json", fetch.KindNotHTML, "application/json")
	fetchErr(t, f, srv.URL+"/untyped-pdf", fetch.KindNotHTML, "application/pdf")
	for _, path := range []string{"/untyped-html", "/xhtml"} {
		if _, err := f.Page(context.Background(), srv.URL+path); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// TestStatus: an answer other than 200 is refused with its status.
func TestStatus(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	fe := fetchErr(t, f, srv.URL+"/gone", fetch.KindStatus, "404 Not Found")
	if fe.Status != 404 {
		t.Errorf("status %d", fe.Status)
	}
}

// TestCharset: the page's charset is decoded, from the header or from a meta tag.
func TestCharset(t *testing.T) {
	latin1 := "<html><head><title>Caf\xe9 reopens</title></head><body><p>The caf\xe9 on the square reopened, its owner said: \xabwelcome\xbb.</p></body></html>"
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/header":
			w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
			_, _ = w.Write([]byte(latin1))
		case "/meta":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(strings.Replace(latin1, "<head>", `<head><meta charset="iso-8859-1">`, 1)))
		}
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	for _, path := range []string{"/header", "/meta"} {
		p, err := f.Page(context.Background(), srv.URL+path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if !strings.Contains(p.HTML, "The café on the square") || !strings.Contains(p.HTML, "«welcome»") || p.Title != "Café reopens" {
			t.Errorf("%s: not decoded: title %q, html %q", path, p.Title, p.HTML)
		}
	}
}

// TestNoProxyFromEnvironment: a proxy named in the environment is not used.
func TestNoProxyFromEnvironment(t *testing.T) {
	var proxied atomic.Int32
	proxy := serve(t, func(w http.ResponseWriter, r *http.Request) {
		proxied.Add(1)
		http.Error(w, "proxy", http.StatusBadGateway)
	})
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("HTTPS_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "")
	srv := serve(t, htmlPage)
	f := newFetcher(t, fetch.Config{
		Resolver:     &resolver{hosts: map[string][]netip.Addr{"news.test": addrs("127.0.0.1")}},
		AllowPrivate: true, Ports: []int{port(t, srv)},
	})
	if _, err := f.Page(context.Background(), fmt.Sprintf("http://news.test:%d/", port(t, srv))); err != nil {
		t.Fatal(err)
	}
	if n := proxied.Load(); n != 0 {
		t.Fatalf("the proxy was used %d times", n)
	}
}

// TestNew refuses settings that cannot work.
func TestNew(t *testing.T) {
	for _, cfg := range []fetch.Config{{Ports: []int{0}}, {Ports: []int{70000}}, {UserAgent: "bot\r\nX-Evil: 1"}} {
		if _, err := fetch.New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}
