package coverage

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
)

// tok is one token of a sentence: a word, a number (digits, "1,200", "6.4",
// "$2.1") or one punctuation mark.
type tok struct {
	text  string
	lower string
	num   bool // digits or a number word
	punct bool
	start int // byte offset in the sentence
	// val is the value of a numeral read in the article's language (tokensIn:
	// "6,4" is 6.4 in French), when read is set; otherwise numberAt reads it.
	val  float64
	read bool
}

var tokPattern = regexp.MustCompile(`\$?\d+(?:[.,]\d+)*|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))\b|\p{L}+(?:['’]\p{L}+)*|\S`)

func tokens(s string) []tok {
	var out []tok
	for _, loc := range tokPattern.FindAllStringIndex(s, -1) {
		t := tok{text: s[loc[0]:loc[1]], start: loc[0]}
		t.lower = strings.ToLower(t.text)
		r := t.text[0]
		switch {
		case r == '$' || (r >= '0' && r <= '9'):
			t.num = true
		case len(t.text) == 1 && !isLetterByte(r):
			t.punct = true
		default:
			_, t.num = numberWord(t.lower)
		}
		out = append(out, t)
	}
	return out
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// figure is one number found in a sentence, with its hedge, unit and what it
// counts or measures.
type figure struct {
	lo, hi  float64 // the value, or the range it gives
	value   string  // normalized, without the hedge: "23", "$2.1 billion", "60 million to 65 million euros"
	hedge   string
	unit    string // "$", "euros"…, or ""
	about   string // the keyed attribute ("people killed", "magnitude", "value"), or ""
	after   string // the first content word after the figure, for aligned sentences
	ref     bool   // a reference to another source's figure ("higher than the 6.4")
	floor   bool   // a count that only bounds the attribute from below ("16 bodies recovered")
	skip    bool   // a time of day, a year, an age or a part ("31 of them")
	counted bool   // keyed by the noun it counts (keyedIn), not by the English keys
	tokenAt int
}

var hedges = [][]string{
	{"at", "least"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"up", "to"}, {"as", "many", "as"},
	{"at", "most"}, {"an", "estimated"}, {"about"}, {"around"}, {"roughly"}, {"nearly"}, {"almost"},
	{"approximately"}, {"some"}, {"over"}, {"close", "to"}, {"estimated"}, {"under"},
}

var currencyWords = map[string]string{"euros": "euros", "euro": "euros", "dollars": "$", "pounds": "pounds", "francs": "francs", "yen": "yen", "crowns": "crowns"}

// casualty words after or before a count, by the attribute they name.
var (
	afterKeys = map[string]string{
		"killed": "people killed", "dead": "people killed", "died": "people killed", "deaths": "people killed",
		"fatalities": "people killed", "lives": "people killed", "bodies": "people killed",
		"injured": "people injured", "hurt": "people injured", "wounded": "people injured", "injuries": "people injured",
		"missing": "people missing", "evacuated": "people evacuated", "arrested": "people arrested",
		"displaced": "people displaced", "homeless": "people homeless",
	}
	beforeKeys = map[string]string{
		"killing": "people killed", "killed": "people killed", "kill": "people killed", "toll": "people killed",
		"injuring": "people injured", "magnitude": "magnitude",
	}
	// countFillers may stand between a count and the word that says what it counts.
	countFillers = map[string]bool{"people": true, "persons": true, "others": true, "more": true, "confirmed": true,
		"residents": true, "were": true, "had": true, "have": true, "been": true, "are": true, "was": true,
		"now": true, "so": true, "far": true, "reported": true, "people's": true, "victims": true}
	valueWords = map[string]string{"valued": "value", "value": "value", "worth": "value", "fetch": "value",
		"priced": "value", "cost": "cost", "costs": "cost"}
)

// timeVarying says which attributes change during a story: a new value published
// later is an update, not a conflict.
var timeVarying = map[string]bool{"people killed": true, "people injured": true, "people missing": true,
	"people evacuated": true, "people arrested": true, "people displaced": true, "people homeless": true}

// figures reads every figure of a sentence s, whose tokens are ts. year is the article's year of
// publication (0 when unknown): a sentence naming an earlier year is about the
// past, and its figures are marked skip.
func figures(s string, ts []tok, year int) []figure {
	// past[k] marks the tokens of a clause (between commas) that names an earlier year
	past := make([]bool, len(ts))
	for start := 0; start < len(ts); {
		end := start
		for end < len(ts) && (ts[end].text != "," && ts[end].text != ";" || continues(ts, end)) {
			end++
		}
		for _, t := range ts[start:end] {
			if y, err := strconv.Atoi(t.text); err == nil && len(t.text) == 4 && y >= 1800 && y <= 2100 && (year == 0 || y < year) {
				for k := start; k < end; k++ {
					past[k] = true
				}
			}
		}
		start = end + 1
	}
	var out []figure
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if !t.num {
			continue
		}
		f, end := readFigure(ts, i)
		f.tokenAt = i
		f.skip = f.skip || past[i]
		i = end - 1
		// what comes before: a hedge, a reference, an attribute
		f.hedge = hedgeBefore(ts, f.tokenAt)
		f.ref = isReference(ts, f.tokenAt)
		if !f.skip {
			f.about, f.floor = aboutOf(ts, f, end, s)
		}
		for k := end; k < len(ts) && k < end+4; k++ {
			if ts[k].punct {
				break
			}
			if !isStopword(ts[k].lower) && !ts[k].num {
				f.after = ts[k].lower
				break
			}
		}
		out = append(out, f)
	}
	return out
}

