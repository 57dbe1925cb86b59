package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/briefing-news/briefing/summarize/stories"
)

// Stories groups a checked feed into stories: fetch (articles sent by url
// alone), normalize (html to story text, the title and published time a page
// gives of itself), then stories.Group. The result names the articles by their
// ids as checked (assigned a1, a2… when the client gave none).
func (p *Pipeline) Stories(ctx context.Context, checked summarize.Checked, opt stories.Options) (stories.Result, error) {
	req := checked.Run()
	if len(req.Articles) == 0 {
		return stories.Result{}, errUnchecked
	}
	feed, err := p.feed(ctx, req.Articles)
	if err != nil {
		return stories.Result{}, err
	}
	if err := cancelled(ctx); err != nil {
		return stories.Result{}, err
	}
	return stories.Group(feed, opt), nil
}

// FeedArticles fetches and normalizes a checked feed into the stories
// package's form (story text, title and published time), in request order: what
// a store of stories keeps of each article and brings to Feed.Add.
func (p *Pipeline) FeedArticles(ctx context.Context, checked summarize.Checked) ([]stories.Article, error) {
	req := checked.Run()
	if len(req.Articles) == 0 {
		return nil, errUnchecked
	}
	return p.feed(ctx, req.Articles)
}

// feed normalizes articles into the stories package's form.
func (p *Pipeline) feed(ctx context.Context, articles []summarize.Article) ([]stories.Article, error) {
	articles, err := p.fetch(ctx, articles)
	if err != nil {
		return nil, err
	}
	pages, _, err := p.normalize(ctx, articles)
	if err != nil {
		return nil, err
	}
	return feedOf(pages), nil
}

// feedOf is the pages in the stories package's form: title, story text,
// published time.
func feedOf(pages []normalize.Page) []stories.Article {
	feed := make([]stories.Article, len(pages))
	var b strings.Builder
	for i, pg := range pages {
		b.Reset()
		for _, para := range pg.Paragraphs {
			b.WriteString(para.Text)
			b.WriteByte('\n')
		}
		a := pg.Article
		feed[i] = stories.Article{ID: a.ID, Source: a.Source, Title: a.Title, Text: b.String(), Published: a.PublishedAt}
	}
	return feed
}

// briefPassages is passages for a briefing: fetch → normalize, then the
// articles that share no event with the rest left out (stories.OffTopic; unless
// Options.OffTopic is keep), then segment → merge on the others. It returns the
// articles left out, in request order.
func (p *Pipeline) briefPassages(ctx context.Context, req summarize.Request) ([]normalize.Page, []merge.Doc, summarize.MergeResult, []summarize.Article, error) {
	articles, err := p.fetch(ctx, req.Articles)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, nil, err
	}
	counts := &tokenCounts{c: p.Tokenizer, m: map[string]int{}}
	pages, capped, err := p.normalize(ctx, articles)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, nil, err
	}
	var off []summarize.Article
	if req.Options.OffTopic != summarize.OffTopicKeep {
		pages, off = splitOffTopic(pages)
	}
	docs, err := p.segment(ctx, pages, capped, counts)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, nil, err
	}
	merged, err := p.merge(ctx, pages, docs, counts)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, nil, err
	}
	return pages, docs, merged, off, nil
}

// splitOffTopic returns the pages that share an event, and the articles of those
// that share none with the rest.
//
// Articles are compared only with articles of their own language (their words
// are what tells an event apart): an article in a language no other article
// is in is never the stray, and a mixed cluster is not cut down to its largest
// language.
func splitOffTopic(pages []normalize.Page) ([]normalize.Page, []summarize.Article) {
	groups := map[string][]int{}
	var order []string
	for i, pg := range pages {
		base := summarize.BaseLanguage(pg.Article.Language)
		if _, ok := groups[base]; !ok {
			order = append(order, base)
		}
		groups[base] = append(groups[base], i)
	}
	var idx []int
	for _, base := range order {
		members := groups[base]
		group := make([]normalize.Page, len(members))
		for k, i := range members {
			group[k] = pages[i]
		}
		for _, k := range stories.OffTopic(feedOf(group), stories.Options{}) {
			idx = append(idx, members[k])
		}
	}
	slices.Sort(idx)
	if len(idx) == 0 {
		return pages, nil
	}
	kept := make([]normalize.Page, 0, len(pages)-len(idx))
	var off []summarize.Article
	for i, pg := range pages {
		if len(idx) > 0 && idx[0] == i {
			idx = idx[1:]
			off = append(off, pg.Article)
			continue
		}
		kept = append(kept, pg)
	}
	return kept, off
}

// noteOffTopic names the articles left out in the briefing's coverage and
// warnings.
func noteOffTopic(b *summarize.Briefing, off []summarize.Article) {
	for _, a := range off {
		b.Coverage.OffTopic = append(b.Coverage.OffTopic, a.ID)
		what := a.ID
		if a.Source != "" {
			what += " (" + a.Source + ")"
		}
		b.Warnings = append(b.Warnings, fmt.Sprintf("article %s shares no event with the other articles: it is left out of the briefing (options.off_topic: keep keeps it)", what))
	}
}
