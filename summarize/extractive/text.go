package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// token is one word of a passage as the ranker sees it: lower-cased, and stemmed
// when it is longer than three characters (as rouge-score stems; text.StemLong).
type token struct {
	stem    string // the key used for similarity
	surface string // the lower-cased word as written
	stop    bool   // a stopword: kept out of the vectors
	upper   bool   // written with a capital first letter
}

// tokenize splits text into runs of letters and digits (text.Runs). Apostrophes
// inside a word ("Russia's") end it, so the possessive "s" falls away as a
// one-letter stopword.
func tokenize(s string) []token {
	var out []token
	for start, end := range text.Runs(s) {
		word := s[start:end]
		r, _ := utf8.DecodeRuneInString(word)
		lower := strings.ToLower(word)
		out = append(out, token{surface: lower, upper: unicode.IsUpper(r), stop: isStopword(lower), stem: text.StemLong(lower)})
	}
	return out
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// isStopword reports whether a lower-cased word carries no topic: one letter, or
// a word of text.TopicWords (function words, reporting verbs and the calendar
// words that datelines are made of).
func isStopword(w string) bool {
	return utf8.RuneCountInString(w) < 2 || text.TopicWords.Has(w)
}

func setOf(words string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return m
}

// realQuotes shows typewriter quotes (“…”) as the quotation marks they stand
// for (“…”).
func realQuotes(s string) string {
	if !strings.Contains(s, "``") && !strings.Contains(s, "''") {
		return s
	}
	return strings.NewReplacer("``", "“", "''", "”").Replace(s)
}
