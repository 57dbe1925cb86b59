package verify

import (
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// The language of an index: claims are read in the language of the
// articles (the one most of them are in; English when none says), with its
// lexer, stemmer, stopwords, negations, figures and calendar words
// (text.Lang). English goes through the package functions exactly as
// before; the rules of slots.go and negation.go stay English's.

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

func (x *Index) lex(s string) []token {
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

// nameKey is the key a name word (canonical) is found by: itself in
// English; its stem in another language, whose names take case endings
// ("Londýn", "v Londýně"; "Кравцов", "Кравцова") or clitics.
func (x *Index) nameKey(c string) string {
	if x.english() {
		return c
	}
	return x.stem(c)
}

// unknownName: a word (its stem st) is held to be a name no passage
// carries when it has at least minNameRunes letters and no passage's stem
// opens with its first three letters: an inflection the stemmer does not
// undo mostly does ("المنكوبين", "منكوب"), a made-up name mostly does not.
// On MultiLing's Arabic references (names replaced by made-up names of six
// to nine letters) six letters and three gave 86.8% of the faithful
// sentences supported and 86.3% of the replaced names caught; five letters
// 80.8% and 87.0%; four-letter openings 81.7% and 98.4%; without the
// openings, seven letters 88.6% and 63.2%.
func (x *Index) unknownName(st, low string) bool {
	if utf8.RuneCountInString(low) < minNameRunes {
		return false
	}
	x.prefixOnce.Do(func() {
		x.prefixes = map[string]bool{}
		for k := range x.post {
			if k.kind == keyStem {
				x.prefixes[runePrefix(k.s, 3)] = true
			}
		}
	})
	return !x.prefixes[runePrefix(st, 3)]
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
