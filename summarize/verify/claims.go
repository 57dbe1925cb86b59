package verify

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// CheckClaims checks claims against the passages of in (the rules in
// support.go), for POST /v1/check and briefing check. A claim that cites
// articles is looked for first among the passages those articles carry; when
// they do not support it and other articles do, it is answered with those and a
// warning naming the correction. A claim without citations is looked for among
// every passage. Citations and Evidence name the passages found (none when the
// claim is unsupported), the evidence quoting the articles' texts with offsets
// when in.Texts has them.
func CheckClaims(in *summarize.Input, claims []summarize.Claim) ([]summarize.ClaimResult, []string) {
	out, warnings, _ := CheckClaimsWith(context.Background(), in, claims, nil)
	return out, warnings
}

// CheckClaimsWith is CheckClaims with the model's second opinion (model.go), as
// VerifyWith: the claims the rules leave partial for want of words alone are put
// to second's Entailer under ctx. The usage is what the questions spent, as
// totals and one "verify" step (none when nothing was asked); nil when second
// is nil.
func CheckClaimsWith(ctx context.Context, in *summarize.Input, claims []summarize.Claim, second *Second) ([]summarize.ClaimResult, []string, *summarize.Usage) {
	all := NewIndex(in.Passages, in.Articles)
	byID := make(map[string]*summarize.Passage, len(in.Passages))
	for i := range in.Passages {
		byID[in.Passages[i].ID] = &in.Passages[i]
	}
	order := make(map[string]int, len(in.Articles))
	for i, a := range in.Articles {
		order[a.ID] = i
	}
	sub := map[string]*Index{} // by cited articles, sorted and joined
	var warnings, recited []string
	out := make([]summarize.ClaimResult, len(claims))
	texts, results := make([]string, len(claims)), make([]Result, len(claims))
	for i, c := range claims {
		if ctx.Err() != nil {
			break // the caller sees its context and answers with its error
		}
		text := strings.TrimSpace(c.Text)
		var r Result
		cited := citedSet(c.Citations, order)
		if len(cited) > 0 {
			key := strings.Join(cited, "\x00")
			x, ok := sub[key]
			if !ok {
				var ps []summarize.Passage
				for _, p := range in.Passages {
					if slices.ContainsFunc(p.Sources, func(s string) bool { return slices.Contains(cited, s) }) {
						ps = append(ps, p)
					}
				}
				x = NewIndex(ps, in.Articles)
				sub[key] = x
			}
			r = x.Find(text)
			if !r.Supported() {
				if f := all.Find(text); f.Supported() {
					recited = append(recited, fmt.Sprintf("claim %d from %s to %s", i+1, strings.Join(cited, ", "), strings.Join(articlesOf(f.Passages, byID, order), ", ")))
					r = f
				}
			}
		} else {
			r = all.Find(text)
		}
		texts[i], results[i] = text, r
	}
	by, spent, opinions, _ := second.review(ctx, texts, results)
	for i, r := range results {
		res := summarize.ClaimResult{Text: texts[i], Status: r.Status, Unsupported: r.Unsupported, CheckedBy: by[i]}
		if r.Status != summarize.SupportUnsupported {
			res.Citations = articlesOf(r.Passages, byID, order)
			for _, id := range r.Passages {
				p := byID[id]
				if _, known := order[p.Article]; known {
					res.Evidence = append(res.Evidence, summarize.Evidence{ArticleID: p.Article, PassageID: p.ID, Quote: p.Text})
				}
			}
		}
		out[i] = res
	}
	lists := make([][]summarize.Evidence, len(out))
	for i := range out {
		lists[i] = out[i].Evidence
	}
	Quote(in, lists...)
	if len(recited) > 0 {
		warnings = append(warnings, fmt.Sprintf("%d claim(s) are not supported by the articles they cite but by others: %s", len(recited), strings.Join(limitList(recited, 10), "; ")))
	}
	warnings = append(warnings, opinions...)
	if second == nil {
		return out, warnings, nil
	}
	u := summarize.Usage{}.AddStep(summarize.StepVerify, spent)
	return out, warnings, &u
}

// citedSet is the known article ids of a claim's citations, in request order.
func citedSet(ids []string, order map[string]int) []string {
	set := map[string]bool{}
	for _, id := range ids {
		if _, ok := order[id]; ok {
			set[id] = true
		}
	}
	return sortedByOrder(set, order)
}
