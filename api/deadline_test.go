package api_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
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
	logs := &syncWriter{w: &strings.Builder{}}
	m := api.NewMetrics()
	canceled := make(chan struct{})
	started := make(chan struct{})
	ts := mustOpen(t, api.Config{Metrics: m, Logger: slog.New(slog.NewJSONHandler(logs, nil))},
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

// TestSlowBodyTimesOut: a body that stops arriving is answered 408 after
// Config.BodyTimeout, and never reaches a slot or the service.
func TestSlowBodyTimesOut(t *testing.T) {
	ts := mustOpen(t, api.Config{BodyTimeout: 100 * time.Millisecond}, nil)
	c, err := net.Dial("tcp", ts.srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /v1/briefings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"articles\":[")
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestTimeout || res.Header.Get("Content-Type") != api.ProblemContentType {
		t.Fatalf("status=%d %s, want 408 problem", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if got := len(ts.fake.requests()); got != 0 {
		t.Fatalf("service called %d times", got)
	}
}

// TestUnreadAnswerIsCutOff: an answer the client does not read is abandoned after
// Config.WriteTimeout: the connection is closed rather than held.
func TestUnreadAnswerIsCutOff(t *testing.T) {
	big := strings.Repeat("The ferry quay closes on Monday for repairs. ", 180_000)
	fake := &fakeService{MergeFn: func(ctx context.Context, req summarize.Request) (*summarize.MergeReport, error) {
		r := echoMerge(req)
		r.Result.Passages[0].Text = big
		return r, nil
	}}
	logs := &syncWriter{w: &strings.Builder{}}
	ts := mustOpen(t, api.Config{WriteTimeout: 100 * time.Millisecond, Logger: slog.New(slog.NewJSONHandler(logs, nil))}, fake)
	c, err := net.Dial("tcp", ts.srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetReadBuffer(4 << 10)
	}
	req := body([]string{artText}, "")
	fmt.Fprintf(c, "POST /v1/merge HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(req), req)
	// The server gives up writing: its access log line for the merge appears while the
	// client has read nothing.
	for tries := 0; !strings.Contains(logs.String(), `"route":"/v1/merge"`); tries++ {
		if tries == 3000 {
			t.Fatal("the unread answer is still being written")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// It wrote only what the client's buffers took, not the answer.
	for _, line := range strings.Split(logs.String(), "\n") {
		if !strings.Contains(line, `"route":"/v1/merge"`) {
			continue
		}
		var rec struct{ Bytes int64 }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Bytes >= int64(len(big)) {
			t.Fatalf("wrote %d bytes to a client that reads nothing: the whole answer", rec.Bytes)
		}
	}
}
