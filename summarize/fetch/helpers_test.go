package fetch_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize/fetch"
)

// publicIP is a public-looking address that tests serve from loopback through
// the Dial hook: the guard accepts it, then the hook connects to the test server.
var publicIP = netip.MustParseAddr("93.184.215.14")

// resolver answers fixed addresses by host, and counts lookups.
type resolver struct {
	mu    sync.Mutex
	hosts map[string][]netip.Addr
}

func (r *resolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if a, ok := r.hosts[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func addrs(s ...string) []netip.Addr {
	out := make([]netip.Addr, len(s))
	for i, a := range s {
		out[i] = netip.MustParseAddr(a)
	}
	return out
}

// port returns the port of a test server.
func port(t *testing.T, srv *httptest.Server) int {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	p, err := strconv.Atoi(u.Port())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// serve starts a test server on loopback, closed when the test ends.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// dialTo routes connections for publicIP:port (80 or 443) to the test servers
// named by the map, and refuses any other: nothing reaches the real network.
func dialTo(routes map[int]*httptest.Server) func(ctx context.Context, network, address string) (net.Conn, error) {
	return func(ctx context.Context, network, address string) (net.Conn, error) {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return nil, err
		}
		srv, ok := routes[int(ap.Port())]
		if !ok || ap.Addr() != publicIP {
			return nil, errors.New("test dial: no route to " + address)
		}
		var d net.Dialer
		return d.DialContext(ctx, "tcp", srv.Listener.Addr().String())
	}
}

// newFetcher builds a fetcher or fails the test.
func newFetcher(t *testing.T, cfg fetch.Config) *fetch.Fetcher {
	t.Helper()
	f, err := fetch.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// fetchErr fetches u and returns the *fetch.Error it must fail with.
func fetchErr(t *testing.T, f *fetch.Fetcher, u, kind string, reasonHas ...string) *fetch.Error {
	t.Helper()
	p, err := f.Page(context.Background(), u)
	if err == nil {
		t.Fatalf("fetch %s: got a page of %d bytes, want a %s error", u, len(p.HTML), kind)
	}
	var fe *fetch.Error
	if !errors.As(err, &fe) {
		t.Fatalf("fetch %s: error %v (%T) is not a *fetch.Error", u, err, err)
	}
	if fe.Kind != kind {
		t.Fatalf("fetch %s: kind %q, want %q (%v)", u, fe.Kind, kind, err)
	}
	for _, s := range reasonHas {
		if !strings.Contains(fe.Reason, s) {
			t.Errorf("fetch %s: reason %q does not say %q", u, fe.Reason, s)
		}
	}
	return fe
}

const page = `<!doctype html><html><head><meta charset="utf-8">
<title>Bridge reopens after repairs | Daily Courier</title>
<meta property="og:site_name" content="Daily Courier">
<meta property="og:title" content="Bridge reopens after two years of repairs">
<meta property="article:published_time" content="2024-05-02T09:30:00+02:00">
</head><body><article><h1>Bridge reopens after two years of repairs</h1>
<p>The old bridge over the river reopened on Thursday after two years of repairs, the city said.</p>
<p>Traffic will be limited to cars and bicycles until the end of the month, officials added.</p>
</article></body></html>`

// htmlPage answers page as text/html.
func htmlPage(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(page))
}
