package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/verify"
)

// fakeEngine is an Engine whose answer a test decides.
type fakeEngine struct {
	name  string
	brief func(ctx context.Context, in *summarize.Input) (*summarize.Draft, error)
}

var _ summarize.Engine = (*fakeEngine)(nil)

func (f *fakeEngine) Name() string { return f.name }
func (f *fakeEngine) Brief(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
	return f.brief(ctx, in)
}

func mustTokenizer(tb testing.TB) *chunk.Tokenizer {
	tb.Helper()
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		tb.Fatal(err)
	}
	return tok
}

func newPipeline(tb testing.TB, engines ...summarize.Engine) *pipeline.Pipeline {
	tb.Helper()
	p := &pipeline.Pipeline{
		Tokenizer:     mustTokenizer(tb),
		Engines:       map[string]summarize.Engine{"extractive": extractive.New()},
		DefaultEngine: "extractive",
	}
	for _, e := range engines {
		p.Engines[e.Name()] = e
		p.DefaultEngine = e.Name()
	}
	return p
}

// cluster is one fixture under testdata/clusters: a request and what its briefing must satisfy.
type cluster struct {
	name    string
	request summarize.Request
	expect  struct {
		Clutter   []string `json:"clutter"`
		MustFold  bool     `json:"must_fold"`
		MinPoints int      `json:"min_points"`
	}
}

func loadClusters(tb testing.TB) []cluster {
	tb.Helper()
	dirs, err := filepath.Glob("testdata/clusters/*/request.json")
	if err != nil || len(dirs) < 2 {
		tb.Fatalf("want at least two clusters under testdata/clusters, got %d (%v)", len(dirs), err)
	}
	var out []cluster
	for _, path := range dirs {
		dir := filepath.Dir(path)
		c := cluster{name: filepath.Base(dir)}
		var raw struct {
			Articles []struct {
				ID, Source, Title, URL, Text, HTML string
			} `json:"articles"`
			Options struct {
				MaxPoints int    `json:"max_points"`
				MaxWords  int    `json:"max_words"`
				Engine    string `json:"engine"`
			} `json:"options"`
		}
		readJSON(tb, path, &raw)
		readJSON(tb, filepath.Join(dir, "expect.json"), &c.expect)
		for _, a := range raw.Articles {
			c.request.Articles = append(c.request.Articles, summarize.Article{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL, Text: a.Text, HTML: a.HTML})
		}
		c.request.Options = summarize.Options{MaxPoints: raw.Options.MaxPoints, MaxWords: raw.Options.MaxWords, Engine: raw.Options.Engine}
		out = append(out, c)
	}
	return out
}

func readJSON(tb testing.TB, path string, v any) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

// briefingText is every string of a briefing a reader sees.
func briefingText(b *summarize.Briefing) string {
	parts := []string{b.Headline, b.Summary}
	for _, p := range b.Points {
		parts = append(parts, p.Text)
		for _, e := range p.Evidence {
			parts = append(parts, e.Quote)
		}
	}
	return strings.Join(parts, "\n")
}

func TestBriefClusters(t *testing.T) {
	p := newPipeline(t)
	for _, c := range loadClusters(t) {
		t.Run(c.name, func(t *testing.T) {
			b, err := p.Brief(context.Background(), c.request)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(b.Points), c.expect.MinPoints; got < want {
				t.Fatalf("points=%d, want at least %d", got, want)
			}
			ids := map[string]bool{}
			for _, s := range b.Sources {
				ids[s.ID] = true
			}
			for i, pt := range b.Points {
				if len(pt.Citations) == 0 || len(pt.Evidence) == 0 {
					t.Errorf("point %d has no citation or evidence: %+v", i, pt)
				}
				for _, id := range pt.Citations {
					if !ids[id] {
						t.Errorf("point %d cites %q, not an article of the request", i, id)
					}
				}
				if pt.IndependentSourcesCount > pt.SourcesCount || pt.IndependentSourcesCount < 1 {
					t.Errorf("point %d: independent=%d sources=%d", i, pt.IndependentSourcesCount, pt.SourcesCount)
				}
			}
			text := briefingText(b)
			for _, junk := range c.expect.Clutter {
				if strings.Contains(text, junk) {
					t.Errorf("briefing carries page clutter %q", junk)
				}
			}
			if b.Headline == "" || b.Summary == "" {
				t.Errorf("headline=%q summary=%q, want both", b.Headline, b.Summary)
			}
			m := b.Merge
			if c.expect.MustFold && m.DuplicatesRemoved == 0 {
				t.Errorf("duplicates_removed=0, want the wire copy folded")
			}
			if m.TokensAfter >= m.TokensBefore || m.Passages != m.UniquePassages+m.DuplicatesRemoved {
				t.Errorf("merge stats inconsistent: %+v", m)
			}
			if got, want := b.Engine, "extractive"; got != want {
				t.Errorf("Engine=%q, want %q", got, want)
			}
			if !strings.HasPrefix(b.ID, "brf_") {
				t.Errorf("ID=%q", b.ID)
			}
			again, err := p.Brief(context.Background(), c.request)
			if err != nil || again.ID != b.ID || briefingText(again) != text {
				t.Errorf("the same request gave a different briefing (err %v)", err)
			}
		})
	}
}

