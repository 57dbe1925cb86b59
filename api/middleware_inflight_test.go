package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/api"
)

func TestDefaultMaxInflight(t *testing.T) {
	tests := []struct {
		engine string
		cores  int
		want   int
	}{
		{"extractive", 1, 2},
		{"extractive", 2, 4},
		{"extractive", 8, 16},
		{"extractive", 0, 2},
		{"extractive", -3, 2},
		{"extractive", 64, 64},
		{"llm", 1, 4},
		{"llm", 2, 8},
		{"llm", 8, 32},
		{"llm", 32, 64},
		{"", 2, 4},
		{"something-else", 2, 4},
	}
	for _, tt := range tests {
		if got := api.DefaultMaxInflight(tt.engine, tt.cores); got != tt.want {
			t.Errorf("DefaultMaxInflight(%q, %d)=%d, want %d", tt.engine, tt.cores, got, tt.want)
		}
	}
}

func TestNewInflightDefaults(t *testing.T) {
	in := api.NewInflight(0, 0)
	if got, want := in.Capacity(), 1; got != want {
		t.Fatalf("Capacity()=%d, want %d", got, want)
	}
	if got, want := in.InUse(), 0; got != want {
		t.Fatalf("InUse()=%d, want %d", got, want)
	}
}

// result is what one client of the burst saw.
type result struct {
	status     int
	retryAfter string
	problem    api.Problem
	err        error
}

func TestInflightBurst(t *testing.T) {
	const capacity, n = 4, 64
	goroutinesBefore := runtime.NumGoroutine()

	in := api.NewInflight(capacity, 50*time.Millisecond)
	m := api.NewMetrics()
	m.TrackInflight(in)
	entered := make(chan struct{}, n)
	release := make(chan struct{})
	var handled atomic.Int32

	e := echo.New()
	e.POST("/v1/briefings", func(c echo.Context) error {
		handled.Add(1)
		entered <- struct{}{}
		<-release
		return c.String(http.StatusOK, "done")
	}, in.Middleware())
	srv := httptest.NewServer(e)

	results := make(chan result, n)
	for range n {
		go func() {
			resp, err := srv.Client().Post(srv.URL+"/v1/briefings", "application/json", nil)
			if err != nil {
				results <- result{err: err}
				return
			}
			defer resp.Body.Close()
			r := result{status: resp.StatusCode, retryAfter: resp.Header.Get("Retry-After")}
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				r.err = json.Unmarshal(body, &r.problem)
			}
			results <- r
		}()
	}

	// The first `capacity` requests take the slots and block; every other one waits
	// 50ms and is turned away, all while the slots stay taken.
	for range capacity {
		select {
		case <-entered:
		case <-time.After(30 * time.Second):
			t.Fatalf("fewer than %d handlers started", capacity)
		}
	}
	counts := map[int]int{}
	collect := func(k int) {
		for range k {
			select {
			case r := <-results:
				if r.err != nil {
					t.Fatalf("client: %v", r.err)
				}
				counts[r.status]++
				if r.status == http.StatusServiceUnavailable {
					if got, want := r.retryAfter, "1"; got != want {
						t.Errorf("503 Retry-After=%q, want %q", got, want)
					}
					if got, want := r.problem.Status, http.StatusServiceUnavailable; got != want {
						t.Errorf("503 problem status=%d, want %d", got, want)
					}
				}
			case <-time.After(30 * time.Second):
				t.Fatalf("only %v answered", counts)
			}
		}
	}
	collect(n - capacity)
	if got, want := counts[http.StatusServiceUnavailable], n-capacity; got != want {
		t.Fatalf("503s while full=%d, want %d (all: %v)", got, want, counts)
	}
	if got, want := in.InUse(), capacity; got != want {
		t.Fatalf("InUse() while full=%d, want %d", got, want)
	}
	if text := scrape(t, m); !hasLine(text, "briefing_inflight_briefings 4") || !hasLine(text, "briefing_inflight_capacity 4") {
		t.Errorf("metrics while full lack the inflight gauges")
	}

	close(release)
	collect(capacity)
	if got, want := counts[http.StatusOK], capacity; got != want {
		t.Fatalf("200s=%d, want %d (all: %v)", got, want, counts)
	}
	if got, want := len(counts), 2; got != want {
		t.Fatalf("statuses=%v, want only 200 and 503", counts)
	}
	if got, want := int(handled.Load()), capacity; got != want {
		t.Fatalf("handlers run=%d, want %d: a rejected request reached its handler", got, want)
	}
	if got, want := in.InUse(), 0; got != want {
		t.Fatalf("InUse() after the burst=%d, want %d", got, want)
	}

	// Still serving.
	resp, err := srv.Client().Post(srv.URL+"/v1/briefings", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got, want := resp.StatusCode, http.StatusOK; got != want {
		t.Fatalf("status after the burst=%d, want %d", got, want)
	}

	srv.Client().CloseIdleConnections()
	srv.Close()
	// Goroutines drain back to where they were (give the runtime generous time).
	deadline := time.Now().Add(10 * time.Second)
	for {
		after := runtime.NumGoroutine()
		if after <= goroutinesBefore+2 {
			break
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("goroutines before=%d after=%d: leak?\n%s", goroutinesBefore, after, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestInflightQueuedClientLeaves(t *testing.T) {
	// One slot, held; a queued request whose client goes away leaves the queue at once,
	// long before the 1-minute wait, without running its handler, as a client cancel
	// (context.Canceled, which the server logs and counts as 499), not as a 503.
	in := api.NewInflight(1, time.Minute)
	release := make(chan struct{})
	entered := make(chan struct{}, 2)
	e := echo.New()
	handled := make(chan error, 2)
	e.HTTPErrorHandler = func(err error, c echo.Context) { handled <- err }
	e.POST("/v1/briefings", func(c echo.Context) error {
		entered <- struct{}{}
		<-release
		return c.NoContent(http.StatusOK)
	}, in.Middleware())

	holder := make(chan int, 1)
	go func() {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/briefings", nil))
		holder <- rec.Code
	}()
	<-entered

	ctx, cancel := context.WithCancel(context.Background())
	queued := make(chan *httptest.ResponseRecorder, 1)
	go func() {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/briefings", nil).WithContext(ctx))
		queued <- rec
	}()
	cancel()
	select {
	case <-queued:
		if err := <-handled; !errors.Is(err, context.Canceled) {
			t.Fatalf("queued request ended with %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("a cancelled request stayed queued")
	}
	if got, want := len(entered), 0; got != want {
		t.Fatalf("handlers entered after cancel=%d, want %d", got, want)
	}
	close(release)
	if got, want := <-holder, http.StatusOK; got != want {
		t.Fatalf("holder status=%d, want %d", got, want)
	}
	if got, want := in.InUse(), 0; got != want {
		t.Fatalf("InUse()=%d, want %d", got, want)
	}
}

func BenchmarkInflightUncontended(b *testing.B) {
	in := api.NewInflight(4, 0)
	e := echo.New()
	e.POST("/v1/briefings", func(c echo.Context) error { return c.NoContent(http.StatusOK) }, in.Middleware())
	req := httptest.NewRequest(http.MethodPost, "/v1/briefings", nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
	}
}
