package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/stories"
)

// A feed grouped as a job (POST /v1/stories with Prefer: respond-async): a
// feed of thousands of articles is grouped by a worker, not in the request,
// and its stories are the job's result. It shares the jobs' table, queue,
// idempotency keys, cancel and events with the briefings' jobs: its stored
// request is a storedFeed, its result a feedResult, its terminal event
// EventStories.

// storedFeed is a feed job's stored request. Its "feed" key tells it from a
// briefing's request (a summarize.Request has none).
type storedFeed struct {
	Feed        *summarize.Request `json:"feed"`
	WindowHours float64            `json:"window_hours,omitempty"`
}

// feedResult is a feed job's stored result.
type feedResult struct {
	Stories *stories.Result `json:"feed_stories"`
}

// SubmitFeed queues a job that groups a checked feed into stories (the
// pipeline's Stories, as POST /v1/stories does); otherwise as Submit.
func (s *Service) SubmitFeed(ctx context.Context, checked summarize.Checked, opt stories.Options, opts SubmitOptions) (Submitted, error) {
	req := checked.Sent()
	if len(req.Articles) == 0 {
		return Submitted{}, errors.New("jobs: the feed was not checked")
	}
	sf := storedFeed{Feed: &req}
	if opt.Window > 0 {
		sf.WindowHours = opt.Window.Hours()
	}
	body, err := json.Marshal(sf)
	if err != nil {
		return Submitted{}, err
	}
	return s.submit(ctx, body, opts)
}

// feedJobOf reads a stored request as a feed job's, or says it is not one.
func feedJobOf(request string) (storedFeed, bool) {
	var sf storedFeed
	if err := json.Unmarshal([]byte(request), &sf); err != nil || sf.Feed == nil {
		return storedFeed{}, false
	}
	return sf, true
}

// workFeed runs one attempt of a feed job (work has marked it running).
func (s *Service) workFeed(ctx context.Context, id string, sf storedFeed) error {
	// The number of articles was bounded when the feed was submitted
	// (BRIEFING_MAX_FEED_ARTICLES); the other rules apply again here.
	checked, err := sf.Feed.Check(s.cfg.Pipeline.RequestLimits().ForFeed(max(len(sf.Feed.Articles), 1)))
	if err != nil {
		s.finish(ctx, id, StatusFailed, nil, false, &JobError{Code: summarize.ErrorCode(err), Message: summarize.ErrorMessage(err)})
		return nil
	}
	var opt stories.Options
	if h := sf.WindowHours; h > 0 && !math.IsInf(h, 0) {
		opt.Window = time.Duration(h * float64(time.Hour))
	}
	jctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	errCanceled := errors.New("canceled by request")
	go s.watchCancel(jctx, id, func() { cancel(errCanceled) })
	start := time.Now()
	res, err := s.cfg.Pipeline.Stories(jctx, checked, opt)
	s.observeRun(time.Since(start))
	switch {
	case err == nil:
		s.finishWith(ctx, id, StatusSucceeded, feedResult{Stories: &res}, EventStories, false, nil)
		return nil
	case errors.Is(context.Cause(jctx), errCanceled) || s.cancelRequested(id):
		s.finish(context.WithoutCancel(ctx), id, StatusCanceled, nil, false, &JobError{Code: summarize.ETIMEOUT, Message: "the job was canceled"})
		return nil
	case s.stopping.Load():
		s.st.requeue(context.WithoutCancel(ctx), id, s.cfg.now().UnixMilli()) //nolint:errcheck
		return errStopped
	default:
		code, msg := summarize.ErrorCode(err), summarize.ErrorMessage(err)
		if ctx.Err() != nil {
			code, msg = summarize.ETIMEOUT, "the job ran out of time (BRIEFING_JOB_TIMEOUT)"
		}
		if code == summarize.EINTERNAL {
			s.cfg.Logger.Error("jobs: grouping failed", "job", id, "err", err)
		}
		s.finish(context.WithoutCancel(ctx), id, StatusFailed, nil, false, &JobError{Code: code, Message: msg})
		return nil
	}
}
