package main

import (
	"context"
	"flag"
	"io"
	"log/slog"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// startup is the start-up that serve, worker and job share: the settings from
// the environment and the flags, checked; the log; the pipeline; the job store.
// A setting is added once, in loadConfig (and config.check), and each of them
// has it; its flag only where the subcommand reads it (settings).
type startup struct {
	name string // the flag set's: "serve", "worker", "job submit"…
	// runsJobs says this process runs jobs: --workers is its flag and
	// BRIEFING_WORKERS how many at once. Else it opens the store to submit and
	// read only (job), with no workers and no --workers.
	runsJobs bool
	// settings are the groups of setting flags the subcommand reads
	// (config.settingFlags).
	settings [][]string
	flags    func(*flag.FlagSet) // the subcommand's own flags, if any
	check    func(*config) error // the subcommand's own rule, after config.check
	log      io.Writer           // where the JSON log lines go
	metrics  *api.Metrics        // nil: none
	// logFailure makes a pipeline or a store that cannot be built one "briefing
	// cannot start" line in the log and exit status 1, as a long-running process
	// reports it (serve, worker); else the error is returned as it is (job).
	logFailure bool
}

// started is what the start-up built. The job store is open, its workers not
// started: js.Start is the caller's, as is js.Stop.
type started struct {
	cfg      *config
	fs       *flag.FlagSet // parsed: the arguments left are fs.Args()
	logger   *slog.Logger
	pipeline *pipeline.Pipeline
	ready    func(context.Context) error // the readiness probe of /readyz
	js       *jobs.Service
}

// open parses args, checks the settings, and builds the pipeline and the job
// store. Usage errors exit 2.
func (s startup) open(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) (*started, error) {
	fs := flag.NewFlagSet(s.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg, err := loadConfig(getenv)
	if err != nil {
		return nil, err
	}
	cfg.settingFlags(fs, s.settings...)
	cfg.jobFlags(fs, s.runsJobs)
	if s.flags != nil {
		s.flags(fs)
	}
	if err := fs.Parse(args); err != nil {
		return nil, exitError{code: 2}
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if s.check != nil {
		if err := s.check(cfg); err != nil {
			return nil, err
		}
	}
	logger := cfg.logger(s.log) // no URL credentials in any line
	fail := func(err error) error {
		if !s.logFailure {
			return err
		}
		// One line, in the log's own format, and a non-zero exit: the process
		// stops before it listens or takes a job rather than fail its first one.
		logger.Error("briefing cannot start", "error", err.Error())
		return exitError{code: 1}
	}
	p, ready, err := cfg.build(logger, s.metrics)
	if err != nil {
		return nil, fail(err)
	}
	workers := 0
	if s.runsJobs {
		workers = cfg.Jobs.Workers
	}
	var m jobs.Metrics // nil, not a nil *api.Metrics: the store then counts nothing
	if s.metrics != nil {
		m = s.metrics
	}
	js, err := cfg.openJobs(ctx, logger, p, workers, m)
	if err != nil {
		return nil, fail(err)
	}
	return &started{cfg: cfg, fs: fs, logger: logger, pipeline: p, ready: ready, js: js}, nil
}
