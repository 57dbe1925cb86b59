package normalize

import (
	"strings"
	"unicode"
)

// SplitHeadline tells an article's own headline, pasted as the first line of its
// text, from the story that follows: a first paragraph of 3 to 20 words on one line,
// with no sentence-final punctuation, followed by at least two paragraphs. It returns
// the headline ("" when the first paragraph is story) and the paragraphs after it.
// The pipeline keeps the headline as the article's title, so nothing is lost.
func SplitHeadline(paras []string) (headline string, rest []string) {
	if len(paras) < 3 {
		return "", paras
	}
	first := strings.TrimSpace(paras[0])
	if n := words(first); n < 3 || n > 20 || strings.ContainsAny(first, "\n\r") {
		return "", paras
	}
	last := []rune(strings.TrimRight(first, " \"'”’)»"))
	if len(last) == 0 {
		return "", paras
	}
	switch last[len(last)-1] {
	case '.', '!', '?', '…', ':', ';', ',':
		return "", paras
	}
	if r := []rune(first)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "", paras
	}
	return first, paras[1:]
}

// SameHeadline says whether two headlines are the same text up to case and spacing,
// as when an article's title field is also the first line of its text.
func SameHeadline(a, b string) bool {
	return foldKey(a) == foldKey(b)
}
