package summarize

import "strings"

// MaxLanguageLength bounds a language tag a client may send (BCP 47 tags in use
// are far shorter; RFC 5646 advises 35 characters as the most to support).
const MaxLanguageLength = 35

// ValidLanguage reports whether tag has the syntax of a BCP 47 language tag: a
// primary language subtag of 2 or 3 letters (ISO 639; the registry's 5 to 8
// letter subtags are reserved and unused, and would let "German" pass), then subtags of 1 to 8 letters or digits separated by hyphens ("fr",
// "de-CH", "zh-Hant-TW", "sr-Latn"). It checks the shape, not the registry: an
// unknown language gets the generic rules and a warning.
func ValidLanguage(tag string) bool {
	if tag == "" || len(tag) > MaxLanguageLength {
		return false
	}
	for i, sub := range strings.Split(tag, "-") {
		n := len(sub)
		if n == 0 || n > 8 {
			return false
		}
		for j := 0; j < n; j++ {
			c := sub[j]
			letter := (c|0x20) >= 'a' && (c|0x20) <= 'z'
			digit := c >= '0' && c <= '9'
			if i == 0 && !letter || !letter && !digit {
				return false
			}
		}
		if i == 0 && (n < 2 || n > 3) {
			return false
		}
	}
	return true
}

// CanonicalLanguage is a valid tag in its usual case: the language lower case,
// a script title case, a region upper case ("pt-br" → "pt-BR", "SR-LATN" →
// "sr-Latn"). An invalid tag is returned as it is.
func CanonicalLanguage(tag string) string {
	if !ValidLanguage(tag) {
		return tag
	}
	subs := strings.Split(tag, "-")
	for i, sub := range subs {
		switch {
		case i == 0 || len(sub) > 4 || len(sub) == 1:
			subs[i] = strings.ToLower(sub)
		case len(sub) == 4 && !isDigit(sub[0]):
			subs[i] = strings.ToUpper(sub[:1]) + strings.ToLower(sub[1:])
		case len(sub) == 2 || len(sub) == 3 && isDigit(sub[0]):
			subs[i] = strings.ToUpper(sub)
		default:
			subs[i] = strings.ToLower(sub)
		}
	}
	// A singleton (an extension or private use, "x-…") ends the part we case.
	return strings.Join(subs, "-")
}

// BaseLanguage is the primary language subtag of a tag, lower case ("pt-BR" →
// "pt"): what the stages compare when they ask whether two texts share a
// language. "" for "".
func BaseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}

// SameLanguage reports whether two tags name the same language (their primary
// subtags match); an unknown language ("") matches nothing, not even itself.
func SameLanguage(a, b string) bool {
	return a != "" && b != "" && BaseLanguage(a) == BaseLanguage(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
