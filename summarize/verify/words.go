package verify

// The word-level needs of the support checker, kept in this one file: the lexer,
// negations, number words and the country table; the stemmer, the stopwords and
// the honorifics come from the text toolkit.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// token is one word or numeral of a text.
type token struct {
	raw   string // as written, apostrophe-s dropped ("Kerr's" → "Kerr")
	low   string // lower case, apostrophes dropped
	num   bool   // a numeral: digits with , or . between them
	cap   bool   // starts with an upper-case letter
	start bool   // first word of a sentence (or of the text)
	brk   bool   // punctuation other than a hyphen or apostrophe follows it
	glued bool   // the next token follows with no space ("4.2bn", "13th")
	dash  bool   // a hyphen joins it to the next token ("3-1", "64-page")
	semi  bool   // a semicolon follows it: the claim's next clause begins
}

// lex splits s into tokens. "didn't" becomes "did" "not", "can't" "can" "not",
// "cannot" "can" "not"; a possessive 's goes; hyphens split words.
func lex(s string) []token {
	var out []token
	start := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if len(out) > 0 {
				switch {
				case unicode.IsSpace(r):
					if r == '\n' {
						start = true
						out[len(out)-1].brk = true
					}
				case r == '-':
					if prev, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(prev) && i+size < len(s) && isWordRune(firstRune(s[i+size:])) {
						out[len(out)-1].dash = true
					}
				case r == '\'' || r == '’' || r == '‘':
				case r == ';':
					out[len(out)-1].brk = true
					out[len(out)-1].semi = true
				case r == '.' || r == '!' || r == '?':
					out[len(out)-1].brk = true
					if r != '.' || !isAbbreviation(out[len(out)-1]) {
						start = true
					}
				case r == '"' || r == '“' || r == '”' || r == '(' || r == ')':
					// quotes and brackets neither end a sentence nor break a name
				default:
					out[len(out)-1].brk = true
				}
			}
			i += size
			continue
		}
		// A word: letters and digits, apostrophes inside; a numeral keeps , and .
		// between digits.
		j := i
		digits := unicode.IsDigit(r)
		for j < len(s) {
			q, qs := utf8.DecodeRuneInString(s[j:])
			switch {
			case digits && unicode.IsDigit(q):
			case !digits && unicode.IsLetter(q):
			case digits && (q == ',' || q == '.') && j+qs < len(s) && isDigitByte(s[j+qs]):
			case !digits && isApos(q) && j+qs < len(s) && isLetterAt(s, j+qs):
			default:
				goto done
			}
			j += qs
		}
	done:
		word := s[i:j]
		if len(out) > 0 && i > 0 {
			// "4.2bn", "13th": the previous token runs into this one.
			if prev, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(prev) {
				out[len(out)-1].glued = true
			}
		}
		parts := [1]string{word}
		ws := parts[:]
		if !digits && (strings.ContainsAny(word, "'’") || len(word) == 6) {
			ws = splitContraction(word)
		}
		for _, w := range ws {
			low := strings.ToLower(dropApos(w))
			first, _ := utf8.DecodeRuneInString(w)
			out = append(out, token{raw: w, low: low, num: digits, cap: unicode.IsUpper(first), start: start})
			start = false
		}
		i = j
	}
	// "too early to", "too soon to": a hedge that says it has not happened yet, read
	// as "not yet to" ("too early to estimate the cost" = "no cost has been
	// estimated").
	for k := 0; k+2 < len(out); k++ {
		if out[k].low == "too" && (out[k+1].low == "early" || out[k+1].low == "soon") && out[k+2].low == "to" {
			out[k].low, out[k+1].low = "not", "yet"
		}
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// splitContraction turns "didn't" into "did", "not" and drops a possessive 's.
func splitContraction(w string) []string {
	a := strings.LastIndexAny(w, "'’")
	if a < 0 {
		if strings.EqualFold(w, "cannot") {
			return []string{w[:3], "not"}
		}
		return []string{w}
	}
	_, as := utf8.DecodeRuneInString(w[a:])
	before, after := w[:a], strings.ToLower(w[a+as:])
	switch {
	case after == "s":
		return []string{before}
	case after == "t" && strings.HasSuffix(strings.ToLower(before), "n"):
		head := before[:len(before)-1]
		switch strings.ToLower(head) {
		case "ca":
			head = before // can't
		case "wo":
			head = "will" // won't
		}
		return []string{head, "not"}
	}
	return []string{w}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isApos(r rune) bool { return r == '\'' || r == '’' }

func dropApos(w string) string {
	if !strings.ContainsAny(w, "'’") {
		return w
	}
	return strings.NewReplacer("'", "", "’", "").Replace(w)
}

// isAbbreviation says whether a period after t is an abbreviation's, not a
// sentence's end: single letters (initials) and text's abbreviations
// (honorifics, "St.", "Jan.").
func isAbbreviation(t token) bool {
	if utf8.RuneCountInString(t.low) == 1 && !t.num {
		return true
	}
	return text.IsHonorific(t.low) || text.IsAbbreviation(t.low)
}

// stem is the Porter stem of a lower-case word; short words and numerals stay.
func stem(w string) string { return text.StemLong(w) }

// isNegation: the words that turn a statement around ("n't" is lexed as "not").
func isNegation(w string) bool {
	switch w {
	case "not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without":
		return true
	}
	return false
}

// isStopword: function words and reporting verbs, which a claim may add or drop
// freely (the reporting verbs of the irregular table, "published", "announced",
// count as "say"). Negations, figures and date words are handled apart.
func isStopword(w string) bool { return text.ClaimWords.Has(w) || irregular[w] == "say" }

// isReporting: a verb of saying ("said", "published", "disclosed"), the first
// word of a negation's scope when it follows the negation ("has not said").
func isReporting(w string) bool { return w == "say" || irregular[w] == "say" }

// isQuantifierNegation: "no", "none", "nobody"… negate a noun ("no insurer"),
// "not", "never", "without" a verb or phrase ("not insured").
func isQuantifierNegation(w string) bool {
	switch w {
	case "no", "none", "nobody", "nothing", "neither":
		return true
	}
	return false
}

// numberWords maps spelled-out numbers to their value ("one" is only a figure
// before a scale word: it is far more often a pronoun).
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

// scaleWords multiply the number before them ("1.5 million", "4.2bn").
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
	"trillion": 1e12, "tn": 1e12,
}

// gluedScale are scale suffixes written against the digits only ("5m", "3k").
var gluedScale = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9}

