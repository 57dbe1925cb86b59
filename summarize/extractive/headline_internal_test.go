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
