package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names are runs of capitalized words ("Kim Jong Un", "Bank of England"). Each
// caller joins the words into runs by its own rule (merge over its normalized
// words, the ranker with name particles, the eval conservatively); the word
// tests they share are these.

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
