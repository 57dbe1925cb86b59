package verify

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestLexMaskNegatedOpposite pins how a claim word whose opposite a passage
// writes is accounted for: with a negation before the opposite, the passage
// says the claim's word ("refused" for "did not accept"); without one, it
// says the reverse.
func TestLexMaskNegatedOpposite(t *testing.T) {
	tests := []struct {
		source string
		want   bool
	}{
		{"The council did not accept the offer from the ferry company.", true},
		{"The council never accepted the offer from the ferry company.", true},
		{"The council accepted the offer from the ferry company.", false},
	}
	for _, tt := range tests {
		x := NewIndex([]summarize.Passage{{ID: "p0", Text: tt.source}}, nil)
		c := x.read("The council refused the offer from the ferry company.")
		b := -1
		for i, it := range c.items {
			if it.word == "refused" {
				b = i
			}
		}
		if b < 0 {
			t.Fatalf("no item for \"refused\" in %+v", c.items)
		}
		got := x.lexMask(c, 0, x.mask(c, 0))&(1<<b) != 0
		if got != tt.want {
			t.Errorf("%q: \"refused\" accounted for = %v, want %v", tt.source, got, tt.want)
		}
	}
}
