package text

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The one reader of figures: what a number is, in every form news copy writes
// it. Lex reads the words; Figures reads them into values that compare whatever
// the writing: "6,000" = "6000" = "six thousand"; "1.5 million" = "1,500,000" =
// "1.5m"; "$1.8 billion" = "1.8bn" = "US$1.8bn"; "40%" = "40 percent" = "40 per
// cent"; "twenty-five" = "25"; "a dozen" = 12; "80.000" is 80 or 80000 (Alt).

// numberWords are the spelled-out numbers, one word each: zero to nineteen, the
// tens, "hundred" and "dozen".
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// scaleWords multiply the number before them ("1.5 million", "4.2bn", "3
// hundred"); lower case. "millions" is read after a number only ("3 millions").
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
	"trillion": 1e12, "tn": 1e12,
	// wire copy's abbreviations ("4.2 mln barrels", "3 bln euros")
	"mln": 1e6, "bln": 1e9, "trln": 1e12,
}

// gluedScales are scale suffixes read only when written against the digits
// ("5m", "3k", "2b"): alone they are letters.
var gluedScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9}

// ordinalWords are the spelled-out ordinals Figures reads with
// FigureOptions.OrdinalWords.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// NumberWord returns the value of a one-word spelled-out number, lower case:
// "zero" to "nineteen", the tens ("twenty" … "ninety"), "hundred" (100) and
// "dozen" (12). "twenty-five" is two words (Figures reads it).
func NumberWord(w string) (int, bool) {
	n, ok := numberWords[w]
	return n, ok
}

// ScaleWord returns the multiplier of a scale word, lower case: "hundred",
// "thousand", "million" ("millions", "mn", "mln"), "billion" ("bn", "bln"),
// "trillion" ("tn", "trln").
// The glued suffixes "m", "k", "b" are not here: they are scales only against
// digits (Figures reads them).
func ScaleWord(w string) (float64, bool) {
	s, ok := scaleWords[w]
	return s, ok
}

// IsFigureWord reports whether a lower-case word is a number word or a scale
// word (NumberWord or ScaleWord): a part of a figure, never a content word.
func IsFigureWord(w string) bool {
	_, n := numberWords[w]
	_, s := scaleWords[w]
	return n || s
}

// OrdinalWord returns the value of a spelled-out ordinal, "first" to "twelfth".
func OrdinalWord(w string) (int, bool) {
	n, ok := ordinalWords[w]
	return n, ok
}

// IsNumeralSuffix reports whether a lower-case word is a suffix written against
// a numeral that leaves its value alone: the ordinal "st", "nd", "rd", "th"
// ("13th") and the plural "s" ("1990s").
func IsNumeralSuffix(w string) bool {
	return w == "th" || w == "st" || w == "nd" || w == "rd" || w == "s"
}

func isOrdinalSuffix(w string) bool { return w == "th" || w == "st" || w == "nd" || w == "rd" }

// ParseNumeralAlt returns the other reading of a numeral whose only mark is one
// point followed by exactly three digits: "80.000" is 80 by ParseNumeral and
// 80000 here (the point groups thousands in much of Europe). ok is false for any
// other numeral ("1.5", "80,000", "1.200.000", "1,200.500").
func ParseNumeralAlt(s string) (float64, bool) {
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || strings.Count(s, ".") != 1 || strings.ContainsRune(s, ',') || len(s)-dot-1 != 3 {
		return 0, false
	}
	f, err := strconv.ParseFloat(s[:dot]+s[dot+1:], 64)
	return f, err == nil
}

// ValueKey writes a value canonically, rounded to three decimals: 1500000 →
// "1500000", 2.50 → "2.5", 1/3 → "0.333". Two figures with one key are one value.
func ValueKey(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}

// A Figure is one number of a text, as Figures reads it.
type Figure struct {
	// Value is the value read: "1.5 million" 1500000, "40%" 40, "80.000" 80,
	// "twenty-five" 25. For a Score, the first number.
	Value float64
	// Alt are other values the writer may have meant, for a matcher to accept
	// as well: "80.000" has Alt [80000]. Usually empty.
	Alt []float64
	// Key is ValueKey(Value), or for a Score the score as written without
	// spaces ("3-1"). It holds the value only: "$5m", "5 million" and "5m
	// euros" have one Key (Currency and Percent say the rest).
	Key string
	// Text is the figure as written: its tokens' Raw joined by a space, or by
	// nothing where they are glued ("US$1.8bn") and by a hyphen where one joins
	// them ("twenty-five"); "%" after a percent sign.
	Text string
	// At and End are its tokens: toks[At:End].
	At, End int
	// Small: Value is a whole number under 100 (and no Score): such figures
	// recur by chance and want the words around them to match.
	Small bool
	// Percent: written with "%", "percent" or "per cent".
	Percent bool
	// Currency is the currency, when written: "$" ("$", "dollars"), "US$"
	// ("US$", "USD"), "HK$", "A$", "C$" (a country's letters stay), "€" ("€",
	// "euros", "EUR"), "£" ("£"; "pounds" after a scale word), "¥" ("¥",
	// "yen"), "₹" ("₹", "rupees"); "" when none is. SameCurrency says which
	// two may be one.
	Currency string
	// Score: a score or a small range written with a hyphen between two numbers
	// of at most two digits ("3-1", "10-12"), one figure, found only as written
	// (by Key).
	Score bool
	// Ordinal: "1st", "13th", or with FigureOptions.OrdinalWords "first".
	Ordinal bool
}

