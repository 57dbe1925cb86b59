package text

import (
	"strings"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
)

// The stemmers of the languages other than English (whose stemmer is
// porter.go's, NLTK's Porter as rouge-score uses it). Snowball's, through
// github.com/blevesearch/snowballstem (the Snowball project's generated Go,
// BSD; kept by the Bleve search engine), for the languages it covers: French,
// German, Spanish, Italian, Portuguese, Dutch, Russian and Arabic. It has no
// Czech, Polish, Greek, Hebrew or Ukrainian: those get the light suffix
// strippers below, which remove one inflectional ending (the longest that
// leaves a stem of at least three letters) and nothing else, so that the
// case and number forms of one noun ("Praha", "Prahy", "Praze" is beyond
// them) mostly meet.

// snowballStem wraps a Snowball stemmer; it never panics on odd input (a
// recovered panic returns the word).
func snowballStem(stem func(*snowball.Env) bool) func(string) string {
	return func(w string) (out string) {
		if w == "" || !utf8.ValidString(w) {
			return w
		}
		defer func() {
			if recover() != nil {
				out = w
			}
		}()
		env := snowball.NewEnv(w)
		stem(env)
		return env.Current()
	}
}

var (
	stemFrench     = snowballStem(french.Stem)
	stemGerman     = snowballStem(german.Stem)
	stemSpanish    = snowballStem(spanish.Stem)
	stemItalian    = snowballStem(italian.Stem)
	stemPortuguese = snowballStem(portuguese.Stem)
	stemDutch      = snowballStem(dutch.Stem)
	stemRussian    = snowballStem(russian.Stem)
	stemArabic     = snowballStem(arabic.Stem)
)

// lightStemmer removes the longest of suffixes that leaves at least min
// letters, and then, once, the longest of prefixes that leaves at least min
// letters (Hebrew's clitics ה ו ב ל מ ש כ).
func lightStemmer(suffixes, prefixes string, min int) func(string) string {
	sufs := strings.Fields(suffixes)
	// The suffixes without their accents too: callers may fold accents
	// before stemming (the support checker does: "Britové" → "britove").
	for _, s := range sufs {
		if f := foldLatin(s); f != s && !contains(sufs, f) {
			sufs = append(sufs, f)
		}
	}
	pres := strings.Fields(prefixes)
	byLen := func(xs []string) {
		for i := 1; i < len(xs); i++ {
			for j := i; j > 0 && utf8.RuneCountInString(xs[j]) > utf8.RuneCountInString(xs[j-1]); j-- {
				xs[j], xs[j-1] = xs[j-1], xs[j]
			}
		}
	}
	byLen(sufs)
	byLen(pres)
	return func(w string) string {
		n := utf8.RuneCountInString(w)
		for _, p := range pres {
			if strings.HasPrefix(w, p) && n-utf8.RuneCountInString(p) >= min+1 {
				w = w[len(p):]
				n -= utf8.RuneCountInString(p)
				break
			}
		}
		for _, s := range sufs {
			if strings.HasSuffix(w, s) && n-utf8.RuneCountInString(s) >= min {
				return w[:len(w)-len(s)]
			}
		}
		return w
	}
}

// The light strippers' endings: the noun and adjective case endings and the
// commonest verb endings of each language.
var (
	stemCzech = truncated(6, lightStemmer(`atech ětem etem atům ech ich ích ých ém ém ami emi ími ými ovi ové ou
		ům em ím ým ách ata aty ama ání ení ost osti ostí a e i o u y á é í ý ě ů`, "", 3))
	stemPolish = lightStemmer(`ami ach ów om owi owie iem em ie ia ią ię ego emu ymi imi ych ich ej
		ość ości ania enie enia eniu anie aniu a e i o u y ą ę ó`, "", 3)
	stemGreek = foldedGreek(lightStemmer(`ους ου ος ης ες ας ων οι α ε η ι ο υ ω
		ουν ει εις ουμε ετε ονται εται ηκε ηκαν`, "", 3))
	stemUkrainian = lightStemmer(`ами ями ові еві ого ому ими іми ах ях ів їв ом ем ою ею ої ий ій
		ій ої их іх ім им а я о е і ї у ю и ь`, "", 3)
	// Hebrew: one clitic prefix (the article ה, and ו ב ל ש כ, alone or
	// after ו); not מ, which begins as many roots (ממשלה, משרד) as it
	// is a preposition.
	stemHebrew = lightStemmer(`ים ות ה ת`, `וה ול וב וש שה כש ו ה ב ל ש כ`, 2)
)

// truncated cuts a stemmer's stems to at most n letters: for Czech, whose
// stems change inside ("země", "zemi"; "Praha", "Praze") beyond what a
// suffix stripper undoes, the first letters are the better key.
func truncated(n int, stem func(string) string) func(string) string {
	return func(w string) string {
		s := stem(w)
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		i := 0
		for k := range s {
			if i == n {
				return s[:k]
			}
			i++
		}
		return s
	}
}

// foldLatin drops the accents of the Czech and Polish letters.
func foldLatin(s string) string {
	return strings.Map(func(r rune) rune {
		if f, ok := latinFold[r]; ok {
			return f
		}
		return r
	}, s)
}

var latinFold = map[rune]rune{
	'á': 'a', 'č': 'c', 'ď': 'd', 'é': 'e', 'ě': 'e', 'í': 'i', 'ň': 'n', 'ó': 'o', 'ř': 'r', 'š': 's',
	'ť': 't', 'ú': 'u', 'ů': 'u', 'ý': 'y', 'ž': 'z', 'ą': 'a', 'ę': 'e', 'ł': 'l', 'ń': 'n', 'ś': 's',
	'ź': 'z', 'ż': 'z', 'ć': 'c',
}

// foldedGreek stems a Greek word without its accents (tonos, dialytika):
// "σεισμός" and "σεισμού" end in "ος" and "ου".
func foldedGreek(stem func(string) string) func(string) string {
	return func(w string) string {
		return stem(strings.Map(func(r rune) rune {
			if f, ok := greekFold[r]; ok {
				return f
			}
			return r
		}, w))
	}
}

var greekFold = map[rune]rune{
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω', 'ΐ': 'ι', 'ΰ': 'υ', 'ϊ': 'ι', 'ϋ': 'υ',
}
