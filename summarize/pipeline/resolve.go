package pipeline

import (
	"context"

	"github.com/briefing-news/briefing/summarize"
)

// Engine is the pipeline's choice of engine for the options' Engine ("" and
// "auto": DefaultEngine): the one place it is made, for the pipeline's own run
// and for whoever keys an answer on it before the run (the result cache). An
// engine that is not configured is EINVALID.
func (p *Pipeline) Engine(asked string) (summarize.Engine, error) {
	return p.engine(asked)
}

// EngineIdentity names the engine that would answer asked, for a cache of
// answers: its name, and for an engine that is summarize.Identified (llm) its
// identity (endpoint, model, prompt version).
func (p *Pipeline) EngineIdentity(asked string) (name, identity string, err error) {
	e, err := p.engine(asked)
	if err != nil {
		return "", "", err
	}
	identity = e.Name()
	if id, ok := e.(summarize.Identified); ok {
		identity = id.Identity()
	}
	return e.Name(), identity, nil
}

// Fetch returns the request as sent with the pages of its articles sent by url
// alone fetched, their ids as assigned: the articles as resolved, which a cache of
// answers keys on before the run (a page that changed is a new briefing). The
// briefing of the result fetches nothing more. Without a Fetcher it returns
// checked as it is.
func (p *Pipeline) Fetch(ctx context.Context, checked summarize.Checked) (summarize.Checked, error) {
	if p.Fetcher == nil {
		return checked, nil
	}
	if len(checked.Run().Articles) == 0 {
		return checked, errUnchecked
	}
	// Fetched with the ids assigned, so that an error names the article.
	arts, err := p.fetch(ctx, checked.Run().Articles)
	if err != nil {
		return checked, err
	}
	asSent := checked.Sent().Articles
	if len(arts) != len(asSent) {
		return checked, summarize.Errorf(summarize.EINTERNAL, "fetch returned %d articles for %d", len(arts), len(asSent))
	}
	fetched := make([]summarize.Article, len(arts))
	for i, a := range arts {
		a.ID = asSent[i].ID
		fetched[i] = a
	}
	return checked.WithArticles(fetched), nil
}