// continuations are the verbs that, after ", and", go on with the clause before
// it: "the last strong quake was in 1984, and had a magnitude of 6.7" is one
// clause about 1984.
var continuations = map[string]bool{"had": true, "has": true, "was": true, "were": true, "is": true,
	"killed": true, "left": true, "measured": true, "struck": true}

// continues says whether the comma at ts[i] is followed by "and" and such a verb.
func continues(ts []tok, i int) bool {
	return ts[i].text == "," && i+2 < len(ts) && ts[i+1].lower == "and" && continuations[ts[i+2].lower]
}

// readFigure reads the number at ts[i] with its multiplier, currency and range;
// it returns the figure and the index after it.
func readFigure(ts []tok, i int) (figure, int) {
	var f figure
	lo, unit, mult, end := numberAt(ts, i)
	f.lo, f.hi, f.unit = lo*mult, lo*mult, unit
	f.value = valueText(ts, i, end)
	// "60 million to 65 million euros", "60-65 million"
	if end+1 < len(ts) && (ts[end].lower == "to" || ts[end].text == "-" || ts[end].text == "–") && ts[end+1].num && ts[end+1].text[0] != '$' || end+1 < len(ts) && ts[end].lower == "to" && ts[end+1].num {
		hi, unit2, mult2, end2 := numberAt(ts, end+1)
		if mult2 == 1 && mult != 1 {
			mult2 = mult
		}
		if unit == "" {
			unit = unit2
		}
		if hi*mult2 > f.lo {
			f.hi, f.unit = hi*mult2, unit
			f.value = valueText(ts, i, end2)
			end = end2
		}
	}
	if f.unit == "" && end < len(ts) {
		if u, ok := currencyWords[ts[end].lower]; ok {
			f.unit = u
			f.value += " " + ts[end].lower
			end++
		}
	}
	// a day of a date ("March 14", "14 March") is a date, not a figure
	if i > 0 && monthOf(ts[i-1].text) != "" && isCapitalized(ts[i-1].text) || end < len(ts) && monthOf(ts[end].text) != "" && isCapitalized(ts[end].text) {
		f.skip = true
	}
	// skip: times ("3.12 a.m."), ages and compounds ("7-year-old"), parts ("31 of them"),
	// years, percentages' companions are kept.
	if end < len(ts) {
		n := ts[end].lower
		if n == "a" && end+1 < len(ts) && ts[end+1].text == "." || n == "am" || n == "pm" || n == "p" || n == "-" || n == "of" || n == "o'clock" {
			f.skip = true
		}
		// "$100 more than last year's model": a difference, not a value
		switch n {
		case "more", "less", "higher", "lower", "cheaper", "fewer", "above", "below":
			if end+1 < len(ts) && ts[end+1].lower == "than" {
				f.skip = true
			}
		}
	}
	if y := f.lo; f.unit == "" && f.lo == f.hi && y >= 1800 && y <= 2100 && y == math.Trunc(y) && !strings.Contains(ts[i].text, ",") {
		f.skip = true
	}
	return f, end
}

