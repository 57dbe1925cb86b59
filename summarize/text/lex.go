package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexer of claims and sources: the one reading of words that the support
// checker, and the stages that must agree with it on figures and negations, use
// (numbers.go reads its tokens into figures). It was summarize/verify's lex,
// moved here unchanged but for Cur, Pct and numerals grouped by thin spaces.

// A Token is one word or numeral of a text, as Lex reads it.
type Token struct {
	// Raw is the word as written, a possessive "'s" dropped ("Kerr's" → "Kerr");
	// a numeral as written ("1,200", "80\u202f000").
	Raw string
	// Low is Raw lower-cased with its apostrophes dropped ("o'brien" → "obrien");
	// a numeral with the thin or no-break spaces between its digit groups dropped.
	Low string
	// Num: a numeral: digits, with "," or "." between digits ("1,200", "6.4"), or
	// a thin or no-break space before a group of exactly three digits
	// ("80 000").
	Num bool
	// Cap: Raw starts with an upper-case letter.
	Cap bool
	// Start: the first word of a sentence (or of the text): after ".", "!", "?"
	// (not an abbreviation's or an initial's period) or a line break.
	Start bool
	// Brk: punctuation other than a hyphen, an apostrophe, a quotation mark or a
	// bracket follows the token, or a line break does.
	Brk bool
	// Glued: the next token follows with no space ("4.2bn" is "4.2" glued to
	// "bn", "13th" "13" glued to "th").
	Glued bool
	// Dash: a hyphen joins it to the next token ("3-1", "64-page",
	// "twenty-five").
	Dash bool
	// Semi: a semicolon follows it: the next clause of a claim begins.
	Semi bool
	// Pct: a percent sign follows a numeral ("40%").
	Pct bool
	// Cur is the currency sign written right before a numeral ("$", "€", "£",
	// "¥", "₹"), with the letters glued before the sign ("US$", "A$", "HK$").
	// Those letters are a token of their own just before this one ("US"), with
	// nothing to say that they belong to the sign: Figures takes them in.
	Cur string
}

// Lex splits s into tokens. "didn't" becomes "did" "not", "can't" "can" "not",
// "won't" "will" "not", "cannot" "can" "not"; a possessive "'s" goes; a hyphen
// splits words (and sets Dash); "n't" alone ("do n't") is "not". The hedges "too early to" and "too soon to" read
// as "not yet to" (Low only): "too early to estimate the cost" says that no cost
// has been estimated.
func Lex(s string) []Token {
	var out []Token
	if len(s) > 0 {
		out = make([]Token, 0, len(s)/5+2) // about a token for five or six bytes of news copy
	}
	start := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			if len(out) > 0 {
				switch {
				case unicode.IsSpace(r):
					if r == '\n' {
						start = true
						out[len(out)-1].Brk = true
					}
				case r == '-':
					if prev, _ := utf8.DecodeLastRuneInString(s[:i]); IsWordRune(prev) && i+size < len(s) && IsWordRune(firstRune(s[i+size:])) {
						out[len(out)-1].Dash = true
					}
				case r == '\'' || r == '’' || r == '‘':
				case r == ';':
					out[len(out)-1].Brk = true
					out[len(out)-1].Semi = true
				case r == '.' || r == '!' || r == '?':
					out[len(out)-1].Brk = true
					if r != '.' || !isLexAbbreviation(out[len(out)-1]) {
						start = true
					}
				case r == '"' || r == '“' || r == '”' || r == '(' || r == ')':
					// quotes and brackets neither end a sentence nor break a name
				default:
					out[len(out)-1].Brk = true
					if r == '%' && out[len(out)-1].Num {
						if prev, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsDigit(prev) {
							out[len(out)-1].Pct = true
						}
					}
				}
			}
			i += size
			continue
		}
		// A word: letters and digits, apostrophes inside; a numeral keeps , and .
		// between digits, and a thin or no-break space before three digits.
		j := i
		digits := unicode.IsDigit(r)
		spaced := false
		for j < len(s) {
			q, qs := utf8.DecodeRuneInString(s[j:])
			switch {
			case digits && unicode.IsDigit(q):
			case !digits && unicode.IsLetter(q):
			case digits && (q == ',' || q == '.') && j+qs < len(s) && isDigitByte(s[j+qs]):
			case digits && isGroupSpace(q) && threeDigits(s[j+qs:]):
				spaced = true
			case !digits && lexApos(q) && j+qs < len(s) && isLetterAt(s, j+qs):
			default:
				goto done
			}
			j += qs
		}
	done:
		word := s[i:j]
		if len(out) > 0 && i > 0 {
			// "4.2bn", "13th": the previous token runs into this one.
			if prev, _ := utf8.DecodeLastRuneInString(s[:i]); IsWordRune(prev) {
				out[len(out)-1].Glued = true
			}
		}
		cur := ""
		if digits {
			cur = currencyBefore(s[:i])
		}
		parts := [1]string{word}
		ws := parts[:]
		if !digits && (hasLexApos(word) || len(word) == 6 && strings.EqualFold(word, "cannot")) {
			ws = splitContraction(word)
		}
		for _, w := range ws {
			low := strings.ToLower(dropLexApos(w))
			if spaced {
				low = strings.Map(func(r rune) rune {
					if isGroupSpace(r) {
						return -1
					}
					return r
				}, low)
			}
			first, _ := utf8.DecodeRuneInString(w)
			out = append(out, Token{Raw: w, Low: low, Num: digits, Cap: unicode.IsUpper(first), Start: start, Cur: cur})
			start = false
		}
		i = j
	}
	// "too early to", "too soon to": a hedge that says it has not happened yet, read
	// as "not yet to" ("too early to estimate the cost" = "no cost has been
	// estimated").
	for k := 0; k+2 < len(out); k++ {
		if out[k].Low == "too" && (out[k+1].Low == "early" || out[k+1].Low == "soon") && out[k+2].Low == "to" {
			out[k].Low, out[k+1].Low = "not", "yet"
		}
	}
	return out
}