// country maps a country's adjective (and a few short forms) to the country, so
// that "Russian" is found in "Russia" and the reverse. Lower case.
var country = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Split(`russia russian|ukraine ukrainian|china chinese|japan japanese|korea korean|india indian
|pakistan pakistani|iran iranian|iraq iraqi|israel israeli|syria syrian|turkey turkish|egypt egyptian|france french
|germany german|italy italian|spain spanish|portugal portuguese|britain british|uk british|england english
|scotland scottish|wales welsh|ireland irish|netherlands dutch|belgium belgian|switzerland swiss|austria austrian
|poland polish|sweden swedish|norway norwegian|denmark danish|finland finnish|greece greek|hungary hungarian
|romania romanian|czechia czech|serbia serbian|croatia croatian|canada canadian|mexico mexican|brazil brazilian
|argentina argentine|chile chilean|australia australian|zealand zealander|america american|us american
|usa american|europe european|africa african|asia asian|nigeria nigerian|kenya kenyan|ethiopia ethiopian
|afghanistan afghan|vietnam vietnamese|thailand thai|indonesia indonesian|philippines filipino|taiwan taiwanese
|lebanon lebanese|jordan jordanian|qatar qatari|saudi saudi|yemen yemeni|cuba cuban|venezuela venezuelan
|colombia colombian|peru peruvian|iceland icelandic|estonia estonian|latvia latvian|lithuania lithuanian
|belarus belarusian|georgia georgian|armenia armenian`, "|") {
		f := strings.Fields(row)
		if len(f) == 2 {
			m[f[1]] = f[0]
			m[f[0]] = f[0]
		}
	}
	return m
}()

// canonical is the form a word is compared in: a country's adjective becomes the
// country; anything else stays.
func canonical(low string) string {
	if c, ok := country[low]; ok {
		return c
	}
	if v, ok := irregular[low]; ok {
		return v
	}
	return low
}

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
