package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestPipelineImpreciseDifference: two outlets give different hedged figures for
// one fact that can both hold; the briefing lists them as an imprecise
// difference with both sides cited, no point stating one of them is flagged as
// disputed, and the Markdown names the label.
func TestPipelineImpreciseDifference(t *testing.T) {
	ts := mustOpenPipeline(t)
	req := `{"articles":[{"source":"Wire","published_at":"2026-03-03T08:00:00Z","text":"The border crossing at Kelby reopened on Monday after being closed for more than three years.\n\nTrucks queued for hours at the gate, the customs office said."},` +
		`{"source":"Post","published_at":"2026-03-03T09:00:00Z","text":"The border crossing at Kelby reopened on Monday after being closed for more than two years, officials said.\n\nLocal traders welcomed the news."}]}`
	res := ts.do(http.MethodPost, "/v1/briefings", []byte(req), nil)
	if res.Status != http.StatusOK {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	var b struct {
		Differences []struct {
			Label  string `json:"label"`
			Values []struct {
				Value     string   `json:"value"`
				Hedge     string   `json:"hedge"`
				Citations []string `json:"citations"`
			} `json:"values"`
		} `json:"differences"`
		Points []struct {
			Text    string `json:"text"`
			Support struct {
				Status   string            `json:"status"`
				Disputed []json.RawMessage `json:"disputed"`
			} `json:"support"`
		} `json:"points"`
	}
	if err := json.Unmarshal(res.Body, &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Differences) != 1 || b.Differences[0].Label != "imprecise" || len(b.Differences[0].Values) != 2 {
		t.Fatalf("differences: %s", res.Body)
	}
	for i, v := range b.Differences[0].Values {
		if v.Hedge != "more than" || len(v.Citations) != 1 || v.Citations[0] != []string{"a1", "a2"}[i] {
			t.Errorf("side %d: %+v", i, v)
		}
	}
	for _, p := range b.Points {
		if len(p.Support.Disputed) > 0 {
			t.Errorf("point %q flagged as one side of a dispute: compatible bounds are not a conflict", p.Text)
		}
	}
	md := string(ts.do(http.MethodPost, "/v1/briefings", []byte(req), map[string]string{"Accept": "text/markdown"}).Body)
	if !strings.Contains(md, "(figures differ, all can hold): more than 3 [1]; more than 2 [2]") || strings.Contains(md, "⚠ sources differ") {
		t.Errorf("Markdown:\n%s", md)
	}
}
