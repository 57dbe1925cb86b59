package main

import (
	"context"
	"io"
	"runtime"
	"strings"

	"github.com/briefing-news/briefing/eval/extraction"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/normalize"
)

// runExtractionEval measures extraction on an annotated page set (see
// eval/extraction): ours, the merged passages of each page sent alone as an
// html article, and go-trafilatura alone with the options ours gives it; one
// row per page family. out, when not empty, receives the report as JSON with
// every page's counts.
func runExtractionEval(ctx context.Context, cfg *config, dir, out string, stdout, stderr io.Writer) error {
	pages, err := extraction.Load(dir)
	if err != nil {
		return err
	}
	p, _, err := cfg.build(cfg.logger(stderr), nil)
	if err != nil {
		return err
	}
	// One page is one article; real pages may exceed the service's limits.
	p.Limits.MaxArticleChars = 1 << 30
	p.Limits.MaxHTMLBytes = 1 << 30
	p.Limits.MaxTotalTokens = 1 << 30
	ours := func(ctx context.Context, pg extraction.Page) (string, error) {
		rep, err := p.Merge(ctx, summarize.Request{Articles: []summarize.Article{{ID: "a1", Source: "page", HTML: pg.HTML, URL: pg.URL}}})
		if err != nil {
			return "", err
		}
		texts := make([]string, len(rep.Result.Passages))
		for i, ps := range rep.Result.Passages {
			texts[i] = ps.Text
		}
		return strings.Join(texts, " "), nil
	}
	library := func(_ context.Context, pg extraction.Page) (string, error) {
		return normalize.LibraryText(pg.HTML, pg.URL)
	}
	rep, err := extraction.Measure(ctx, pages, []extraction.Extractor{{Name: "ours", Extract: ours}, {Name: "library", Extract: library}}, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	rep.Table(stdout)
	return writeReport(out, rep, stdout)
}
