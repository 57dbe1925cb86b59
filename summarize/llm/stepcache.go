package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strconv"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
)

// The hook between the planner and the calls of a step (pool.submit calls askStep
// instead of ask). It is kept apart from the planner on purpose: the planner can
// change how it plans without touching it, as long as map calls go through the pool.
//
//   - Step cache: a map call whose chunk was seen before, at the same endpoint
//     (Endpoint: scheme, host, port and path, never the key), with the same model,
//     prompt version and options, is answered from summarize.StepCacheFrom(ctx)
//     without a model call (its usage is zero). The key is the call's user prompt
//     without its first words ("This is part 3 of 9"): the passages of the chunk
//     with their labels and source counts, and the options in the prompt. Labels are
//     in the key, so a cached note never cites a passage that is not the one it read.
//   - Progress: every call of a step that ends well is reported to
//     summarize.ReportProgress, with the number of parts of a map step as Total.

// partHeader is the opening of the map template (prompts/templates/map.tmpl).
var partHeader = regexp.MustCompile(`^This is part (\d+) of (\d+)`)

// stepKeyVersion changes when what a cached step holds changes.
const stepKeyVersion = "llm-map/2"

func (e *Engine) stepKey(r request) string {
	h := sha256.New()
	user := r.user
	if loc := partHeader.FindStringIndex(user); loc != nil {
		user = user[loc[1]:]
	}
	for _, s := range []string{stepKeyVersion, e.endpoint, e.cfg.Model, prompts.Version, user} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "map:" + hex.EncodeToString(h.Sum(nil))
}

// askStep is ask with the step cache and the progress report.
func (e *Engine) askStep(ctx context.Context, r request) (reply, error) {
	cache := summarize.StepCacheFrom(ctx)
	key := ""
	if cache != nil && r.kind == KindMap {
		key = e.stepKey(r)
		if v, ok := cache.Get(ctx, key); ok {
			var points []summarize.DraftPoint
			if err := json.Unmarshal(v, &points); err == nil {
				e.reportStep(ctx, r, true)
				return reply{draft: &summarize.Draft{Points: points}}, nil
			}
		}
	}
	rep, err := e.ask(ctx, r)
	if err != nil {
		return rep, err
	}
	// An answer the endpoint truncated is used once but not kept.
	if key != "" && rep.draft != nil && rep.truncated == "" {
		if v, err := json.Marshal(rep.draft.Points); err == nil {
			cache.Put(ctx, key, v)
		}
	}
	e.reportStep(ctx, r, false)
	return rep, nil
}

func (e *Engine) reportStep(ctx context.Context, r request, cached bool) {
	ev := summarize.ProgressEvent{Kind: summarize.ProgressProgress, Engine: summarize.EngineLLM, Stage: r.kind, Cached: cached}
	if r.kind == KindMap {
		ev.Strategy = "map-reduce"
		if m := partHeader.FindStringSubmatch(r.user); m != nil {
			ev.Total, _ = strconv.Atoi(m[2])
		}
	}
	summarize.ReportProgress(ctx, ev)
}
