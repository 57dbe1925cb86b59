package llm

import (
	"slices"
	"testing"
)

// The planner reads figures and names with the text toolkit (text.Lex,
// text.Figures): 13 to 19 and the tens past fifty were no figures to it
// before, and "1.5 million" was "1.5".
func TestContentUnitsNumberWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Fifteen people and seventy cars; 1,200 more.", []string{"#15", "#70", "#1200"}},
		{"The vote was thirteen to nineteen, said Mayor Bressano.", []string{"#13", "#19", "@mayor", "@bressano"}},
		{"A dozen boats and twelve nets.", []string{"#12", "#12"}},
		// one value however written, as the support checker reads it
		{"It cost 1.5 million, or 1,500,000, said Ana Ruiz's office.", []string{"#1500000", "#1500000", "@ana", "@ruiz"}},
		{"Rebels took US$1.8bn in Lyon.", []string{"#1800000000", "@lyon"}},
	}
	for _, tt := range tests {
		if got := contentUnits(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("contentUnits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
