package verify

import "testing"

// TestSameNegation pins which two negations negate the same thing, read from
// two sentences (the first negation of each).
func TestSameNegation(t *testing.T) {
	x := NewIndex(nil, nil)
	first := func(s string) negation {
		c := x.read(s)
		if len(c.negs) == 0 {
			t.Fatalf("no negation read in %q", s)
		}
		return c.negs[0]
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"The ministry did not approve the sale of the land.", "The council did not approve the sale.", true},
		// two denials of different subjects and different things
		{"Kyiv denied attacking the bridge near Odesa.", "Moscow denied attacking the ship in Sevastopol.", false},
		// two denials by the same subject
		{"Kyiv denied attacking the bridge near Odesa.", "Kyiv denied attacking the bridge.", true},
		// a denial and a plain negation whose clause ends after its first word
		{"The crews denied that they applied safety checks from the navy.", "The rules did not apply, and crews could use older ladders.", false},
		// a denial and a negation that share two words of their scopes
		{"The crews denied that they applied safety checks.", "The crews did not apply safety checks.", true},
		// a negated denial is no denial
		{"The ministry did not deny any approval for the sale.", "The ministry denies any approval for the sale.", false},
		{"The ministry did not deny any approval for the sale.", "The ministry has not denied any approval for the sale.", true},
	}
	for _, tt := range tests {
		if got := sameNegation(first(tt.a), first(tt.b)); got != tt.want {
			t.Errorf("sameNegation(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNegationWordsAlignWithScope pins that a negation's scope words stand
// one for one with its stems, "" for the "say" that stands for a verb of
// saying, so that the lexicon compares the words the stems are of.
func TestNegationWordsAlignWithScope(t *testing.T) {
	x := NewIndex(nil, nil)
	for _, s := range []string{
		"The board did not say whether it would approve the merger.",
		"The ministry did not deny any approval for the sale.",
		"The council did not approve the sale of the land.",
	} {
		c := x.read(s)
		if len(c.negs) == 0 {
			t.Fatalf("no negation read in %q", s)
		}
		n := c.negs[0]
		if len(n.words) != len(n.scope) {
			t.Errorf("%q: words %q against scope %q", s, n.words, n.scope)
		}
	}
}
