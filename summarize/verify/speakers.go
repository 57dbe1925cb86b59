package verify

import (
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
)

// speakers reads the speakers of each article that is a dialogue or a
// transcript: a label of one to three capitalized words and a colon that opens
// two of its passages or more ("Clare: Yep. Mine too", "Professor B: But the
// discourse …"). It returns, by article, the labels' words in lower case.
// A speaker is named by the whole conversation, not by the lines that open
// with the name alone: "Bridget and Clare discuss their favourite
// destinations, including Portishead, Whitsunday Island and Whitehaven Beach"
// names places from three of Bridget's lines and Clare from her own, four
// passages where a claim is checked against three.
func speakers(passages []summarize.Passage) map[string][]string {
	type label struct{ article, text string }
	count := map[label]int{}
	var order []label
	for _, p := range passages {
		if t := speakerLabel(p.Text); t != "" {
			l := label{p.Article, t}
			if count[l] == 0 {
				order = append(order, l)
			}
			count[l]++
		}
	}
	var out map[string][]string
	for _, l := range order {
		if count[l] < 2 {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		for _, w := range strings.Fields(l.text) {
			out[l.article] = append(out[l.article], strings.ToLower(w))
		}
	}
	return out
}

// speakerLabel returns the label a passage opens with ("Clare" of "Clare:
// Yep."), or "": one to three words, each opening with a capital letter and
// made of letters, digits, periods, apostrophes and hyphens, then a colon and
// a space or the end.
func speakerLabel(s string) string {
	s = strings.TrimSpace(s)
	end := strings.IndexByte(s, ':')
	if end <= 0 || end > 40 || end+1 < len(s) && s[end+1] != ' ' {
		return ""
	}
	label := s[:end]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 || strings.Join(words, " ") != label {
		return ""
	}
	for _, w := range words {
		for i, r := range w {
			switch {
			case i == 0 && !unicode.IsUpper(r):
				return ""
			case !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".'’-", r):
				return ""
			}
		}
	}
	return label
}
