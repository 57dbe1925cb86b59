package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/fetch"
)

// TestFetchCompletes: url-only articles get their page and what the client left
// out; what the client sent, and articles with text, are kept as they were.
func TestFetchCompletes(t *testing.T) {
	srv := serve(t, htmlPage)
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	sent := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	in := []summarize.Article{
		{ID: "a1", URL: srv.URL + "/one"},
		{ID: "a2", URL: srv.URL + "/two", Source: "Courier Wire", Title: "Client title", PublishedAt: &sent},
		{ID: "a3", URL: srv.URL + "/three", Text: "Pasted text of the story."},
	}
	out, err := f.Fetch(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if a := out[0]; a.Source != "Daily Courier" || a.Title != "Bridge reopens after two years of repairs" || a.PublishedAt == nil || !strings.Contains(a.HTML, "reopened") || a.URL != in[0].URL {
		t.Errorf("a1 = %+v", a)
	}
	if a := out[1]; a.Source != "Courier Wire" || a.Title != "Client title" || a.PublishedAt == nil || !a.PublishedAt.Equal(sent) || a.HTML == "" {
		t.Errorf("a2 lost what the client sent: %+v", a)
	}
	if out[2] != in[2] {
		t.Errorf("a3 changed: %+v", out[2])
	}
	if in[0].HTML != "" {
		t.Error("Fetch changed its input")
	}
}

// TestFetchFailure: pages that cannot be fetched make one 422 naming each article
// and its reason.
func TestFetchFailure(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			http.NotFound(w, r)
			return
		}
		htmlPage(w, r)
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	_, err := f.Fetch(context.Background(), []summarize.Article{
		{ID: "ok", URL: srv.URL + "/fine"},
		{ID: "gone", URL: srv.URL + "/gone"},
		{ID: "ftp", URL: "ftp://example.com/x"},
	})
	if summarize.ErrorCode(err) != summarize.EINVALID {
		t.Fatalf("code %q (%v), want %q", summarize.ErrorCode(err), err, summarize.EINVALID)
	}
	msg := summarize.ErrorMessage(err)
	for _, want := range []string{"2 problems", "article gone: its page " + srv.URL + "/gone could not be fetched: the site answered 404 Not Found", "article ftp:", "only http and https"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
	if strings.Contains(msg, "article ok") {
		t.Errorf("message %q names an article that was fetched", msg)
	}
}

// TestFetchConcurrency: pages are fetched 8 at once, no more. The server holds
// each request until 8 are in flight, so fewer would never finish.
func TestFetchConcurrency(t *testing.T) {
	var inflight, most atomic.Int32
	release := make(chan struct{})
	var once sync.Once
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		defer inflight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		if n >= fetch.DefaultConcurrency {
			once.Do(func() { close(release) })
		}
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		htmlPage(w, r)
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}, Timeout: time.Minute})
	var in []summarize.Article
	for i := range 20 {
		in = append(in, summarize.Article{ID: fmt.Sprintf("a%d", i+1), URL: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	out, err := f.Fetch(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range out {
		if a.HTML == "" {
			t.Fatalf("%s not fetched", a.ID)
		}
	}
	if m := most.Load(); m != fetch.DefaultConcurrency {
		t.Fatalf("%d pages fetched at once, want %d", m, fetch.DefaultConcurrency)
	}
}

// TestFetchCancelled: a request that ends while its pages are fetched is a
// timeout, not a 422.
func TestFetchCancelled(t *testing.T) {
	arrived := make(chan struct{}, 1)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-r.Context().Done()
	})
	f := newFetcher(t, fetch.Config{AllowPrivate: true, Ports: []int{port(t, srv)}})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-arrived; cancel() }()
	_, err := f.Fetch(ctx, []summarize.Article{{ID: "a1", URL: srv.URL}})
	if summarize.ErrorCode(err) != summarize.ETIMEOUT {
		t.Fatalf("code %q (%v), want %q", summarize.ErrorCode(err), err, summarize.ETIMEOUT)
	}
}
