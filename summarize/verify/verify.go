package verify

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	wtext "github.com/briefing-news/briefing/summarize/text"
)

// Verify turns an engine's draft into a briefing whose every citation is checked:
// passage labels must name passages of the input; each is mapped to the articles
// that carry the passage, with the passage quoted as evidence. Unknown labels are
// dropped and named in the warnings.
//
// Every point is then checked against its cited passages (Index.Check, rules in
// support.go). A point they do not support is re-cited to the smallest set of at
// most three passages of the input that does (Index.Find), with a warning naming
// the correction. A point nothing supports is never shown as sourced: with
// Options.Unsupported "drop" (the default, and for a point with no valid
// citation) it goes to Briefing.UnsupportedPoints with what is missing, and a
// warning; with "flag" it stays, Support.Status "unsupported". A "partial" point
// (figures and names found, some wording not) stays with Support saying so.
func Verify(d *summarize.Draft, in *summarize.Input) *summarize.Briefing {
	return VerifyWith(context.Background(), d, in, nil)
}

// VerifyWith is Verify with the model's second opinion (model.go): when second
// is not nil, the points the rules leave partial for want of words alone are put
// to its Entailer under ctx before they are kept, flagged or dropped, and what
// the questions spent is a "verify" step of the briefing's usage.
func VerifyWith(ctx context.Context, d *summarize.Draft, in *summarize.Input, second *Second) *summarize.Briefing {
	idx := NewIndex(in.Passages, in.Articles)
	byID := make(map[string]*summarize.Passage, len(in.Passages))
	for i := range in.Passages {
		byID[in.Passages[i].ID] = &in.Passages[i]
	}
	order := make(map[string]int, len(in.Articles))
	for i, a := range in.Articles {
		order[a.ID] = i
	}

	b := &summarize.Briefing{
		Model:         d.Model,
		PromptVersion: d.PromptVersion,
		Headline:      strings.TrimSpace(d.Headline),
		Summary:       strings.TrimSpace(d.Summary),
		Usage:         d.Usage,
		Warnings:      append([]string(nil), d.Warnings...),
	}
	var unknown, recited, dropped, flagged, disputed []string
	// The points are judged by the rules first, then (second) by the model, then
	// kept, flagged or dropped.
	type judged struct {
		dp            summarize.DraftPoint
		text          string
		labels, valid []string
		r             Result
	}
	var js []judged
	if len(d.SummaryPassages) > 0 && b.Summary != "" {
		var bad []string
		b.SummaryCitations, bad = summaryCitations(d.SummaryPassages, byID, order)
		unknown = append(unknown, bad...)
		if len(b.SummaryCitations) == 0 {
			b.Summary = ""
			b.Warnings = append(b.Warnings, "dropped the summary: none of the passages it cites exists")
		}
	}
	for _, dp := range d.Points {
		if ctx.Err() != nil {
			break // the caller sees its context and answers with its error, not this briefing
		}
		text := strings.TrimSpace(dp.Text)
		if text == "" {
			continue
		}
		var labels, valid []string
		seen := make(map[string]bool, len(dp.Passages)) // a difference point may cite thousands
		for _, raw := range dp.Passages {
			label := summarize.NormalizeLabel(raw)
			if _, ok := byID[label]; !ok {
				unknown = append(unknown, strings.TrimSpace(raw))
				labels = append(labels, label)
				continue
			}
			if !seen[label] {
				seen[label] = true
				valid = append(valid, label)
				labels = append(labels, label)
			}
		}
		var r Result
		var claim *claim // read once for Check and Find
		if len(dp.Sides) == 0 {
			claim = idx.read(wtext.StripTimeAnchors(text))
		}
		switch {
		case len(dp.Sides) > 0:
			r = checkSides(idx, dp.Sides, byID)
		case len(valid) > 0:
			r = idx.check(claim, valid)
		}
		if !r.Supported() && len(dp.Sides) == 0 {
			if f := idx.find(claim); f.Supported() {
				recited = append(recited, fmt.Sprintf("%q from %s to %s", clip(text), orNone(valid), strings.Join(f.Passages, ", ")))
				valid, r = f.Passages, f
			} else if len(valid) == 0 {
				r = f
			}
		}
		js = append(js, judged{dp, text, labels, valid, r})
	}
	claims, results := make([]string, len(js)), make([]Result, len(js))
	for i, j := range js {
		claims[i], results[i] = j.text, j.r
	}
	by, spent, opinions, unanswered := second.review(ctx, claims, results)
	b.Usage = b.Usage.AddStep(summarize.StepVerify, spent)
	b.Unanswered = unanswered
	b.Warnings = append(b.Warnings, opinions...)
	for i, j := range js {
		dp, text, labels, valid, r := j.dp, j.text, j.labels, j.valid, results[i]
		support := summarize.Support{Status: r.Status, Unsupported: r.Unsupported, CheckedBy: by[i]}
		if r.Status == summarize.SupportUnsupported && (in.Options.Unsupported != summarize.UnsupportedFlag || len(valid) == 0) {
			b.UnsupportedPoints = append(b.UnsupportedPoints, summarize.UnsupportedPoint{
				Text: text, Citations: articlesOf(valid, byID, order), Passages: labels, Unsupported: r.Unsupported,
			})
			dropped = append(dropped, fmt.Sprintf("%q (not found: %s)", clip(text), missingText(r.Unsupported)))
			continue
		}
		if r.Status == summarize.SupportUnsupported {
			flagged = append(flagged, fmt.Sprintf("%q (not found: %s)", clip(text), missingText(r.Unsupported)))
		}
		pt := summarize.Point{Text: text, Support: support}
		cited := map[string]bool{}
		independent := map[string]bool{}
		for _, label := range valid {
			p := byID[label]
			for _, s := range p.Sources {
				if _, known := order[s]; known {
					cited[s] = true
				}
			}
			for _, s := range p.IndependentSources {
				if _, known := order[s]; known {
					independent[s] = true
				}
			}
			if _, known := order[p.Article]; known {
				pt.Evidence = append(pt.Evidence, summarize.Evidence{ArticleID: p.Article, PassageID: p.ID, Quote: p.Text})
			}
		}
		if len(cited) == 0 {
			b.UnsupportedPoints = append(b.UnsupportedPoints, summarize.UnsupportedPoint{Text: text, Passages: labels, Unsupported: r.Unsupported})
			dropped = append(dropped, fmt.Sprintf("%q (no valid citation)", clip(text)))
			continue
		}
		pt.Citations = sortedByOrder(cited, order)
		pt.SourcesCount = len(pt.Citations)
		pt.IndependentSourcesCount = len(independent)
		if len(dp.Sides) == 0 {
			if pt.Support.Disputed = oneSide(text, valid, in.Differences); len(pt.Support.Disputed) > 0 {
				disputed = append(disputed, fmt.Sprintf("%q", clip(text)))
			}
		}
		b.Points = append(b.Points, pt)
	}
	lists := make([][]summarize.Evidence, len(b.Points))
	for i := range b.Points {
		lists[i] = b.Points[i].Evidence
	}
	Quote(in, lists...)
	if len(unknown) > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("dropped %d citation(s) of passages that do not exist: %s", len(unknown), strings.Join(limitList(unknown, 10), ", ")))
	}
	if len(recited) > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("re-cited %d point(s) whose cited passages do not support them: %s", len(recited), strings.Join(limitList(recited, 10), "; ")))
	}
	if len(dropped) > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("dropped %d point(s) that no passage of the articles supports: %s", len(dropped), strings.Join(limitList(dropped, 10), "; ")))
	}
	if len(disputed) > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("%d point(s) state one side of a figure the sources dispute (see support.disputed and the differences): %s", len(disputed), strings.Join(limitList(disputed, 10), "; ")))
	}
	if len(flagged) > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("%d point(s) are shown flagged as unsupported: %s", len(flagged), strings.Join(limitList(flagged, 10), "; ")))
	}
	return b
}

