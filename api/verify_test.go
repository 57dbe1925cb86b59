package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestVerifyOption: options.verify reaches the pipeline for a briefing and a
// check; absent, it is "" (the server's default); anything else is 422.
func TestVerifyOption(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	for _, v := range []string{"model", "rules"} {
		res := ts.post("/v1/briefings", `{"articles":[`+artText+`],"options":{"verify":"`+v+`"}}`)
		if res.Status != http.StatusOK {
			t.Fatalf("verify %s: status=%d: %s", v, res.Status, res.Body)
		}
		reqs := ts.fake.requests()
		if got := reqs[len(reqs)-1].Options.Verify; got != v {
			t.Fatalf("briefing: service got verify %q, want %q", got, v)
		}
		res = ts.post("/v1/check", `{"articles":[`+artText+`],"draft":"a","options":{"verify":"`+v+`"}}`)
		if res.Status != http.StatusOK {
			t.Fatalf("check verify %s: status=%d: %s", v, res.Status, res.Body)
		}
		checks := ts.fake.checkRequests()
		if got := checks[len(checks)-1].Verify; got != v {
			t.Fatalf("check: service got verify %q, want %q", got, v)
		}
	}
	res := ts.post("/v1/briefings", `{"articles":[`+artText+`]}`)
	if reqs := ts.fake.requests(); res.Status != http.StatusOK || reqs[len(reqs)-1].Options.Verify != "" {
		t.Fatalf("no option: status %d, verify %q", res.Status, reqs[len(reqs)-1].Options.Verify)
	}
	res = ts.post("/v1/briefings", `{"articles":[`+artText+`],"options":{"verify":"both"}}`)
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(string(res.Body), "verify") {
		t.Fatalf("verify both: status=%d: %s", res.Status, res.Body)
	}
}

// TestCheckedByRendering: checked_by is "rules" unless the model gave the
// verdict; the Markdown says which points the model checked; a check's usage
// appears when the model was asked.
func TestCheckedByRendering(t *testing.T) {
	b := &summarize.Briefing{
		Points: []summarize.Point{
			{Text: "Rules.", Citations: []string{"a1"}, Support: summarize.Support{Status: summarize.SupportSupported}},
			{Text: "Model yes.", Citations: []string{"a1"}, Support: summarize.Support{Status: summarize.SupportSupported, CheckedBy: summarize.CheckedByModel}},
			{Text: "Model no.", Citations: []string{"a1"}, Support: summarize.Support{Status: summarize.SupportUnsupported, CheckedBy: summarize.CheckedByModel,
				Unsupported: []summarize.Missing{{Kind: summarize.MissingWord, Text: "stormy"}}}},
		},
		Sources: []summarize.Source{{ID: "a1"}},
		Usage:   summarize.Usage{LLMCalls: 2, Steps: []summarize.StepUsage{{Step: 1, Kind: "brief", Calls: 1}, {Step: 2, Kind: summarize.StepVerify, Calls: 1}}},
	}
	out := api.BriefingJSON(b)
	for i, want := range []api.CheckedBy{api.CheckedByRules, api.CheckedByModel, api.CheckedByModel} {
		if got := out.Points[i].Support.CheckedBy; got != want {
			t.Errorf("point %d: checked_by %q, want %q", i, got, want)
		}
	}
	if got := out.Usage.Steps[1].Kind; got != "verify" {
		t.Errorf("step kind %q", got)
	}
	md := api.BriefingMarkdown(b)
	points := strings.Split(md, "\n")[:3]
	if len(points) != 3 || strings.Contains(points[0], "model") || !strings.Contains(points[1], "checked by the model: its sources carry it") ||
		!strings.Contains(points[2], "checked by the model: its sources do not carry it") || !strings.Contains(points[2], "stormy") {
		t.Fatalf("markdown points:\n%s", strings.Join(points, "\n"))
	}

	rep := &summarize.CheckReport{Claims: []summarize.ClaimResult{{Text: "a", Status: summarize.SupportPartial}, {Text: "b", Status: summarize.SupportSupported, CheckedBy: summarize.CheckedByModel}}}
	data, _ := json.Marshal(api.CheckJSON(rep))
	if s := string(data); strings.Contains(s, `"usage"`) || !strings.Contains(s, `"checked_by":"rules"`) || !strings.Contains(s, `"checked_by":"model"`) {
		t.Fatalf("check without a model: %s", s)
	}
	rep.Usage = &summarize.Usage{PromptTokens: 90, LLMCalls: 1, Steps: []summarize.StepUsage{{Step: 1, Kind: summarize.StepVerify, Calls: 1, PromptTokens: 90}}}
	data, _ = json.Marshal(api.CheckJSON(rep))
	if s := string(data); !strings.Contains(s, `"usage":{`) || !strings.Contains(s, `"llm_calls":1`) || !strings.Contains(s, `"kind":"verify"`) {
		t.Fatalf("check with a model: %s", s)
	}
}
