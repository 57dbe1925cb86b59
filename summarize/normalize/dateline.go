package normalize

import (
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize/text"
)

// StripDateline removes a wire dateline from the start of each paragraph: it
// says where the story was filed, not what happened, and a rewrite of the same
// copy without it should read the same. It is usually the first paragraph's,
// but pasted pages put a standfirst before it, and live pages open every update
// with one. paras is not modified.
func StripDateline(paras []string) []string {
	var out []string
	for i, p := range paras {
		p = strings.TrimLeftFunc(p, unicode.IsSpace)
		n := text.DatelineEnd(p)
		if n == 0 {
			continue
		}
		if out == nil {
			out = append([]string(nil), paras...)
		}
		out[i] = p[n:]
	}
	if out == nil {
		return paras
	}
	return out
}