// Quote sets each evidence item's Quote, Start and End from the article texts
// of the input (Input.Texts, by article): Quote is the passage's range of its
// article's text, Start and End its code-point offsets there. An item whose
// article has no text, or whose passage range does not fit it, keeps its quote
// with no offsets. Each article's text is read once, however many items quote it.
func Quote(in *summarize.Input, lists ...[]summarize.Evidence) {
	if len(in.Texts) == 0 {
		return
	}
	text := make(map[string]string, len(in.Articles))
	for i, a := range in.Articles {
		if i < len(in.Texts) {
			text[a.ID] = in.Texts[i]
		}
	}
	byID := make(map[string]*summarize.Passage, len(in.Passages))
	for i := range in.Passages {
		byID[in.Passages[i].ID] = &in.Passages[i]
	}
	type ref struct{ list, item int }
	refs := map[string][]ref{}
	spans := map[string][]summarize.Span{}
	for li, l := range lists {
		for ei, e := range l {
			p, t := byID[e.PassageID], text[e.ArticleID]
			if p == nil || p.Article != e.ArticleID || p.Start < 0 || p.End <= p.Start || p.End > len(t) ||
				!utf8.RuneStart(t[p.Start]) || (p.End < len(t) && !utf8.RuneStart(t[p.End])) {
				continue
			}
			refs[e.ArticleID] = append(refs[e.ArticleID], ref{li, ei})
			spans[e.ArticleID] = append(spans[e.ArticleID], summarize.Span{Start: p.Start, End: p.End})
		}
	}
	for id, sp := range spans {
		t := text[id]
		cp := summarize.CodePoints(t, sp)
		for k, r := range refs[id] {
			e := &lists[r.list][r.item]
			e.Quote = t[sp[k].Start:sp[k].End]
			e.Start, e.End = cp[k].Start, cp[k].End
		}
	}
}

