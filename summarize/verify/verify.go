package verify

import (
	"fmt"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// Verify turns an engine's draft into a briefing whose every citation is checked:
// passage labels must name passages of the input; each is mapped to the articles
// that carry the passage, with the passage quoted as evidence. Unknown labels are
// dropped and named in the warnings; a point left with no valid citation is dropped
// and counted in the warnings, so nothing is shown as sourced that is not.
func Verify(d *summarize.Draft, in *summarize.Input) *summarize.Briefing {
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
	var unknown []string
	dropped := 0
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
		text := strings.TrimSpace(dp.Text)
		if text == "" {
			continue
		}
		pt := summarize.Point{Text: text}
		cited := map[string]bool{}
		independent := map[string]bool{}
		seenPassage := map[string]bool{}
		for _, raw := range dp.Passages {
			label := summarize.NormalizeLabel(raw)
			p, ok := byID[label]
			if !ok {
				unknown = append(unknown, strings.TrimSpace(raw))
				continue
			}
			if seenPassage[label] {
				continue
			}
			seenPassage[label] = true
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
			dropped++
			continue
		}
		pt.Citations = sortedByOrder(cited, order)
		pt.SourcesCount = len(pt.Citations)
		pt.IndependentSourcesCount = len(independent)
		b.Points = append(b.Points, pt)
	}
	if len(unknown) > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("dropped %d citation(s) of passages that do not exist: %s", len(unknown), strings.Join(limitList(unknown, 10), ", ")))
	}
	if dropped > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("dropped %d point(s) left with no valid citation", dropped))
	}
	return b
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
