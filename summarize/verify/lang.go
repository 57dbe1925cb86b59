package verify

import (
	"strings"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// The language of an index: claims are read in the language of the
// articles (the one most of them are in; English when none says), with its
// lexer, stemmer, stopwords, negations, figures and calendar words
// (text.Lang). English goes through the package functions exactly as
// before; the rules of antonyms.go, roles.go and negation.go stay English's.

// indexLang is the language most of the articles are in, by
// summarize.Article.Language; English when none says.
func indexLang(articles []summarize.Article) *text.Lang {
	n := map[string]int{}
	best, bestN := "", 0
	for _, a := range articles {
		if a.Language == "" {
			continue
		}
		t := text.PrimaryTag(a.Language)
		n[t]++
		if n[t] > bestN || n[t] == bestN && t < best {
			best, bestN = t, n[t]
		}
	}
	if best == "" {
		return text.English
	}
	return text.For(best)
}

// Lang is the language the index reads claims in.
func (x *Index) Lang() *text.Lang { return x.lang }

func (x *Index) english() bool { return x.lang == nil || x.lang == text.English }

// lex reads a claim or a passage; text in Windows-1252 read as Latin-1
// ("didn\u0092t") is read as its writer meant it (text.FixC1), the claim and
// the passages alike (the normalizer has fixed an article's already).
func (x *Index) lex(s string) []token {
	s = text.FixC1(s)
	if x.english() {
		return lex(s)
	}
	return x.lang.Lex(s)
}

func (x *Index) stem(w string) string {
	if s, ok := x.stemOf[w]; ok {
		return s
	}
	if x.english() {
		return stem(w)
	}
	return x.lang.Stem(w)
}

func (x *Index) isStopword(w string) bool {
	if x.english() {
		return isStopword(w)
	}
	return x.claimStop.Has(w)
}

func (x *Index) isNegation(w string) bool {
	if x.english() {
		return isNegation(w)
	}
	return x.lang.IsNegation(w)
}

func (x *Index) isFigureWord(w string) bool {
	if x.english() {
		return isFigureWord(w)
	}
	return x.lang.IsFigureWord(w)
}

func (x *Index) isDateWord(w string) bool {
	if x.english() {
		return isDateWord(w)
	}
	if _, ok := x.lang.WeekdayOf(w); ok {
		return true
	}
	_, ok := x.lang.RelativeDay(w)
	return ok
}

func (x *Index) figures(toks []token, pool bool) []figure {
	if x.english() {
		return figures(toks, pool)
	}
	return figuresOfLang(x.lang, toks, pool)
}

// namesByContent: the index's language writes no capitals (Arabic, Hebrew),
// so names cannot be told by their form: a claim's content word that no
// passage carries in any form (by its stem) is then held to be a name, and
// its absence is a hard miss as a changed name's would be.
func (x *Index) namesByContent() bool {
	return !x.english() && x.lang.NameRule() == text.NamesByContent
}

// acronymPlural returns the singular of an acronym's plural, lower case
// ("CNNs" → "cnn", "GANs" → "gan", "PhDs" → "phd"): an acronym (isAcronym),
// then "s".
func acronymPlural(raw string) (string, bool) {
	n := len(raw)
	if n < 3 || raw[n-1] != 's' || !isAcronym(raw[:n-1]) {
		return "", false
	}
	return strings.ToLower(raw[:n-1]), true
}

// isAcronym says whether a word is written as an acronym: letters only, a
// capital first, two capitals or more ("GHG", "YoY", "PhD").
func isAcronym(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return caps >= 2
}

// nameKey is the key a name word (canonical) is found by: itself in
// English; its stem in another language, whose names take case endings
// ("Londýn", "v Londýně"; "Кравцов", "Кравцова") or clitics.
func (x *Index) nameKey(c string) string {
	if x.english() {
		return c
	}
	return x.stem(c)
}

// unknownName: a word (its stem st, its lower-case form low) is held to
// be a name no passage carries when it has at least minNameRunes letters
// and no passage's stem opens with its first letters (three; four in
// Arabic, whose stems and words are compared without a clitic و ف ب ل ك
// before them and with the alef's hamza, ta marbuta and alef maqsura
// normalized): an inflection the stemmer does not undo mostly does
// ("المنكوبين", "منكوب"), a made-up name mostly does not.
//
// On MultiLing's Arabic references (names replaced by made-up names of six
// to nine letters; go run ./cmd/briefing eval --support-set
// multiling2011-multi): three letters 86.8% of the faithful sentences
// supported and 86.3% of the replaced names caught; four letters 81.7% and
// 98.4%; four letters, normalized and without clitics, 83.9% and 98.1%;
// and with text.LooksName leaving out Arabic's derived forms ("اكتشاف",
// "تنافست": text's arabicPatterns), 89.9% and 97.5%. Five letters
// 80.8% and 87.0% and, without the openings, seven letters 88.6% and 63.2%
// were measured before.
func (x *Index) unknownName(st, low string) bool {
	if utf8.RuneCountInString(low) < minNameRunes {
		return false
	}
	arabic := x.lang != nil && x.lang.Tag() == "ar"
	n := 3
	if arabic {
		n = 4
	}
	x.prefixOnce.Do(func() {
		x.prefixes = map[string]bool{}
		for k := range x.post {
			if k.kind == keyStem {
				for _, f := range openingForms(k.s, arabic) {
					x.prefixes[runePrefix(f, n)] = true
				}
			}
		}
	})
	for _, w := range []string{st, low} {
		for _, f := range openingForms(w, arabic) {
			if x.prefixes[runePrefix(f, n)] {
				return false
			}
		}
	}
	return true
}

var arabicLetters = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ة", "ه", "ى", "ي")

// openingForms: w and, in Arabic, w with its letters normalized and
// without a clitic (و ف ب ل ك) before it.
func openingForms(w string, arabic bool) []string {
	if !arabic {
		return []string{w}
	}
	w = arabicLetters.Replace(w)
	out := []string{w}
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 {
			out = append(out, rest)
		}
	}
	return out
}

const minNameRunes = 6

func runePrefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}
