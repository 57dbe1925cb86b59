package api

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
)

// mediaEventStream is the media type of the server-sent event answers.
const mediaEventStream = "text/event-stream"

// sseEvent is one server-sent event: its id, its type (event:) and its data, JSON.
type sseEvent struct {
	id   int64
	kind string
	data any
}

// ssePlan, sseProgress and sseWarning are the data of the plan, progress and
// warning events (SsePlan, SseProgress, SseWarning in openapi.yaml).
type ssePlan struct {
	Engine   string `json:"engine"`
	Strategy string `json:"strategy,omitempty"`
	Calls    int    `json:"calls,omitempty"`
}

type sseProgress struct {
	Stage  string `json:"stage,omitempty"`
	Done   int    `json:"done"`
	Total  int    `json:"total"`
	Cached bool   `json:"cached,omitempty"`
}

type sseWarning struct {
	Warning string `json:"warning"`
}

// sseStream is a strict response that writes events as they come: it implements
// the Visit method of every operation that answers text/event-stream. The events
// channel is closed by its producer after the terminal event (or once ctx ended);
// the stream ends then.
type sseStream struct {
	ctx       context.Context
	events    <-chan sseEvent
	keepAlive time.Duration
	write     time.Duration // bound of each write
	logger    *slog.Logger
}

// streaming marks a response that does its work while it is written: the request's
// slot and the write deadline are its own business (releaseBeforeWrite leaves them).
func (sseStream) streaming() {}

func (s sseStream) VisitCreateBriefingResponse(w http.ResponseWriter) error { return s.visit(w) }
func (s sseStream) VisitGetJobEventsResponse(w http.ResponseWriter) error   { return s.visit(w) }

func (s sseStream) visit(w http.ResponseWriter) error {
	// Whatever ends the writing, wait for the producer: its work ends with the
	// request's context, and the slot it holds is given back after it.
	defer func() {
		for range s.events {
		}
	}()
	h := w.Header()
	h.Set("Content-Type", mediaEventStream)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	rc := http.NewResponseController(w)
	deadline := func() {
		if s.write > 0 {
			_ = rc.SetWriteDeadline(time.Now().Add(s.write))
		}
	}
	deadline()
	w.WriteHeader(http.StatusOK)
	if err := rc.Flush(); err != nil {
		return err
	}
	tick := time.NewTicker(s.keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return nil
		case <-tick.C:
			deadline()
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return nil // the client went away; the context ends the work
			}
		case ev, ok := <-s.events:
			if !ok {
				return nil
			}
			data, err := json.Marshal(ev.data)
			if err != nil {
				s.logger.LogAttrs(s.ctx, slog.LevelError, "event not encoded", slog.String("kind", ev.kind), slog.Any("err", err))
				continue
			}
			deadline()
			if _, err := fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", ev.id, ev.kind, data); err != nil {
				return nil
			}
		}
		if err := rc.Flush(); err != nil {
			return nil
		}
	}
}

// progressEvents sends a briefing's events to its stream, numbered from 1: its
// progress folded by jobs.Fold, as a job's are, then the terminal event.
type progressEvents struct {
	ctx  context.Context
	out  chan<- sseEvent
	fold *jobs.Fold
	mu   sync.Mutex
	next int64
}

func newProgressEvents(ctx context.Context, out chan<- sseEvent, path string) *progressEvents {
	k := &progressEvents{ctx: ctx, out: out}
	k.fold = jobs.NewFold(func(ev jobs.Event, _ jobs.Progress) { k.send(jobEvent(ev, path)) })
	return k
}

// send numbers ev and sends it, unless the request ended.
func (k *progressEvents) send(ev sseEvent) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.next++
	ev.id = k.next
	select {
	case k.out <- ev:
	case <-k.ctx.Done():
	}
}

// finish sends the briefing's warnings and the terminal event: the briefing, or
// the error as a problem.
func (k *progressEvents) finish(s *Server, path string, b *summarize.Briefing, err error) {
	if err != nil {
		k.send(sseEvent{kind: jobs.EventError, data: s.streamProblem(k.ctx, path, err)})
		return
	}
	k.fold.Briefed(b)
	k.send(sseEvent{kind: jobs.EventBriefing, data: BriefingJSON(b)})
}

// streamProblem is the problem of err as an error event carries it (internal
// errors logged and shown without detail, as handleError does).
func (s *Server) streamProblem(ctx context.Context, path string, err error) Problem {
	p, internal := problemFor(err)
	if internal {
		s.logger.LogAttrs(ctx, slog.LevelError, "internal error", slog.String("route", path), slog.Any("err", err))
		p.Detail, p.Errors = "", nil
	}
	p.Instance = path
	return p
}

// jobEvent converts a stored job event to its wire form.
func jobEvent(ev jobs.Event, path string) sseEvent {
	out := sseEvent{id: ev.ID, kind: ev.Kind}
	switch ev.Kind {
	case jobs.EventMerge:
		if ev.Merge != nil {
			out.data = mergeStatsJSON(*ev.Merge)
		}
	case jobs.EventPlan:
		if ev.Plan != nil {
			out.data = ssePlan{Engine: ev.Plan.Engine, Strategy: ev.Plan.Strategy, Calls: ev.Plan.Calls}
		}
	case jobs.EventProgress:
		if ev.Progress != nil {
			out.data = sseProgress{Stage: ev.Progress.Stage, Done: ev.Progress.Done, Total: ev.Progress.Total, Cached: ev.Cached}
		}
	case jobs.EventWarning:
		out.data = sseWarning{Warning: ev.Warning}
	case jobs.EventBriefing:
		if ev.Briefing != nil {
			out.data = BriefingJSON(ev.Briefing)
		} else {
			out.kind, out.data = jobs.EventError, NewProblem(http.StatusInternalServerError, "")
		}
	case jobs.EventStories:
		if ev.Stories != nil {
			out.data = StoriesJSON(*ev.Stories)
		} else {
			out.kind, out.data = jobs.EventError, NewProblem(http.StatusInternalServerError, "")
		}
	case jobs.EventError:
		out.data = jobProblem(ev.Error, path)
	}
	if out.data == nil {
		out.data = struct{}{}
	}
	return out
}

// jobProblem is a job's error as a problem; the message is the store's, safe to show.
func jobProblem(e *jobs.JobError, path string) Problem {
	if e == nil {
		return Problem{Type: problemTypeBase + slug(500), Title: http.StatusText(500), Status: 500, Instance: path}
	}
	status, _ := statusFor(e.Code)
	p := NewProblem(status, truncate(e.Message, 4*maxDetail))
	p.Instance = path
	return p
}

// noCache reports whether a Cache-Control header asks for no-cache.
func noCache(v *string) bool {
	if v == nil {
		return false
	}
	for d := range strings.SplitSeq(*v, ",") {
		if strings.EqualFold(strings.TrimSpace(d), "no-cache") {
			return true
		}
	}
	return false
}