// Keys returns Key and the keys of Alt.
func (f Figure) Keys() []string {
	out := []string{f.Key}
	for _, a := range f.Alt {
		out = append(out, ValueKey(a))
	}
	return out
}

// Matches reports whether v is one of the figure's values (Value or an Alt),
// compared by ValueKey. A Score matches no value.
func (f Figure) Matches(v float64) bool {
	if f.Score {
		return false
	}
	k := ValueKey(v)
	if k == f.Key {
		return true
	}
	for _, a := range f.Alt {
		if ValueKey(a) == k {
			return true
		}
	}
	return false
}

// FigureOptions say how Figures reads.
type FigureOptions struct {
	// Passage: the tokens are a source's, not a claim's. A lone "one" is then a
	// figure (in a claim it is mostly a pronoun, "one of"; a source's "one" still
	// carries a claim's "1"), and a score "2-1" also yields its two numbers.
	Passage bool
	// OrdinalWords reads "first" to "twelfth" as figures (Ordinal set). "1st" and
	// "13th" are read always.
	OrdinalWords bool
}

// kinds of word in a spelled-out number, for what may follow what.
const (
	wNone = iota
	wUnit
	wTeen
	wTens
	wHundred
	wScale
	wNumeral
)

// Figures reads the numerals and number words of toks (from Lex) into figures,
// in order; no two overlap. The rules:
//   - a numeral is read by ParseNumeral ("6,000", "1.5", "12,5"), with its
//     thousands reading as Alt ("80.000" is 80 and 80000: ParseNumeralAlt);
//   - scale words multiply what comes before them ("1.5 million", "4.2bn",
//     "5m", "3k", "a thousand million"); "a" before a scale word or "dozen" is
//     one ("a million", "a dozen" = 12); "a" alone is nothing;
//   - spelled-out numbers add up as English writes them: "twenty-five", "forty
//     two", "two hundred and fifty", "fifteen hundred", "eighty thousand", "two
//     million three hundred thousand", "two dozen" = 24;
//   - "%", "percent", "per cent", "pct" after a number set Percent; a currency
//     sign before a numeral ("$", "US$", "€", "£") or a currency word after the
//     number ("dollars", "euros", "yen", "rupees"; "pounds" after a scale), or
//     a currency's code before or after it as its own word ("EUR 20 million",
//     "20m USD"), set Currency; both are taken into the figure's tokens;
//   - "13th", "1st": the numeral with its suffix, Ordinal set;
//   - two numbers of at most two digits joined by a hyphen ("3-1") are one
//     Score;
//   - a lone "one" is no figure of a claim (see FigureOptions.Passage),
//     unless a unit of measure follows it ("one week": UnitAfter).
func Figures(toks []Token, opts FigureOptions) []Figure {
	var out []Figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Num && t.Dash && i+1 < len(toks) && toks[i+1].Num && isSmallInt(t.Low) && isSmallInt(toks[i+1].Low) {
			// A score or a small range, "3-1": one figure, found only as written.
			v, _ := strconv.ParseFloat(t.Low, 64)
			out = append(out, Figure{Value: v, Key: t.Low + "-" + toks[i+1].Low, Text: t.Raw + "-" + toks[i+1].Raw, At: i, End: i + 2, Score: true})
			if opts.Passage {
				// A passage's "2-1" also carries 2 and 1 (verify's figures
				// meant to, and read only the 1).
				if f, ok := readFigure(toks, i, opts); ok {
					out = append(out, f)
				}
				continue
			}
			i++
			continue
		}
		f, ok := readFigure(toks, i, opts)
		if !ok {
			continue
		}
		out = append(out, f)
		i = f.End - 1
	}
	return out
}

