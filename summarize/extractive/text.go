package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// token is one word of a passage as the ranker sees it: lower-cased, and stemmed
// when it is longer than three characters (as rouge-score stems).
type token struct {
	stem    string // the key used for similarity
	surface string // the lower-cased word as written
	stop    bool   // a stopword: kept out of the vectors
	upper   bool   // written with a capital first letter
}

// tokenize splits text into runs of letters and digits. Apostrophes inside a word
// ("Russia's") end it, so the possessive "s" falls away as a one-letter stopword.
func tokenize(text string, stop map[string]struct{}) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		word := text[start:end]
		start = -1
		r, _ := utf8.DecodeRuneInString(word)
		lower := strings.ToLower(word)
		t := token{surface: lower, upper: unicode.IsUpper(r)}
		t.stop = isStopword(lower, stop)
		t.stem = stemOf(lower)
		out = append(out, t)
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
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

// wordCount counts the words of s the strict way: the larger of the
// whitespace-separated fields and the runs of letters and digits, so "U.S." and
// "half-billion" count two words, as ROUGE tokenizers count them. A briefing that
// fits this count fits any of the usual ones.
func wordCount(s string) int {
	return max(len(strings.Fields(s)), alnumRuns(s))
}

// isStopword reports whether a lower-cased word carries no topic: function words,
// reporting verbs and the calendar words that datelines are made of.
func isStopword(w string, stop map[string]struct{}) bool {
	if utf8.RuneCountInString(w) < 2 {
		return true
	}
	_, ok := stop[w]
	return ok
}

// stopwordList is the English stopword list; New turns it into the engine's set.
const stopwordList = `a about above according across after afterwards again against ago all almost alone along already
also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside besides between
beyond both but by can cannot could did do does doing done down due during each eg either else elsewhere enough
etc even ever every everyone everything everywhere except few first for former formerly from further had has have
having he hence her here hereafter hereby herein hereupon hers herself him himself his how however i ie if in
indeed into is it its itself just last latter latterly least less like made make many may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps please put rather re said same say saying says see seem seemed seeming seems several she should since
so some somehow someone something sometime sometimes somewhere still such than that the their theirs them
themselves then thence there thereafter thereby therefore therein thereupon these they this those though through
throughout thru thus to together too told toward towards under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while
whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
mr mrs ms dr st told tell tells added adding asked reported reports reportedly according stated statement
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
week weeks year years day days month months time times new two three four five six seven eight nine ten
percent cent people including`

func setOf(words string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return m
}

// stemOf is the ranker's key for one lower-cased word.
func stemOf(w string) string {
	if utf8.RuneCountInString(w) > 3 && !isNumber(w) {
		return porterstemmer.StemString(w)
	}
	return w
}
