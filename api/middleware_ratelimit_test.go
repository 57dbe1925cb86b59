package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/api"
)

// fakeClock is a clock that moves only when told to.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newRateLimitServer wires Auth(keys) then RateLimit in front of a 200 handler; client
// IPs are taken from the connection only.
func newRateLimitServer(keys []string, perMinute int, clock *fakeClock) *echo.Echo {
	e := echo.New()
	e.IPExtractor = echo.ExtractIPDirect()
	e.Use(api.Auth(keys), api.RateLimit(perMinute, clock.Now))
	e.POST("/v1/briefings", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
	return e
}

// rlStep is one request of a rate-limit scenario, sent after the clock moves by advance.
type rlStep struct {
	advance    time.Duration
	key        string // bearer key, when auth is on
	ip         string // client address, when auth is off
	wantStatus int
	wantRetry  string // Retry-After of a 429
}

func runRateLimitSteps(t *testing.T, e *echo.Echo, clock *fakeClock, steps []rlStep) {
	t.Helper()
	for i, s := range steps {
		clock.Advance(s.advance)
		req := httptest.NewRequest(http.MethodPost, "/v1/briefings", nil)
		if s.key != "" {
			req.Header.Set("Authorization", "Bearer "+s.key)
		}
		req.RemoteAddr = "192.0.2.1:1234"
		if s.ip != "" {
			req.RemoteAddr = s.ip + ":1234"
		}
		// A forged forwarding header must not pick the bucket.
		req.Header.Set("X-Forwarded-For", "203.0.113.99")
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		if got, want := rec.Code, s.wantStatus; got != want {
			t.Fatalf("step %d (%+v): status=%d, want %d", i, s, got, want)
		}
		if got, want := rec.Header().Get("Retry-After"), s.wantRetry; got != want {
			t.Fatalf("step %d (%+v): Retry-After=%q, want %q", i, s, got, want)
		}
		if s.wantStatus == http.StatusTooManyRequests {
			if got, want := rec.Header().Get("Content-Type"), api.ProblemContentType; got != want {
				t.Fatalf("step %d: Content-Type=%q, want %q", i, got, want)
			}
			var p api.Problem
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Status != http.StatusTooManyRequests {
				t.Fatalf("step %d: body %s is not a 429 problem (%v)", i, rec.Body, err)
			}
		}
	}
}

func TestRateLimit(t *testing.T) {
	const a, b = "key-a-0123456789", "key-b-0123456789"
	tests := []struct {
		name      string
		keys      []string
		perMinute int
		steps     []rlStep
	}{
		{
			name: "burst then 429, refill after the clock moves", keys: []string{a, b}, perMinute: 3,
			steps: []rlStep{
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 429, wantRetry: "20"}, // one token per 20 s
				{advance: 19 * time.Second, key: a, wantStatus: 429, wantRetry: "1"},
				{advance: time.Second, key: a, wantStatus: 200},
				{key: a, wantStatus: 429, wantRetry: "20"},
				{advance: time.Hour, key: a, wantStatus: 200}, // full again, burst of 3
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 429, wantRetry: "20"},
			},
		},
		{
			name: "separate buckets per key", keys: []string{a, b}, perMinute: 2,
			steps: []rlStep{
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 429, wantRetry: "30"},
				{key: b, wantStatus: 200},
				{key: b, wantStatus: 200},
				{key: b, wantStatus: 429, wantRetry: "30"},
				{advance: 10 * time.Second, key: a, wantStatus: 429, wantRetry: "20"},
			},
		},
		{
			name: "auth runs first: a bad key is 401, not counted", keys: []string{a}, perMinute: 1,
			steps: []rlStep{
				{key: "wrong-key", wantStatus: 401},
				{key: "wrong-key", wantStatus: 401},
				{key: a, wantStatus: 200},
				{key: a, wantStatus: 429, wantRetry: "60"},
			},
		},
		{
			name: "by client network when auth is off", perMinute: 1,
			steps: []rlStep{
				{ip: "198.51.100.1", wantStatus: 200},
				{ip: "198.51.100.1", wantStatus: 429, wantRetry: "60"},
				{ip: "198.51.100.2", wantStatus: 429, wantRetry: "60"}, // same /24
				{ip: "198.51.101.2", wantStatus: 200},                  // another /24
				{ip: "2001:db8:1:2::1", wantStatus: 200},
				{ip: "2001:db8:1:2:ffff::9", wantStatus: 429, wantRetry: "60"}, // same /64
				{ip: "2001:db8:1:3::1", wantStatus: 200},
				{advance: 59*time.Second + 500*time.Millisecond, ip: "198.51.100.1", wantStatus: 429, wantRetry: "1"},
				{advance: 500 * time.Millisecond, ip: "198.51.100.1", wantStatus: 200},
			},
		},
		{
			name: "off when perMinute is 0", perMinute: 0,
			steps: []rlStep{
				{wantStatus: 200}, {wantStatus: 200}, {wantStatus: 200}, {wantStatus: 200},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			runRateLimitSteps(t, newRateLimitServer(tt.keys, tt.perMinute, clock), clock, tt.steps)
		})
	}
}

func TestRateLimitConcurrentExact(t *testing.T) {
	// 200 requests at once from one key with a burst of 25 and a frozen clock: exactly 25 pass.
	const key, perMinute, n = "key-c-0123456789", 25, 200
	clock := newFakeClock()
	e := newRateLimitServer([]string{key}, perMinute, clock)
	srv := httptest.NewServer(e)
	defer srv.Close()

	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[int]int{}
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/briefings", nil)
			req.Header.Set("Authorization", "Bearer "+key)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Errorf("request: %v", err)
				return
			}
			resp.Body.Close()
			mu.Lock()
			counts[resp.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if got, want := counts[http.StatusOK], perMinute; got != want {
		t.Fatalf("200s=%d, want %d (all: %v)", got, want, counts)
	}
	if got, want := counts[http.StatusTooManyRequests], n-perMinute; got != want {
		t.Fatalf("429s=%d, want %d (all: %v)", got, want, counts)
	}
}
