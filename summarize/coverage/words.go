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

// numberWords are the spelled-out numbers read as figures ("one" is left out:
// "one of", "one wing" are rarely figures).
var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

// The hyphenated compounds, "twenty-one" to "ninety-nine": "Fifty-two people were
// killed" is 52, not a 50 and a 2.
func init() {
	units := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for _, tens := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		for k, u := range units {
			numberWords[tens+"-"+u] = numberWords[tens] + float64(k+1)
		}
	}
}

// contentStems returns the stems of the content words of text: lower-cased
// letter runs, stopwords, figures, weekdays and months left out.
func contentStems(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 2 || isStopword(w) || isWeekday(w) || monthOf(w) != "" {
			continue
		}
		if _, ok := numberWords[w]; ok {
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
