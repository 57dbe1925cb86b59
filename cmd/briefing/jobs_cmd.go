package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
)

// runWorker runs the job workers without HTTP until ctx ends, then lets the
// running jobs finish for up to the drain timeout; the ones still running go
// back to the queue.
func runWorker(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	st, err := startup{name: "worker", runsJobs: true, settings: [][]string{drainFlags, briefFlags}, log: stdout, logFailure: true, check: func(cfg *config) error {
		if cfg.Jobs.Workers == 0 {
			return exitError{code: 2, msg: "briefing worker needs BRIEFING_WORKERS of 1 or more"}
		}
		return nil
	}}.open(ctx, args, getenv, stderr)
	if err != nil {
		return err
	}
	cfg, logger, p, js := st.cfg, st.logger, st.pipeline, st.js
	if err := js.Start(ctx); err != nil {
		return err
	}
	logger.Info("briefing worker is running", "store", js.Where(), "workers", cfg.Jobs.Workers, "engine", p.DefaultEngine)
	<-ctx.Done()
	logger.Info("shutting down: letting running jobs finish", "drain_timeout", cfg.DrainTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.DrainTimeout)
	defer cancel()
	if err := js.Stop(sctx); err != nil {
		logger.Warn("drain timeout reached; the running jobs go back to the queue", "error", err.Error())
	}
	logger.Info("stopped")
	return nil
}

// runJob is `briefing job submit|get|cancel|events`: the job store from the
// command line, on the same settings as serve (until the HTTP routes land, the
// way to submit a job; afterwards a tool for operators).
func runJob(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	const jobUsage = "usage: briefing job submit [--idempotency-key K] [--no-cache] FILE|URL...|- | get ID | cancel ID | events [--after N] ID"
	if len(args) == 0 {
		return exitError{code: 2, msg: jobUsage}
	}
	sub := args[0]
	// Each subcommand has the flags it reads, its own and the settings'. None
	// runs a briefing (the workers do, with their own settings): submit checks
	// the request against the article limits before it queues it, and every
	// one logs.
	var key *string
	var noCache *bool
	var after *int64
	var own func(*flag.FlagSet)
	settings := [][]string{logFlags}
	switch sub {
	case "submit":
		settings = append(settings, articleLimitFlags)
		own = func(fs *flag.FlagSet) {
			key = fs.String("idempotency-key", "", "the same key and body make the same job")
			noCache = fs.Bool("no-cache", false, "bypass the result and step caches")
		}
	case "events":
		own = func(fs *flag.FlagSet) {
			after = fs.Int64("after", 0, "the id of the last event seen (Last-Event-ID)")
		}
	case "get", "cancel":
	default:
		return exitError{code: 2, msg: jobUsage}
	}
	st, err := startup{name: "job " + sub, settings: settings, flags: own, log: stderr}.open(ctx, args[1:], getenv, stderr)
	if err != nil {
		return err
	}
	fs, js := st.fs, st.js
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		js.Stop(sctx) //nolint:errcheck
	}()
	enc := json.NewEncoder(stdout)
	one := func() (string, error) {
		if fs.NArg() != 1 {
			return "", exitError{code: 2, msg: jobUsage}
		}
		return fs.Arg(0), nil
	}
	switch sub {
	case "submit":
		req, err := readRequest(fs.Args(), stdin)
		if err != nil {
			return describe(err)
		}
		checked, err := js.Check(req)
		if err != nil {
			return jobError(err)
		}
		s, err := js.Submit(ctx, checked, jobs.SubmitOptions{IdempotencyKey: *key, NoCache: *noCache})
		if err != nil {
			return jobError(err)
		}
		return enc.Encode(map[string]any{"id": s.ID, "existing": s.Existing, "retry_after_seconds": int(s.RetryAfter.Seconds())})
	case "get", "cancel":
		id, err := one()
		if err != nil {
			return err
		}
		var j *jobs.Job
		if sub == "get" {
			j, err = js.Get(ctx, id)
		} else {
			j, err = js.Cancel(ctx, id)
		}
		if err != nil {
			return jobError(err)
		}
		return enc.Encode(jobView(j))
	case "events":
		id, err := one()
		if err != nil {
			return err
		}
		ch, err := js.Stream(ctx, id, *after)
		if err != nil {
			return jobError(err)
		}
		for ev := range ch {
			v := map[string]any{"id": ev.ID, "event": ev}
			if ev.Briefing != nil {
				v["headline"] = ev.Briefing.Headline
			}
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
		return nil
	}
	return exitError{code: 2, msg: jobUsage} // not reached: sub is one of the above
}

// jobView is a job as the command prints it: the fields of GET /v1/jobs/{id},
// the result's headline and usage for brevity.
func jobView(j *jobs.Job) map[string]any {
	v := map[string]any{"id": j.ID, "status": j.Status, "created_at": j.CreatedAt, "updated_at": j.UpdatedAt,
		"expires_at": j.ExpiresAt, "attempt": j.Attempt, "progress": j.Progress, "cached": j.Cached}
	if j.Result != nil {
		v["result"] = map[string]any{"id": j.Result.ID, "headline": j.Result.Headline, "points": len(j.Result.Points),
			"engine": j.Result.Engine, "usage": j.Result.Usage}
	}
	if j.Error != nil {
		v["error"] = j.Error
	}
	return v
}

func jobError(err error) error {
	var e *summarize.Error
	if !errors.As(err, &e) {
		return err
	}
	switch e.Code {
	case summarize.EINVALID, summarize.ETOOLARGE:
		return describe(err)
	case summarize.EINTERNAL:
		return err
	}
	msg := fmt.Sprintf("%s: %s", e.Code, e.Message)
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return exitError{code: 1, msg: msg}
}
