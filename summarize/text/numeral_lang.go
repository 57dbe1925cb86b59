package text

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexLang is Lex by a language's rules; English's is Lex itself. What
// differs: no English contractions or hedges; an elided article ("l'",
// "dell'") is a token of its own; a numeral's digits may be grouped by an
// apostrophe ("80'000"), the Arabic separators "٬" and "٫", and, where the
// language groups so, a plain space before exactly three digits when the
// group before has at most three ("3 000", not "2019 000"); Arabic-Indic
// digits are read as ASCII in Low; every quotation mark of the language
// (and "«", "»", "„") is a quotation mark; the language's sentence enders
// ("؟") end a sentence, and its abbreviations' periods do not.
func lexLang(s string, l *Lang) []Token {
	if l == English {
		return Lex(s)
	}
	var out []Token
	start := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			if len(out) > 0 {
				last := &out[len(out)-1]
				switch {
				case unicode.IsSpace(r):
					if r == '\n' {
						start = true
						last.Brk = true
					}
				case r == '-':
					if prev, _ := utf8.DecodeLastRuneInString(s[:i]); IsWordRune(prev) && i+size < len(s) && IsWordRune(firstRune(s[i+size:])) {
						last.Dash = true
					}
				case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
				case r == ';' && !strings.ContainsRune(l.enders, r):
					last.Brk = true
					last.Semi = true
				case r == '.' || r == '!' || r == '?' || strings.ContainsRune(l.enders, r):
					last.Brk = true
					if r != '.' || !l.lexAbbreviation(*last) {
						start = true
					}
				case isQuoteMark(r) || r == '(' || r == ')':
				default:
					last.Brk = true
					if (r == '%' || r == '٪') && last.Num {
						if prev, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsDigit(prev) {
							last.Pct = true
						}
					}
				}
			}
			i += size
			continue
		}
		j := i
		digits := unicode.IsDigit(r)
		groups := 0 // digits of the current group of a numeral
		spaced := false
		for j < len(s) {
			q, qs := utf8.DecodeRuneInString(s[j:])
			switch {
			case digits && unicode.IsDigit(q):
				groups++
			case digits && (q == ',' || q == '.' || q == '٫' || q == '٬') && j+qs < len(s) && unicode.IsDigit(firstRune(s[j+qs:])):
				groups = 0
			case digits && (isGroupSpace(q) || q == '\'' || q == '’') && threeDigits(s[j+qs:]):
				spaced = true
				groups = 0
			case digits && q == ' ' && l.spaceGroups && groups > 0 && groups <= 3 && threeDigits(s[j+qs:]) && !strings.ContainsAny(s[i:j], ",."):
				spaced = true
				groups = 0
			case !digits && unicode.IsLetter(q):
			case !digits && unicode.Is(unicode.Mn, q):
			case !digits && (lexApos(q) || q == 'ʼ') && j+qs < len(s) && isLetterAt(s, j+qs):
			default:
				goto done
			}
			j += qs
		}
	done:
		word := s[i:j]
		sign := ""
		if digits && i > 0 {
			// a minus sign right before the digits: "−27", " -3"
			if p, n := utf8.DecodeLastRuneInString(s[:i]); p == '−' || p == '-' && (i-n == 0 || !IsWordRune(lastRune(s[:i-n]))) {
				sign = "-"
				word = s[i-n : j]
			}
		}
		if len(out) > 0 && i > 0 {
			if prev, _ := utf8.DecodeLastRuneInString(s[:i]); IsWordRune(prev) {
				out[len(out)-1].Glued = true
			}
		}
		cur := ""
		if digits {
			cur = currencyBefore(s[:i])
		}
		ws := []string{word}
		if !digits && len(l.elisions) > 0 {
			ws = l.splitElision(word)
		}
		for _, w := range ws {
			low := strings.ToLower(dropAnyApos(w))
			if digits {
				low = sign + asciiDigits(strings.TrimLeft(low, "-−"), spaced)
			}
			first, _ := utf8.DecodeRuneInString(w)
			out = append(out, Token{Raw: w, Low: low, Num: digits, Cap: unicode.IsUpper(first), Start: start, Cur: cur})
			start = false
		}
		i = j
	}
	return out
}

// isQuoteMark: a quotation mark of any language, which neither ends a
// sentence nor breaks a name.
func isQuoteMark(r rune) bool {
	return strings.ContainsRune("\"“”«»„‟‚‹›「」『』", r)
}

// dropAnyApos drops the apostrophes of a word (', ’, ʼ).
func dropAnyApos(w string) string {
	if !strings.ContainsAny(w, "'’ʼ") {
		return w
	}
	return strings.Map(func(r rune) rune {
		if r == '\'' || r == '’' || r == 'ʼ' {
			return -1
		}
		return r
	}, w)
}