func TestBriefRejects(t *testing.T) {
	story := "The council approved the budget on Monday after a long debate. The vote was close."
	tests := []struct {
		name     string
		req      summarize.Request
		limits   summarize.Limits
		wantCode string
		wantMsg  string
	}{
		{"no articles", summarize.Request{}, summarize.Limits{}, summarize.EINVALID, "no articles"},
		{"neither text nor html", summarize.Request{Articles: []summarize.Article{{ID: "x", Title: "only a title"}}}, summarize.Limits{}, summarize.EINVALID, "article x has neither text nor html"},
		{"url only, fetching off", summarize.Request{Articles: []summarize.Article{{ID: "x", URL: "https://example.com/story"}}}, summarize.Limits{FetchURLs: true}, summarize.EINVALID, "article x has neither text nor html (this server does not fetch pages by url"},
		{"both text and html", summarize.Request{Articles: []summarize.Article{{Text: story, HTML: "<p>" + story + "</p>"}}}, summarize.Limits{}, summarize.EINVALID, "both text and html"},
		{"repeated id", summarize.Request{Articles: []summarize.Article{{ID: "a", Text: story}, {ID: "a", Text: story}}}, summarize.Limits{}, summarize.EINVALID, `"a" is used twice`},
		{"id with a bracket", summarize.Request{Articles: []summarize.Article{{ID: "a]", Text: story}}}, summarize.Limits{}, summarize.EINVALID, "bracket"},
		{"unknown engine", summarize.Request{Articles: []summarize.Article{{Text: story}}, Options: summarize.Options{Engine: "gpt"}}, summarize.Limits{}, summarize.EINVALID, `unknown engine "gpt"`},
		{"max_words too small", summarize.Request{Articles: []summarize.Article{{Text: story}}, Options: summarize.Options{MaxWords: 5}}, summarize.Limits{}, summarize.EINVALID, "max_words"},
		{"llm not configured", summarize.Request{Articles: []summarize.Article{{Text: story}}, Options: summarize.Options{Engine: "llm"}}, summarize.Limits{}, summarize.EINVALID, "not configured"},
		{"empty after cleaning", summarize.Request{Articles: []summarize.Article{{Text: story}, {Text: "Skip to content\n\nAdvertisement\n\n© 2026 Example Media. All rights reserved."}}}, summarize.Limits{}, summarize.EINVALID, "article a2 has no story text left"},
		{"too many articles", summarize.Request{Articles: []summarize.Article{{Text: story}, {Text: story}, {Text: story}}}, summarize.Limits{MaxArticles: 2}, summarize.ETOOLARGE, "3 articles; this server takes at most 2"},
		{"article too long", summarize.Request{Articles: []summarize.Article{{Text: story}}}, summarize.Limits{MaxArticleChars: 20}, summarize.ETOOLARGE, "at most 20 per article"},
		{"too many tokens", summarize.Request{Articles: []summarize.Article{{Text: story}}}, summarize.Limits{MaxTotalTokens: 5}, summarize.EINVALID, "takes at most 5"},
		{"html too large", summarize.Request{Articles: []summarize.Article{{HTML: "<p>" + story + "</p>"}}}, summarize.Limits{MaxHTMLBytes: 20}, summarize.ETOOLARGE, "bytes of html; this server takes at most 20 bytes of html"},
		{"extracted text too long", summarize.Request{Articles: []summarize.Article{{HTML: "<html><body><script>" + strings.Repeat("x", 500) + "</script><p>" + story + "</p></body></html>"}}},
			summarize.Limits{MaxArticleChars: 40}, summarize.ETOOLARGE, "characters of story text (extracted from its html); this server takes at most 40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPipeline(t)
			p.Limits = tt.limits
			_, err := p.Brief(context.Background(), tt.req)
			if got, want := summarize.ErrorCode(err), tt.wantCode; got != want {
				t.Fatalf("code=%q (%v), want %q", got, err, want)
			}
			if msg := summarize.ErrorMessage(err); !strings.Contains(msg, tt.wantMsg) {
				t.Fatalf("message=%q, want it to contain %q", msg, tt.wantMsg)
			}
		})
	}
}