// readFigure reads the figure that starts at toks[i], if one does.
func readFigure(toks []Token, i int, opts FigureOptions) (Figure, bool) {
	t := toks[i]
	start, i0 := i, i
	var total, cur float64 // the sum of the scaled groups, the group being read
	last := wNone
	lastScale := 0.0
	var base, alt float64 // a numeral's value and its other reading
	hasAlt := false
	f := Figure{}
	word := func(k int) string {
		if k < len(toks) && !toks[k].Num {
			return toks[k].Low
		}
		return ""
	}
	switch {
	case t.Num:
		v, ok := ParseNumeral(t.Low)
		if !ok {
			return Figure{}, false
		}
		base, cur, last = v, v, wNumeral
		alt, hasAlt = ParseNumeralAlt(t.Low)
		if t.Cur != "" {
			f.Currency = currencySign(t.Cur)
			if sign := lastRuneLen(t.Cur); sign < len(t.Cur) && i > 0 && toks[i-1].Raw == t.Cur[:len(t.Cur)-sign] && !toks[i-1].Glued {
				start = i - 1 // "US" of "US$1.8bn"
			}
		}
		i++
		if t.Glued && i < len(toks) {
			if s, ok := gluedScales[toks[i].Low]; ok {
				cur *= s
				i++
			} else if isOrdinalSuffix(toks[i].Low) && v == math.Trunc(v) && !strings.ContainsAny(t.Low, ".,") {
				f.Ordinal = true
				i++
			}
		}
	case t.Low == "a" && i+1 < len(toks) && (toks[i+1].Low == "dozen" || scaleAfterA(toks[i+1].Low)):
		cur, last = 1, wUnit
		i++
	case t.Low == "dozen":
		cur, last = 12, wHundred // a lone "dozen" is 12, as "a dozen"
		i++
	case opts.Passage && (t.Low == "a" || t.Low == "an" || t.Low == "another"):
		// a source's "a month", "an hour", "another day" is one of the unit:
		// a claim's "one month" (a figure) is carried by it
		if _, _, ok := UnitAfter(toks, i+1); !ok {
			return Figure{}, false
		}
		return Figure{Value: 1, Key: "1", Text: t.Raw, At: i, End: i + 1, Small: true}, true
	case opts.OrdinalWords && isOrdinalWordAt(toks, i):
		n := ordinalWords[t.Low]
		return Figure{Value: float64(n), Key: ValueKey(float64(n)), Text: t.Raw, At: i, End: i + 1, Small: true, Ordinal: true}, true
	default:
		if _, ok := numberWords[t.Low]; !ok || t.Low == "hundred" {
			return Figure{}, false
		}
	}
	// Number words, scales, "and" between a hundred or a scale and what follows.
	for !f.Ordinal && i < len(toks) {
		w := word(i)
		if s, ok := scaleWords[w]; ok && w != "millions" || w == "millions" && last == wNumeral {
			switch {
			case w == "hundred" && (last == wUnit || last == wTeen || last == wNumeral) && cur != 0:
				cur *= 100
				last = wHundred
			case w == "hundred":
				goto end
			case last == wNone || last == wScale && cur == 0 && s <= lastScale:
				goto end
			case cur == 0 && total > 0 && s > lastScale:
				total *= s
				last, lastScale = wScale, s
			default:
				total += cur * s
				cur = 0
				last, lastScale = wScale, s
			}
			i++
			continue
		}
		if w == "dozen" && (last == wUnit || last == wTeen || last == wTens || last == wNumeral) && cur != 0 && total == 0 {
			cur *= 12
			last = wHundred // "two dozen" takes no units after it
			i++
			continue
		}
		n, isNum := numberWords[w]
		if w == "and" && (last == wHundred || last == wScale) && i+1 < len(toks) {
			if m, ok := numberWords[word(i+1)]; ok && m > 0 && m < 100 {
				i++
				continue
			}
			goto end
		}
		if !isNum || w == "dozen" || w == "hundred" {
			goto end
		}
		switch {
		case last == wNone:
		case n > 0 && n < 10 && (last == wTens || last == wHundred || last == wScale):
		case n >= 10 && (last == wHundred || last == wScale) && int(cur)%100 == 0:
		default:
			goto end
		}
		cur += float64(n)
		switch {
		case n < 10:
			last = wUnit
		case n < 20:
			last = wTeen
		default:
			last = wTens
		}
		i++
	}
end:
	if last == wNone {
		return Figure{}, false
	}
	v := total + cur
	end := i
	// A claim's lone "one" is a pronoun ("one of them"); "a" needs a scale.
	if t.Low == "one" && end-start == 1 && !opts.Passage {
		if _, _, ok := UnitAfter(toks, end); !ok {
			return Figure{}, false // but "one week", "a one-day strike" count
		}
	}
	// Percent and currency words after it.
	switch {
	case end-1 >= 0 && toks[end-1].Pct:
		f.Percent = true
	case word(end) == "percent" || word(end) == "pct":
		f.Percent = true
		end++
	case word(end) == "per" && word(end+1) == "cent":
		f.Percent = true
		end += 2
	}
	if f.Currency == "" && !f.Percent && !f.Ordinal {
		w := word(end)
		c := currencyWords[w]
		if (w == "pounds" || w == "pound") && lastScale > 0 {
			c = "£"
		}
		if c == "" && end < len(toks) {
			c = currencyCodes[toks[end].Raw]
		}
		if c != "" {
			f.Currency = c
			end++
		}
	}
	if f.Currency == "" && !f.Percent && !f.Ordinal && start == i0 {
		if c, ok := codeBefore(toks, start); ok {
			f.Currency = c
			start--
		}
	}
	f.Value = v
	f.Key = ValueKey(v)
	if hasAlt && base != 0 {
		f.Alt = []float64{alt * (v / base)}
	}
	f.At, f.End = start, end
	f.Small = v < 100 && v == math.Trunc(v)
	f.Text = SpanText(toks, start, end)
	return f, true
}

