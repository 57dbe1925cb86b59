package extractive

import (
	"strings"
	"unicode"
)

// headlineMinWords is the shortest sentence taken whole as a headline.
const headlineMinWords = 5

// headlineStrength and headlineReach bound where the headline may come from: a
// short sentence among the headlineReach best passages, or further down while it
// scores at least headlineStrength of the best. Beyond that, the best passage is
// compressed instead.
const (
	headlineStrength = 0.6
	headlineReach    = 10
	// headlineTopicBonus rewards a candidate that names the recurring names and
	// topic words: a headline should say who and what.
	headlineTopicBonus = 0.5
)

// headline returns the briefing's headline, at most limit words, and the index of
// the passage it quotes whole (-1 when it is a compression or empty).
//
// It is the best-ranked sentence of headlineMinWords to limit words that has no
// quality penalty and no quotation marks, among the headlineReach best or scoring
// at least headlineStrength of the best, valued by its score relative to the best
// plus headlineTopicBonus times the share of the recurring names and topic words
// it carries; failing that, the best passage cut at its last clause boundary within the
// limit; failing that, the best passage's first words and an ellipsis.
func (e *Engine) headline(c *corpus, limit int) (string, int) {
	if limit < 3 || len(c.order) == 0 {
		return "", -1
	}
	top := c.score[c.order[0]]
	pick, pickVal := -1, 0.0
	for k, i := range c.order {
		if k >= headlineReach && c.score[i] < headlineStrength*top {
			break
		}
		t := strings.TrimSpace(c.in.Passages[i].Text)
		if c.words[i] < headlineMinWords || c.words[i] > limit || c.qual[i] < 1 || strings.ContainsAny(t, "\"“”‘’«»") {
			continue
		}
		v := c.score[i]/top + headlineTopicBonus*topicCover(c, i)
		if pick < 0 || v > pickVal {
			pick, pickVal = i, v
		}
	}
	if pick >= 0 {
		return trimPeriod(strings.TrimSpace(c.in.Passages[pick].Text)), pick
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

// topicCover is the share of the corpus's recurring names and topic words that
// passage i carries.
func topicCover(c *corpus, i int) float64 {
	total := len(c.ents) + len(c.terms)
	if total == 0 {
		return 0
	}
	text := " " + c.in.Passages[i].Text + " "
	hits := 0
	for _, en := range c.ents {
		if strings.Contains(text, en.text) {
			hits++
		}
	}
	stems := map[string]bool{}
	for _, t := range c.toks[i] {
		stems[t.stem] = true
	}
	for _, t := range c.terms {
		if stems[stemOf(t)] {
			hits++
		}
	}
	return float64(hits) / float64(total)
}
