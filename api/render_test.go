package api_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

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
	published := time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC)
	cost := 0.0042
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
			{Text: "Sources differ on the fare: 4.50 according to [wire][a3], 5 according to [a2]; [ghost] stays text.", Citations: []string{"wire", "a2", "a3"}, SourcesCount: 3, IndependentSourcesCount: 2,
				Evidence: []summarize.Evidence{{ArticleID: "wire", PassageID: "P2", Quote: "A ticket costs 4.50.", Start: 30, End: 50}}},
			{Text: "The mayor said 300 people rode the first ferry.", Citations: []string{"a2"}, SourcesCount: 1, IndependentSourcesCount: 1,
				Support: summarize.Support{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{{Kind: summarize.MissingFigure, Text: "300"}}}},
			{Text: "The ferry is free on Sundays.", Citations: []string{"a3"}, SourcesCount: 1, IndependentSourcesCount: 1,
				Support: summarize.Support{Status: summarize.SupportUnsupported, Unsupported: []summarize.Missing{{Kind: summarize.MissingWord, Text: "free"}, {Kind: summarize.MissingName, Text: "Sundays"}}}},
		},
		SummaryCitations: []string{"wire", "a2"},
		UnsupportedPoints: []summarize.UnsupportedPoint{
			{Text: "The operator will buy two new boats.", Passages: []string{"P99"}, Unsupported: []summarize.Missing{{Kind: summarize.MissingWord, Text: "boats"}}},
		},
		Differences: []summarize.Difference{
			{Kind: summarize.KindNumber, About: "fare", Label: summarize.LabelConflict, Values: []summarize.DifferenceValue{
				{Value: "4.50", Citations: []string{"wire", "a3"}, Passages: []string{"P2"}, Quote: "A ticket costs 4.50.", Article: "wire", PublishedAt: &published},
				{Value: "5", Hedge: "about", Citations: []string{"a2"}, Passages: []string{"P5"}, Quote: "Tickets cost about 5.", Article: "a2"},
			}},
			{Kind: summarize.KindNumber, About: "passengers", Label: summarize.LabelUpdated, Values: []summarize.DifferenceValue{
				{Value: "120", Citations: []string{"wire"}, Quote: "120 passengers boarded.", Article: "wire"},
				{Value: "200", Hedge: "more than", Citations: []string{"a3"}, Quote: "More than 200 passengers boarded.", Article: "a3"},
			}},
		},
		Quotes: []summarize.Quote{{Speaker: "Ines Lund", Text: "We are back", Citations: []string{"wire", "a2"}, Variants: []summarize.QuoteVariant{
			{Text: "We are back", Citations: []string{"wire"}}, {Text: "We're back", Citations: []string{"a2"}},
		}}},
		Coverage: summarize.Coverage{
			Outlets: []string{"Coast Wire", "Harbour Times"}, OutletCount: 2, IndependentArticles: 2,
			WireGroups:     []summarize.WireGroup{{Original: "wire", Source: "Coast Wire", Reprints: []string{"a2"}}},
			FirstPublished: &published, LastPublished: &published,
			Articles: []summarize.ArticleCoverage{
				{ID: "wire", Source: "Coast Wire", PublishedAt: &published, UniqueShare: 0.25},
				{ID: "a2", Source: "Harbour Times", UniqueShare: 0, SyndicatedOf: "wire"},
				{ID: "a3", UniqueShare: 0.5},
			},
		},
		Sources: []summarize.Source{
			{ID: "wire", Source: "Coast Wire", Title: "Ferry back on the water", URL: "https://example.com/ferry"},
			{ID: "a2", Source: "Harbour Times", Title: "", URL: ""},
			{ID: "a3", Source: "", Title: "", URL: "https://example.org/a b"},
		},
		Merge: summarize.MergeStats{Articles: 3, Passages: 40, UniquePassages: 22, DuplicatesRemoved: 18, TokensBefore: 900, TokensAfter: 510},
		Usage: summarize.Usage{PromptTokens: 700, CompletionTokens: 120, LLMCalls: 1, Strategy: summarize.StrategySelect,
			Steps: []summarize.StepUsage{{Step: 1, Kind: "brief", Calls: 1, PromptTokens: 700, CompletionTokens: 120}}, PassagesSent: 18, PassagesLeftOut: 4, Cost: &cost},
		Warnings: []string{"dropped citation P99: no such passage"},
	}
}

func sampleMerge() *summarize.MergeReport {
	return &summarize.MergeReport{
		Articles: []summarize.Article{{ID: "wire", Source: "Coast Wire", Title: "Ferry back"}, {ID: "a2"}, {ID: "a3", Title: "Café news"}},
		Texts:    []string{"Ferries restarted on Tuesday.", "Ferries restarted on Tuesday.", "Café: Ferries restarted on Tuesday. Evening sailings | are cut\nuntil March."},
		Result: summarize.MergeResult{
			Passages: []summarize.Passage{
				{ID: "P1", Text: "Ferries restarted on Tuesday.", Sources: []string{"wire", "a2", "a3"}, IndependentSources: []string{"wire", "a3"}, Tokens: 6, Article: "wire", Start: 0, End: 29},
				{ID: "P2", Text: "Evening sailings | are cut\nuntil March.", Sources: []string{"a3"}, IndependentSources: []string{"a3"}, Tokens: 8, Article: "a3", Start: 37, End: 76},
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
		Summary:  "<img src=x onerror=alert(1)> & more\n[a1]: https://evil.example/",
		Points: []summarize.Point{
			{Text: `Click [here](javascript:alert(1)) <b>now</b>`, Citations: []string{"a1"}},
			{Text: `As [a1](javascript:alert(1)) says`, Citations: []string{"a1"}, Support: summarize.Support{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{{Kind: "word", Text: "<b>x</b>[y](z)"}}}},
		},
		Differences: []summarize.Difference{{Kind: "number", About: "<i>toll</i>", Label: "conflict", Values: []summarize.DifferenceValue{{Value: "[5](javascript:x)", Citations: []string{"a1"}}}}},
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
	if regexp.MustCompile(`(?m)^\s*\[[^\]]*\]:`).MatchString(md) {
		t.Errorf("Markdown has a link definition:\n%s", md)
	}
	if !strings.Contains(md, "<https://example.com/x>") {
		t.Errorf("the https source lost its link:\n%s", md)
	}
}

// TestMarkdownFlagsOneSideOfADispute: a point that states one side of a disputed
// figure says, after its notes, what the other sources give.
func TestMarkdownFlagsOneSideOfADispute(t *testing.T) {
	b := &summarize.Briefing{
		Headline: "Quake",
		Points: []summarize.Point{{
			Text: "The magnitude 6.4 quake hit at 3.12 a.m.", Citations: []string{"a1"},
			Support: summarize.Support{Status: summarize.SupportSupported, Disputed: []summarize.DifferenceValue{{Value: "6.6", Citations: []string{"a2"}}}},
		}},
		Sources: []summarize.Source{{ID: "a1", Source: "Continental Press"}, {ID: "a2", Source: "Meridian Wire"}},
	}
	md := api.BriefingMarkdown(b)
	if !strings.Contains(md, "1. The magnitude 6.4 quake hit at 3.12 a.m. [1] ⚠ sources differ: 6.6 [2]\n") {
		t.Fatalf("Markdown:\n%s", md)
	}
}
