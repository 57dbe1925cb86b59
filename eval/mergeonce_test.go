package eval_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// countingPipeline counts the merges the pipeline runs for Run: Brief, Merge
// and BriefAndMerge each merge the articles once.
type countingPipeline struct {
	p      *pipeline.Pipeline
	merges int
}

func (c *countingPipeline) Brief(ctx context.Context, req summarize.Request) (*summarize.Briefing, error) {
	c.merges++
	return c.p.Brief(ctx, req)
}

func (c *countingPipeline) Merge(ctx context.Context, req summarize.Request) (*summarize.MergeReport, error) {
	c.merges++
	return c.p.Merge(ctx, req)
}

// briefAndMerge is a countingPipeline that also brief-and-merges, as
// *pipeline.Pipeline does.
type briefAndMerge struct{ *countingPipeline }

func (c briefAndMerge) BriefAndMerge(ctx context.Context, req summarize.Request) (*summarize.Briefing, *summarize.MergeReport, error) {
	c.merges++
	return c.p.BriefAndMerge(ctx, req)
}

var _ eval.BriefMerger = (*pipeline.Pipeline)(nil)

// TestRunMergesEachCaseOnce: through a BriefMerger, each case is merged once
// for its briefing, prompt fact coverage and the support checker, and the report
// is the one Brief and Merge called apart make.
func TestRunMergesEachCaseOnce(t *testing.T) {
	cases := loadTestCases(t)
	n := len(cases)
	tok := realPipeline(t).Tokenizer
	tests := []struct {
		name        string
		briefMerger bool
		counter     bool
		merges      int
	}{
		{"brief and merge, prompt facts", true, true, n},
		{"brief and merge, no prompt facts", true, false, n},
		// Without BriefAndMerge the briefing merges apart; one Merge serves the rest.
		{"brief, then merge", false, true, 2 * n},
	}
	var first *eval.Report // of the first row: the others must equal it
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &countingPipeline{p: realPipeline(t)}
			var b eval.Briefer = c
			if tt.briefMerger {
				b = briefAndMerge{c}
			}
			opts := eval.RunOptions{Engine: summarize.EngineExtractive}
			if tt.counter {
				opts.Counter = tok
			}
			rep, err := eval.Run(context.Background(), b, cases, opts)
			if err != nil {
				t.Fatal(err)
			}
			if c.merges != tt.merges {
				t.Fatalf("%d merges for %d cases, want %d", c.merges, n, tt.merges)
			}
			for i := range rep.Cases {
				rep.Cases[i].DurationMS = 0
				if !tt.counter {
					// Not measured: the figures of the first row's run stand in.
					rep.Cases[i].PromptFacts, rep.Cases[i].PromptFactCoverage = first.Cases[i].PromptFacts, first.Cases[i].PromptFactCoverage
				}
			}
			if first == nil {
				first = rep
				if rep.Support == nil || rep.Support.References == 0 || len(rep.Cases[0].PromptFacts) == 0 {
					t.Fatalf("support %+v, prompt facts %+v: want both measured", rep.Support, rep.Cases[0].PromptFacts)
				}
				return
			}
			rep.Means.PromptFactCoverage = first.Means.PromptFactCoverage
			if diff := cmp.Diff(first, rep); diff != "" {
				t.Fatalf("report differs from the first row's (-first +this):\n%s", diff)
			}
		})
	}
}

// TestRunReportsACaseThatCannotBeMerged: a case that fails before the merge
// is merged apart, and its error is the support checker's, as before.
func TestRunReportsACaseThatCannotBeMerged(t *testing.T) {
	cases := append(loadTestCases(t), &eval.Case{Name: "no-articles"})
	c := &countingPipeline{p: realPipeline(t)}
	_, err := eval.Run(context.Background(), briefAndMerge{c}, cases, eval.RunOptions{Counter: realPipeline(t).Tokenizer})
	if err == nil || !strings.HasPrefix(err.Error(), "support: no-articles: ") {
		t.Fatalf("err=%v, want the support checker to name the case that cannot be merged", err)
	}
	if want := len(cases) + 1; c.merges != want {
		t.Fatalf("%d merges, want %d: one each, and a Merge for the case that failed before it", c.merges, want)
	}
}
