package verify

import (
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// lists reads the numbered lists of the request: a passage that ends with a
// colon ("For Eagle Ridge Farms, our AgriPro Pro+ package would be the perfect
// fit, as it includes:") followed, in its article, by passages that open with
// "1.", "2.", … "N." (or "1)"), other passages between them allowed (an
// item's description). It returns, by opening passage, its items' passages.
// The opening says what its items are and how many: it carries the figure N
// ("He suggests four products") and the items' titles (listTitle: "the
// package includes SoilHealth Monitoring Sensors, SmartWater Irrigation
// Control and 24/7 Expert Support") as it would if it wrote them, where a
// claim that names every item would need more passages than it may cite. A
// list must have two items or more, and its numbers must follow one another;
// a number out of turn ends it.
func lists(passages []summarize.Passage) map[int][]int {
	var out map[int][]int
	for i := 0; i+1 < len(passages); i++ {
		intro := strings.TrimSpace(passages[i].Text)
		if !strings.HasSuffix(intro, ":") || listNumber(passages[i+1].Text) != 1 || passages[i+1].Article != passages[i].Article {
			continue
		}
		items := []int{i + 1}
		for j := i + 2; j < len(passages) && passages[j].Article == passages[i].Article; j++ {
			k := listNumber(passages[j].Text)
			if k == len(items)+1 {
				items = append(items, j)
			} else if k != 0 {
				break
			}
			if strings.HasSuffix(strings.TrimSpace(passages[j].Text), ":") {
				break // another list's opening
			}
		}
		if len(items) >= 2 {
			if out == nil {
				out = map[int][]int{}
			}
			out[i] = items
		}
	}
	return out
}

// listTitle returns an item's title: its text after its number, up to a
// dash, a colon or its first sentence's end ("SmartWater Irrigation Control"
// of "2. SmartWater Irrigation Control - Priced at $1,500 per unit, …"), or ""
// when that is longer than maxTitleWords words (a sentence, not a title).
func listTitle(s string) string {
	s = strings.TrimSpace(s)
	_, s, _ = strings.Cut(s, " ")
	end := len(s)
	for _, sep := range []string{" - ", " – ", " — ", ": ", ". "} {
		if k := strings.Index(s, sep); k >= 0 && k < end {
			end = k
		}
	}
	t := strings.TrimRight(s[:end], ".:")
	if n := len(strings.Fields(t)); n == 0 || n > maxTitleWords {
		return ""
	}
	return t
}

// maxTitleWords is the most words a list item's title has (listTitle).
const maxTitleWords = 8

// listNumber returns the number a passage opens with as a list item ("3.",
// "3)" and a space), or 0.
func listNumber(s string) int {
	s = strings.TrimSpace(s)
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(s) || s[k] != '.' && s[k] != ')' || s[k+1] != ' ' {
		return 0
	}
	n, _ := strconv.Atoi(s[:k])
	return n
}
