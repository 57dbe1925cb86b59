package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Datelines open wire stories: where the story was filed, perhaps when and by
// which agency, then a dash:
//
//	PORT WENDLE, Jan. 13 (Continental Press) -
//	LONDON —
//	Pyongyang, North Korea -
//	Washington (CNN) --
//	MUNICH, Germany (AP) _
//	Tuesday, January 18, 2005
//
// The AP wrote its dash as an underscore in the days of the teletype, and
// archives keep it. A WikiNews story opens with its date (weekday, month, day,
// year), sometimes glued to the first word of the story when the line break
// was lost ("Tuesday, January 18, 2005Through a telethon, …").
//
// The place is in capitals, or is one to four capitalized words. A place alone
// before a single hyphen is not enough ("US - China talks", "North Korea -
// Russia ties" keep their words): it needs a comma clause or an agency in
// parentheses, or, in capitals, a dash proper.
var (
	datelineTail = `(?:,` + datelineClause + `(?:\s*\([^)\n]{1,40}\))?|\s*\([^)\n]{1,40}\))\s*(?:[-–—]{1,2}|_)\s+`
	// datelineClause is what may follow the place after a comma: a country or a
	// date, opening with a capital or a digit ("North Korea", "Jan. 13") or
	// holding a figure ("den 22. November 2022"); a clause in lower case ("Beim
	// ContentAward.at, der vom ZIT — …") is the sentence itself.
	datelineClause = `(?:\s*[\p{Lu}\d][^–—()\n_-]{0,29}?|[^–—()\n_-]{1,30}?\d[^–—()\n_-]{0,20}?)`
	reDateline     = []*regexp.Regexp{
		regexp.MustCompile(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4}(?:\s*[-–—]{1,2})?\s*`),
		regexp.MustCompile(`^\p{Lu}[\p{Lu}\s.'’]{1,40}?` + datelineTail),
		regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’]+(?:\s\p{Lu}[\p{Lu}.'’]*){0,3}\s*(?:—|–|--)\s+`),
		regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}` + datelineTail),
	}
)

// maxDateline bounds the bytes a dateline may take, so that a long paragraph
// costs no more to check than a short one.
const maxDateline = 160

// DatelineEnd returns the length of the wire dateline that opens s, or 0 when s
// opens with no dateline. A dateline counts only when a sentence of at least
// four words, starting with a capital, a digit or a quotation mark, follows it.
func DatelineEnd(s string) int {
	end := 0
	head := s[:min(len(s), maxDateline)]
	for _, re := range reDateline {
		if loc := re.FindStringIndex(head); loc != nil {
			end = loc[1]
			break
		}
	}
	if end == 0 {
		return 0
	}
	rest := s[end:]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“‘'`, r) {
		return 0
	}
	if !atLeastWords(rest, 4) {
		return 0
	}
	return end
}

// atLeastWords reports whether s has at least n whitespace-separated words,
// reading no further than the nth.
func atLeastWords(s string, n int) bool {
	in := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}