// articlesOf maps passage labels to the articles that carry them, in request order.
func articlesOf(labels []string, byID map[string]*summarize.Passage, order map[string]int) []string {
	set := map[string]bool{}
	for _, l := range labels {
		if p, ok := byID[l]; ok {
			for _, s := range p.Sources {
				if _, known := order[s]; known {
					set[s] = true
				}
			}
		}
	}
	return sortedByOrder(set, order)
}

func missingText(ms []summarize.Missing) string {
	if len(ms) == 0 {
		return "too few of its words"
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return strings.Join(limitList(out, 8), ", ")
}

func orNone(labels []string) string {
	if len(labels) == 0 {
		return "no valid passage"
	}
	return strings.Join(labels, ", ")
}

// clip shortens a point's text for a warning.
func clip(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return s
}

func sortedByOrder(set map[string]bool, order map[string]int) []string {
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	// insertion sort: citation lists are short
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && order[out[j]] < order[out[j-1]]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func limitList(xs []string, n int) []string {
	if len(xs) <= n {
		return xs
	}
	return append(xs[:n:n], fmt.Sprintf("and %d more", len(xs)-n))
}

// summaryCitations maps the summary's passage labels to the articles that carry
// them, in request order, and returns the labels that name no passage.
func summaryCitations(labels []string, byID map[string]*summarize.Passage, order map[string]int) ([]string, []string) {
	cited := map[string]bool{}
	var unknown []string
	for _, raw := range labels {
		p, ok := byID[summarize.NormalizeLabel(raw)]
		if !ok {
			unknown = append(unknown, strings.TrimSpace(raw))
			continue
		}
		for _, s := range p.Sources {
			if _, known := order[s]; known {
				cited[s] = true
			}
		}
	}
	if len(cited) == 0 {
		return nil, unknown
	}
	return sortedByOrder(cited, order), unknown
}

// checkSides checks a point that joins several claims (the sides of a disputed
// figure) claim by claim, each against its own passages: the point is supported
// when every side is, and what a side lacks is what the point lacks.
func checkSides(idx *Index, sides []summarize.DraftPoint, byID map[string]*summarize.Passage) Result {
	out := Result{Status: summarize.SupportSupported}
	for _, side := range sides {
		var labels []string
		for _, raw := range side.Passages {
			if l := summarize.NormalizeLabel(raw); byID[l] != nil {
				labels = append(labels, l)
			}
		}
		r := Result{Status: summarize.SupportUnsupported}
		if len(labels) > 0 {
			r = idx.Check(side.Text, labels)
		}
		if !r.Supported() {
			out.Status = summarize.SupportUnsupported
			out.Unsupported = append(out.Unsupported, r.Unsupported...)
		}
		out.Passages = append(out.Passages, labels...)
	}
	return out
}

// oneSide returns the other sides of every disputed figure (a Difference labelled
// conflict) of which the point states one side alone: it cites a passage that
// gives that side, its text carries that side's figure, and it carries no other
// side's. Figures are compared as the support checker reads them ("6,000" is
// "6000", "five" is "5").
func oneSide(text string, cited []string, diffs []summarize.Difference) []summarize.DifferenceValue {
	var out []summarize.DifferenceValue
	var have map[string]bool
	for _, d := range diffs {
		if d.Label != summarize.LabelConflict || len(d.Values) < 2 {
			continue
		}
		if have == nil {
			have = figureKeys(text)
		}
		stated := -1
		for i, v := range d.Values {
			if !figuresIn(v.Value, have) {
				continue
			}
			if stated >= 0 {
				stated = -2 // two sides named: the point says they differ
				break
			}
			if slices.ContainsFunc(v.Passages, func(p string) bool { return slices.Contains(cited, p) }) {
				stated = i
			}
		}
		if stated < 0 {
			continue
		}
		for i, v := range d.Values {
			if i != stated {
				out = append(out, v)
			}
		}
	}
	return out
}

// figureKeys is the set of canonical figures of a text.
func figureKeys(s string) map[string]bool {
	keys := map[string]bool{}
	for _, f := range figures(lex(s), false) {
		keys[f.key] = true
	}
	return keys
}

// figuresIn reports whether every figure of value is in keys (and value has one).
func figuresIn(value string, keys map[string]bool) bool {
	fs := figures(lex(value), true)
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if !keys[f.key] {
			return false
		}
	}
	return true
}
