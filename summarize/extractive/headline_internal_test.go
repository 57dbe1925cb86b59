package extractive

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/text"
)

// TestFittingWordsMatchesDropLoop checks the one-pass fittingWords against the
// loop it replaced: drop the last word while the prefix and " …" are over limit.
func TestFittingWordsMatchesDropLoop(t *testing.T) {
	pieces := []string{"a", "U.S.", "half-billion", "—", "…", "Lindholm's", "3.5", "x-y-z", ",", "市议会", "A.", "word"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		words := make([]string, r.IntN(30))
		for i := range words {
			words[i] = pieces[r.IntN(len(pieces))]
		}
		limit := 3 + r.IntN(25)
		want := words
		for len(want) > 0 && text.Count(strings.Join(want, " ")+" …") > limit {
			want = want[:len(want)-1]
		}
		if got := fittingWords(words, limit); got != len(want) {
			t.Fatalf("fittingWords(%q, %d)=%d, want %d", words, limit, got, len(want))
		}
	}
}

// TestVerbless: captions and title lines have no finite verb; sentences in the
// present tense, with a contraction or a short past form do.
func TestVerbless(t *testing.T) {
	for _, s := range []string{
		"Ambulances at Russell Square, London after the July 7, 2005 bombings.",
		"2005/01/08 Tsunami aid donations in 2005 deductible for 2004 in the U.S.",
		"Charles Graner guilty of abusing prisoners at the prison.",
	} {
		if !verbless(s) {
			t.Errorf("verbless(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Each carries a load of roughly 40 tonnes.",
		"The Social Democrats keep the premiership, health and education.",
		"The Swiss leader didn't wait to compete with the sprinters.",
		"He used his time trial qualities to hold them off.",
		"Crews repaired 12 pipes on Tuesday.",
	} {
		if verbless(s) {
			t.Errorf("verbless(%q) = true", s)
		}
	}
}
