package api_test

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestChain checks the ops middleware as wired in routes.go: auth and rate limit on
// /v1/* only, answered as problems that match openapi.yaml.
func TestChain(t *testing.T) {
	ts := mustOpen(t, api.Config{APIKeys: []string{"k-one"}, RateLimit: 2}, nil)
	good := map[string]string{"Authorization": "Bearer k-one"}
	req := []byte(body([]string{artText}, ""))

	if got, want := ts.do(http.MethodPost, "/v1/briefings", req, nil).Status, 401; got != want {
		t.Fatalf("no key: status=%d, want %d", got, want)
	}
	res := ts.do(http.MethodPost, "/v1/merge", req, map[string]string{"Authorization": "Bearer wrong"})
	if got, want := res.Status, 401; got != want {
		t.Fatalf("wrong key: status=%d, want %d", got, want)
	}
	for _, path := range []string{"/healthz", "/readyz", "/openapi.yaml"} {
		if got, want := ts.do(http.MethodGet, path, nil, nil).Status, 200; got != want {
			t.Fatalf("%s without key: status=%d, want %d", path, got, want)
		}
	}
	for i := range 2 {
		if got, want := ts.do(http.MethodPost, "/v1/briefings", req, good).Status, 200; got != want {
			t.Fatalf("request %d: status=%d, want %d", i, got, want)
		}
	}
	res = ts.do(http.MethodPost, "/v1/briefings", req, good)
	if got, want := res.Status, 429; got != want {
		t.Fatalf("over the rate: status=%d, want %d", got, want)
	}
	if res.Header.Get("Retry-After") == "" {
		t.Fatal("429 without Retry-After")
	}
	if res.Header.Get("X-Request-ID") == "" {
		t.Fatal("answer without X-Request-ID")
	}
}

// TestBurst fires 64 briefings at once at a server with 2 slots and a short queue: the
// ones that find no slot in time get 503 with Retry-After, none gets anything else.
func TestBurst(t *testing.T) {
	release := make(chan struct{})
	fake := &fakeService{BriefFn: func(ctx context.Context, req summarize.Request) (*summarize.Briefing, error) {
		select {
		case <-release:
		case <-ctx.Done():
		}
		return echoBriefing(req), nil
	}}
	ts := mustOpen(t, api.Config{MaxInflight: 2, QueueTimeout: 50 * time.Millisecond}, fake)
	req := []byte(body([]string{artText}, ""))

	const n = 64
	statuses := make(chan int, n)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			res := ts.do(http.MethodPost, "/v1/briefings", req, nil)
			if res.Status == 503 && res.Header.Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
			statuses <- res.Status
		})
	}
	// The rejected ones come back after the queue timeout; then let the two running finish.
	deadline := time.After(10 * time.Second)
	counts := map[int]int{}
	for len(statuses) < n-2 {
		select {
		case <-deadline:
			t.Fatalf("burst did not settle: %d answers", len(statuses))
		case <-time.After(10 * time.Millisecond):
		}
	}
	close(release)
	wg.Wait()
	close(statuses)
	for s := range statuses {
		counts[s]++
	}
	if got, want := counts[200], 2; got != want {
		t.Fatalf("200s=%d, want %d (%v)", got, want, counts)
	}
	if got, want := counts[503], n-2; got != want {
		t.Fatalf("503s=%d, want %d (%v)", got, want, counts)
	}
}
