package coverage

import (
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize/text"
)

// Keyed figures in the articles' languages. The English keys are a list of
// casualty, magnitude and value words; in another language a figure is keyed
// by what it counts: the stem (text.Lang.Stem) of the first content word after
// it in its clause, the language's stopwords skipped ("80.000 Menschen",
// "1 200 habitants", "45 000 жителей", "250 ألف راكب"). Two articles that
// count the same noun with values that cannot both hold dispute it; the
// judging is the English one (hedges, two articles on different sides, no
// article giving more than two values). To keep precision, a figure is not
// keyed when it is small (a whole number under 100: such counts recur by
// chance), a percentage, a score, an ordinal, a currency amount, a year, or
// when no content word follows it before the clause ends; nor when the noun
// is a calendar word ("12 septembre").

// keyedIn reads the keyed figures of sentence s of an article in language l
// (not English). year is the article's year of publication (0 when unknown).
func keyedIn(s string, l *text.Lang, year int) []figure {
	toks := l.Lex(s)
	var out []figure
	for _, f := range l.Figures(toks, text.FigureOptions{}) {
		if f.Small || f.Percent || f.Score || f.Ordinal || f.Currency != "" || f.End > len(toks) {
			continue
		}
		if f.Value >= 1800 && f.Value <= 2100 && f.Value == float64(int(f.Value)) && !strings.ContainsAny(f.Text, ".,  \u202f") {
			continue // a year
		}
		noun := countedNoun(toks, f.End, l)
		if noun == "" {
			continue
		}
		out = append(out, figure{lo: f.Value, hi: f.Value, value: strings.ToLower(f.Text), about: noun, tokenAt: f.At, counted: true})
	}
	return out
}

// countedNoun is the stem of the first content word of toks[k:] before the
// clause ends (within three words), or "".
func countedNoun(toks []text.Token, k int, l *text.Lang) string {
	if k > 0 && toks[k-1].Brk {
		return ""
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if t.Num || l.IsFigureWord(t.Low) {
			return ""
		}
		if !l.IsStopword(t.Low) && !isPunctWord(t.Low) {
			if l.IsCalendarWord(t.Low) {
				return ""
			}
			return l.Stem(t.Low)
		}
		if t.Brk {
			return ""
		}
	}
	return ""
}

// isPunctWord says whether a token holds no letter or digit.
func isPunctWord(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}
