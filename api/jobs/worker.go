package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/briefing-news/briefing/summarize"
)

// briefArgs is River's job: the id of the row in briefing_jobs that holds the
// request. The request itself stays out of River's table (it can be megabytes).
type briefArgs struct {
	JobID string `json:"job_id"`
}

func (briefArgs) Kind() string { return "briefing" }

type briefWorker struct {
	river.WorkerDefaults[briefArgs]
	s *Service
}

// retryPolicy retries a job soon: an attempt ends in error only when its process
// stopped or died (a briefing that fails is a failed job, not a River error), and
// the job should then go to another worker without waiting for River's backoff.
type retryPolicy struct{}

func (retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	return time.Now().Add(time.Duration(job.Attempt) * time.Second)
}

// errDeadline is the cause of a job's context when Config.Deadline passes.
var errDeadline = errors.New("jobs: the engine's deadline passed")

// errStopped is the error an attempt returns when this process stops under it.
var errStopped = errors.New("jobs: the worker stopped; the job goes back to the queue")

func (w *briefWorker) Work(ctx context.Context, job *river.Job[briefArgs]) error {
	return w.s.work(ctx, job.Args.JobID, job.Attempt)
}

// work runs one attempt of a job.
func (s *Service) work(ctx context.Context, id string, attempt int) error {
	row, err := s.st.jobToWork(ctx, id)
	if isNoRows(err) {
		return nil // expired or never stored: nothing to do
	}
	if err != nil {
		return err // River retries
	}
	if Terminal(row.status) {
		return nil
	}
	if row.canceled {
		s.finish(ctx, id, StatusCanceled, nil, false, &JobError{Code: summarize.ETIMEOUT, Message: "the job was canceled before it started"})
		return nil
	}
	now := s.cfg.now()
	if err := s.st.markRunning(ctx, id, attempt, now.UnixMilli()); err != nil {
		return err
	}
	if row.started == nil {
		s.cfg.Metrics.QueueWait(now.Sub(time.UnixMilli(row.created)))
	}
	s.cfg.Metrics.JobStatus(StatusRunning)

	if sf, ok := feedJobOf(row.request); ok {
		return s.workFeed(ctx, id, sf)
	}
	var stored summarize.Request
	if err := json.Unmarshal([]byte(row.request), &stored); err != nil {
		s.finish(ctx, id, StatusFailed, nil, false, &JobError{Code: summarize.EINTERNAL, Message: "the stored request could not be read"})
		return nil
	}
	// The rules are applied once per attempt, under this process's limits: the
	// request was checked when it was submitted, maybe by another process or
	// version.
	req, err := stored.Check(s.cfg.Pipeline.RequestLimits())
	if err != nil {
		s.finish(ctx, id, StatusFailed, nil, false, &JobError{Code: summarize.ErrorCode(err), Message: summarize.ErrorMessage(err)})
		return nil
	}

	// The job's own context: cancelled by a cancel request (watched here on every
	// driver), by River (its timeout, its cancel notice) or by this process stopping.
	jctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if s.cfg.Deadline > 0 {
		// The engine's deadline, as for a request; the job's timeout leaves a margin
		// beyond it to write the answer.
		var stop context.CancelFunc
		jctx, stop = context.WithTimeoutCause(jctx, s.cfg.Deadline, errDeadline)
		defer stop()
	}
	errCanceled := errors.New("canceled by request")
	go s.watchCancel(jctx, id, func() { cancel(errCanceled) })

	fold := NewFold(func(ev Event, p Progress) { s.storeEvent(ctx, id, ev, p) })
	start := time.Now()
	b, hit, err := s.brief(jctx, req, row.noCache, fold.Report)
	s.observeRun(time.Since(start))
	switch {
	case err == nil:
		fold.Briefed(b)
		s.finish(ctx, id, StatusSucceeded, b, hit, nil)
		return nil
	case errors.Is(context.Cause(jctx), errCanceled) || s.cancelRequested(id):
		s.finish(context.WithoutCancel(ctx), id, StatusCanceled, nil, false, &JobError{Code: summarize.ETIMEOUT, Message: "the job was canceled; the steps it finished are kept for the next briefing of these articles"})
		return nil
	case s.stopping.Load():
		// This process is stopping: the job goes back to the queue for another one.
		s.st.requeue(context.WithoutCancel(ctx), id, s.cfg.now().UnixMilli()) //nolint:errcheck
		return errStopped
	default:
		code := summarize.ErrorCode(err)
		msg := summarize.ErrorMessage(err)
		if ctx.Err() != nil {
			code, msg = summarize.ETIMEOUT, "the job ran out of time (BRIEFING_JOB_TIMEOUT)"
		} else if errors.Is(context.Cause(jctx), errDeadline) {
			code, msg = summarize.ETIMEOUT, "the briefing ran out of time (BRIEFING_REQUEST_TIMEOUT)"
		}
		if code == summarize.EINTERNAL {
			s.cfg.Logger.Error("jobs: briefing failed", "job", id, "err", err)
		}
		s.finish(context.WithoutCancel(ctx), id, StatusFailed, nil, false, &JobError{Code: code, Message: msg})
		return nil
	}
}

// watchCancel reads the job's cancel flag every PollInterval until ctx ends.
func (s *Service) watchCancel(ctx context.Context, id string, cancel func()) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if flag, err := s.st.cancelRequested(ctx, id); err == nil && flag {
			cancel()
			return
		}
	}
}

// storeEvent stores a job's event and its progress so far; a failed write loses
// the event, not the job.
func (s *Service) storeEvent(ctx context.Context, id string, ev Event, p Progress) {
	if err := s.addEvent(ctx, id, ev); err != nil {
		s.cfg.Logger.Warn("jobs: event not stored", "job", id, "kind", ev.Kind, "err", err)
	}
	if data, err := json.Marshal(p); err == nil {
		s.st.setProgress(ctx, id, string(data), s.cfg.now().UnixMilli()) //nolint:errcheck
	}
}

// cancelRequested reads the job's cancel flag: a job whose context ended may have
// been cancelled by River's notice of a cancel request rather than by the watch.
func (s *Service) cancelRequested(id string) bool {
	flag, err := s.st.cancelRequested(context.Background(), id)
	return err == nil && flag
}