// asciiDigits writes a numeral's digits in ASCII (Arabic-Indic and other
// decimal digits), the Arabic separators as "," and ".", and drops the
// spaces and apostrophes that group digits when spaced.
func asciiDigits(s string, spaced bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case unicode.IsDigit(r):
			b.WriteByte(byte('0' + digitValue(r)))
		case r == '٫':
			b.WriteByte(',')
		case r == '٬':
			b.WriteByte('.')
		case spaced && (r == ' ' || isGroupSpace(r) || r == '\'' || r == '’'):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// digitValue is the value of a decimal digit of any script.
func digitValue(r rune) int {
	for _, z := range []rune{'٠', '۰', '०', '০', '０'} {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return 0
}

// splitElision splits an elided article or preposition off a word:
// "l'armée" → "l'", "armée"; "dell'Italia" → "dell'", "Italia".
func (l *Lang) splitElision(w string) []string {
	a := strings.IndexAny(w, "'’ʼ")
	if a <= 0 {
		return []string{w}
	}
	_, n := utf8.DecodeRuneInString(w[a:])
	if a+n >= len(w) || !contains(l.elisions, strings.ToLower(w[:a])) {
		return []string{w}
	}
	return []string{w[:a+n], w[a+n:]}
}

// lexAbbreviation: a period after t is an abbreviation's, not a sentence's.
func (l *Lang) lexAbbreviation(t Token) bool {
	if utf8.RuneCountInString(t.Low) == 1 && !t.Num {
		return true
	}
	return l.Abbreviation(t.Low) != NotAbbrev
}

// parseNumeralLang reads a numeral (Token.Low: ASCII digits, "," and ".")
// by the language's marks. Decimal comma: points group thousands ("80.000",
// "1.234.567"), the comma is decimal ("1,8", "1.234,5"); a comma before a
// last group of three with no point ("80,000") is read as decimal (80) and
// its English reading is the Alt. Elsewhere as ParseNumeral.
func parseNumeralLang(s string, l *Lang) (float64, bool) {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		v, ok := parseNumeralLang(rest, l)
		return -v, ok
	}
	if !l.decimalComma {
		return ParseNumeral(s)
	}
	if strings.Trim(s, "0123456789,.") != "" || strings.Trim(s, ",.") == "" {
		return 0, false
	}
	whole, frac := s, ""
	if c := strings.LastIndexByte(s, ','); c >= 0 {
		whole, frac = s[:c], s[c+1:]
		if strings.ContainsAny(frac, ".,") {
			// "1,234.5": an English numeral in a decimal-comma text.
			return ParseNumeral(s)
		}
		if strings.Count(whole, ",") > 0 {
			// "1,234,567": English grouping.
			return ParseNumeral(s)
		}
	} else if d := strings.LastIndexByte(s, '.'); d >= 0 && (len(s)-d-1 != 3) && strings.Count(s, ".") == 1 {
		// "2.5": a decimal point (no group has other than three digits).
		return ParseNumeral(s)
	}
	whole = strings.ReplaceAll(whole, ".", "")
	if whole == "" {
		whole = "0"
	}
	if frac != "" {
		whole += "." + frac
	}
	f, err := strconv.ParseFloat(whole, 64)
	return f, err == nil
}

// parseNumeralAltLang: the other reading of an ambiguous numeral. With a
// decimal comma, "80,000" (comma, three digits, no point) may be an English
// eighty thousand; elsewhere ParseNumeralAlt's "80.000".
func parseNumeralAltLang(s string, l *Lang) (float64, bool) {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		v, ok := parseNumeralAltLang(rest, l)
		return -v, ok
	}
	if !l.decimalComma {
		return ParseNumeralAlt(s)
	}
	c := strings.IndexByte(s, ',')
	if c <= 0 || strings.Count(s, ",") != 1 || strings.ContainsRune(s, '.') || len(s)-c-1 != 3 {
		return 0, false
	}
	f, err := strconv.ParseFloat(s[:c]+s[c+1:], 64)
	return f, err == nil
}

// oneArticles are the indefinite articles that stand for one before a
// scale word ("un million", "eine Milliarde", "um milhão", "una decina" is
// not read).
var oneArticles = map[string]bool{"un": true, "une": true, "ein": true, "eine": true, "einer": true, "uno": true,
	"una": true, "um": true, "uma": true, "een": true, "jeden": true, "jedna": true}

