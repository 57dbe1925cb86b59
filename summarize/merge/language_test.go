package merge_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize/merge"
)

// TestMergeFoldsWithinALanguage: the same words in articles of two languages
// (a name-heavy sentence a translation keeps almost as it is, or a quotation
// left in the original) stay two passages; in one language, and for articles
// of unknown language, they fold as before.
func TestMergeFoldsWithinALanguage(t *testing.T) {
	const same = "Angela Merkel met Emmanuel Macron in Aachen on 22 January 2019 to sign the Aachen Treaty."
	cases := []struct {
		name       string
		langA      string
		langB      string
		wantPassed int // passages kept
	}{
		{"both unknown", "", "", 1},
		{"same language", "de", "de", 1},
		{"same language, regions differ", "pt-BR", "pt-PT", 1},
		{"same language, case differs", "FR", "fr", 1},
		{"two languages", "de", "fr", 2},
		{"one unknown", "", "fr", 2},
		{"und is unknown", "und", "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := doc("a1", p(same, u1)), doc("a2", p(same, u2))
			a.Language, b.Language = c.langA, c.langB
			res := merge.Merge([]merge.Doc{a, b}, words{}, merge.Options{})
			n := 0
			for _, ps := range res.Passages {
				if ps.Text == same {
					n++
				}
			}
			if n != c.wantPassed {
				t.Errorf("%d passages hold the shared sentence, want %d", n, c.wantPassed)
			}
		})
	}
}

// TestMergeNearDuplicatesWithinALanguage: a near-duplicate (a shortened
// variant) folds only with a sentence of its own language.
func TestMergeNearDuplicatesWithinALanguage(t *testing.T) {
	for _, c := range []struct {
		langA, langB string
		fold         bool
	}{{"en", "en", true}, {"en", "en-GB", true}, {"en", "de", false}} {
		a, b := doc("a1", p(w1short)), doc("a2", p(w1))
		a.Language, b.Language = c.langA, c.langB
		res := merge.Merge([]merge.Doc{a, b}, words{}, merge.Options{})
		if got := len(res.Passages) == 1; got != c.fold {
			t.Errorf("%s and %s: folded %v, want %v (%d passages)", c.langA, c.langB, got, c.fold, len(res.Passages))
		}
	}
}
