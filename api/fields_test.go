package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestOptionsUnsupportedAndStrategy: the two options reach the service; values outside
// their enums are refused by the schema, before the service.
func TestOptionsUnsupportedAndStrategy(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	res := ts.post("/v1/briefings", body([]string{artText}, `{"unsupported":"flag","strategy":"map_reduce"}`))
	if res.Status != http.StatusOK {
		t.Fatalf("status=%d: %s", res.Status, res.Body)
	}
	reqs := ts.fake.requests()
	if len(reqs) != 1 || reqs[0].Options.Unsupported != summarize.UnsupportedFlag || reqs[0].Options.Strategy != summarize.StrategyMapReduce {
		t.Fatalf("service got %+v", reqs)
	}
	for _, opts := range []string{`{"unsupported":"keep"}`, `{"strategy":"select"}`} {
		res := ts.post("/v1/briefings", body([]string{artText}, opts))
		if res.Status != http.StatusUnprocessableEntity {
			t.Errorf("%s: status=%d, want 422", opts, res.Status)
		}
	}
	if got := len(ts.fake.requests()); got != 1 {
		t.Fatalf("service calls=%d, want 1", got)
	}
}

// TestBriefingFieldsOnTheWire: a briefing with every field set answers JSON that
// matches openapi.yaml (ts.post validates it), Markdown too, and empty lists are [].
func TestBriefingFieldsOnTheWire(t *testing.T) {
	ts := mustOpen(t, api.Config{}, &fakeService{BriefFn: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
		return sampleBriefing(), nil
	}})
	res := ts.post("/v1/briefings", body([]string{artText}, ""))
	if res.Status != http.StatusOK {
		t.Fatalf("status=%d: %s", res.Status, res.Body)
	}
	var got api.BriefingResponse
	if err := json.Unmarshal(res.Body, &got); err != nil {
		t.Fatal(err)
	}
	if got.Usage.Cost == nil || *got.Usage.Cost != 0.0042 || got.Usage.Strategy != "select" || len(got.Usage.Steps) != 1 {
		t.Errorf("usage %+v", got.Usage)
	}
	if len(got.Differences) != 2 || len(got.Quotes) != 1 || len(got.UnsupportedPoints) != 1 || !slicesEqual(got.SummaryCitations, []string{"wire", "a2"}) {
		t.Errorf("differences %d, quotes %d, unsupported %d, summary citations %v", len(got.Differences), len(got.Quotes), len(got.UnsupportedPoints), got.SummaryCitations)
	}
	if got.Points[0].Support.Status != "supported" || got.Points[4].Support.Status != "partial" || got.Points[5].Support.Status != "unsupported" {
		t.Errorf("support statuses %v %v %v", got.Points[0].Support, got.Points[4].Support, got.Points[5].Support)
	}
	if e := got.Points[3].Evidence[0]; e.Start != 30 || e.End != 50 {
		t.Errorf("evidence offsets %d:%d", e.Start, e.End)
	}
	md := ts.do(http.MethodPost, "/v1/briefings", []byte(body([]string{artText}, "")), map[string]string{"Accept": "text/markdown"})
	if md.Status != http.StatusOK || !strings.Contains(string(md.Body), "## Where sources differ") {
		t.Fatalf("markdown %d:\n%s", md.Status, md.Body)
	}

	// The extractive-like briefing of the fake has no cost, no differences: [] and no "cost".
	plain := mustOpen(t, api.Config{}, nil).post("/v1/briefings", body([]string{artText}, ""))
	for _, want := range []string{`"differences":[]`, `"quotes":[]`, `"unsupported_points":[]`, `"summary_citations":[]`, `"steps":[]`, `"wire_groups":[]`, `"outlets":[]`, `"unsupported":[]`} {
		if !strings.Contains(string(plain.Body), want) {
			t.Errorf("JSON lacks %s: %s", want, plain.Body)
		}
	}
	for _, bad := range []string{`null`, `"cost"`, `"first_published_at"`} {
		if strings.Contains(string(plain.Body), bad) {
			t.Errorf("JSON has %s: %s", bad, plain.Body)
		}
	}
}

