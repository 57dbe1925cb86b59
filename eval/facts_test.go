package eval_test

import (
	"reflect"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

func TestParseFacts(t *testing.T) {
	got := eval.ParseFacts("# comment\n\nThe bridge closed on Monday\n  \n  Repairs cost 1.2 million euros  \n#another\n")
	want := []string{"The bridge closed on Monday", "Repairs cost 1.2 million euros"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("ParseFacts=%q, want %q", got, want)
	}
}

func TestFactRecall(t *testing.T) {
	br := &summarize.Briefing{
		Headline: "Harbour bridge shut for repairs",
		Summary:  "The Kessel harbour bridge closed on Monday after inspectors found cracks. Repairs will cost 1,200,000 euros.",
		Points: []summarize.Point{
			{Text: "Engineers expect the work to last six weeks."},
			{Text: "About 12.5% of daily commuters will need a ferry."},
		},
	}
	tests := []struct {
		name string
		fact string
		want bool
	}{
		{"same words", "The harbour bridge closed on Monday", true},
		{"paraphrase with the same content words, inflected", "Inspectors found cracks in the bridge", true},
		{"number with separators", "Repairs cost 1200000 euros", true},
		{"spelled-out number matches digits", "The work will last 6 weeks", true},
		{"percentage", "12.5 percent of commuters need a ferry", true},
		{"wrong number", "Repairs will cost 1,500,000 euros", false},
		{"wrong spelled-out number", "Engineers expect the work to last eight weeks", false},
		{"unrelated", "The mayor resigned over a housing scandal", false},
		// Content split over two units: neither holds 70% of it.
		{"content spread over units", "Inspectors found cracks and commuters will need a ferry", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, m := eval.FactRecall(br, []string{tt.fact})
			if got, want := m[0].Carried, tt.want; got != want {
				t.Fatalf("carried=%v, want %v (match %+v)", got, want, m[0])
			}
		})
	}
	facts := []string{"The harbour bridge closed on Monday", "Repairs will cost 1,500,000 euros", "The work will last 6 weeks", "The mayor resigned"}
	recall, _ := eval.FactRecall(br, facts)
	if got, want := recall, 0.5; got != want {
		t.Fatalf("recall=%v, want %v", got, want)
	}
	if got, _ := eval.FactRecall(nil, facts); got != 0 {
		t.Fatalf("recall of a nil briefing=%v, want 0", got)
	}
	if got, _ := eval.FactRecall(br, nil); got != 0 {
		t.Fatalf("recall with no facts=%v, want 0", got)
	}
}
