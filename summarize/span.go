package summarize

import (
	"slices"
	"unicode/utf8"
)

// Span is a range of a text in byte offsets: text[Start:End].
type Span struct {
	Start, End int
}

// CodePoints returns spans given in byte offsets into text as code-point offsets,
// for clients that index strings by character (JavaScript, Python). It reads text
// once, however many spans there are; an offset past the end counts as the end.
func CodePoints(text string, spans []Span) []Span {
	offs := make([]int, 0, 2*len(spans))
	for _, sp := range spans {
		offs = append(offs, sp.Start, sp.End)
	}
	slices.Sort(offs)
	runes := make(map[int]int, len(offs))
	n, i := 0, 0
	for _, o := range offs {
		for i < o && i < len(text) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			n++
		}
		runes[o] = n
	}
	out := make([]Span, len(spans))
	for k, sp := range spans {
		out[k] = Span{Start: runes[sp.Start], End: runes[sp.End]}
	}
	return out
}
