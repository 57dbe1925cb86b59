package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names are runs of capitalized words ("Kim Jong Un", "Bank of England").
// Callers tokenize in their own way and decide which of their words may be part
// of a name (merge over its normalized words, the ranker with name particles,
// the eval conservatively); NameRuns joins those words into runs by one rule,
// and the word tests they share are below.

// NameWord is what a caller knows of one word when joining words into name
// runs.
type NameWord struct {
	Name     bool // the word may be part of a name (usually: capitalized)
	NoOpen   bool // a Name word that may continue a run but not open one ("May" after "Theresa")
	Particle bool // a lower-case particle ("of", "de"); joins names only with NameOptions.Particles
	Opens    bool // the word opens a sentence (for NameOptions.DropLoneOpener)

	BreakBefore bool // punctuation before the word: a run cannot continue into it
	BreakAfter  bool // punctuation or a possessive after the word: a run ends with it
}

// NameOptions are the rules by which callers' runs differ.
type NameOptions struct {
	// Particles lets a Particle word join a run when a run is open before it
	// and the next word is a Name word ("Bank of England"). A run never ends
	// with a particle: a particle that would end one (before a break) is
	// left out of it.
	Particles bool
	// DropLoneOpener drops a run of one word that opens a sentence: without a
	// dictionary "Officials said" cannot be told from "Halcyon said".
	DropLoneOpener bool
}

// NameRuns joins words 0..n-1, described by word(i), into maximal runs of
// names and calls run(start, end) for each, in order, with word indexes
// [start, end). A run opens at a Name word that is not NoOpen and continues
// over Name words (and particles, see NameOptions) until a word that is not a
// name, a BreakBefore on the next word or a BreakAfter on the last. It does
// not allocate.
func NameRuns(n int, word func(i int) NameWord, opt NameOptions, run func(start, end int)) {
	start, last := -1, -1 // the open run: its first word and its last name word
	emit := func() {
		if start >= 0 && !(opt.DropLoneOpener && last == start && word(start).Opens) {
			run(start, last+1)
		}
		start, last = -1, -1
	}
	for i := 0; i < n; i++ {
		w := word(i)
		if start >= 0 && w.BreakBefore {
			emit()
		}
		switch {
		case w.Name && (start >= 0 || !w.NoOpen):
			if start < 0 {
				start = i
			}
			last = i
		case w.Particle && opt.Particles && start >= 0 && i+1 < n && word(i+1).Name:
			// Joins only if a name follows; last stays on the name before it.
		default:
			emit()
			continue
		}
		if w.BreakAfter {
			emit()
		}
	}
	emit()
}

// IsCapitalized reports whether w opens with an upper-case letter and has a
// letter at all ("Kim", "U.S.", not "7" or "—").
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// IsNameParticle reports whether w is a lower-case word that joins the parts of
// a name ("Bank of England", "Charles de Gaulle", "bin Salman").
func IsNameParticle(w string) bool {
	switch w {
	case "of", "de", "du", "la", "le", "von", "van", "der", "al", "bin", "del", "da", "y":
		return true
	}
	return false
}

// TrimPossessive drops a possessive "'s" (straight or curly apostrophe) from w
// and reports whether there was one: a possessive ends a name ("Kestrel's Nils
// Berger" is two names).
func TrimPossessive(w string) (string, bool) {
	base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return base, base != w
}