// figuresLang reads figures by a language's tables. English's is Figures.
func figuresLang(toks []Token, opts FigureOptions, l *Lang) []Figure {
	if l == English {
		return Figures(toks, opts)
	}
	var out []Figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Num && t.Dash && i+1 < len(toks) && toks[i+1].Num && isSmallInt(t.Low) && isSmallInt(toks[i+1].Low) {
			v, _ := strconv.ParseFloat(t.Low, 64)
			out = append(out, Figure{Value: v, Key: t.Low + "-" + toks[i+1].Low, Text: t.Raw + "-" + toks[i+1].Raw, At: i, End: i + 2, Score: true})
			if opts.Passage {
				if f, ok := l.readFigure(toks, i); ok {
					out = append(out, f)
				}
				continue
			}
			i++
			continue
		}
		f, ok := l.readFigure(toks, i)
		if !ok {
			continue
		}
		out = append(out, f)
		i = f.End - 1
	}
	return out
}

// readFigure reads one figure at toks[i] in the language: a numeral or a
// number word, then scale words, which multiply ("mil millones" 1e9, "2,5
// Mio." 2.5e6), with "de"/"di" allowed before a currency word ("1,8
// milliard de dollars"), then a percent or currency word.
func (l *Lang) readFigure(toks []Token, i int) (Figure, bool) {
	t := toks[i]
	start, i0 := i, i
	var v, alt float64
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
		n, ok := l.ParseNumeral(t.Low)
		if !ok {
			return Figure{}, false
		}
		v = n
		alt, hasAlt = l.ParseNumeralAlt(t.Low)
		if t.Cur != "" {
			f.Currency = currencySign(t.Cur)
			if sign := lastRuneLen(t.Cur); sign < len(t.Cur) && i > 0 && toks[i-1].Raw == t.Cur[:len(t.Cur)-sign] && !toks[i-1].Glued {
				start = i - 1
			}
		}
		i++
		if t.Glued && i < len(toks) {
			if s, ok := gluedScales[toks[i].Low]; ok {
				v *= s
				alt *= s
				i++
			}
		}
	default:
		n, ok := l.numbers[t.Low]
		if !ok {
			n, ok = l.compoundNumber(t.Low, word(i+1))
		}
		if rest, cut := strings.CutPrefix(t.Low, "و"); !ok && cut && l.teens["عشر"] && utf8.RuneCountInString(rest) >= 3 {
			// Arabic writes "and" on the word: "وسبعة عشر", "وأربعون".
			if n, ok = l.numbers[rest]; !ok {
				n, ok = l.compoundNumber(rest, word(i+1))
			}
		}
		if !ok && oneArticles[t.Low] && i+1 < len(toks) && l.scales[word(i+1)] >= 1e3 {
			// "un million", "eine Million", "un milliard": one.
			n, ok = 1, true
		}
		if !ok {
			if s, ok := l.scales[t.Low]; ok && s >= 1e3 && (t.Low == "mil" || t.Low == "mille" || t.Low == "tausend" || t.Low == "duizend") {
				// "mil personas", "mille morts": a thousand.
				v = 1
				break
			}
			return Figure{}, false
		}
		v = float64(n)
		i++
		// Words of one number spelled with hyphens: "vingt-cinq",
		// "dix-sept", "quatre-vingts", "soixante-dix", "quatre-vingt-dix-neuf".
		for dash := t.Dash; dash && i < len(toks); dash = toks[i-1].Dash {
			w := word(i)
			if w == "vingts" {
				w = "vingt"
			}
			m, ok := l.numbers[w]
			if !ok {
				break
			}
			switch {
			case m < 10 && n >= 20 && n%10 == 0, n == 10 && m >= 7 && m <= 9, (n == 60 || n == 80) && m >= 10 && m < 20:
				n += m
			case n == 4 && m == 20:
				n = 80
			default:
				m = -1
			}
			if m < 0 {
				break
			}
			i++
		}
		// Arabic and Hebrew teens are two words, the units then ten:
		// "أربعة عشر", "ארבעה עשר", "שתים עשרה".
		if n < 10 && i < len(toks) && l.teens[word(i)] {
			n += 10
			i++
		}
		v = float64(n)
	}
	scaled := false
	for i < len(toks) {
		s, ok := l.scales[word(i)]
		if !ok {
			break
		}
		v *= s
		alt *= s
		scaled = true
		i++
	}
	_ = scaled
	end := i
	// Percent, then currency words.
	switch {
	case end-1 >= 0 && toks[end-1].Pct:
		f.Percent = true
	default:
		for _, p := range l.percents {
			if end+len(p) > len(toks) {
				continue
			}
			ok := true
			for k, w := range p {
				if word(end+k) != w {
					ok = false
					break
				}
			}
			if ok {
				f.Percent = true
				end += len(p)
				break
			}
		}
	}
	if f.Currency == "" && !f.Percent {
		k := end
		if w := word(k); w == "de" || w == "di" || w == "d" {
			k++
		}
		if c := l.currency[word(k)]; c != "" {
			f.Currency = c
			end = k + 1
		} else if k < len(toks) && currencyCodes[toks[k].Raw] != "" {
			f.Currency = currencyCodes[toks[k].Raw]
			end = k + 1
		}
	}
	if f.Currency == "" && !f.Percent && start == i0 {
		if c, ok := codeBefore(toks, start); ok {
			f.Currency = c
			start--
		}
	}
	if end == start {
		return Figure{}, false
	}
	f.Value = v
	f.Key = ValueKey(v)
	if hasAlt {
		f.Alt = []float64{alt}
	}
	f.At, f.End = start, end
	f.Small = v < 100 && v == math.Trunc(v)
	f.Text = SpanText(toks, start, end)
	return f, true
}