// scaleAfterA: the words "a" stands for one before ("a hundred", "a million").
func scaleAfterA(w string) bool {
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion":
		return true
	}
	return false
}

// isOrdinalWordAt: an ordinal word at toks[i] that is not the start of a
// compound ("second-largest" still is: the hyphen is no number's).
func isOrdinalWordAt(toks []Token, i int) bool {
	_, ok := ordinalWords[toks[i].Low]
	return ok && !toks[i].Num
}

// currencyWords are the currency words read after a number ("5 million
// dollars"); "pounds" only after a scale word (else it is mostly a weight).
var currencyWords = map[string]string{
	"dollars": "$", "dollar": "$", "euros": "€", "euro": "€", "yen": "¥", "rupees": "₹", "bucks": "$",
}

// currencyCodes are the ISO 4217 codes of the currencies Figures reads, as
// written in capitals before or after a number ("EUR 20 million", "20m
// USD").
var currencyCodes = map[string]string{
	"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF", "CNY": "CN¥", "AUD": "A$", "CAD": "C$",
	"HKD": "HK$", "NZD": "NZ$", "SGD": "S$",
}

// SameCurrency says whether two currencies as Figure.Currency writes them may
// be one: the same sign, or a bare "$" or "¥" and a sign that ends with it
// ("$" and "HK$": a text that writes "$" of Hong Kong dollars).
func SameCurrency(a, b string) bool {
	switch {
	case a == b:
		return true
	case a == "$" || a == "¥":
		return strings.HasSuffix(b, a)
	case b == "$" || b == "¥":
		return strings.HasSuffix(a, b)
	}
	return false
}

// IsCurrencyCode reports whether raw is a currency's code as Figures reads it
// ("EUR", "USD"), or, with beforeSign, the letters before a currency sign
// ("US" of "US$").
func IsCurrencyCode(raw string, beforeSign bool) bool {
	_, ok := currencyCodes[raw]
	return ok || beforeSign
}

// codeBefore reads a currency code written right before toks[i], as its own
// word: "EUR 20 million".
func codeBefore(toks []Token, i int) (string, bool) {
	if i == 0 || toks[i-1].Num || toks[i-1].Brk || toks[i-1].Glued {
		return "", false
	}
	c, ok := currencyCodes[toks[i-1].Raw]
	return c, ok
}

// currencySign is a sign as Lex writes it in Token.Cur, with the letters of
// its country ("$", "US$", "HK$", "A$"); SameCurrency tells which may be one.
func currencySign(s string) string { return s }

func lastRuneLen(s string) int {
	_, n := utf8.DecodeLastRuneInString(s)
	return n
}

// SpanText writes toks[start:end] as they were written: a figure's Text, or
// any run of words ("third-quarter", "US$1.8bn", "late December 2007").
func SpanText(toks []Token, start, end int) string {
	var b strings.Builder
	for k := start; k < end; k++ {
		if k > start {
			switch p := toks[k-1]; {
			case p.Dash:
				b.WriteByte('-')
			case p.Glued:
			case toks[k].Cur != "" && len(toks[k].Cur) > lastRuneLen(toks[k].Cur):
				// "US" then "$1.8": the sign is written below
			default:
				b.WriteByte(' ')
			}
		}
		if cur := toks[k].Cur; toks[k].Num && cur != "" {
			if n := lastRuneLen(cur); k > start && n < len(cur) && toks[k-1].Raw == cur[:len(cur)-n] {
				cur = cur[len(cur)-n:] // "US" written before, then "$1.8"
			}
			b.WriteString(cur)
		}
		b.WriteString(toks[k].Raw)
		if toks[k].Pct {
			b.WriteByte('%')
		}
	}
	return b.String()
}

func isSmallInt(s string) bool {
	return len(s) <= 2 && s != "" && strings.Trim(s, "0123456789") == ""
}