// TestMergeFieldsOnTheWire: the merge answer carries each article's text, and every
// passage's code-point offsets select the passage's text in its article's text.
func TestMergeFieldsOnTheWire(t *testing.T) {
	ts := mustOpen(t, api.Config{}, &fakeService{MergeFn: func(context.Context, summarize.Request) (*summarize.MergeReport, error) {
		r := sampleMerge()
		r.Differences = sampleBriefing().Differences
		r.Quotes = sampleBriefing().Quotes
		r.Coverage = sampleBriefing().Coverage
		return r, nil
	}})
	res := ts.post("/v1/merge", body([]string{artText}, ""))
	if res.Status != http.StatusOK {
		t.Fatalf("status=%d: %s", res.Status, res.Body)
	}
	var got api.MergeResponse
	if err := json.Unmarshal(res.Body, &got); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, a := range got.Articles {
		texts[a.Id] = a.Text
	}
	if got.Articles[2].Title != "Café news" || got.Articles[0].Source != "Coast Wire" {
		t.Errorf("articles %+v", got.Articles)
	}
	for _, p := range got.Passages {
		if s := string([]rune(texts[p.Article])[p.Start:p.End]); s != p.Text {
			t.Errorf("%s: %s[%d:%d]=%q, want %q", p.Id, p.Article, p.Start, p.End, s, p.Text)
		}
	}
	if len(got.Differences) != 2 || len(got.Quotes) != 1 || got.Coverage.OutletCount != 2 {
		t.Errorf("coverage stage fields %+v %+v %+v", got.Differences, got.Quotes, got.Coverage)
	}
}

// TestURLOnlyArticles: with FetchURLs (the pipeline fetches), an article with only a
// url reaches the service as sent; without it, the request rules refuse it; and the
// fetch stage's refusal of a page reaches the client with its wording.
func TestURLOnlyArticles(t *testing.T) {
	const urlOnly = `{"url":"https://example.com/story"}`
	on := mustOpen(t, api.Config{Limits: summarize.Limits{FetchURLs: true}}, nil)
	if res := on.post("/v1/briefings", body([]string{urlOnly}, "")); res.Status != http.StatusOK {
		t.Fatalf("fetch on: status=%d: %s", res.Status, res.Body)
	}
	if reqs := on.fake.requests(); len(reqs) != 1 || reqs[0].Articles[0].URL != "https://example.com/story" || !reqs[0].Articles[0].URLOnly() {
		t.Fatalf("service got %+v", reqs)
	}
	if res := on.post("/v1/check", `{"articles":[`+urlOnly+`],"draft":"The story."}`); res.Status != http.StatusOK {
		t.Fatalf("check, fetch on: status=%d: %s", res.Status, res.Body)
	}

	off := mustOpen(t, api.Config{}, nil)
	res := off.post("/v1/briefings", body([]string{urlOnly}, ""))
	if res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.problem(t).Detail, "does not fetch pages by url") {
		t.Fatalf("fetch off: %d %s", res.Status, res.Body)
	}
	if len(off.fake.requests()) != 0 {
		t.Fatalf("the service was called")
	}

	// The fetch stage's error, as summarize/fetch words it.
	refused := "article a1: its page https://example.com/story could not be fetched: 10.0.0.1 is refused (private); this server does not fetch from private or special networks"
	fail := mustOpen(t, api.Config{Limits: summarize.Limits{FetchURLs: true}}, &fakeService{BriefFn: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
		return nil, &summarize.Error{Code: summarize.EINVALID, Message: refused, Err: summarize.Problems{refused}}
	}})
	res = fail.post("/v1/briefings", body([]string{urlOnly}, ""))
	if res.Status != http.StatusUnprocessableEntity || res.problem(t).Detail != refused {
		t.Fatalf("refused page: %d %s", res.Status, res.Body)
	}
}

func slicesEqual(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }
