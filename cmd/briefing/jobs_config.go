package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/text"
)

// jobsConfig is the settings of the job store, the workers and the caches
// (api/jobs).
type jobsConfig struct {
	DataDir     string // BRIEFING_DATA_DIR: the SQLite file's directory
	DatabaseURL string // DATABASE_URL: postgres://…; secret (it may hold a password)
	Workers     int    // BRIEFING_WORKERS
	JobTTL      time.Duration
	CacheTTL    time.Duration
	StepTTL     time.Duration
	QueueMax    int
	JobTimeout  time.Duration
	RescueAfter time.Duration
	MaxJobs     int
	MaxResults  int
	MaxSteps    int
}

// defaultDataDir is where the SQLite store lives when BRIEFING_DATA_DIR is unset:
// the user's cache directory (~/.cache/briefing on Linux), because everything in
// it can be made again (jobs expire, caches refill) and it keeps the store out of
// the working directory; ./data when the system has no such directory (no HOME,
// as in some containers).
func defaultDataDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "briefing")
	}
	return "data"
}

func loadJobsConfig(e *envReader) jobsConfig {
	return jobsConfig{
		DataDir:     e.str("BRIEFING_DATA_DIR", defaultDataDir()),
		DatabaseURL: e.str("DATABASE_URL", ""),
		Workers:     e.int("BRIEFING_WORKERS", 2),
		JobTTL:      e.duration("BRIEFING_JOB_TTL", jobs.DefaultJobTTL),
		CacheTTL:    e.duration("BRIEFING_CACHE_TTL", jobs.DefaultCacheTTL),
		StepTTL:     e.duration("BRIEFING_STEP_CACHE_TTL", jobs.DefaultStepTTL),
		QueueMax:    e.int("BRIEFING_QUEUE_MAX", jobs.DefaultMaxQueued),
		JobTimeout:  e.duration("BRIEFING_JOB_TIMEOUT", 0),
		RescueAfter: e.duration("BRIEFING_JOB_RESCUE_AFTER", 0),
		MaxJobs:     e.int("BRIEFING_JOBS_MAX", jobs.DefaultMaxJobs),
		MaxResults:  e.int("BRIEFING_CACHE_MAX", jobs.DefaultMaxResults),
		MaxSteps:    e.int("BRIEFING_STEP_CACHE_MAX", jobs.DefaultMaxSteps),
	}
}

// jobFlags registers the job store's flags, on the subcommands that open the
// store (serve, worker, job): --data-dir, and --workers where the process runs
// jobs (serve, worker; job opens the store with none).
func (c *config) jobFlags(fs *flag.FlagSet, runsJobs bool) {
	fs.StringVar(&c.Jobs.DataDir, "data-dir", c.Jobs.DataDir, "directory of the SQLite job store when DATABASE_URL is unset (BRIEFING_DATA_DIR)")
	if runsJobs {
		fs.IntVar(&c.Jobs.Workers, "workers", c.Jobs.Workers, "jobs this process runs at once; 0 runs none (BRIEFING_WORKERS)")
	}
}

func (j jobsConfig) check() error {
	if j.Workers < 0 {
		return fmt.Errorf("BRIEFING_WORKERS must be 0 or more, got %d", j.Workers)
	}
	for name, d := range map[string]time.Duration{"BRIEFING_JOB_TTL": j.JobTTL, "BRIEFING_CACHE_TTL": j.CacheTTL,
		"BRIEFING_STEP_CACHE_TTL": j.StepTTL} {
		if d <= 0 {
			return fmt.Errorf("%s must be positive, got %s", name, d)
		}
	}
	if j.JobTimeout < 0 {
		return fmt.Errorf("BRIEFING_JOB_TIMEOUT must not be negative, got %s", j.JobTimeout)
	}
	if j.RescueAfter != 0 && j.JobTimeout != 0 && j.RescueAfter <= j.JobTimeout {
		return fmt.Errorf("BRIEFING_JOB_RESCUE_AFTER (%s) must be longer than BRIEFING_JOB_TIMEOUT (%s): a job still running would be run twice", j.RescueAfter, j.JobTimeout)
	}
	for name, v := range map[string]int{"BRIEFING_QUEUE_MAX": j.QueueMax, "BRIEFING_JOBS_MAX": j.MaxJobs,
		"BRIEFING_CACHE_MAX": j.MaxResults, "BRIEFING_STEP_CACHE_MAX": j.MaxSteps} {
		if v <= 0 {
			return fmt.Errorf("%s must be positive, got %d", name, v)
		}
	}
	return nil
}

// openJobs opens the job store with workers briefings at once in this process
// (0: submit and read only) and runs its migrations; metrics (nil: none) counts
// jobs by status, their queue wait and the caches' hits and misses.
func (c *config) openJobs(ctx context.Context, logger *slog.Logger, p *pipeline.Pipeline, workers int, metrics jobs.Metrics) (*jobs.Service, error) {
	j := c.Jobs
	s, err := jobs.Open(ctx, jobs.Config{
		DataDir:     j.DataDir,
		DatabaseURL: j.DatabaseURL,
		Pipeline:    p,
		Workers:     workers,
		JobTTL:      j.JobTTL,
		CacheTTL:    j.CacheTTL,
		StepTTL:     j.StepTTL,
		MaxQueued:   j.QueueMax,
		MaxJobs:     j.MaxJobs,
		MaxResults:  j.MaxResults,
		MaxSteps:    j.MaxSteps,
		Deadline:    c.RequestTimeout,
		JobTimeout:  j.JobTimeout,
		RescueAfter: j.RescueAfter,
		Logger:      logger,
		Metrics:     metrics,
	})
	if err != nil {
		return nil, fmt.Errorf("start-up: the job store: %w", err)
	}
	return s, nil
}

// store names the store for the printed configuration: the Postgres URL with
// its password redacted, or the SQLite directory.
func (j jobsConfig) store() string {
	if j.DatabaseURL != "" {
		return text.RedactURLs(j.DatabaseURL)
	}
	return "sqlite:" + j.DataDir
}
