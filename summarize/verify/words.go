package verify

// The word-level needs of the support checker. The lexer, negations, figures,
// countries, the stemmer, the stopwords and the honorifics are the text
// toolkit's (summarize/text), so that no two stages disagree about what a word
// or a figure is; what is the checker's own is the table of irregular forms and
// verbs news copy uses for one another.

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// token is one word or numeral of a text, as the text toolkit's lexer reads it.
type token = text.Token

// lex splits s into tokens (text.Lex): "didn't" becomes "did" "not", a
// possessive 's goes, hyphens split words, "too early to" reads "not yet to".
func lex(s string) []token { return text.Lex(s) }

// stem is the Porter stem of a lower-case word; short words and numerals stay.
func stem(w string) string {
	if s, ok := stemMemo.Load(w); ok {
		return s.(string)
	}
	s := text.StemLong(w)
	if stemMemoCount.Load() < maxStemMemo {
		if _, loaded := stemMemo.LoadOrStore(w, s); !loaded {
			stemMemoCount.Add(1)
		}
	}
	return s
}

// stemMemo keeps the stems already computed (stem is a pure function, asked
// about the same words by every claim and passage), at most maxStemMemo of
// them so that no input grows it without bound.
var (
	stemMemo      sync.Map // string → string
	stemMemoCount atomic.Int64
)

const maxStemMemo = 200_000

// isNegation: the words that turn a statement around (text.IsNegation; "n't"
// is lexed as "not").
func isNegation(w string) bool { return text.IsNegation(w) }

// isStopword: function words and reporting verbs, which a claim may add or drop
// freely (the reporting verbs of the irregular table, "published", "announced",
// count as "say"). Negations, figures and date words are handled apart.
func isStopword(w string) bool { return text.ClaimWords.Has(w) || irregular[w] == "say" }

// isReporting: a verb of saying ("said", "published", "disclosed"), the first
// word of a negation's scope when it follows the negation ("has not said").
func isReporting(w string) bool { return w == "say" || irregular[w] == "say" || text.IsReporting(w) }

// isQuantifierNegation: "no", "none", "nobody"… negate a noun ("no insurer"),
// "not", "never", "without" a verb or phrase ("not insured").
func isQuantifierNegation(w string) bool { return text.IsQuantifierNegation(w) }

// canonical is the form a word is compared in: a country's adjective becomes the
// country; anything else stays.
func canonical(low string) string {
	if plainWord(low) {
		// what follows, in one lookup: ASCII has no accent to fold, and a
		// word without capitals, spaces or periods is a country (text.Country)
		// only as one of text.CountryWords
		if low == "us" {
			return "america"
		}
		if c, ok := canonicalWords[low]; ok {
			return c
		}
		return low
	}
	low = foldAccents(low)
	if low == "us" {
		return "america" // a name's "US": the pronoun is a stopword and never gets here
	}
	if c, ok := text.Country(low); ok {
		return c
	}
	if v, ok := irregular[low]; ok {
		return v
	}
	return low
}

// plainWord: w is ASCII with no capital, space or period.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' || c == ' ' || c == '.' {
			return false
		}
	}
	return true
}

// canonicalWords are the words canonical changes that plainWord admits: the
// irregular forms, the forms of a unit of measure ("kilometres" is "km",
// "feet" is "foot": text.UnitForms), and the countries' names and demonyms,
// which come first.
var canonicalWords = func() map[string]string {
	m := make(map[string]string, len(irregular))
	for w, v := range irregular {
		m[w] = v
	}
	text.UnitForms(func(w string, u text.Unit) {
		if _, ok := m[w]; !ok && w != u.Name {
			m[w] = u.Name
		}
	})
	text.CountryWords(func(w, c string) { m[w] = c })
	return m
}()

// irregular maps the irregular past forms news copy uses to the verb, which the
// Porter stemmer does not do ("won" → "win"), and a few verbs that news copy uses
// for one another to one of them: a quake "struck" or "hit", people "were killed"
// or "died", a company "said", "published" or "announced".
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Split(`win won|strike struck|fall fell fallen|rise rose risen|take took taken|give gave given
|begin began begun|break broke broken|leave left|lead led|meet met|hold held|pay paid|sell sold|buy bought
|build built|catch caught|choose chose chosen|drive drove driven|fly flew flown|grow grew grown|keep kept
|lose lost|make made|run ran|see saw seen|send sent|shake shook shaken|spend spent|steal stole stolen
|sweep swept|think thought|go went gone|write wrote written|bring brought|fight fought|know knew known
|find found|freeze froze frozen|hide hid hidden|speak spoke spoken|wear wore worn|tear tore torn|sink sank sunk
|die dead died kill kills killed killing|strike strikes struck hit hits hitting
|say said says saying published publish publishes disclosed disclose discloses announced announce announces
|revealed reveal reveals|person people`, "|") {
		f := strings.Fields(row)
		for _, w := range f[1:] {
			m[w] = f[0]
		}
	}
	return m
}()

// commonWord says whether a lower-case word is an English word of the lexicon
// ("summer", "corporal"), as opposed to a proper name it does not hold.
func commonWord(low string) bool { return len(low) > 3 && lexicon.Known(low) }

// foldAccents writes a word without its Latin diacritics, so that "Piñera" is
// found in "Pinera" and "Guantánamo" in "Guantanamo".
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := accentFold[r]; ok {
			b.WriteRune(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćčĉċ", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ğĝġģ", 'h': "ĥħ", 'i': "ìíîïĩīĭįı",
		'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő", 'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț",
		'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()
