package fetch

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/briefing-news/briefing/summarize"
)

// Fetch completes every article sent by url alone (summarize.Article.URLOnly): its
// html is the page, and its source, title and published_at come from the page
// where the client sent none. Other articles, and every field the client sent,
// are returned as they were. At most Config.Concurrency pages are fetched at once.
//
// Articles must have their ids (summarize.Request.WithDefaults). When pages cannot
// be fetched, the error is a *summarize.Error with code EINVALID naming each such
// article and why; when ctx ends first, ETIMEOUT.
func (f *Fetcher) Fetch(ctx context.Context, articles []summarize.Article) ([]summarize.Article, error) {
	out := make([]summarize.Article, len(articles))
	copy(out, articles)
	var todo []int
	for i, a := range articles {
		if a.URLOnly() {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return out, nil
	}
	errs := make([]error, len(articles))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(f.cfg.Concurrency, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p, err := f.Page(ctx, articles[i].URL)
				if err != nil {
					errs[i] = err
					continue
				}
				out[i] = complete(articles[i], p)
			}
		}()
	}
send:
	for _, i := range todo {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break send
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, &summarize.Error{Code: summarize.ETIMEOUT, Message: "the request was cancelled while its pages were fetched", Err: err}
	}
	var problems summarize.Problems
	var causes []error
	for _, i := range todo {
		if errs[i] == nil {
			continue
		}
		causes = append(causes, errs[i])
		reason := "the page could not be fetched"
		var fe *Error
		if errors.As(errs[i], &fe) {
			reason = fe.Reason
		}
		if len(problems) < 20 {
			problems = append(problems, fmt.Sprintf("article %s: its page %s could not be fetched: %s", articles[i].ID, short(redact(articles[i].URL)), reason))
		}
	}
	if len(problems) == 0 {
		return out, nil
	}
	msg := problems[0]
	if len(problems) > 1 {
		msg = fmt.Sprintf("%d problems: %s", len(problems), problems.Error())
	}
	return nil, &summarize.Error{Code: summarize.EINVALID, Message: msg, Err: errors.Join(append([]error{problems}, causes...)...)}
}

// complete fills an article from its page: the html, and the source, title and
// date of publication the client left out.
func complete(a summarize.Article, p *Page) summarize.Article {
	a.Text = ""
	a.HTML = p.HTML
	if a.Source == "" {
		a.Source = p.SiteName
	}
	if a.Title == "" {
		a.Title = p.Title
	}
	if a.PublishedAt == nil && p.PublishedAt != nil {
		t := *p.PublishedAt
		a.PublishedAt = &t
	}
	return a
}
