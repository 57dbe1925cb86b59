package summarize

import "context"

// Kinds of ProgressEvent.
const (
	ProgressMerge    = "merge"    // the merge is done: Merge holds its statistics
	ProgressPlan     = "plan"     // the engine's plan: Engine, Strategy and the Total calls planned (0: not known yet)
	ProgressProgress = "progress" // a model call ended: Stage, Done of Total (Total 0: not known), Cached
	ProgressWarning  = "warning"  // Message is a warning for the client
)

// ProgressEvent is what a stage tells about one briefing while it runs. The
// terminal outcome (the briefing or the error) is not an event: it is what Brief
// returns.
type ProgressEvent struct {
	Kind     string
	Merge    *MergeStats
	Engine   string
	Strategy string // "single" or "map-reduce", when known
	Stage    string // "map", "reduce" …
	Done     int
	Total    int
	Cached   bool // the step was answered from a StepCache, no model call
	Message  string
}

// ProgressFunc receives the events of one briefing. It may be called from parallel
// steps and must be safe for concurrent use; it should not block for long.
type ProgressFunc func(ProgressEvent)

type progressKey struct{}

// WithProgress returns ctx carrying f for the stages of one briefing.
func WithProgress(ctx context.Context, f ProgressFunc) context.Context {
	return context.WithValue(ctx, progressKey{}, f)
}

// ReportProgress tells ctx's ProgressFunc about ev; without one it does nothing.
func ReportProgress(ctx context.Context, ev ProgressEvent) {
	if f, ok := ctx.Value(progressKey{}).(ProgressFunc); ok && f != nil {
		f(ev)
	}
}
