package eval

import (
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// The perturbations read figures and negations with the text toolkit's words.
func TestPerturbNegationAndFigure(t *testing.T) {
	tests := []struct{ kind, in, corpus, want string }{
		{PerturbNegation, "The bridge did not reopen.", "", "The bridge did reopen."},
		{PerturbNegation, "The mayor didn't comment.", "", "The mayor did comment."},
		{PerturbNegation, "No one was hurt.", "", "Someone was hurt."},
		{PerturbNegation, "Nobody was hurt.", "", "Somebody was hurt."},
		{PerturbNegation, "Nothing was taken.", "", "Something was taken."},
		{PerturbNegation, "They left without a deal.", "", "They left with a deal."},
		{PerturbNegation, "There was no deal.", "", "There was a deal."},
		{PerturbNegation, "The council voted.", "", "The council did not voted."}, // the rule is crude, and measured as it is
		{PerturbFigure, "Five people were hurt.", "five people", "Two people were hurt."},
		{PerturbFigure, "Twelve boats sank.", "twelve boats", "Two boats sank."},
	}
	for _, tt := range tests {
		if got := Perturb(tt.kind, tt.in, tt.corpus); got != tt.want {
			t.Errorf("Perturb(%s, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
		}
	}
	if numWordValue("fifteen") != 15 || numWordValue("fifty") != 50 {
		t.Error("numWordValue")
	}
	if d, ok := numberWord("seventeen"); !ok || d != "17" {
		t.Errorf("numberWord(seventeen) = %q, %v", d, ok)
	}
}

// changesWritten tells a perturbation of a word the aligned sentences write
// from one of a word they do not (the "of words the sources write" column).
func TestChangesWritten(t *testing.T) {
	tests := []struct {
		name    string
		s, p    string
		aligned []string
		want    bool
	}{
		{"the changed word is written", "The council approved the plan.", "The council rejected the plan.",
			[]string{"The council met on Monday.", "It approved the plan by nine votes."}, true},
		{"written in another form", "The council approved the plan.", "The council rejected the plan.",
			[]string{"The council's approval of the plan came on Monday.", "Councillors approve plans."}, true},
		{"the changed word is the writer's own", "The council approved the plan.", "The council rejected the plan.",
			[]string{"The council met on Monday to discuss the plan."}, false},
		{"an insertion changes no word", "The council voted.", "The council did not voted.",
			[]string{"The harbour was closed."}, true},
		{"every changed word must be written", "Roma beat Lazio on Sunday.", "Lazio beat Roma on Sunday.",
			[]string{"Roma won on Sunday."}, false},
	}
	for _, tt := range tests {
		if got := changesWritten(tt.s, tt.p, writtenWords(tt.aligned)); got != tt.want {
			t.Errorf("%s: changesWritten = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// measureGroups counts, of the perturbations of supported sentences, those
// that change a word the aligned sentences write: an antonym of a word the
// reference's writer added is not, a negation inserted is.
func TestMeasureGroupsOfCarried(t *testing.T) {
	pub := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	x := verify.NewIndex([]summarize.Passage{
		{ID: "P1", Text: "Crowds watched the council approve the harbour plan on Monday.", Article: "a1", Sources: []string{"a1"}},
	}, []summarize.Article{{ID: "a1", PublishedAt: &pub}})
	rates, _ := measureGroups([]supportGroup{{name: "T1", x: x, corpus: "Crowds watched the council approve the harbour plan on Monday.",
		lines: []string{"Large crowds watched the council approve the harbour plan on Monday."}}})
	if rates.Supported != 1 {
		t.Fatalf("the reference is not supported: %+v", rates)
	}
	got := map[string][2]int{}
	for _, p := range rates.Perturbed {
		got[p.Kind] = [2]int{p.OfSupported, p.OfCarried}
	}
	if got[PerturbAntonym] != [2]int{1, 0} {
		t.Errorf("antonym of \"Large\", a word no source writes: of supported, of carried = %v, want [1 0]", got[PerturbAntonym])
	}
	if got[PerturbNegation] != [2]int{1, 1} {
		t.Errorf("negation inserted: of supported, of carried = %v, want [1 1]", got[PerturbNegation])
	}
}

// The sweep reads a claim as the checker does: a claim half made of words no
// article writes is not supported at any threshold.
func TestSupportedAtReadsForeign(t *testing.T) {
	plain := verdictOf(verify.Result{Status: summarize.SupportSupported, Coverage: 0.6})
	foreign := verdictOf(verify.Result{Status: summarize.SupportPartial, Coverage: 0.6, Foreign: true,
		Unsupported: []summarize.Missing{{Kind: summarize.MissingWord, Text: "raids"}}})
	for _, th := range []float64{0.3, 0.4, 0.6} {
		if !plain.supportedAt(th) {
			t.Errorf("coverage 0.6 not supported at %.2f", th)
		}
		if foreign.supportedAt(th) {
			t.Errorf("a foreign claim supported at %.2f", th)
		}
	}
	if plain.supportedAt(0.7) {
		t.Error("coverage 0.6 supported at 0.70")
	}
}

// The sweep reads a claim as the checker does: a claim whose words the sources
// carry only through the lexicon is not supported at any threshold.
func TestSupportedAtReadsUnanchored(t *testing.T) {
	v := verdictOf(verify.Result{Status: summarize.SupportPartial, Coverage: 0.5, Unanchored: true,
		Unsupported: []summarize.Missing{{Kind: summarize.MissingWord, Text: "immediately"}}})
	for _, th := range []float64{0.3, 0.4, 0.5} {
		if v.supportedAt(th) {
			t.Errorf("an unanchored claim supported at %.2f", th)
		}
	}
}
