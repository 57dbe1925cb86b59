package eval_test

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// realisticThresholds sit a little below what the extractive engine reaches on
// testdata/cases (measured: R1 0.78, R2 0.58, RL 0.44, RLsum 0.76, facts 0.82,
// citation validity and support 1, no unsupported specifics).
// The pipeline is what the eval runs.
var _ eval.Briefer = (*pipeline.Pipeline)(nil)

func realisticThresholds(t *testing.T) eval.Thresholds {
	t.Helper()
	th, err := eval.ParseThresholds([]byte(`{
		"min": {"rouge1_f1": 0.6, "rouge2_f1": 0.4, "rougeL_f1": 0.35, "rougeLsum_f1": 0.6,
		        "fact_recall": 0.6, "citation_validity": 0.95, "citation_support": 0.9},
		"max": {"unsupported_specifics_mean": 1}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// realPipeline is the pipeline cmd/briefing builds, with the extractive engine.
func realPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline.Pipeline{
		Tokenizer:     tok,
		Engines:       map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()},
		DefaultEngine: summarize.EngineExtractive,
	}
}

func loadTestCases(t *testing.T) []*eval.Case {
	t.Helper()
	cases, err := eval.LoadCases("testdata/cases")
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestGate runs the whole harness, as `briefing eval` does, on two cases
// through the real pipeline with the extractive engine.
func TestGate(t *testing.T) {
	cases := loadTestCases(t)
	rep, err := eval.Run(context.Background(), realPipeline(t), cases, eval.RunOptions{Engine: summarize.EngineExtractive})
	if err != nil {
		t.Fatal(err)
	}
	if fails := rep.Check(realisticThresholds(t)); len(fails) > 0 {
		var b strings.Builder
		rep.Table(&b)
		t.Fatalf("gate failed: %v\n%s", fails, b.String())
	}
	// The pipeline merges, so the support checker is measured and in the means.
	if rep.Support == nil || rep.Support.References == 0 || rep.Means.SupportReference != rep.Support.ReferenceSupported {
		t.Errorf("support not measured: %+v, means %+v", rep.Support, rep.Means)
	}
	if rep.Means.PointsSupported != 1 {
		t.Errorf("extractive points supported %.4f, want 1", rep.Means.PointsSupported)
	}
	for _, c := range rep.Cases {
		if c.Error != "" {
			t.Errorf("%s: %s", c.Name, c.Error)
		}
		if got, want := c.Engine, summarize.EngineExtractive; got != want {
			t.Errorf("%s engine=%q, want %q", c.Name, got, want)
		}
	}
	dir := t.TempDir()
	if err := rep.WriteFiles(dir); err != nil {
		t.Fatal(err)
	}
	ju, err := os.ReadFile(filepath.Join(dir, "junit.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var suites struct {
		Suites []struct {
			Tests    int `xml:"tests,attr"`
			Failures int `xml:"failures,attr"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(ju, &suites); err != nil {
		t.Fatalf("junit.xml: %v", err)
	}
	if got, want := suites.Suites[0].Tests, len(cases)+1; got != want {
		t.Errorf("junit tests=%d, want %d (one a case and the gate)", got, want)
	}
	if got := suites.Suites[0].Failures; got != 0 {
		t.Errorf("junit failures=%d, want 0", got)
	}
}

// TestGateFailsOnUnrelatedReferences swaps the references of the two cases:
// the briefings no longer match them and the gate must fail on ROUGE.
func TestGateFailsOnUnrelatedReferences(t *testing.T) {
	cases := loadTestCases(t)
	cases[0].Reference, cases[1].Reference = cases[1].Reference, cases[0].Reference
	rep, err := eval.Run(context.Background(), realPipeline(t), cases, eval.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fails := rep.Check(realisticThresholds(t))
	failed := map[string]bool{}
	for _, f := range fails {
		failed[f.Metric] = true
	}
	for _, m := range []string{"rouge1_f1", "rouge2_f1", "rougeL_f1", "rougeLsum_f1"} {
		if !failed[m] {
			t.Errorf("gate did not fail on %s (failures: %v)", m, fails)
		}
	}
	if failed["fact_recall"] || failed["citation_validity"] || failed["citation_support"] {
		t.Errorf("metrics that do not read the reference failed: %v", fails)
	}
	if rep.Gate == nil || rep.Gate.Passed {
		t.Fatalf("report gate=%+v, want failed", rep.Gate)
	}
}
