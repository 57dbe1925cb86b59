package api_test

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestClientGoneIs499: a client that goes away while its briefing runs cancels the
// work, and the request is logged and counted as 499, not as a 5xx.
func TestClientGoneIs499(t *testing.T) {
	var logs strings.Builder
	m := api.NewMetrics()
	canceled := make(chan struct{})
	started := make(chan struct{})
	ts := mustOpen(t, api.Config{Metrics: m, Logger: slog.New(slog.NewJSONHandler(&syncWriter{w: &logs}, nil))},
		&fakeService{BriefFn: func(ctx context.Context, req summarize.Request) (*summarize.Briefing, error) {
			close(started)
			<-ctx.Done()
			close(canceled)
			return nil, &summarize.Error{Code: summarize.ETIMEOUT, Message: "the model did not answer", Err: ctx.Err()}
		}})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.srv.URL+"/v1/briefings", strings.NewReader(body([]string{artText}, "")))
	req.Header.Set("Content-Type", "application/json")
	errc := make(chan error, 1)
	go func() {
		res, err := ts.srv.Client().Do(req)
		if err == nil {
			res.Body.Close()
		}
		errc <- err
	}()
	<-started
	cancel()
	<-errc
	<-canceled // the work saw the cancel
	res := ts.do(http.MethodGet, "/metrics", nil, nil)
	for tries := 0; !strings.Contains(string(res.Body), `route="/v1/briefings",status="499"`); tries++ {
		if tries == 1000 {
			t.Fatalf("no 499 counted:\n%s", res.Body)
		}
		time.Sleep(10 * time.Millisecond) // the access log line follows the handler
		res = ts.do(http.MethodGet, "/metrics", nil, nil)
	}
	if strings.Contains(string(res.Body), `route="/v1/briefings",status="5`) {
		t.Fatalf("a client cancel was counted as a server error:\n%s", res.Body)
	}
	if !strings.Contains(logs.String(), `"status":499`) || strings.Contains(logs.String(), `"level":"ERROR"`) {
		t.Fatalf("log lines:\n%s", logs.String())
	}
}

// TestRequestTimeoutIs504: the work of a briefing is bounded by Config.RequestTimeout.
func TestRequestTimeoutIs504(t *testing.T) {
	ts := mustOpen(t, api.Config{RequestTimeout: 50 * time.Millisecond}, &fakeService{BriefFn: func(ctx context.Context, req summarize.Request) (*summarize.Briefing, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}})
	res := ts.post("/v1/briefings", body([]string{artText}, ""))
	if res.Status != http.StatusGatewayTimeout {
		t.Fatalf("status=%d, want 504: %s", res.Status, res.Body)
	}
}

// TestFailedAuthIsRateLimited: wrong keys count against the client's network; once its
// budget is spent even the right key waits, and another address of the /24 gains nothing.
func TestFailedAuthIsRateLimited(t *testing.T) {
	ts := mustOpen(t, api.Config{APIKeys: []string{"k-right"}, AuthFailures: 3}, nil)
	req := []byte(body([]string{artText}, ""))
	for i := range 3 {
		if got := ts.do(http.MethodPost, "/v1/briefings", req, map[string]string{"Authorization": "Bearer guess"}).Status; got != 401 {
			t.Fatalf("guess %d: status=%d, want 401", i, got)
		}
	}
	res := ts.do(http.MethodPost, "/v1/briefings", req, map[string]string{"Authorization": "Bearer guess"})
	if res.Status != 429 || res.Header.Get("Retry-After") == "" {
		t.Fatalf("4th guess: status=%d Retry-After=%q, want 429 with Retry-After", res.Status, res.Header.Get("Retry-After"))
	}
}
