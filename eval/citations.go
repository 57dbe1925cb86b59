package eval

import (
	"fmt"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

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
// Support is the share of points that the briefing's own support checker
// (summarize/verify, the rules in its support.go) calls "supported" against the
// point's evidence quotes taken together. A quote counts only when its article is
// one of the point's valid citations and its tokens occur, in order and
// contiguous, in that article's text; a point without any such quote is checked
// against the sentences of its valid cited articles instead (the smallest set of
// at most three that supports it). A point with no valid citation is unsupported.
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
		var evidence []summarize.Passage
		var ids []string
		for _, e := range p.Evidence {
			if !valid[e.ArticleID] {
				continue
			}
			q := Tokenize(e.Quote, false)
			if len(q) > 0 && containsSeq(articleTokens(e.ArticleID), q) {
				id := fmt.Sprintf("E%d", len(evidence)+1)
				evidence = append(evidence, summarize.Passage{ID: id, Text: e.Quote, Article: e.ArticleID, Sources: []string{e.ArticleID}})
				ids = append(ids, id)
			}
		}
		ok := false
		if len(evidence) > 0 {
			ok = verify.NewIndex(evidence, articles).Check(pointText(p), ids).Supported()
		} else if len(valid) > 0 {
			for _, c := range p.Citations {
				if !valid[c] {
					continue
				}
				for _, s := range splitSentences(articleText(byID[c])) {
					evidence = append(evidence, summarize.Passage{ID: fmt.Sprintf("S%d", len(evidence)+1), Text: s, Article: c, Sources: []string{c}})
				}
			}
			ok = verify.NewIndex(evidence, articles).Find(pointText(p)).Supported()
		}
		if len(valid) > 0 && ok {
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
