package coverage

import (
	"strings"
	"sync"
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
		if peopleStems(l)[noun] {
			noun = "people"
		}
		out = append(out, figure{lo: f.Value, hi: f.Value, value: westernDigits(strings.ToLower(f.Text)), about: noun, hedge: hedgeIn(toks, f.At, l), tokenAt: f.At, counted: true})
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

// peopleNouns are, by language, the nouns that count people without saying
// more (people, persons, residents, inhabitants, participants): counts keyed by
// one of them are one attribute, "people", as "80.000 Menschen" and "45.000
// Teilnehmern" count one crowd.
var peopleNouns = map[string]string{
	"fr": "personnes habitants riverains résidents manifestants participants",
	"de": "menschen personen einwohner anwohner bewohner teilnehmer teilnehmern demonstranten",
	"es": "personas vecinos habitantes residentes manifestantes",
	"it": "persone abitanti residenti manifestanti",
	"pt": "pessoas moradores habitantes manifestantes",
	"nl": "mensen personen inwoners bewoners deelnemers",
	"ru": "человек людей жителей граждан участников",
	"uk": "людей осіб жителів мешканців учасників",
	"pl": "osób ludzi mieszkańców uczestników",
	"ar": "شخص أشخاص مواطن ساكن",
	"he": "אנשים תושבים",
}

var peopleCache sync.Map // language tag → map[string]bool of stems

// peopleStems is the set of the stems of l's peopleNouns.
func peopleStems(l *text.Lang) map[string]bool {
	if m, ok := peopleCache.Load(l.Tag()); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for _, w := range strings.Fields(peopleNouns[l.Tag()]) {
		m[l.Stem(w)] = true
	}
	peopleCache.Store(l.Tag(), m)
	return m
}

// hedgesIn are, by language, the words before a count that hedge it, by the
// English hedge whose range they allow (figure.interval).
var hedgesIn = map[string]map[string]string{
	"fr": {"plus de": "more than", "au moins": "at least", "environ": "about", "près de": "nearly", "quelque": "about", "jusqu'à": "up to", "jusquà": "up to", "moins de": "fewer than"},
	"de": {"über": "more than", "mehr als": "more than", "mindestens": "at least", "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "knapp": "nearly", "fast": "nearly", "bis zu": "up to", "weniger als": "fewer than"},
	"es": {"más de": "more than", "al menos": "at least", "unos": "about", "unas": "about", "cerca de": "nearly", "alrededor de": "about", "aproximadamente": "about", "casi": "nearly", "hasta": "up to", "menos de": "fewer than"},
	"it": {"più di": "more than", "almeno": "at least", "circa": "about", "quasi": "nearly", "fino a": "up to"},
	"pt": {"mais de": "more than", "pelo menos": "at least", "cerca de": "about", "quase": "nearly", "até": "up to"},
	"ru": {"более": "more than", "свыше": "more than", "больше": "more than", "не менее": "at least", "около": "about", "примерно": "about", "почти": "nearly", "до": "up to", "менее": "fewer than"},
	"ar": {"أكثر من": "more than", "نحو": "about", "حوالي": "about", "قرابة": "about", "زهاء": "about", "ما لا يقل عن": "at least"},
	"he": {"יותר מ": "more than", "לפחות": "at least", "כ": "about", "כמעט": "nearly", "עד": "up to"},
}

// hedgeIn is the hedge of the count at toks[at] in language l: the one or two
// words before it (hedgesIn), as the English hedge.
func hedgeIn(toks []text.Token, at int, l *text.Lang) string {
	m := hedgesIn[l.Tag()]
	for n := 2; n >= 1; n-- {
		if at-n < 0 || toks[at-n].Brk && n > 1 {
			continue
		}
		var ws []string
		for _, t := range toks[at-n : at] {
			ws = append(ws, t.Low)
		}
		if h, ok := m[strings.Join(ws, " ")]; ok {
			return h
		}
	}
	return ""
}

// westernDigits writes the Eastern Arabic and Persian digits of a value as
// 0-9, as the stage writes every value ("٣٠٠ ألف" is "300 ألف"): one value is
// then one writing, whichever digits the first article used.
func westernDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, s)
}
