package extractive

import (
	"strings"
	"unicode"
)

// headlineMinWords is the shortest sentence taken whole as a headline.
const headlineMinWords = 5

// headlineStrength is how close to the best passage's score a short sentence must
// come to be the headline: below it, the best passage is compressed instead.
const headlineStrength = 0.6

// headline returns the briefing's headline, at most limit words, and the index of
// the passage it quotes whole (-1 when it is a compression or empty).
//
// It is the best-ranked sentence of headlineMinWords to limit words that has no
// quality penalty, no quotation marks and scores at least headlineStrength of the
// best; failing that, the best passage cut at its last clause boundary within the
// limit; failing that, the best passage's first words and an ellipsis.
func (e *Engine) headline(c *corpus, limit int) (string, int) {
	if limit < 3 || len(c.order) == 0 {
		return "", -1
	}
	top := c.score[c.order[0]]
	for _, i := range c.order {
		if c.score[i] < headlineStrength*top {
			break
		}
		t := strings.TrimSpace(c.in.Passages[i].Text)
		if c.words[i] < headlineMinWords || c.words[i] > limit || c.qual[i] < 1 || strings.ContainsAny(t, "\"“”‘’«»") {
			continue
		}
		return trimPeriod(t), i
	}
	best := -1
	for _, i := range c.order {
		if c.qual[i] >= minQuality {
			best = i
			break
		}
	}
	if best < 0 {
		return "", -1
	}
	t := strings.TrimSpace(c.in.Passages[best].Text)
	if h := clausePrefix(t, limit); h != "" {
		return h, -1
	}
	words := strings.Fields(t)
	for len(words) > 0 && wordCount(strings.Join(words, " ")+" …") > limit {
		words = words[:len(words)-1]
	}
	if len(words) < 3 {
		return "", -1
	}
	return strings.TrimRight(strings.Join(words, " "), ",;:—–-") + " …", -1
}

// clausePrefix is the longest prefix of t that ends at a clause boundary (a comma,
// semicolon, colon or dash), has headlineMinWords to limit words and no quote.
func clausePrefix(t string, limit int) string {
	bestEnd := -1
	for i, r := range t {
		if r != ',' && r != ';' && r != ':' && r != '—' && r != '–' {
			continue
		}
		p := strings.TrimSpace(t[:i])
		n := wordCount(p)
		if n > limit {
			break
		}
		if n >= headlineMinWords && !strings.ContainsAny(p, "\"“”‘’«»") {
			bestEnd = i
		}
	}
	if bestEnd < 0 {
		return ""
	}
	return strings.TrimSpace(t[:bestEnd])
}

// trimPeriod drops a sentence's final full stop, unless it closes an abbreviation
// ("U.S.", "Jr.").
func trimPeriod(t string) string {
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return t
	}
	last := t[strings.LastIndexFunc(t, unicode.IsSpace)+1:]
	core := strings.TrimSuffix(last, ".")
	if strings.Contains(core, ".") || len([]rune(core)) == 1 || isAbbrev(core) {
		return t
	}
	return strings.TrimSuffix(t, ".")
}

func isAbbrev(w string) bool {
	switch w {
	case "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "etc", "St", "Dr", "Mr", "Mrs", "Ms", "Gen", "Gov", "Sen", "Rep":
		return true
	}
	return false
}
