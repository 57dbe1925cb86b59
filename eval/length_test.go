package eval_test

import (
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

func TestLength(t *testing.T) {
	br := &summarize.Briefing{
		Headline: "Bridge shut",                                                                 // 2
		Summary:  "The harbour bridge closed on Monday.",                                        // 6
		Points:   []summarize.Point{{Text: "Repairs cost 1.2m euros."}, {Text: "Ferries run."}}, // 4 + 2
	}
	tests := []struct {
		max       int
		wantMax   int
		within    bool
		wantRatio float64
	}{
		{14, 14, true, 1},
		{13, 13, false, 14.0 / 13},
		{0, summarize.DefaultMaxWords, true, 14.0 / summarize.DefaultMaxWords},
	}
	for _, tt := range tests {
		l := eval.Length(br, tt.max)
		if l.Words != 14 || l.MaxWords != tt.wantMax || l.WithinBudget != tt.within || l.Ratio != tt.wantRatio {
			t.Errorf("Length(max %d)=%+v, want 14 words, max %d, within %v, ratio %v", tt.max, l, tt.wantMax, tt.within, tt.wantRatio)
		}
	}
	if got := eval.Words(nil); got != 0 {
		t.Errorf("Words(nil)=%d, want 0", got)
	}
}
