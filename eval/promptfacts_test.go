package eval_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

func TestFactsCarried(t *testing.T) {
	all := []summarize.Passage{
		{ID: "P1", Text: "A coach carrying 51 tourists overturned near Bressano on Tuesday."},
		{ID: "P2", Text: "Police said they had taken the coach away for tests on its brakes."},
		{ID: "P3", Text: "Six people were flown to hospital in Varna."},
	}
	facts := []string{"A coach carrying 51 tourists overturned near Bressano", "Police took the coach for tests on its brakes", "Six people were flown to hospital", "Nine people were flown to Milan"}
	got := eval.FactsCarried(facts, all[:1], all)
	want := []bool{true, false, false, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("fact %q carried=%v by P1 alone, want %v", facts[i], got[i], want[i])
		}
	}
	got = eval.FactsCarried(facts, all, all)
	for i, w := range []bool{true, true, true, false} {
		if got[i] != w {
			t.Errorf("fact %q carried=%v by all, want %v", facts[i], got[i], w)
		}
	}
}

func TestGateChecksPromptFactCoverageByCase(t *testing.T) {
	rep := &eval.Report{Cases: []eval.CaseResult{{Name: "ok", PromptFactCoverage: 1}, {Name: "lossy", PromptFactCoverage: 0.8,
		PromptFacts: []eval.PromptCoverage{{ContextTokens: 2048, Ratio: 0.8, Lost: []string{"the brakes fact"}}}}}}
	rep.Cases[0].Length.WithinBudget, rep.Cases[1].Length.WithinBudget = true, true
	rep.Means.PromptFactCoverage = 0.8
	fails := rep.Check(eval.Thresholds{Min: eval.MinThresholds{PromptFactCoverage: 0.95}})
	if len(fails) != 1 || fails[0].Metric != "prompt_fact_coverage" || !strings.Contains(fails[0].Detail, "lossy") || !strings.Contains(fails[0].Detail, "brakes") {
		t.Fatalf("failures=%v, want prompt_fact_coverage naming the lossy case and its lost fact", fails)
	}
}