// numberAt reads one number: digits or a number word, with "$" and a multiplier
// (text.ScaleWord: "2.1 billion", "4.2bn" — the tokens split "4.2" from "bn" —,
// "three hundred").
func numberAt(ts []tok, i int) (v float64, unit string, mult float64, end int) {
	t := ts[i].text
	mult = 1
	if strings.HasPrefix(t, "$") {
		unit = "$"
		t = t[1:]
	}
	if w, ok := numberWord(strings.ToLower(t)); ok {
		v = w
	} else if ts[i].read {
		v = ts[i].val
	} else {
		v, _ = text.ParseNumeral(t)
	}
	end = i + 1
	if end < len(ts) {
		if m, ok := text.ScaleWord(ts[end].lower); ok {
			mult = m
			end++
		}
	}
	return v, unit, mult, end
}

// valueText writes ts[i:end] as the normalized value: number words as digits.
func valueText(ts []tok, i, end int) string {
	var parts []string
	for _, t := range ts[i:end] {
		if w, ok := numberWord(t.lower); ok && t.num {
			parts = append(parts, strconv.FormatFloat(w, 'f', -1, 64))
			continue
		}
		if t.text == "-" || t.text == "–" {
			parts = append(parts, "to")
			continue
		}
		parts = append(parts, t.lower)
	}
	return strings.Join(parts, " ")
}

func hedgeBefore(ts []tok, i int) string {
	for _, h := range hedges {
		if i-len(h) < 0 {
			continue
		}
		ok := true
		for k, w := range h {
			if ts[i-len(h)+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			if h[0] == "estimated" || h[0] == "an" {
				return "about"
			}
			return strings.Join(h, " ")
		}
	}
	return ""
}

// isReference says whether the figure at i is another source's, cited for
// comparison: "higher than the 6.4", "lower than the toll of at least 11", "up from 12".
func isReference(ts []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if ts[k].punct {
			return false
		}
		w := ts[k].lower
		if w == "than" {
			if k+1 < len(ts) && ts[k+1].lower == "the" {
				return true
			}
			if k > 0 {
				switch ts[k-1].lower {
				case "more", "fewer", "less":
					return false
				}
			}
			return true
		}
		if w == "from" && k > 0 && (ts[k-1].lower == "up" || ts[k-1].lower == "down") {
			return true
		}
		if w == "from" && k == i-1 {
			// "rose to 19 from 12"
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if ts[j].lower == "to" {
					return true
				}
			}
		}
	}
	return false
}

