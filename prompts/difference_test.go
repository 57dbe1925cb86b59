package prompts_test

import (
	"testing"

	"github.com/briefing-news/briefing/prompts"
)

func TestDifferenceLineLabels(t *testing.T) {
	vals := []prompts.DifferenceValue{{Value: "more than 3", Passages: []string{"P1"}}, {Value: "more than 2", Passages: []string{"P4"}}}
	for _, tc := range []struct{ label, want string }{
		{"conflict", "years (sources conflict): more than 3 [P1]; more than 2 [P4]"},
		{"updated", "years (updated during the day; the latest is current): more than 3 [P1]; more than 2 [P4]"},
		{"imprecise", "years (sources give different bounds, which can all hold): more than 3 [P1]; more than 2 [P4]"},
	} {
		if got := prompts.DifferenceLine(prompts.Difference{About: "years", Label: tc.label, Values: vals}); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.label, got, tc.want)
		}
	}
}