// A page's markup does not count against the per-article character limit: only
// the story text extracted from it does.
func TestHTMLMarkupIsNotStoryText(t *testing.T) {
	story := "Fire crews in Brennick ordered 2,400 residents to leave their homes on Thursday after a wildfire jumped the river."
	page := "<html><head><style>" + strings.Repeat(".a{color:red}", 2000) + "</style></head><body><article><p>" + story + "</p></article></body></html>"
	p := newPipeline(t)
	p.Limits = summarize.Limits{MaxArticleChars: 1000}
	if _, err := p.Merge(context.Background(), summarize.Request{Articles: []summarize.Article{{HTML: page}}}); err != nil {
		t.Fatalf("a %d-byte page with %d characters of story: %v", len(page), len(story), err)
	}
}

// The page's own title and published time fill the article's when the client sent
// none (the date at day precision: go-htmldate reads dates, not times); what the
// client sent wins.
func TestMergeReportsPageTitleAndPublished(t *testing.T) {
	page := `<html><head><title>Fire jumps the river | Courier</title>
<meta property="og:title" content="Fire jumps the river">
<meta property="article:published_time" content="2026-03-05T08:30:00Z"></head>
<body><article><p>Fire crews in Brennick ordered 2,400 residents to leave their homes on Thursday after a wildfire jumped the river.</p>
<p>The fire has burned about 3,100 hectares since it was sparked by lightning on Monday evening, the county said.</p></article></body></html>`
	sent := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	rep, err := newPipeline(t).Merge(context.Background(), summarize.Request{Articles: []summarize.Article{
		{HTML: page}, {HTML: page, Title: "Client title", PublishedAt: &sent}}})
	if err != nil {
		t.Fatal(err)
	}
	a, b := rep.Articles[0], rep.Articles[1]
	if a.Title != "Fire jumps the river" || a.PublishedAt == nil || a.PublishedAt.Format(time.DateOnly) != "2026-03-05" {
		t.Errorf("page's own: title %q published %v", a.Title, a.PublishedAt)
	}
	if b.Title != "Client title" || b.PublishedAt == nil || !b.PublishedAt.Equal(sent) {
		t.Errorf("client's: title %q published %v", b.Title, b.PublishedAt)
	}
	if !strings.Contains(rep.Texts[0], "wildfire jumped the river") {
		t.Errorf("Texts[0] = %q", rep.Texts[0])
	}
}

