package normalize

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// reDateMeta matches the "date 2023-09-12" metadata prefix that some
// clipping tools put before the article text.
var reDateMeta = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})(?:[ \t]+|\n|$)`)

// TextPublished is the day a text's clipping-tool prefix "date YYYY-MM-DD" names,
// as midnight UTC (a day without a time, read as pages' dates are), or zero when
// the text has no such prefix or it names no day between 1900 and 2100. Text
// drops the prefix from the story; this keeps what it says.
func TextPublished(s string) time.Time {
	head := s[:min(len(s), 64)]
	m := reDateMeta.FindStringSubmatch(cleanText(head))
	if m == nil {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", m[1])
	if err != nil || t.Year() < 1900 || t.Year() > 2100 {
		return time.Time{}
	}
	return t
}

// Text turns plain text, possibly pasted from a web page, into the story's
// paragraphs in order: whitespace normalized, web-page clutter removed.
//
// Paragraphs are separated by blank lines; within a block, lines separated by
// single newlines are separate units (a menu item is its own unit) unless they
// look hard-wrapped, in which case they are joined. A leading clipping-tool
// metadata prefix "date YYYY-MM-DD" is dropped. The caller bounds the input's
// size; the work is linear in it.
func Text(s string) []string {
	return filter(textUnits(s))
}

// textUnits cleans s and splits it into units, one per paragraph or line.
func textUnits(s string) []unit {
	s = cleanText(s)
	s = reDateMeta.ReplaceAllString(s, "")
	var units []unit
	block := 0
	var lines []string
	flush := func() {
		for _, t := range joinWrapped(lines) {
			units = append(units, unit{text: t, block: block, links: -1})
		}
		lines = lines[:0]
		block++
	}
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			if len(lines) > 0 {
				flush()
			}
			continue
		}
		lines = append(lines, line)
	}
	if len(lines) > 0 {
		flush()
	}
	return units
}

// cleanText normalizes line ends, drops invisible characters and control
// characters, and turns no-break spaces into spaces.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(cleanRune, s)
}

// cleanRune is cleanText's map of one character: a line end, a space, -1 to
// drop it, or for a C1 control character Windows-1252's reading of it (text.C1).
func cleanRune(r rune) rune {
	switch r {
	case '\r', '\u2028', '\u2029', '\u0085':
		return '\n'
	case '\u00a0', '\u202f', '\u2007', '\t':
		return ' '
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return -1
	}
	if r >= 0x80 && r <= 0x9f {
		return text.C1(r) // Windows-1252 read as Latin-1: "didn\u0092t" is "didn’t"
	}
	if r != '\n' && unicode.IsControl(r) {
		return -1
	}
	return r
}

// joinWrapped joins the lines of one block that continue each other: a line
// that does not end a sentence followed by one that opens in lowercase, a
// line ending in a comma or hyphen, or any line of a block that looks
// hard-wrapped at a fixed width. Other lines stay separate units.
func joinWrapped(lines []string) []string {
	if len(lines) <= 1 {
		return append([]string(nil), lines...)
	}
	wrapped := hardWrapped(lines)
	var out []string
	var cur strings.Builder
	cur.WriteString(lines[0])
	prev := lines[0]
	for _, next := range lines[1:] {
		r, _ := utf8.DecodeRuneInString(next)
		last, _ := utf8.DecodeLastRuneInString(prev)
		join := !terminal(prev) && (wrapped || unicode.IsLower(r) || strings.ContainsRune(",;-–", last))
		if join && classify(prev) == kindStory {
			if last != '-' || !unicode.IsLower(r) {
				cur.WriteByte(' ')
			} // else a word hyphenated at the wrap
			cur.WriteString(next)
			prev = next
			continue
		}
		out = append(out, cur.String())
		cur.Reset()
		cur.WriteString(next)
		prev = next
	}
	return append(out, cur.String())
}

// hardWrapped reports whether a block's lines look wrapped at a fixed width:
// three or more lines, most of them (all but the last) close to the longest.
func hardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest < 40 || longest > 120 {
		return false
	}
	near := 0
	for _, l := range lines[:len(lines)-1] {
		if utf8.RuneCountInString(l)*4 >= longest*3 {
			near++
		}
	}
	return near*5 >= (len(lines)-1)*4
}
