package llm

import (
	"slices"
	"testing"
)

// The planner reads figures with the toolkit's number words: 13 to 19 and the
// tens past fifty were no figures to it before.
func TestContentUnitsNumberWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Fifteen people and seventy cars; 1,200 more.", []string{"#15", "#70", "#1200"}},
		{"The vote was thirteen to nineteen, said Mayor Bressano.", []string{"#13", "#19", "@mayor", "@bressano"}},
		{"A dozen boats and twelve nets.", []string{"#12", "#12"}},
	}
	for _, tt := range tests {
		if got := contentUnits(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("contentUnits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
