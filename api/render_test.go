package api_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./api/ -update)", err)
	}
	if diff := cmp.Diff(got, string(want)); diff != "" {
		t.Fatalf("%s mismatch (-got +want):\n%s", path, diff)
	}
}

// sampleBriefing is a made-up briefing about a made-up event, written for these tests.
func sampleBriefing() *summarize.Briefing {
	return &summarize.Briefing{
		ID:            "b-7f3a",
		Engine:        "llm",
		Model:         "gpt-4o-mini",
		PromptVersion: "brief-v1",
		Headline:      "Harbour ferry\nresumes service",
		Summary:       "The harbour ferry is running again after a two-week stoppage, with a reduced timetable until spring.",
		Points: []summarize.Point{
			{Text: "Ferries restarted on Tuesday morning.", Citations: []string{"wire", "a2"}, Evidence: []summarize.Evidence{{ArticleID: "wire", PassageID: "P1", Quote: "Ferries restarted on Tuesday."}}, SourcesCount: 2, IndependentSourcesCount: 1},
			{Text: "The operator cut the evening sailings\nuntil March.", Citations: []string{"a3"}, SourcesCount: 1, IndependentSourcesCount: 1},
			{Text: "A point citing an unknown id keeps no marker.", Citations: []string{"ghost"}},
		},
		Sources: []summarize.Source{
			{ID: "wire", Source: "Coast Wire", Title: "Ferry back on the water", URL: "https://example.com/ferry"},
			{ID: "a2", Source: "Harbour Times", Title: "", URL: ""},
			{ID: "a3", Source: "", Title: "", URL: "https://example.org/a b"},
		},
		Merge:    summarize.MergeStats{Articles: 3, Passages: 40, UniquePassages: 22, DuplicatesRemoved: 18, TokensBefore: 900, TokensAfter: 510},
		Usage:    summarize.Usage{PromptTokens: 700, CompletionTokens: 120, LLMCalls: 1},
		Warnings: []string{"dropped citation P99: no such passage"},
	}
}

func sampleMerge() *summarize.MergeReport {
	return &summarize.MergeReport{
		Articles: []summarize.Article{{ID: "wire"}, {ID: "a2"}, {ID: "a3"}},
		Result: summarize.MergeResult{
			Passages: []summarize.Passage{
				{ID: "P1", Text: "Ferries restarted on Tuesday.", Sources: []string{"wire", "a2", "a3"}, IndependentSources: []string{"wire", "a3"}, Tokens: 6},
				{ID: "P2", Text: "Evening sailings | are cut\nuntil March.", Sources: []string{"a3"}, IndependentSources: []string{"a3"}, Tokens: 8},
			},
			Stats: summarize.MergeStats{Articles: 3, Passages: 5, UniquePassages: 2, DuplicatesRemoved: 3, TokensBefore: 40, TokensAfter: 14},
			Articles: []summarize.ArticleStats{
				{ID: "wire", Passages: 2, UniquePassages: 0, UniqueShare: 0},
				{ID: "a2", Passages: 1, UniquePassages: 0, UniqueShare: 0, SyndicatedOf: "wire"},
				{ID: "a3", Passages: 2, UniquePassages: 1, UniqueShare: 0.5},
			},
		},
	}
}

func TestBriefingMarkdownGolden(t *testing.T) {
	golden(t, "briefing.md.golden", api.BriefingMarkdown(sampleBriefing()))
	golden(t, "briefing-empty.md.golden", api.BriefingMarkdown(&summarize.Briefing{Engine: "extractive"}))
}

func TestMergeMarkdownGolden(t *testing.T) {
	golden(t, "merge.md.golden", api.MergeMarkdown(sampleMerge()))
}

func TestBriefingJSONGolden(t *testing.T) {
	b := sampleBriefing()
	data, err := json.MarshalIndent(api.BriefingJSON(b), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "briefing.json.golden", string(data)+"\n")
	data, err = json.MarshalIndent(api.MergeJSON(sampleMerge()), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "merge.json.golden", string(data)+"\n")
}

// TestMarkdownIsInert: HTML and links in client text come out as text, and only http(s)
// URLs become links.
func TestMarkdownIsInert(t *testing.T) {
	b := &summarize.Briefing{
		Engine:   "extractive",
		Headline: `<script>alert(1)</script>`,
		Summary:  `<img src=x onerror=alert(1)> & more`,
		Points:   []summarize.Point{{Text: `Click [here](javascript:alert(1)) <b>now</b>`, Citations: []string{"a1"}}},
		Sources: []summarize.Source{
			{ID: "a1", Source: "<i>Outlet</i>", URL: "javascript:alert(1)"},
			{ID: "a2", Source: "Two", URL: "data:text/html,<script>x</script>"},
			{ID: "a3", Source: "Three", URL: "https://user:pw@example.com/x"},
		},
	}
	md := api.BriefingMarkdown(b)
	for _, bad := range []string{"<script", "<img", "<b>", "<i>", "<javascript:", "<data:", "user:pw"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown keeps %q:\n%s", bad, md)
		}
	}
	if regexp.MustCompile(`[^\\]\]\(`).MatchString(md) {
		t.Errorf("Markdown keeps a link:\n%s", md)
	}
	if !strings.Contains(md, "<https://example.com/x>") {
		t.Errorf("the https source lost its link:\n%s", md)
	}
}
