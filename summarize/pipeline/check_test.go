package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

func bridgeArticles(t *testing.T) []summarize.Article {
	t.Helper()
	cases, err := eval.LoadCases("../../eval/cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Name == "bridge-closure" {
			return c.Articles
		}
	}
	t.Fatal("no bridge-closure case")
	return nil
}

func TestCheckClaims(t *testing.T) {
	p := newPipeline(t)
	arts := bridgeArticles(t)
	req := summarize.CheckRequest{Articles: arts, Claims: []summarize.Claim{
		{Text: "The 1968 bridge carries about 64,000 vehicles a day, and drivers face a detour of about 40 kilometres."},
		{Text: "The 1968 bridge carries about 65,000 vehicles a day."},
		{Text: "Transport Minister Oliver Grant said the government would fund ferries every 15 minutes at rush hour.", Citations: []string{"a4"}},
		{Text: "The two governments signed a treaty on shipbuilding worth 4.2 billion euros."},
	}}
	rep, err := p.Check(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Claims) != 4 {
		t.Fatalf("%d results for 4 claims", len(rep.Claims))
	}
	m, err := p.Merge(context.Background(), summarize.Request{Articles: arts})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]rune{}
	for i, a := range m.Articles {
		texts[a.ID] = []rune(m.Texts[i])
	}
	want := []string{summarize.SupportSupported, summarize.SupportUnsupported, summarize.SupportSupported, summarize.SupportUnsupported}
	for i, r := range rep.Claims {
		if r.Text != req.Claims[i].Text {
			t.Errorf("claim %d: text %q, want it as sent", i+1, r.Text)
		}
		if r.Status != want[i] {
			t.Errorf("claim %d %q: %s, want %s (missing %v)", i+1, r.Text, r.Status, want[i], r.Unsupported)
		}
		if r.Status == summarize.SupportSupported && (len(r.Citations) == 0 || len(r.Evidence) == 0 || len(r.Unsupported) > 0) {
			t.Errorf("claim %d supported without citations or evidence, or with something missing: %+v", i+1, r)
		}
		if r.Status == summarize.SupportUnsupported && (len(r.Citations) > 0 || len(r.Unsupported) == 0) {
			t.Errorf("claim %d unsupported with citations or nothing missing: %+v", i+1, r)
		}
		for _, e := range r.Evidence {
			if !slices.Contains(r.Citations, e.ArticleID) {
				t.Errorf("claim %d: evidence of %s, not among its citations %v", i+1, e.ArticleID, r.Citations)
			}
			if got := string(texts[e.ArticleID][e.Start:e.End]); got != e.Quote {
				t.Errorf("claim %d: text[%d:%d] = %q, quote %q", i+1, e.Start, e.End, got, e.Quote)
			}
		}
	}
	if got := fmt.Sprint(rep.Claims[1].Unsupported); !strings.Contains(got, "65,000") {
		t.Errorf("changed figure: missing %s, want 65,000 among it", got)
	}
	if slices.Contains(rep.Claims[2].Citations, "a4") || !strings.Contains(strings.Join(rep.Warnings, "\n"), "claim 3 from a4 to") {
		t.Errorf("a claim its cited article does not carry: citations %v, warnings %v", rep.Claims[2].Citations, rep.Warnings)
	}
}

func TestCheckDraft(t *testing.T) {
	p := newPipeline(t)
	draft := "# St. Corry Bridge closed\n\nEngineers closed the St. Corry Bridge across the Wendle estuary after an inspection found cracks\nin two steel hangers holding up its main span. The bridge carries about 90,000 vehicles a day.\n\n- Transport Minister Oliver Grant said the government would fund ferries every 15 minutes at rush hour.\n"
	rep, err := p.Check(context.Background(), summarize.CheckRequest{Articles: bridgeArticles(t), Draft: draft})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rep.Claims {
		got = append(got, r.Status+": "+r.Text)
	}
	want := []string{
		"supported: St. Corry Bridge closed",
		"supported: Engineers closed the St. Corry Bridge across the Wendle estuary after an inspection found cracks in two steel hangers holding up its main span.",
		"unsupported: The bridge carries about 90,000 vehicles a day.",
		"supported: Transport Minister Oliver Grant said the government would fund ferries every 15 minutes at rush hour.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("draft checked as\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckRejects(t *testing.T) {
	p := newPipeline(t)
	art := []summarize.Article{{ID: "a1", Text: "The bridge closed on Monday after cracks were found."}}
	many := make([]summarize.Claim, summarize.MaxClaims+1)
	for i := range many {
		many[i].Text = "The bridge closed."
	}
	long := strings.Repeat("The bridge closed. ", summarize.MaxClaims/2+1)
	tests := []struct {
		name string
		req  summarize.CheckRequest
		code string
		msg  string
	}{
		{"no articles: the briefing's wording", summarize.CheckRequest{Claims: []summarize.Claim{{Text: "x"}}}, summarize.EINVALID, "the request has no articles"},
		{"both", summarize.CheckRequest{Articles: art, Claims: []summarize.Claim{{Text: "x"}}, Draft: "y"}, summarize.EINVALID, "both claims and a draft"},
		{"neither", summarize.CheckRequest{Articles: art}, summarize.EINVALID, "neither claims nor a draft"},
		{"empty claim", summarize.CheckRequest{Articles: art, Claims: []summarize.Claim{{Text: " "}}}, summarize.EINVALID, "claim 1 has no text"},
		{"unknown citation", summarize.CheckRequest{Articles: art, Claims: []summarize.Claim{{Text: "x", Citations: []string{"a9"}}}}, summarize.EINVALID, `claim 1 cites article "a9"`},
		{"too many claims", summarize.CheckRequest{Articles: art, Claims: many}, summarize.ETOOLARGE, "at most 200"},
		{"draft too long", summarize.CheckRequest{Articles: art, Draft: strings.Repeat("x", summarize.MaxDraftChars+1)}, summarize.ETOOLARGE, "the draft has"},
		{"draft of too many sentences", summarize.CheckRequest{Articles: art, Draft: long + long}, summarize.ETOOLARGE, "sentences"},
		{"an article without text", summarize.CheckRequest{Articles: []summarize.Article{{ID: "a1"}}, Draft: "x"}, summarize.EINVALID, "article a1 has neither text nor html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.Check(context.Background(), tt.req)
			if summarize.ErrorCode(err) != tt.code || !strings.Contains(summarize.ErrorMessage(err), tt.msg) {
				t.Errorf("err %v (%s), want %s with %q", err, summarize.ErrorCode(err), tt.code, tt.msg)
			}
		})
	}
}
