package eval_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// citeRun is a run of citation markers in a point naming both sides of a
// difference ("[a1][a3]"): one word in the engine's budget.
var citeRun = regexp.MustCompile(`(?:\[[^\[\]\s]{1,64}\])+`)

// TestPointWordsAt100: with max_words 100, the extractive briefing of every eval
// case carries at least 85 words of points, counted as the engine keeps its
// budget (text.Count: "$2.1" and "cash-and-stock" count their letter-digit runs;
// a run of citation markers is one word), and 85 on average counted by
// whitespace as eval.Length counts them. Within 100 either way.
func TestPointWordsAt100(t *testing.T) {
	cases, err := eval.LoadCases("cases")
	if err != nil {
		t.Fatal(err)
	}
	p := realPipeline(t)
	sum := 0
	for _, c := range cases {
		req := summarize.Request{Articles: c.Articles, Options: c.Options}
		req.Options.MaxWords, req.Options.Engine = 100, summarize.EngineExtractive
		b, err := p.Brief(context.Background(), req)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		strict := 0
		for _, pt := range b.Points {
			strict += text.Count(citeRun.ReplaceAllString(pt.Text, "x"))
		}
		l := eval.Length(b, 100)
		t.Logf("%-26s %d words of points (%d by whitespace), %d in all", c.Name, strict, l.PointWords, l.Words)
		if strict < 85 || !l.WithinBudget {
			t.Errorf("%s: %d words of points (%d by whitespace), %d in all; want ≥ 85 and ≤ 100", c.Name, strict, l.PointWords, l.Words)
		}
		sum += l.PointWords
	}
	if mean := float64(sum) / float64(len(cases)); mean < 85 {
		t.Errorf("mean %.1f words of points by whitespace at 100, want ≥ 85", mean)
	}
}
