package api_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
)

// scrape fetches the exposition text of m's handler.
func scrape(tb testing.TB, m *api.Metrics) string {
	tb.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if got, want := rec.Code, http.StatusOK; got != want {
		tb.Fatalf("GET /metrics status=%d, want %d", got, want)
	}
	body, err := io.ReadAll(rec.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return string(body)
}

// hasLine reports whether the exposition holds exactly this sample line.
func hasLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if l == line {
			return true
		}
	}
	return false
}

func TestMetricsExposition(t *testing.T) {
	m := api.NewMetrics()
	m.ObserveRequest("/v1/briefings", http.MethodPost, 200, 30*time.Millisecond)
	m.ObserveRequest("/v1/briefings", http.MethodPost, 200, 40*time.Millisecond)
	m.ObserveRequest("/v1/briefings", http.MethodPost, 422, time.Millisecond)
	m.ObserveRequest("", "BREW", 404, time.Millisecond)
	m.ObserveBriefing("extractive", 50*time.Millisecond, 1000, 600, 12, 40)
	m.ObserveBriefing("llm", 3*time.Second, 0, 0, 0, 0) // no tokens: no ratio sample
	m.ModelCall("single", "ok", 900, 120, 0.25, 2*time.Second)
	m.ModelCall("map", "timeout", 0, 0, 0, 60*time.Second)
	m.ModelCall("map", "ok", 100, 30, 0.125, time.Second)
	m.SetInflight(3)

	text := scrape(t, m)
	for _, line := range []string{
		`briefing_http_requests_total{method="POST",route="/v1/briefings",status="200"} 2`,
		`briefing_http_requests_total{method="POST",route="/v1/briefings",status="422"} 1`,
		`briefing_http_requests_total{method="OTHER",route="unmatched",status="404"} 1`,
		`briefing_http_request_duration_seconds_count{route="/v1/briefings"} 3`,
		`briefing_http_request_duration_seconds_bucket{route="/v1/briefings",le="0.025"} 1`,
		`briefing_briefing_duration_seconds_count{engine="extractive"} 1`,
		`briefing_briefing_duration_seconds_bucket{engine="llm",le="2.5"} 0`,
		`briefing_briefing_duration_seconds_bucket{engine="llm",le="5"} 1`,
		`briefing_briefing_duration_seconds_bucket{engine="llm",le="120"} 1`,
		`briefing_merge_token_ratio_count 1`,
		`briefing_merge_token_ratio_sum 0.6`,
		`briefing_merge_duplicates_removed_total 12`,
		`briefing_merge_passages_total 40`,
		`briefing_model_calls_total{kind="single",status="ok"} 1`,
		`briefing_model_calls_total{kind="map",status="timeout"} 1`,
		`briefing_model_calls_total{kind="map",status="ok"} 1`,
		`briefing_model_tokens_total{direction="prompt"} 1000`,
		`briefing_model_tokens_total{direction="completion"} 150`,
		`briefing_model_errors_total{kind="map"} 1`,
		`briefing_model_call_duration_seconds_count{kind="map"} 2`,
		`briefing_model_cost_total 0.375`,
		`briefing_inflight_briefings 3`,
	} {
		if !hasLine(text, line) {
			t.Errorf("exposition lacks %q", line)
		}
	}
	if strings.Contains(text, `briefing_model_errors_total{kind="single"}`) {
		t.Errorf("an ok call counted as an error:\n%s", text)
	}
	if !strings.Contains(text, "go_goroutines ") {
		t.Errorf("exposition lacks the Go runtime collector")
	}
}

func TestMetricsOwnRegistry(t *testing.T) {
	// Two instances in one process must not collide (no global default registry).
	a, b := api.NewMetrics(), api.NewMetrics()
	a.ObserveRequest("/healthz", http.MethodGet, 200, time.Millisecond)
	if got := scrape(t, b); strings.Contains(got, `route="/healthz"`) {
		t.Fatalf("second registry sees the first one's request")
	}
}

func TestMetricsNilSafe(t *testing.T) {
	var m *api.Metrics
	m.ObserveRequest("/v1/briefings", http.MethodPost, 200, time.Millisecond)
	m.ObserveBriefing("extractive", time.Millisecond, 1, 1, 0, 1)
	m.ModelCall("single", "ok", 1, 1, 0.5, time.Millisecond)
	m.SetInflight(1)
	if m.Registry() != nil {
		t.Fatalf("Registry() on nil Metrics is not nil")
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if got, want := rec.Code, http.StatusNotFound; got != want {
		t.Fatalf("nil Metrics handler status=%d, want %d", got, want)
	}
}