// aboutOf names what the figure counts or measures, from a short list of
// attributes that sources dispute: casualty counts, a magnitude, a value or cost.
// floor says the count only bounds the attribute from below: bodies recovered so
// far are not the toll ("16 bodies" and "228 killed" do not conflict).
func aboutOf(ts []tok, f figure, end int, s string) (about string, floor bool) {
	if f.unit != "" {
		for k := f.tokenAt - 1; k >= 0 && k >= f.tokenAt-6; k-- {
			if v, ok := valueWords[ts[k].lower]; ok {
				return v, false
			}
		}
		return "", false
	}
	// after: "23 people died", "140 people had been hurt", "nine dead"
	for k, n := end, 0; k < len(ts) && n < 5; k++ {
		if ts[k].punct {
			break
		}
		if a, ok := afterKeys[ts[k].lower]; ok {
			return a, ts[k].lower == "bodies"
		}
		if !countFillers[ts[k].lower] {
			break
		}
		n++
	}
	// before: "killing at least 23", "the toll at nine", "magnitude 6.4", "put the magnitude at 6.6"
	for k, n := f.tokenAt-1, 0; k >= 0 && n < 5; k-- {
		if ts[k].punct || ts[k].num {
			break
		}
		if w := ts[k].lower; w == "and" || w == "while" || w == "but" || w == "or" {
			break
		}
		switch ts[k].lower {
		case "rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "stood", "stands", "hit":
			// "the death toll from the fire rose to 9"
			for j := k - 1; j >= 0 && !ts[j].punct; j-- {
				if ts[j].lower == "toll" {
					return "people killed", false
				}
			}
		}
		if a, ok := beforeKeys[ts[k].lower]; ok {
			if a == "magnitude" && (f.lo >= 10 || laterShock(s)) {
				return "", false
			}
			return a, false
		}
		n++
	}
	return "", false
}

// key identifies the figure's value whatever its writing: "7" and "7.0", "1.5
// million" and "1,500,000" are one value.
func (f figure) key() string {
	return strconv.FormatFloat(f.lo, 'g', 12, 64) + ".." + strconv.FormatFloat(f.hi, 'g', 12, 64) + " " + f.unit
}

// laterShocks are the words of a sentence about a shock after the main one, whose
// magnitude is not the quake's: "the latest tremor had a magnitude of 6.1 …
// devastated by the initial quake".
var laterShocks = []string{"aftershock", "initial quake", "initial earthquake", "latest tremor", "second quake", "second earthquake", "another quake", "another earthquake"}

func laterShock(s string) bool {
	s = strings.ToLower(s)
	for _, w := range laterShocks {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// interval is the range of values a hedged figure allows.
func (f figure) interval() (float64, float64) {
	lo, hi := f.lo, f.hi
	if f.floor {
		return lo, math.Inf(1)
	}
	switch f.hedge {
	case "at least", "as many as":
		if f.hedge == "as many as" {
			return 0, hi
		}
		return lo, math.Inf(1)
	case "more than", "over":
		return lo + 1e-9, math.Inf(1)
	case "up to", "at most":
		return 0, hi
	case "fewer than", "less than", "under":
		return 0, hi - 1e-9
	case "about", "around", "roughly", "approximately", "some", "close to":
		return lo * 0.9, hi * 1.1
	case "nearly", "almost":
		return lo * 0.9, hi
	}
	return lo, hi
}

// conflicts says whether two values of one attribute cannot both hold: their
// ranges do not overlap, and, for counts keyed by their noun (keyedIn), the
// larger is at most maxCountedRatio times the smaller (counts of one noun
// further apart are two facts, not one disputed: "150 человек" evacuated and
// "60 000 человек" without heat).
func conflicts(a, b figure) bool {
	if overlap(a, b) {
		return false
	}
	if a.counted || b.counted {
		lo, hi := math.Min(a.lo, b.lo), math.Max(a.hi, b.hi)
		return lo > 0 && hi <= maxCountedRatio*lo
	}
	return true
}

// maxCountedRatio is the most two disputed counts of one noun differ by
// (the sources of the multilingual eval cases differ by 1.07 to 1.8).
const maxCountedRatio = 2

func overlap(a, b figure) bool {
	alo, ahi := a.interval()
	blo, bhi := b.interval()
	return alo <= bhi+1e-9 && blo <= ahi+1e-9
}
