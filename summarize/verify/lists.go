package verify

import (
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// listCounts reads the numbered lists of the request: a passage that ends with
// a colon ("Here are some of our popular products that I believe would be
// perfect for your office:") followed, in its article, by passages that open
// with "1.", "2.", … "N." (or "1)"), other passages between them allowed
// (an item's description), counts N things. It returns, by passage, the count
// its list gives: such a passage carries the figure N ("He suggests four
// products") as it would if it wrote it. A list must have two items or more,
// and its numbers must follow one another; a number out of turn ends it.
func listCounts(passages []summarize.Passage) map[int]int {
	var out map[int]int
	for i := 0; i+1 < len(passages); i++ {
		intro := strings.TrimSpace(passages[i].Text)
		if !strings.HasSuffix(intro, ":") || listNumber(passages[i+1].Text) != 1 || passages[i+1].Article != passages[i].Article {
			continue
		}
		n := 1
		for j := i + 2; j < len(passages) && passages[j].Article == passages[i].Article; j++ {
			k := listNumber(passages[j].Text)
			if k == n+1 {
				n = k
			} else if k != 0 {
				break
			}
			if strings.HasSuffix(strings.TrimSpace(passages[j].Text), ":") {
				break // another list's opening
			}
		}
		if n >= 2 {
			if out == nil {
				out = map[int]int{}
			}
			out[i] = n
		}
	}
	return out
}

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
