package chunk

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// maxStretch bounds, in bytes, the text between two places where Count may hand
// tiktoken separate calls, and so the longest piece tiktoken's byte-pair merge
// ever sees. tiktoken's pre-split regex keeps a run of letters (or CJK, or marks),
// of punctuation, or of whitespace together as one piece however long it is, and
// its merge costs time quadratic in a piece's length: 100,000 "a" took 11.6 s.
// Pieces of at most maxStretch bytes make the merge cost at most maxStretch
// operations per byte.
//
// It is large enough that ordinary text never reaches it (a stretch ends after
// every word, number and clause: see safeBoundary), so its count is exact; only
// a run of about 512 bytes with no word end (512 letters, spaces, dots or 170
// Chinese characters without a comma) is cut, and then the count may differ from
// tiktoken's own by a little per cut: see Tokenizer.Count.
const maxStretch = 512

// stretches cuts text into consecutive substrings, which concatenate to text,
// such that tiktoken's pre-split of each one is the pre-split of text except
// within a stretch of more than max bytes with no safe boundary (boundaries);
// such a stretch is cut, at a rune boundary, into parts of at most max bytes
// (max ≥ 4), and no tiktoken piece of the substrings is then longer than max bytes.
// Text without such a stretch is returned whole.
func stretches(text string, max int) []string {
	var out []string
	start := 0
	for end, cut := range parts(text, max) {
		if cut {
			out = append(out, text[start:end])
			start = end
		}
	}
	return append(out, text[start:])
}

// parts yields the ends of the consecutive parts of text: at every safe boundary
// (cut false) and wherever a stretch with none would pass max bytes (cut true).
// The last part, up to len(text), is not yielded. Counting the parts apart gives
// tiktoken's count of text, up to what the cuts change.
func parts(text string, max int) iter.Seq2[int, bool] {
	return func(yield func(int, bool) bool) {
		stretch := 0
		for i, safe := range boundaries(text) {
			_, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case safe:
			case i+size-stretch > max:
			default:
				continue
			}
			stretch = i
			if !yield(i, !safe) {
				return
			}
		}
	}
}

// boundaries yields every rune boundary of text but the first and the last, with
// whether it is safe: safeBoundary, or between the third and fourth digit (the
// sixth and seventh…) of a run of digits. A run of digits always starts a piece
// (no pattern goes on from anything else into a digit) and \p{N}{1,3} takes them
// three at a time.
func boundaries(text string) iter.Seq2[int, bool] {
	return func(yield func(int, bool) bool) {
		prev := rune(-1)
		digits := 0 // the digits in a row just before r
		for i, r := range text {
			number := unicode.IsNumber(r)
			if i > 0 && !yield(i, safeBoundary(prev, r) || number && digits > 0 && digits%3 == 0) {
				return
			}
			prev = r
			if number {
				digits++
			} else {
				digits = 0
			}
		}
	}
}

// safeBoundary reports whether, between a rune prev and the rune r that follows it,
// both tiktoken pre-split patterns in use (o200k_base and cl100k_base) end a piece, whatever comes before prev or after r. Then the pieces of the
// text up to r do not depend on the text from r on, and those from r on do not
// depend on the text before (the patterns have no look-behind and match every
// rune, so pieces are contiguous): counting the two parts apart gives the same
// tokens as counting them together.
//
// The patterns' pieces are a letter run ([^\r\n\p{L}\p{N}]? then letters, and in
// o200k marks, then an optional 's, 't… contraction), one to three digits, a
// punctuation run ( ?[^\s\p{L}\p{N}]+ then [\r\n/]*) and whitespace runs. So a
// piece ends
//   - after a letter followed by anything but a letter, a mark or an apostrophe;
//   - after a digit followed by anything but a digit;
//   - after any non-space followed by a space other than \r or \n (which a
//     punctuation run would take).
func safeBoundary(prev, r rune) bool {
	switch {
	case prev < 0:
		return false
	case unicode.IsLetter(prev):
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mark, r) && r != '\''
	case unicode.IsNumber(prev):
		return !unicode.IsNumber(r)
	}
	return !unicode.IsSpace(prev) && unicode.IsSpace(r) && r != '\r' && r != '\n'
}
