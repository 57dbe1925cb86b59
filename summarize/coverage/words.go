package coverage

// The word-level helpers of this stage, over the shared text toolkit.

import (
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize/text"
)

// stem returns the Porter stem of a lower-case word (words of three letters or
// fewer are kept as they are, as rouge-score does).
func stem(w string) string { return text.StemLong(w) }

// isStopword says which lower-case words carry no content.
func isStopword(w string) bool { return text.MatchWords.Has(w) }

func isCapitalized(w string) bool { return text.IsCapitalized(w) }

func isWeekday(w string) bool { return text.IsWeekday(w) }

// monthOf returns the full name of a month written in full or by its first
// three or four letters ("Oct", "Sept", "Oct."), or "".
func monthOf(w string) string {
	if m, ok := text.MonthOfPrefix(strings.TrimSuffix(strings.ToLower(w), ".")); ok {
		return text.MonthName(m)
	}
	return ""
}

// numberWord returns the value of a spelled-out number read as a figure
// (text.NumberWord), and of the hyphenated compounds "twenty-one" to
// "ninety-nine" ("Fifty-two people were killed" is 52, not a 50 and a 2). "one"
// is left out ("one of", "one wing" are rarely figures), and so are "zero" and
// "dozen", which this stage never read.
func numberWord(w string) (float64, bool) {
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		t, okT := text.NumberWord(tens)
		u, okU := text.NumberWord(unit)
		if okT && okU && t >= 20 && t < 100 && t%10 == 0 && u >= 1 && u <= 9 {
			return float64(t + u), true
		}
		return 0, false
	}
	switch w {
	case "one", "zero", "dozen":
		return 0, false
	}
	n, ok := text.NumberWord(w)
	return float64(n), ok
}

// contentStems returns the stems of the content words of s, read by text.Lex
// as the support checker reads them ("Russia's" is "russia", "didn't" "did"
// "not"): numerals, stopwords, number words, weekdays and months left out.
func contentStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Lex(s) {
		w := t.Low
		if t.Num || len(w) < 2 || isStopword(w) || isWeekday(w) || monthOf(w) != "" {
			continue
		}
		if _, ok := numberWord(w); ok {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// jaccard is |a∩b| / |a∪b|.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// wordsOf returns the lower-cased letter-and-digit runs of s.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