// datesLang finds explicit dates in a language: a month word (MonthOf)
// with a day numeral from 1 to 31 before it ("12 septembre", "12. září",
// "12 de septiembre") or after it ("September 12"), and a four-digit year
// after ("12 septembre 2026", "12 de septiembre de 2026"). Month words need
// not be capitalized (most languages write them lower case). English's is
// Dates.
func datesLang(toks []Token, l *Lang) []Date {
	if l == English {
		return Dates(toks)
	}
	var out []Date
	year := func(k int) (int, int) {
		if k < len(toks) && (toks[k].Low == "de" || toks[k].Low == "del") {
			k++
		}
		if k < len(toks) && toks[k].Num && len(toks[k].Low) == 4 {
			y, _ := strconv.Atoi(toks[k].Low)
			return y, k + 1
		}
		return 0, 0
	}
	day := func(k int) (int, bool) {
		if k < 0 || k >= len(toks) || !toks[k].Num {
			return 0, false
		}
		d, err := strconv.Atoi(toks[k].Low)
		return d, err == nil && d >= 1 && d <= 31
	}
	for i, t := range toks {
		if t.Num {
			continue
		}
		mo, ok := l.MonthOf(t.Low)
		end := i + 1
		if !ok && i+1 < len(toks) {
			// a month of two words, written with "_" in the tables
			// (Levantine Arabic "تشرين الثاني")
			mo, ok = l.MonthOf(t.Low + "_" + toks[i+1].Low)
			end = i + 2
		}
		if !ok {
			continue
		}
		if end < len(toks) && !toks[end].Num {
			// the month's other name after it: "تشرين الثاني/نوفمبر",
			// "حزيران (يونيو)"
			if m2, ok := l.MonthOf(toks[end].Low); ok && m2 == mo {
				end++
			}
		}
		at := -1
		var d int
		if dd, ok := day(i - 1); ok {
			d, at = dd, i-1
		} else if i >= 2 && toks[i-1].Low == "de" {
			if dd, ok := day(i - 2); ok {
				d, at = dd, i-2
			}
		}
		if at >= 0 {
			dt := Date{Month: mo, Day: d, At: at, End: end}
			if y, e := year(end); y != 0 {
				dt.Year, dt.End = y, e
			}
			out = append(out, dt)
			continue
		}
		if dd, ok := day(i + 1); ok && t.Cap {
			dt := Date{Month: mo, Day: dd, At: i, End: i + 2}
			if y, e := year(i + 2); y != 0 {
				dt.Year, dt.End = y, e
			}
			out = append(out, dt)
		}
	}
	return out
}

// compoundNumber reads the number words the tables do not list one by one:
// German's units and tens in one word ("dreiundzwanzig", "einundachtzig"),
// and the first word of Arabic and Hebrew elevens and twelves ("أحد عشر",
// "اثنا عشر", "אחד עשר", "שנים עשר"), which are other words alone (next is
// the word after w).
func (l *Lang) compoundNumber(w, next string) (int, bool) {
	if l.teens[next] {
		switch w {
		case "أحد", "إحدى", "احد", "احدى", "אחד", "אחת":
			return 1, true
		case "اثنا", "اثني", "اثنتا", "اثنتي", "שנים", "שתים", "שניים", "שתיים":
			return 2, true
		}
		return 0, false
	}
	if l.Tag() != "de" {
		return 0, false
	}
	u, tens, ok := strings.Cut(w, "und")
	if !ok {
		return 0, false
	}
	if u == "ein" {
		u = "eins"
	}
	a, ok1 := l.numbers[u]
	b, ok2 := l.numbers[tens]
	if !ok1 || !ok2 || a < 1 || a > 9 || b < 20 || b > 90 || b%10 != 0 {
		return 0, false
	}
	return a + b, true
}