func TestIDsAssignedInOrderAroundClientIDs(t *testing.T) {
	story := []string{
		"The river rose two metres overnight in Varnby.",
		"Ferries across the bay stopped at noon on Friday.",
		"The mayor opened three shelters in school halls.",
	}
	req := summarize.Request{Articles: []summarize.Article{{Text: story[0]}, {ID: "a1", Text: story[1]}, {Text: story[2]}}}
	rep, err := newPipeline(t).Merge(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range rep.Articles {
		got = append(got, a.ID)
	}
	if want := "a2,a1,a3"; strings.Join(got, ",") != want {
		t.Fatalf("ids=%v, want %s (client ids kept, others a1, a2… skipping taken ones)", got, want)
	}
}

func TestFallback(t *testing.T) {
	req := loadClusters(t)[0].request
	failing := func(code string) *fakeEngine {
		return &fakeEngine{name: "llm", brief: func(context.Context, *summarize.Input) (*summarize.Draft, error) {
			return nil, summarize.Errorf(code, "model said 503 three times")
		}}
	}
	tests := []struct {
		name       string
		engine     *fakeEngine
		asked      string
		wantEngine string
		wantCode   string
	}{
		{"upstream failure falls back", failing(summarize.EUPSTREAM), "", "extractive", ""},
		{"timeout falls back", failing(summarize.ETIMEOUT), "auto", "extractive", ""},
		{"explicit llm turns fallback off", failing(summarize.EUPSTREAM), "llm", "", summarize.EUPSTREAM},
		{"explicit llm timeout is a timeout", failing(summarize.ETIMEOUT), "llm", "", summarize.ETIMEOUT},
		{"invalid input is not retried elsewhere", failing(summarize.EINVALID), "", "", summarize.EINVALID},
		{"a budget too small falls back", failing(summarize.ETOOLARGE), "", "extractive", ""},
		{"a budget too small with llm forced is a 422", failing(summarize.ETOOLARGE), "llm", "", summarize.EINVALID},
		{"a draft with no valid citation falls back", &fakeEngine{name: "llm", brief: func(context.Context, *summarize.Input) (*summarize.Draft, error) {
			return &summarize.Draft{Headline: "h", Points: []summarize.DraftPoint{{Text: "made up", Passages: []string{"P999"}}}}, nil
		}}, "", "extractive", ""},
		{"a good (faithful) draft is kept", &fakeEngine{name: "llm", brief: func(_ context.Context, in *summarize.Input) (*summarize.Draft, error) {
			return &summarize.Draft{Headline: "h", Summary: "s", Model: "m", Points: []summarize.DraftPoint{{Text: in.Passages[0].Text, Passages: []string{in.Passages[0].ID}}}}, nil
		}}, "", "llm", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPipeline(t, tt.engine)
			r := req
			r.Options.Engine = tt.asked
			b, err := p.Brief(context.Background(), r)
			if tt.wantCode != "" {
				if got := summarize.ErrorCode(err); got != tt.wantCode {
					t.Fatalf("code=%q (%v), want %q", got, err, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, want := b.Engine, tt.wantEngine; got != want {
				t.Fatalf("Engine=%q, want %q", got, want)
			}
			if tt.wantEngine == "extractive" {
				if len(b.Warnings) == 0 || !strings.Contains(b.Warnings[0], "the llm engine failed") {
					t.Fatalf("warnings=%q, want the model's failure named first", b.Warnings)
				}
			}
		})
	}
}

func TestBriefCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newPipeline(t).Brief(ctx, loadClusters(t)[0].request)
	var e *summarize.Error
	if !errors.As(err, &e) {
		t.Fatalf("err=%v, want a *summarize.Error", err)
	}
}

func BenchmarkBriefCluster(b *testing.B) {
	p := newPipeline(b)
	req := loadClusters(b)[0].request
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Brief(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNothingFitToCiteIsNotAServerError(t *testing.T) {
	b, err := newPipeline(t).Brief(context.Background(), summarize.Request{Articles: []summarize.Article{{Text: "Why now?"}}})
	if err != nil {
		t.Fatalf("err=%v, want a briefing with a warning: the input is the client's, not a failure of ours", err)
	}
	if len(b.Points) != 0 || len(b.Warnings) == 0 {
		t.Fatalf("points=%d warnings=%q", len(b.Points), b.Warnings)
	}
}

func TestMergeCountsArticlesAsSentAndKeepsPastedHeadlines(t *testing.T) {
	text := "Lindholm quay to close for repairs\n\n" +
		"The old ferry quay at Lindholm will close for repairs from Monday.\n\nEngineers found cracks in two concrete piles.\n\n© 2026 Island Post. All rights reserved."
	html := "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><p>The old ferry quay at Lindholm will close for repairs from Monday.</p>" +
		"<p>Ferries will use the eastern berth for six weeks.</p></article><footer>© 2026 Harbour Times</footer></body></html>"
	p := newPipeline(t)
	rep, err := p.Merge(context.Background(), summarize.Request{Articles: []summarize.Article{{Text: text}, {HTML: html, Title: "Quay closes"}}})
	if err != nil {
		t.Fatal(err)
	}
	tok := mustTokenizer(t)
	if got, min := rep.Result.Stats.TokensBefore, tok.Count(text); got <= min {
		t.Fatalf("tokens_before=%d, want more than the text article alone (%d): the html page counts too", got, min)
	}
	if got, want := rep.Articles[0].Title, "Lindholm quay to close for repairs"; got != want {
		t.Fatalf("Title=%q, want the pasted headline %q", got, want)
	}
	if got, want := rep.Articles[1].Title, "Quay closes"; got != want {
		t.Fatalf("Title=%q, want the client's %q", got, want)
	}
	for _, ps := range rep.Result.Passages {
		if strings.Contains(ps.Text, "Lindholm quay to close for repairs") || strings.Contains(ps.Text, "Home") {
			t.Fatalf("passage %s is a headline or menu: %q", ps.ID, ps.Text)
		}
	}
	if s := rep.Result.Stats; s.TokensAfter >= s.TokensBefore {
		t.Fatalf("stats %+v", s)
	}
}

// TestDatelineFoldsWithRewrite: a wire story's dateline goes before the merge,
// so the wire lead and a rewrite's copy of it (which drops the dateline) are one
// passage citing both, and no passage opens with where the story was filed.
func TestDatelineFoldsWithRewrite(t *testing.T) {
	const lead = "The old ferry quay at Lindholm will close for repairs from Monday, the island council said."
	wire := "LINDHOLM, Norway (Island Wire) - " + lead + "\n\nEngineers found cracks in two concrete piles."
	rewrite := lead + "\n\nFerries will use the eastern berth for six weeks."
	rep, err := newPipeline(t).Merge(context.Background(), summarize.Request{Articles: []summarize.Article{{Text: wire}, {Text: rewrite}}})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, ps := range rep.Result.Passages {
		if strings.Contains(ps.Text, "LINDHOLM") || strings.Contains(ps.Text, "Island Wire") {
			t.Fatalf("passage %s keeps the dateline: %q", ps.ID, ps.Text)
		}
		if ps.Text == lead {
			found = true
			if len(ps.Sources) != 2 {
				t.Fatalf("lead passage cites %v, want both articles", ps.Sources)
			}
		}
	}
	if !found {
		t.Fatalf("no passage is the lead %q", lead)
	}
}

// fakeFetcher serves pages from a map by url and records what it was given.
type fakeFetcher struct {
	pages map[string]string
	got   []summarize.Article
	err   error
}

func (f *fakeFetcher) Fetch(_ context.Context, articles []summarize.Article) ([]summarize.Article, error) {
	f.got = append([]summarize.Article(nil), articles...)
	if f.err != nil {
		return nil, f.err
	}
	out := append([]summarize.Article(nil), articles...)
	for i, a := range out {
		if a.URLOnly() {
			out[i].HTML = f.pages[a.URL]
			if out[i].Source == "" {
				out[i].Source = "fetched.example"
			}
		}
	}
	return out, nil
}

// TestFetchStage: with a Fetcher, an article sent by url alone is fetched after
// check (ids assigned) and before normalize; its page is extracted like any html.
func TestFetchStage(t *testing.T) {
	story := "<html><body><article><h1>Council passes the budget</h1><p>The city council approved the budget on Monday after a long debate about schools.</p><p>The vote was close, with five members against the plan and six in favour.</p></article></body></html>"
	f := &fakeFetcher{pages: map[string]string{"https://example.com/budget": story}}
	p := newPipeline(t)
	p.Fetcher = f
	req := summarize.Request{Articles: []summarize.Article{
		{URL: "https://example.com/budget"},
		{Source: "Wire", Text: "The city council approved the budget on Monday. The vote was close, six to five."},
	}}
	b, err := p.Brief(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.got) != 2 || f.got[0].ID != "a1" || f.got[1].ID != "a2" {
		t.Fatalf("the fetcher got %+v, want articles with their ids", f.got)
	}
	if s := b.Sources[0]; s.Source != "fetched.example" || s.Title != "Council passes the budget" || s.URL != "https://example.com/budget" {
		t.Errorf("source of the fetched article: %+v", s)
	}
	if len(b.Points) == 0 {
		t.Error("no points from the fetched page")
	}
	if _, err := p.Merge(context.Background(), req); err != nil {
		t.Errorf("merge: %v", err)
	}

	// A url the fetch stage cannot use is refused by check, before any fetch.
	f.got = nil
	_, err = p.Brief(context.Background(), summarize.Request{Articles: []summarize.Article{{ID: "x", URL: "ftp://example.com/budget"}}})
	if summarize.ErrorCode(err) != summarize.EINVALID || !strings.Contains(summarize.ErrorMessage(err), "article x has neither text nor html, and its url") || f.got != nil {
		t.Errorf("ftp url: %v (fetcher called: %v)", err, f.got != nil)
	}

	// The fetcher's 422 is the answer.
	f.err = summarize.Errorf(summarize.EINVALID, "article a1: its page https://example.com/budget could not be fetched: the site answered 404 Not Found")
	_, err = p.Brief(context.Background(), req)
	if summarize.ErrorCode(err) != summarize.EINVALID || !strings.Contains(summarize.ErrorMessage(err), "404 Not Found") {
		t.Errorf("fetch failure: %v", err)
	}
}

// capturingEngine is the extractive engine, keeping the last input and draft.
type capturingEngine struct {
	summarize.Engine
	in    *summarize.Input
	draft *summarize.Draft
}

func (c *capturingEngine) Brief(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
	d, err := c.Engine.Brief(ctx, in)
	c.in, c.draft = in, d
	return d, err
}

// BenchmarkBriefCheckCost is a briefing's latency with and without the support
// check, on each fixture cluster and the largest eval case: it times Brief, then
// verify.Verify alone on the same draft (the whole of verify is counted as the
// check, so the ratio errs high), and reports brief/(brief - verify) as the
// "with/without" ratio; the target is at most 1.10.
func BenchmarkBriefCheckCost(b *testing.B) {
	type named struct {
		name string
		req  summarize.Request
	}
	var reqs []named
	for _, c := range loadClusters(b) {
		reqs = append(reqs, named{c.name, c.request})
	}
	cases, err := eval.LoadCases("../../eval/cases")
	if err != nil {
		b.Fatal(err)
	}
	big := cases[0]
	for _, c := range cases {
		if len(c.Articles) > len(big.Articles) {
			big = c
		}
	}
	reqs = append(reqs, named{"eval-" + big.Name, summarize.Request{Articles: big.Articles, Options: big.Options}})
	for _, r := range reqs {
		b.Run(r.name, func(b *testing.B) {
			ce := &capturingEngine{Engine: extractive.New()}
			p := newPipeline(b, ce)
			p.Engines[summarize.EngineExtractive] = ce
			if _, err := p.Brief(context.Background(), r.req); err != nil {
				b.Fatal(err)
			}
			var brief, check time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := p.Brief(context.Background(), r.req); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				verify.Verify(ce.draft, ce.in)
				brief += t1.Sub(t0)
				check += time.Since(t1)
			}
			b.ReportMetric(float64(brief)/float64(b.N)/1e3, "µs/brief")
			b.ReportMetric(float64(check)/float64(b.N)/1e3, "µs/check")
			b.ReportMetric(float64(brief)/float64(brief-check), "with/without")
		})
	}
}

// TestRequestLimits: the limits the rules run under are the pipeline's, with
// FetchURLs on exactly when it has a Fetcher.
func TestRequestLimits(t *testing.T) {
	for _, tt := range []struct {
		name    string
		fetcher pipeline.Fetcher
		want    bool
	}{
		{"no fetcher", nil, false},
		{"fetcher", &fakeFetcher{}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := &pipeline.Pipeline{Limits: summarize.Limits{MaxArticles: 3}, Fetcher: tt.fetcher}
			got := p.RequestLimits()
			if got.FetchURLs != tt.want || got.MaxArticles != 3 {
				t.Fatalf("RequestLimits()=%+v, want MaxArticles 3 and FetchURLs %v", got, tt.want)
			}
		})
	}
}

// TestZeroCheckedIsRefused: a request no check made (the zero Checked) is an
// internal error at every checked entry, never briefed as an empty request.
func TestZeroCheckedIsRefused(t *testing.T) {
	p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()}, DefaultEngine: summarize.EngineExtractive}
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		run  func() error
	}{
		{"brief", func() error { _, err := p.BriefChecked(ctx, summarize.Checked{}); return err }},
		{"merge", func() error { _, err := p.MergeChecked(ctx, summarize.Checked{}); return err }},
		{"check", func() error { _, err := p.CheckClaims(ctx, summarize.CheckedClaims{}); return err }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); summarize.ErrorCode(err) != summarize.EINTERNAL {
				t.Fatalf("err=%v, want EINTERNAL", err)
			}
		})
	}
}