// isGroupSpace: the spaces that group a numeral's digits ("80 000"): thin,
// narrow no-break and no-break spaces. A plain space does not: "in 2019 000"
// is rarer than "2 000 people" only in typeset copy.
func isGroupSpace(r rune) bool { return r == '\u2009' || r == '\u202f' || r == '\u00a0' }

// threeDigits: s starts with exactly three digits, not followed by another digit.
func threeDigits(s string) bool {
	return len(s) >= 3 && isDigitByte(s[0]) && isDigitByte(s[1]) && isDigitByte(s[2]) && (len(s) == 3 || !isDigitByte(s[3]))
}

// currencyBefore returns the currency sign that ends before (a numeral's text
// up to it), with the letters glued before the sign ("US$"), or "".
func currencyBefore(before string) string {
	r, n := utf8.DecodeLastRuneInString(before)
	switch r {
	case '$', '€', '£', '¥', '₹':
	default:
		return ""
	}
	k := len(before) - n
	j := k
	for j > 0 && before[j-1] >= 'A' && before[j-1] <= 'Z' && k-j < 3 {
		j--
	}
	if j < k && (j == 0 || !IsWordRune(lastRune(before[:j]))) {
		return before[j:]
	}
	return before[k:]
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
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
		case "":
			return []string{"not"} // "n't" alone, as tokenized copy writes "do n't"
		}
		return []string{head, "not"}
	}
	return []string{w}
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// lexApos are the apostrophes Lex keeps inside a word (the Scanner's isApos
// also takes the modifier letter ʼ; Lex keeps verify's reading).
func lexApos(r rune) bool { return r == '\'' || r == '’' }

func dropLexApos(w string) string {
	if !hasLexApos(w) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if r == '\'' || r == '’' {
			return -1
		}
		return r
	}, w)
}

// hasLexApos: w has an apostrophe, straight or curly (strings.ContainsAny(w,
// "'’"), without its cost on every word).
func hasLexApos(w string) bool {
	return strings.IndexByte(w, '\'') >= 0 || strings.Contains(w, "’")
}

// Abbreviated says whether t is an abbreviation or an initial whose period
// does not end the sentence ("U.S.", "Lt."): its Brk is that period's, and the
// clause goes on after it (the next token does not start a sentence).
func Abbreviated(toks []Token, k int) bool {
	return toks[k].Brk && k+1 < len(toks) && !toks[k+1].Start && isLexAbbreviation(toks[k])
}

// isLexAbbreviation says whether a period after t is an abbreviation's, not a
// sentence's end: single letters (initials) and the abbreviations of
// abbrev.go (honorifics, "St.", "Jan.").
func isLexAbbreviation(t Token) bool {
	if utf8.RuneCountInString(t.Low) == 1 && !t.Num {
		return true
	}
	return IsHonorific(t.Low) || IsAbbreviation(t.Low)
}
