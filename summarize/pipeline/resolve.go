package pipeline

import (
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
