package eval

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// numberWord returns a spelled-out number as digits (text.NumberWord: "zero"
// to "nineteen", the tens, "hundred", "dozen"), so that "six years" and "6
// years" match.
func numberWord(w string) (string, bool) {
	n, ok := text.NumberWord(w)
	if !ok {
		return "", false
	}
	return strconv.Itoa(n), true
}

// numberRE finds numerals: digits with thousands separators and a decimal part.
var numberRE = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// normalizeNumber turns a numeral as written into a canonical string: thousands
// commas go ("1,200" → "1200"), a decimal comma or point stays a point, and
// trailing decimal zeros go ("12.50" → "12.5", "3.0" → "3").
func normalizeNumber(s string) string {
	intPart, frac, ok := text.NumeralParts(s)
	if !ok {
		return s
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac != "" {
		return intPart + "." + frac
	}
	return intPart
}

// numbers returns the normalized numerals of s, and with words true also its
// spelled-out numbers ("six" → "6").
func numbers(s string, words bool) []string {
	var out []string
	for _, m := range numberRE.FindAllString(s, -1) {
		out = append(out, normalizeNumber(m))
	}
	if words {
		for _, t := range Tokenize(s, false) {
			if d, ok := numberWord(t); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// contentTokens returns the stemmed tokens of s that carry content: stopwords
// and bare numerals go (numbers are compared separately), spelled-out numbers
// become digits.
func contentTokens(s string) []string {
	var out []string
	for _, t := range Tokenize(s, false) {
		if text.MatchWords.Has(t) {
			continue
		}
		if d, ok := numberWord(t); ok {
			t = d
		}
		if isDigits(t) {
			continue
		}
		out = append(out, text.StemLong(t))
	}
	return out
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// splitSentences splits text at line breaks and at . ! ? followed by a space and
// an upper-case letter, a digit or a quote, unless the period ends a known
// abbreviation or a single letter ("U.S.", "J. Smith"). It is a plain rule for
// matching, not a segmenter.
func splitSentences(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		start := 0
		rs := []rune(line)
		for i := 0; i < len(rs); i++ {
			if rs[i] != '.' && rs[i] != '!' && rs[i] != '?' {
				continue
			}
			j := i + 1
			for j < len(rs) && strings.ContainsRune(`"')’”`, rs[j]) {
				j++
			}
			if j >= len(rs) || rs[j] != ' ' {
				continue
			}
			k := j
			for k < len(rs) && rs[k] == ' ' {
				k++
			}
			if k >= len(rs) || !(unicode.IsUpper(rs[k]) || unicode.IsDigit(rs[k]) || strings.ContainsRune(`"'‘“`, rs[k])) {
				continue
			}
			if rs[i] == '.' {
				w := lastWordBefore(rs, i)
				if text.IsAbbreviation(strings.ToLower(w)) || utf8.RuneCountInString(w) == 1 {
					continue
				}
			}
			if s := strings.TrimSpace(string(rs[start:j])); s != "" {
				out = append(out, s)
			}
			start = k
		}
		if s := strings.TrimSpace(string(rs[start:])); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lastWordBefore returns the letters immediately before position i.
func lastWordBefore(rs []rune, i int) string {
	j := i
	for j > 0 && unicode.IsLetter(rs[j-1]) {
		j--
	}
	return string(rs[j:i])
}

// units are the parts of a briefing a fact can be carried by: the headline,
// each sentence of the summary, and each point.
func units(b *summarize.Briefing) []string {
	var out []string
	if s := strings.TrimSpace(b.Headline); s != "" {
		out = append(out, s)
	}
	out = append(out, splitSentences(b.Summary)...)
	for _, p := range b.Points {
		if s := pointText(p); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// BriefingText renders a briefing as the text that is scored: the headline, the
// summary and each point, one per line (newline is ROUGE-Lsum's sentence break).
func BriefingText(b *summarize.Briefing) string {
	if b == nil {
		return ""
	}
	var lines []string
	if s := strings.TrimSpace(b.Headline); s != "" {
		lines = append(lines, s)
	}
	if s := strings.TrimSpace(b.Summary); s != "" {
		lines = append(lines, s)
	}
	for _, p := range b.Points {
		if s := pointText(p); s != "" {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}

// ReferenceText strips the Markdown of a reference briefing ("# " headings,
// "- "/"* " bullets, "1. " numbers) and drops blank lines, keeping one line per
// sentence or point.
func ReferenceText(md string) string {
	var lines []string
	for _, l := range strings.Split(md, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimLeft(l, "#")
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "- "), strings.HasPrefix(l, "* "):
			l = l[2:]
		default:
			if i := strings.Index(l, ". "); i > 0 && i <= 3 && isDigits(l[:i]) {
				l = l[i+2:]
			}
		}
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// articleText returns the plain text of an article: its text, or the visible
// text of its HTML (scripts and styles dropped), with its title first.
func articleText(a summarize.Article) string {
	body := a.Text
	if body == "" && a.HTML != "" {
		body = htmlText(a.HTML)
	}
	if a.Title != "" {
		return a.Title + "\n" + body
	}
	return body
}

// htmlText extracts the text nodes of an HTML document, a line break at every
// tag, the contents of script, style, noscript and template left out and
// character references decoded. It reads the page once, with the standard library
// alone, so that the eval's metrics need no HTML parser: they only look for a
// quote's words, in order, in the page's text.
func htmlText(doc string) string {
	var b strings.Builder
	for i := 0; i < len(doc); {
		lt := strings.IndexByte(doc[i:], '<')
		if lt < 0 {
			b.WriteString(html.UnescapeString(doc[i:]))
			break
		}
		b.WriteString(html.UnescapeString(doc[i : i+lt]))
		i += lt
		if strings.HasPrefix(doc[i:], "<!--") {
			end := strings.Index(doc[i+4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		gt := strings.IndexByte(doc[i:], '>')
		if gt < 0 {
			break
		}
		tag := doc[i+1 : i+gt]
		i += gt + 1
		b.WriteByte('\n')
		name := strings.ToLower(strings.TrimLeft(tag, "/"))
		if j := strings.IndexAny(name, " \t\r\n/"); j >= 0 {
			name = name[:j]
		}
		switch name {
		case "script", "style", "noscript", "template":
			if strings.HasPrefix(tag, "/") || strings.HasSuffix(tag, "/") {
				continue
			}
			// Raw text up to the matching end tag, whatever it holds.
			end := strings.Index(strings.ToLower(doc[i:]), "</"+name)
			if end < 0 {
				return b.String()
			}
			i += end
		}
	}
	return b.String()
}

// citeMarker is an article id written in a point's text as a citation ("[a1]"),
// as in "6.4 according to [a1][a3]": a marker, not a claim, so it is not scored.
var citeMarker = regexp.MustCompile(`\[[^\[\]\s]{1,64}\]`)

// pointText is a point's text as it is scored: citation markers removed.
func pointText(p summarize.Point) string {
	return strings.TrimSpace(strings.Join(strings.Fields(citeMarker.ReplaceAllString(StripTimeAnchors(p.Text), " ")), " "))
}
