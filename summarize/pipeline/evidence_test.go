package pipeline_test

import (
	"context"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

// TestEvidenceOffsets checks, for every evidence item of every eval case briefed
// by the extractive engine through the pipeline, that the quote is exactly the
// code-point slice [Start, End) of its article's text: the text as sent for a
// text article, the extracted text (what Merge returns) for an html one.
func TestEvidenceOffsets(t *testing.T) {
	cases, err := eval.LoadCases("../../eval/cases")
	if err != nil {
		t.Fatal(err)
	}
	p := newPipeline(t)
	items, html, wide := 0, 0, 0
	for _, c := range cases {
		req := summarize.Request{Articles: c.Articles, Options: c.Options}
		b, err := p.Brief(context.Background(), req)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		m, err := p.Merge(context.Background(), req)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		texts := map[string][]rune{}
		isHTML := map[string]bool{}
		for i, a := range m.Articles {
			if a.HTML != "" {
				texts[a.ID] = []rune(m.Texts[i])
				isHTML[a.ID] = true
			} else {
				texts[a.ID] = []rune(c.Articles[i].Text) // as sent
			}
		}
		for _, pt := range b.Points {
			if len(pt.Evidence) == 0 {
				t.Errorf("%s: point %q has no evidence", c.Name, pt.Text)
			}
			for _, e := range pt.Evidence {
				items++
				text, ok := texts[e.ArticleID]
				if !ok {
					t.Errorf("%s: evidence of unknown article %s", c.Name, e.ArticleID)
					continue
				}
				if e.Start < 0 || e.End <= e.Start || e.End > len(text) {
					t.Errorf("%s: %s %s: offsets [%d, %d) outside its text of %d characters", c.Name, e.ArticleID, e.PassageID, e.Start, e.End, len(text))
					continue
				}
				if got := string(text[e.Start:e.End]); got != e.Quote {
					t.Errorf("%s: %s %s: text[%d:%d] = %q, quote %q", c.Name, e.ArticleID, e.PassageID, e.Start, e.End, got, e.Quote)
				}
				if isHTML[e.ArticleID] {
					html++
				}
				if len(e.Quote) != len([]rune(e.Quote)) {
					wide++
				}
			}
		}
	}
	t.Logf("%d evidence items checked over %d cases (%d from html articles, %d with non-ASCII characters)", items, len(cases), html, wide)
	if items == 0 || html == 0 {
		t.Fatalf("want evidence from text and html articles; got %d items, %d html", items, html)
	}
}
