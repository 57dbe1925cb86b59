package eval

import (
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// SupportThreshold is the share of a point's content tokens that its evidence
// must contain for the point to count as supported.
const SupportThreshold = 0.5

// CitationResult holds citation validity and support for one briefing.
type CitationResult struct {
	// Citations counts the article citations of all points; Valid those naming
	// an article of the case.
	Citations int `json:"citations"`
	Valid     int `json:"valid"`
	// Validity is Valid/Citations (0 when there are no citations).
	Validity float64 `json:"validity"`
	// Points counts the points; Supported those whose evidence carries them.
	Points    int `json:"points"`
	Supported int `json:"supported"`
	// Support is Supported/Points (0 when there are no points).
	Support float64 `json:"support"`
	// Unsupported lists the text of the points that are not supported.
	Unsupported []string `json:"unsupported,omitempty"`
	// Invalid lists the citations that name no article of the case.
	Invalid []string `json:"invalid,omitempty"`
}

// Citations checks the points of a briefing against the case's articles.
//
// Validity is the share of point citations that name an article of the case.
//
// Support is the share of points whose evidence shares enough content with the
// point: at least SupportThreshold (50%) of the point's distinct content tokens
// (as for key facts, numbers included) appear in the union of its evidence
// quotes, and so does every number of the point (normalized as for key facts). A quote counts only when its article is one of the point's
// valid citations and its tokens occur, in order and contiguous, in that
// article's text; a point without any such quote is compared with the whole
// text of its valid cited articles instead. A point with no valid citation is
// unsupported.
func Citations(b *summarize.Briefing, articles []summarize.Article) CitationResult {
	var res CitationResult
	if b == nil {
		return res
	}
	byID := make(map[string]summarize.Article, len(articles))
	toks := make(map[string][]string, len(articles))
	for _, a := range articles {
		byID[a.ID] = a
	}
	articleTokens := func(id string) []string {
		if t, ok := toks[id]; ok {
			return t
		}
		t := Tokenize(articleText(byID[id]), false)
		toks[id] = t
		return t
	}
	for _, p := range b.Points {
		res.Points++
		valid := map[string]bool{}
		for _, c := range p.Citations {
			res.Citations++
			if _, ok := byID[c]; ok {
				res.Valid++
				valid[c] = true
			} else {
				res.Invalid = append(res.Invalid, c)
			}
		}
		var evidence []string
		for _, e := range p.Evidence {
			if !valid[e.ArticleID] {
				continue
			}
			q := Tokenize(e.Quote, false)
			if len(q) > 0 && containsSeq(articleTokens(e.ArticleID), q) {
				evidence = append(evidence, e.Quote)
			}
		}
		if len(evidence) == 0 {
			for id := range valid {
				evidence = append(evidence, articleText(byID[id]))
			}
		}
		if len(valid) > 0 && supports(strings.Join(evidence, "\n"), pointText(p)) {
			res.Supported++
		} else {
			res.Unsupported = append(res.Unsupported, p.Text)
		}
	}
	if res.Citations > 0 {
		res.Validity = float64(res.Valid) / float64(res.Citations)
	}
	if res.Points > 0 {
		res.Support = float64(res.Supported) / float64(res.Points)
	}
	return res
}

// supports reports whether evidence holds at least SupportThreshold of the
// point's distinct content tokens and numbers, and every number of the point.
func supports(evidence, point string) bool {
	pnums := numbers(point, false)
	want := set(append(contentTokens(point), pnums...))
	if len(want) == 0 {
		return true
	}
	have := set(append(contentTokens(evidence), numbers(evidence, true)...))
	for _, n := range pnums {
		if !have[n] {
			return false
		}
	}
	hit := 0
	for t := range want {
		if have[t] {
			hit++
		}
	}
	return float64(hit)/float64(len(want)) >= SupportThreshold-1e-9
}

// containsSeq reports whether needle occurs contiguously in hay.
func containsSeq(hay, needle []string) bool {
	if len(needle) == 0 {
		return true
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j := range needle {
			if hay[i+j] != needle[j] {
				continue outer
			}
		}
		return true
	}
	return false
}
