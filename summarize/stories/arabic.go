package stories

import (
	"strings"
	"unicode/utf8"
)

// Arabic has no capital letters to mark names, and its clitics and spelling
// variants hide shared words: "والحكومة" (and the government), "بالحكومه" (by
// the government) and "الحكومة" are one word. arabicStem reads an Arabic word
// as a light stemmer does (after Larkey, Ballesteros and Connell's light10):
//
//   - the same letter written two ways is one: every alef with a hamza or a
//     madda (أ إ آ ٱ) is a bare alef ا, alef maqsura ى is yeh ي, teh marbuta ة
//     is heh ه, waw and yeh with a hamza (ؤ ئ) are their bare letters, and
//     diacritics and the tatweel (stretching) are dropped;
//   - the article, alone or with a conjunction or preposition joined to it
//     (وبال وال بال كال فال لل ال), is cut when at least arabicMinStem letters
//     remain.
//
// light10 also cuts a lone leading و and the plural, dual, pronoun and
// feminine endings; measured on MultiLing 2011 Arabic (briefing stories-eval,
// batch and --incremental) those cuts joined more words of different events
// than of one and lowered F1, so they are left out (the words are cut to
// stemRunes letters afterwards anyway, which takes most endings off).
func arabicStem(w string) string {
	w = arabicNormalize(w)
	for _, p := range arabicPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= arabicMinStem {
			w = rest
			break
		}
	}
	return w
}

// arabicMinStem is the fewest letters a cut leaves (a root's three).
const arabicMinStem = 3

// arabicPrefixes are the article "al" with the one-letter conjunctions and
// prepositions that join it, longest first.
var arabicPrefixes = []string{"وبال", "وال", "بال", "كال", "فال", "لل", "ال"}

// isArabic says whether w's first letter is in the Arabic block.
func isArabic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0600 && r <= 0x06FF
}

// arabicNormalize unifies the letters written two ways and drops diacritics
// and the tatweel.
func arabicNormalize(w string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		case 'ؤ':
			return 'و'
		case 'ئ':
			return 'ي'
		}
		if isArabicMark(r) {
			return -1
		}
		return r
	}, w)
}

// stripArabicMarks drops Arabic diacritics and the tatweel from s: a diacritic
// is no letter, so the word scanner would split a word at it. s comes back
// unchanged, without a copy, when it has none.
func stripArabicMarks(s string) string {
	if !strings.ContainsFunc(s, isArabicMark) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isArabicMark(r) {
			return -1
		}
		return r
	}, s)
}

// isArabicMark: the tatweel, the harakat and tanwin (U+064B–U+065F) and the
// superscript alef.
func isArabicMark(r rune) bool {
	return r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670
}
