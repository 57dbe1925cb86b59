package summarize

import "context"

// StepCache keeps the results of an engine's steps (the llm engine's map calls) by
// a key the engine derives from the step's content: the same chunk of passages with
// the same model, prompt version and options gives the same key, so briefing a
// story again after one article was added pays only for the chunks that changed.
// Get reports a miss as false; Put is best effort (a failed write is a later miss).
// Implementations must be safe for concurrent use: an engine calls them from
// parallel steps. api/jobs implements it on its store.
type StepCache interface {
	Get(ctx context.Context, key string) ([]byte, bool)
	Put(ctx context.Context, key string, v []byte)
}

type stepCacheKey struct{}

// WithStepCache returns ctx carrying c for the engines of one briefing. It travels
// in the context, not in an engine's configuration, because it is a per-request
// choice: a request that bypasses the caches (Cache-Control: no-cache) runs
// without one.
func WithStepCache(ctx context.Context, c StepCache) context.Context {
	return context.WithValue(ctx, stepCacheKey{}, c)
}

// StepCacheFrom returns the step cache ctx carries, or nil.
func StepCacheFrom(ctx context.Context) StepCache {
	c, _ := ctx.Value(stepCacheKey{}).(StepCache)
	return c
}
