package text

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word splitters. There are three because the callers need three rules: ROUGE
// must split exactly as rouge-score does; the ranker wants every run of letters
// and digits; merge wants a word normalized enough that two rewrites of one
// sentence read alike ("1,200" = "1200", "Russia's" = "Russia").

// IsWordRune reports whether r is a letter or a digit: what words are made of.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Rouge splits text into tokens as rouge-score's tokenize.tokenize does:
// lower-case (Python's full lower-casing), every character outside [a-z0-9]
// becomes a separator, and tokens longer than 3 characters are Porter-stemmed
// when stem is true.
func Rouge(text string, stem bool) []string {
	var toks []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		t := b.String()
		b.Reset()
		if stem && len(t) > 3 {
			t = Stem(t)
		}
		toks = append(toks, t)
	}
	for _, r := range text {
		if r == '\u0130' { // Python lower-cases İ to "i" + a combining dot.
			b.WriteByte('i')
			flush()
			continue
		}
		r = unicode.ToLower(r)
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return toks
}

// Runs yields the byte offsets [start, end) of each run of letters and digits
// in text. An apostrophe ends a run: "Russia's" is "Russia" and "s".
func Runs(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		start := -1
		for i, r := range text {
			if IsWordRune(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(start, i) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(start, len(text))
		}
	}
}

// Count counts the words of s the strict way: the larger of the
// whitespace-separated fields and the runs of letters and digits, so "U.S." and
// "half-billion" count two words, as ROUGE tokenizers count them. A text that
// fits this count fits any of the usual ones.
func Count(s string) int {
	fields := len(strings.Fields(s))
	runs, in := 0, false
	for _, r := range s {
		alnum := IsWordRune(r)
		if alnum && !in {
			runs++
		}
		in = alnum
	}
	return max(fields, runs)
}

// A Word is one normalized word found by a Scanner.
type Word struct {
	// Norm is the word lower-cased, with apostrophes and a possessive "'s"
	// dropped and a number's thousands commas gone ("1,200" → "1200", "3.5"
	// kept). It is valid until the scan moves on.
	Norm    []byte
	Upper   bool // written with a capital first letter
	Digit   bool // has a digit
	Break   bool // punctuation (not only space) stands between this word and the one before
	Negated bool // ended in "n't"
}

// A Scanner finds normalized words (see Word) with one reusable buffer; the zero
// value is ready to use. A Scanner is not safe for concurrent use.
type Scanner struct {
	buf []byte
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// Words yields the normalized words of text (see Next).
func (sc *Scanner) Words(text string) iter.Seq[Word] {
	return func(yield func(Word) bool) {
		for i := 0; ; {
			w, next, ok := sc.Next(text, i)
			if !ok || !yield(w) {
				return
			}
			i = next
		}
	}
}

// Next finds the first normalized word of text at or after byte offset i and
// returns it with the offset just after it; ok is false when none is left. Words
// are runs of letters and digits, lower-cased; an apostrophe between two letters
// stays inside the word (and is then dropped, with a possessive "'s"); a comma or
// point between digits joins them ("1,200" reads 1200, "3.5" stays whole). A loop
// over Next is the allocation-free, callback-free way to scan.
func (sc *Scanner) Next(text string, i int) (w Word, next int, ok bool) {
	brk := false // punctuation before the word
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if IsWordRune(r) {
			break
		}
		if !unicode.IsSpace(r) {
			brk = true
		}
		i += n
	}
	if i >= len(text) {
		return Word{}, i, false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	upper := unicode.IsUpper(r)
	digit := false
	b := sc.buf[:0]
scan:
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case IsWordRune(r):
			if unicode.IsDigit(r) {
				digit = true
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
			i += n
			continue
		case (r == ',' || r == '.') && digit && i+n < len(text) && isDigitByte(text[i+n]) && len(b) > 0 && isDigitByte(b[len(b)-1]):
			if r == '.' {
				b = append(b, '.')
			}
			i += n
			continue
		case isApos(r) && i+n < len(text):
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if IsWordRune(r2) && len(b) > 0 {
				b = append(b, '\'')
				i += n
				continue
			}
		}
		break scan
	}
	sc.buf = b
	negated := len(b) > 3 && string(b[len(b)-3:]) == "n't"
	if len(b) > 2 && b[len(b)-2] == '\'' && b[len(b)-1] == 's' {
		b = b[:len(b)-2]
	}
	b = dropApos(b)
	return Word{Norm: b, Upper: upper, Digit: digit, Break: brk, Negated: negated}, i, true
}

func dropApos(b []byte) []byte {
	out := b[:0]
	for _, c := range b {
		if c != '\'' {
			out = append(out, c)
		}
	}
	return out
}
