package pipeline

import (
	"context"
	"strings"

	"github.com/briefing-news/briefing/summarize"
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
	return feed, nil
}
