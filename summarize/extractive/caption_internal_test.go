package extractive

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestCaptionTestReadsEnglishOnly: the caption test's English lists judge
// English sentences; a sentence in another language is taken alike whatever
// its words, so an English-looking word in it ("před" ends in -ed, "face" is
// an English verb) no longer doubles its score.
func TestCaptionTestReadsEnglishOnly(t *testing.T) {
	for _, tc := range []struct {
		a, b string // scored alike
	}{
		{"Michael Rasmussen z Dánska si udržel náskok dvou hodin před Španělem Albertem Contadorem.",
			"Michael Rasmussen z Dánska si udržel náskok dvou hodin nad Španělem Albertem Contadorem."},
		{"Le gouvernement français fait face à une grève générale des cheminots à Marseille.",
			"Le gouvernement français affronte une grève générale des cheminots à Marseille."},
	} {
		if qa, qb := quality(tc.a, len(strings.Fields(tc.a))), quality(tc.b, len(strings.Fields(tc.b))); qa != qb {
			t.Errorf("%q scores %.2f, %q %.2f", tc.a, qa, tc.b, qb)
		}
	}
	for _, tc := range []struct {
		s        string
		verbless bool
	}{
		{"Ambulances at Russell Square after the bombings.", true},
		{"Police arrested 12 protesters near the station on Monday.", false},
		{"Le gouvernement fait face à une grève générale.", true},
	} {
		if got := verbless(tc.s); got != tc.verbless {
			t.Errorf("verbless(%q) = %v, want %v", tc.s, got, tc.verbless)
		}
	}
}

// TestLedeInAnotherLanguage: a cluster in French has a lede, as an English one
// has: the caption factor every French sentence takes does not bar it.
func TestLedeInAnotherLanguage(t *testing.T) {
	arts := []summarize.Article{{ID: "a1", Language: "fr"}, {ID: "a2", Language: "fr"}, {ID: "a3", Language: "fr"}}
	in := &summarize.Input{Articles: arts, Passages: []summarize.Passage{
		{ID: "P1", Text: "Un incendie a détruit lundi soir l'entrepôt de pneus de Novapneu à Vernac-sur-Dive.", Sources: []string{"a1", "a2"}, IndependentSources: []string{"a1", "a2"}, Article: "a1"},
		{ID: "P2", Text: "Quelque 140 sapeurs-pompiers ont été mobilisés pendant plus de dix-huit heures à Vernac-sur-Dive.", Sources: []string{"a2", "a3"}, IndependentSources: []string{"a2", "a3"}, Article: "a2"},
		{ID: "P3", Text: "Les 85 salariés de l'entrepôt de Novapneu sont placés en chômage partiel.", Sources: []string{"a3"}, Article: "a3", Sentence: 1},
	}}
	e, c := ranked(t, in)
	c.ents = e.entities(c, 3)
	c.terms = e.terms(c, c.ents, 3)
	if c.qual[0] >= ledeQuality {
		t.Fatalf("P1's quality %.2f: the fixture means the caption factor to bar it", c.qual[0])
	}
	lede, i := e.lede(c, 30, -1)
	if lede == "" || i < 0 {
		t.Fatalf("no lede in French")
	}
	// the lede is a passage two outlets carry, not the one-source aside
	if id := in.Passages[i].ID; id == "P3" {
		t.Errorf("lede %s %q: want a passage two outlets carry (P1 or P2)", id, lede)
	}
}
