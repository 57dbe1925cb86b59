package jobs

import (
	"sync"

	"github.com/briefing-news/briefing/summarize"
)

// Fold turns a briefing's progress into its events: merge, plan (again once the
// map step's calls are known), progress (done/total per stage, model calls of one
// stage counted here), warning, and at the end the briefing's own warnings. It is
// the one recipe for both a job's stored events (the worker) and the events of a
// briefing streamed to its client (api's POST /v1/briefings with Accept:
// text/event-stream), so that the two say the same for the same briefing. The
// terminal event (briefing or error) is the caller's.
type Fold struct {
	mu   sync.Mutex
	emit func(ev Event, p Progress)
	p    Progress
	// planned is the calls of the map step once known: the plan event is sent
	// again with them.
	planned int
}

// NewFold returns a Fold that hands each event to emit with the progress so far
// (a job's progress column). emit is called with the Fold's lock held, one event
// at a time, in order.
func NewFold(emit func(ev Event, p Progress)) *Fold {
	return &Fold{emit: emit}
}

// Report folds one progress event of the pipeline; it is a summarize.ProgressFunc.
func (f *Fold) Report(ev summarize.ProgressEvent) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch ev.Kind {
	case summarize.ProgressMerge:
		f.p = Progress{Stage: "merge"}
		if ev.Merge != nil {
			f.emit(Event{Kind: EventMerge, Merge: ev.Merge}, f.p)
		}
	case summarize.ProgressPlan:
		f.emit(Event{Kind: EventPlan, Plan: &Plan{Engine: ev.Engine, Strategy: ev.Strategy, Calls: ev.Total}}, f.p)
	case summarize.ProgressWarning:
		f.emit(Event{Kind: EventWarning, Warning: ev.Message}, f.p)
	case summarize.ProgressProgress:
		if ev.Stage != f.p.Stage {
			f.p = Progress{Stage: ev.Stage}
		}
		if ev.Stage == "map" && ev.Total > 0 && ev.Total != f.planned {
			f.planned = ev.Total
			f.emit(Event{Kind: EventPlan, Plan: &Plan{Engine: ev.Engine, Strategy: ev.Strategy, Calls: ev.Total}}, f.p)
		}
		f.p.Done++
		f.p.Total = max(ev.Total, f.p.Done)
		if ev.Total == 0 {
			f.p.Total = 0
		}
		p := f.p
		f.emit(Event{Kind: EventProgress, Progress: &p, Cached: ev.Cached}, f.p)
	}
}

// Briefed sends the warnings of the finished briefing b, one warning event each,
// before the caller's terminal event.
func (f *Fold) Briefed(b *summarize.Briefing) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, w := range b.Warnings {
		f.emit(Event{Kind: EventWarning, Warning: w}, f.p)
	}
}
