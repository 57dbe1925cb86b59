package jobs

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/stories"
)

// Job statuses.
const (
	StatusQueued    = "queued"
	StatusRunning   = "running"
	StatusSucceeded = "succeeded"
	StatusFailed    = "failed"
	StatusCanceled  = "canceled"
)

// Terminal reports whether status is final.
func Terminal(status string) bool {
	return status == StatusSucceeded || status == StatusFailed || status == StatusCanceled
}

// Defaults of Config's zero fields.
const (
	DefaultJobTTL        = 24 * time.Hour
	DefaultCacheTTL      = 24 * time.Hour
	DefaultStepTTL       = 7 * 24 * time.Hour
	DefaultMaxQueued     = 1000
	DefaultMaxJobs       = 10_000
	DefaultMaxResults    = 10_000
	DefaultMaxSteps      = 100_000
	DefaultJobTimeout    = 10 * time.Minute // without a Config.Deadline
	DefaultMaxAttempts   = 3
	DefaultCleanInterval = 5 * time.Minute
	DefaultPollInterval  = 250 * time.Millisecond
	// QueueName is River's queue for briefings.
	QueueName = "briefing"
)

// JobMargin is what a job's attempt may take beyond the engine's deadline: the
// fetching of pages before it and the writing of the result after it; a quarter
// of the deadline, between 5 s and 1 min.
func JobMargin(deadline time.Duration) time.Duration {
	return min(max(deadline/4, 5*time.Second), time.Minute)
}

// RescueMargin is how long after JobTimeout an attempt still running is taken for
// lost: a quarter of the timeout, between 1 s and 15 s. With River's rescuer,
// which looks every 30 s, a lost job runs again within JobTimeout and a minute.
func RescueMargin(jobTimeout time.Duration) time.Duration {
	return min(max(jobTimeout/4, time.Second), 15*time.Second)
}

// Config configures a Service. Zero fields take the defaults above.
type Config struct {
	// DataDir holds the SQLite file (DatabaseFile) when DatabaseURL is empty.
	DataDir string
	// DatabaseURL, a postgres:// URL, puts the store on Postgres, shared by every
	// process that names it.
	DatabaseURL string
	// Pipeline runs the briefings (workers, and Brief).
	Pipeline *pipeline.Pipeline
	// Workers is how many briefings this process runs at once; 0 makes a Service
	// that only submits and reads.
	Workers int
	// JobTTL is how long a finished job and its result are kept (default 24h).
	JobTTL time.Duration
	// CacheTTL is how long a briefing stays in the result cache (default 24h);
	// StepTTL how long a map step does (default 7 days).
	CacheTTL time.Duration
	StepTTL  time.Duration
	// MaxQueued is the most jobs queued or running in the whole store; Submit
	// answers EUNAVAILABLE beyond it (default 1000).
	MaxQueued int
	// MaxJobs, MaxResults and MaxSteps bound by count the finished jobs, the
	// cached results and the cached steps; the cleaner removes the oldest beyond.
	MaxJobs, MaxResults, MaxSteps int
	// Deadline is the engine's own deadline, the request deadline of the engine the
	// jobs run (the API's RequestTimeout): a job's briefing runs under it, as a
	// request's does, and JobTimeout follows from it.
	Deadline time.Duration
	// JobTimeout bounds one attempt of a job, the briefing and the writing of its
	// result (default: Deadline and JobMargin; DefaultJobTimeout without a
	// Deadline). RescueAfter is how long an attempt may run before River takes it
	// for lost (its process died) and runs it again; it must exceed JobTimeout
	// (default JobTimeout and RescueMargin). River looks for lost jobs every 30 s,
	// so a job whose worker died runs again within JobTimeout and a minute.
	JobTimeout  time.Duration
	RescueAfter time.Duration
	// MaxAttempts is River's attempts per job, rescues included (default 3).
	MaxAttempts int
	// CleanInterval is the cleaner's period (default 5m); negative turns it off.
	CleanInterval time.Duration
	// PollInterval is how often Stream and the cancel watch read the store, and
	// River's fetch poll on SQLite (default 250ms).
	PollInterval time.Duration
	// ID names this process to River (default: River's).
	ID      string
	Metrics Metrics
	Logger  *slog.Logger
	// now replaces the clock in tests.
	now func() time.Time
}

func (c Config) withDefaults() Config {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.JobTTL, DefaultJobTTL)
	def(&c.CacheTTL, DefaultCacheTTL)
	def(&c.StepTTL, DefaultStepTTL)
	if c.JobTimeout <= 0 && c.Deadline > 0 {
		c.JobTimeout = c.Deadline + JobMargin(c.Deadline)
	}
	def(&c.JobTimeout, DefaultJobTimeout)
	def(&c.PollInterval, DefaultPollInterval)
	if c.RescueAfter <= c.JobTimeout {
		c.RescueAfter = c.JobTimeout + RescueMargin(c.JobTimeout)
	}
	if c.CleanInterval == 0 {
		c.CleanInterval = DefaultCleanInterval
	}
	n := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	n(&c.MaxQueued, DefaultMaxQueued)
	n(&c.MaxJobs, DefaultMaxJobs)
	n(&c.MaxResults, DefaultMaxResults)
	n(&c.MaxSteps, DefaultMaxSteps)
	n(&c.MaxAttempts, DefaultMaxAttempts)
	if c.Metrics == nil {
		c.Metrics = NopMetrics{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.now == nil {
		c.now = time.Now
	}
	return c
}

// Service is the jobs, their store and this process's workers.
type Service struct {
	cfg      Config
	st       *store
	q        queue
	stopping atomic.Bool
	// seen is the recent job durations, for Retry-After hints.
	mu       sync.Mutex
	avgRun   time.Duration
	stopOnce sync.Once
	done     chan struct{}
	wg       sync.WaitGroup
	// storyFeed is the stored feed's index in this process (stories.go).
	storyFeed storyFeed
}

// Open opens the store, runs the migrations and builds the River client. Call
// Start to run the workers and the cleaner, and Close at the end.
func Open(ctx context.Context, cfg Config) (*Service, error) {
	cfg = cfg.withDefaults()
	if cfg.Pipeline == nil {
		return nil, errors.New("jobs: a pipeline is required")
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := st.migrate(ctx); err != nil {
		st.close()
		return nil, err
	}
	s := &Service{cfg: cfg, st: st, done: make(chan struct{})}
	workers := river.NewWorkers()
	river.AddWorker(workers, &briefWorker{s: s})
	rc := &river.Config{
		ID:                   cfg.ID,
		Workers:              workers,
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: cfg.RescueAfter,
		MaxAttempts:          cfg.MaxAttempts,
		RetryPolicy:          retryPolicy{},
		// River's own lines at warn and above: its info lines (producer counts
		// every few seconds) would drown the service's.
		Logger: slog.New(atLeast{cfg.Logger.Handler(), slog.LevelWarn}).With("component", "river"),
		// River keeps its own rows a short while; results live in briefing_jobs.
		CompletedJobRetentionPeriod: time.Hour,
	}
	if !st.postgres {
		rc.FetchPollInterval = max(cfg.PollInterval, river.FetchCooldownDefault)
	}
	if cfg.Workers > 0 {
		rc.Queues = map[string]river.QueueConfig{QueueName: {MaxWorkers: cfg.Workers}}
	}
	if s.q, err = st.newQueue(rc); err != nil {
		st.close()
		return nil, fmt.Errorf("jobs: river: %w", err)
	}
	return s, nil
}

// Where names the store: the SQLite file, or the Postgres URL without password.
func (s *Service) Where() string { return s.st.where }

// Start runs this process's workers (when Config.Workers > 0) and the cleaner.
func (s *Service) Start(ctx context.Context) error {
	if s.cfg.Workers > 0 {
		if err := s.q.Start(ctx); err != nil {
			return fmt.Errorf("jobs: river: %w", err)
		}
	}
	if s.cfg.CleanInterval > 0 {
		s.wg.Add(1)
		go s.cleanLoop()
	}
	return nil
}

// Stop lets the running jobs finish until ctx is done, then cancels them: a job
// cancelled by the stop goes back to the queue for another process. It closes the
// store.
func (s *Service) Stop(ctx context.Context) error {
	var err error
	s.stopOnce.Do(func() {
		s.stopping.Store(true)
		close(s.done)
		if s.cfg.Workers > 0 {
			if err = s.q.Stop(ctx); err != nil {
				cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
				err = s.q.StopAndCancel(cctx)
				cancel()
			}
		}
		s.wg.Wait()
		s.st.close()
	})
	return err
}

// SubmitOptions are the choices of one submission.
type SubmitOptions struct {
	// IdempotencyKey makes a retried submission the same job (see Submit).
	IdempotencyKey string
	// Scope is prepended to the key: the API key's hash, so that two clients'
	// keys never meet. Empty is one scope for all.
	Scope string
	// NoCache bypasses the result and step caches (Cache-Control: no-cache); the
	// answer is still stored for later requests.
	NoCache bool
}

// Submitted is the answer of Submit.
type Submitted struct {
	ID string
	// Existing is true when an earlier submission with the same key made the job.
	Existing bool
	// RetryAfter is a hint of when to look at the job again.
	RetryAfter time.Duration
}

// Check applies the request rules under the pipeline's limits, for a caller that
// has not checked req yet (the command line): a request that breaks them is the
// rules' *summarize.Error (EINVALID, ETOOLARGE).
func (s *Service) Check(req summarize.Request) (summarize.Checked, error) {
	return req.Check(s.cfg.Pipeline.RequestLimits())
}

// Submit queues a job for a checked request (Check, or the API's check). With an
// idempotency key (the IETF Idempotency-Key draft's rules): the same key with the
// same body is the same job (Existing); with another body, EINVALID (422); while
// the first submission with the key is still being processed, ECONFLICT (409) with
// a RetryAfter. A full queue is EUNAVAILABLE (503) with a RetryAfter.
func (s *Service) Submit(ctx context.Context, checked summarize.Checked, opts SubmitOptions) (Submitted, error) {
	req := checked.Sent()
	if len(req.Articles) == 0 {
		return Submitted{}, errors.New("jobs: the request was not checked")
	}
	body, err := json.Marshal(req)
	if err != nil {
		return Submitted{}, err
	}
	return s.submit(ctx, body, opts)
}

// submit stores a job's request body and queues it.
func (s *Service) submit(ctx context.Context, body []byte, opts SubmitOptions) (Submitted, error) {
	now := s.cfg.now()
	key := ""
	if opts.IdempotencyKey != "" {
		key = idemKey(opts.Scope, opts.IdempotencyKey)
		id, err := s.claimKey(ctx, key, bodyHash(body, opts.NoCache), now)
		if err != nil || id != "" {
			return Submitted{ID: id, Existing: id != "", RetryAfter: s.retryAfter()}, err
		}
	}
	release := func() {
		if key != "" {
			s.st.releaseKey(context.WithoutCancel(ctx), key) //nolint:errcheck
		}
	}
	active, err := s.st.activeJobs(ctx)
	if err != nil {
		release()
		return Submitted{}, s.unavailable("the job store cannot be read", err)
	}
	if active >= s.cfg.MaxQueued {
		release()
		return Submitted{}, &summarize.Error{Code: summarize.EUNAVAILABLE, Message: fmt.Sprintf("the queue is full (%d jobs waiting or running)", active), RetryAfter: s.retryAfter() * 2}
	}
	id := newID()
	ms := now.UnixMilli()
	if err := s.st.insertJob(ctx, id, string(body), opts.NoCache, ms, now.Add(s.cfg.JobTTL).UnixMilli()); err != nil {
		release()
		return Submitted{}, s.unavailable("the job could not be stored", err)
	}
	res, err := s.q.Insert(ctx, briefArgs{JobID: id}, &river.InsertOpts{Queue: QueueName, MaxAttempts: s.cfg.MaxAttempts})
	if err != nil {
		s.finish(context.WithoutCancel(ctx), id, StatusFailed, nil, false, &JobError{Code: summarize.EUNAVAILABLE, Message: "the job could not be queued"})
		release()
		return Submitted{}, s.unavailable("the job could not be queued", err)
	}
	if err := s.st.setRiverID(ctx, id, res.Job.ID); err != nil {
		s.cfg.Logger.Warn("jobs: river id not stored", "job", id, "err", err)
	}
	if key != "" {
		if err := s.st.bindKey(ctx, key, id); err != nil {
			s.cfg.Logger.Warn("jobs: idempotency key not bound", "job", id, "err", err)
		}
	}
	s.cfg.Metrics.JobStatus(StatusQueued)
	return Submitted{ID: id, RetryAfter: s.retryAfter()}, nil
}

// idemKey is the stored form of a scoped key: a hash, so that a key of any
// length or bytes fits the column.
func idemKey(scope, key string) string {
	sum := sha256.Sum256([]byte(scope + "\x00" + key))
	return hex.EncodeToString(sum[:])
}

// bodyHash is what an idempotency key is bound to: the request and its caching.
func bodyHash(body []byte, noCache bool) string {
	sum := sha256.Sum256(append(body, boolByte(noCache)))
	return hex.EncodeToString(sum[:])
}

// staleClaim is how long a key claimed by a submission that never bound a job
// (its process died between the two writes) blocks the key.
const staleClaim = 30 * time.Second

// claimKey takes the idempotency key for a new job and returns "", or returns the
// job an earlier submission with the key made, or a conflict.
func (s *Service) claimKey(ctx context.Context, key, hash string, now time.Time) (string, error) {
	ms := now.UnixMilli()
	for range 3 {
		claimed, err := s.st.claimKey(ctx, key, hash, ms, now.Add(s.cfg.JobTTL).UnixMilli())
		if err != nil {
			return "", s.unavailable("the job store cannot be written", err)
		}
		if claimed {
			return "", nil
		}
		gotHash, jobID, created, err := s.st.key(ctx, key)
		if isNoRows(err) {
			continue // released meanwhile: claim again
		}
		if err != nil {
			return "", s.unavailable("the job store cannot be read", err)
		}
		job := ""
		if jobID != nil {
			job = *jobID
		}
		if gotHash != hash {
			return "", summarize.Errorf(summarize.EINVALID, "this Idempotency-Key was used with another request body (job %s)", job)
		}
		if job != "" {
			return job, nil
		}
		if ms-created < staleClaim.Milliseconds() {
			return "", errKeyInFlight
		}
		// The submitter died before it bound a job: take the key over.
		if ok, err := s.st.retakeKey(ctx, key, created, ms); err == nil && ok {
			return "", nil
		}
	}
	return "", errKeyInFlight
}

// The errors of the Service are *summarize.Error, in the domain's codes, which the
// API maps to statuses in its one table.
var (
	errNoJob       = summarize.Errorf(summarize.ENOTFOUND, "no job has this id (jobs are kept for a while after they end)")
	errKeyInFlight = &summarize.Error{Code: summarize.ECONFLICT, Message: "a submission with this Idempotency-Key is still being processed", RetryAfter: time.Second}
)

func (s *Service) unavailable(msg string, err error) error {
	return &summarize.Error{Code: summarize.EUNAVAILABLE, Message: msg, RetryAfter: 5 * time.Second, Err: err}
}

// retryAfter hints when a job is worth looking at again: the recent run time of a
// job, between 1 and 60 seconds.
func (s *Service) retryAfter() time.Duration {
	s.mu.Lock()
	d := s.avgRun
	s.mu.Unlock()
	return min(max(d.Round(time.Second), time.Second), time.Minute)
}

func (s *Service) observeRun(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.avgRun == 0 {
		s.avgRun = d
	} else {
		s.avgRun = (s.avgRun*7 + d) / 8
	}
}

// Progress is how far a job got.
type Progress struct {
	Stage string `json:"stage,omitempty"` // "merge", "map", "reduce" …
	Done  int    `json:"done"`            // model calls done (cached ones included)
	Total int    `json:"total"`           // calls planned, 0 while not known
}

// JobError is why a job failed: a summarize error code (the API's error table
// maps it to a problem type) and a message safe to show.
type JobError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Job is a job as GET /v1/jobs/{id} shows it.
type Job struct {
	ID        string
	Status    string
	CreatedAt time.Time
	UpdatedAt time.Time
	ExpiresAt time.Time
	Attempt   int
	Progress  Progress
	// Result is set when Status is succeeded; Cached when it came from the result
	// cache (no model call).
	Result *summarize.Briefing
	// Stories is set when a feed's job (SubmitFeed) succeeded.
	Stories *stories.Result
	Cached  bool
	// Error is set when Status is failed (and canceled: why).
	Error *JobError
}

// Get returns the job, or ENOTFOUND.
func (s *Service) Get(ctx context.Context, id string) (*Job, error) {
	r, err := s.st.job(ctx, id)
	if isNoRows(err) {
		return nil, errNoJob
	}
	if err != nil {
		return nil, s.unavailable("the job store cannot be read", err)
	}
	j := Job{ID: r.id, Status: r.status, Attempt: r.attempt}
	progress, result, code, msg, riverID, created, updated, expires := r.progress, r.result, r.code, r.msg, r.riverID, r.created, r.updated, r.expires
	if !Terminal(j.Status) {
		if st, ok := s.reconcile(ctx, id, j.Status, riverID, created); ok {
			return s.Get(ctx, id)
		} else if st != "" {
			j.Status = st
		}
	}
	j.CreatedAt, j.UpdatedAt, j.ExpiresAt = time.UnixMilli(created), time.UnixMilli(updated), time.UnixMilli(expires)
	j.Cached = r.cached
	_ = json.Unmarshal([]byte(progress), &j.Progress)
	if result != nil {
		var feed feedResult
		if err := json.Unmarshal([]byte(*result), &feed); err == nil && feed.Stories != nil {
			j.Stories = feed.Stories
		} else {
			j.Result = &summarize.Briefing{}
			if err := json.Unmarshal([]byte(*result), j.Result); err != nil {
				return nil, fmt.Errorf("jobs: result of %s: %w", id, err)
			}
		}
	}
	if code != nil {
		j.Error = &JobError{Code: *code, Message: deref(msg)}
	}
	return &j, nil
}

// reconcile compares a job that is not over with River's row: a job River gave up
// on (discarded: its attempts ran out, or it was lost more often than allowed) is
// failed, one River cancelled is canceled, and a running job that River rescued
// and queued again shows as queued. It returns true when it wrote a final status.
func (s *Service) reconcile(ctx context.Context, id, status string, riverID *int64, created int64) (string, bool) {
	if riverID == nil {
		if s.cfg.now().UnixMilli()-created > staleClaim.Milliseconds() {
			// The submitter died between the two writes.
			return "", s.finish(ctx, id, StatusFailed, nil, false, &JobError{Code: summarize.EINTERNAL, Message: "the job was lost before it was queued; submit it again"})
		}
		return "", false
	}
	row, err := s.q.JobGet(ctx, *riverID)
	if err != nil {
		if errors.Is(err, river.ErrNotFound) {
			return "", s.finish(ctx, id, StatusFailed, nil, false, &JobError{Code: summarize.EINTERNAL, Message: "the job was lost from the queue; submit it again"})
		}
		return "", false
	}
	switch row.State {
	case rivertype.JobStateDiscarded, rivertype.JobStateCompleted:
		msg := "the job was lost: every attempt ended without an answer"
		if n := len(row.Errors); n > 0 {
			msg = fmt.Sprintf("the job was lost after %d attempts (%s)", row.Attempt, firstLine(row.Errors[n-1].Error))
		}
		return "", s.finish(ctx, id, StatusFailed, nil, false, &JobError{Code: summarize.EINTERNAL, Message: msg})
	case rivertype.JobStateCancelled:
		return "", s.finish(ctx, id, StatusCanceled, nil, false, &JobError{Code: summarize.ETIMEOUT, Message: "the job was canceled"})
	case rivertype.JobStateAvailable, rivertype.JobStateRetryable, rivertype.JobStateScheduled:
		if status == StatusRunning {
			return StatusQueued, false
		}
	}
	return "", false
}

// Cancel asks for the job to stop, best effort: a queued job is canceled at once,
// a running one at its next step (what it finished stays: its events, and the
// map steps in the step cache). Cancelling a job that is over changes nothing.
// It returns the job as it is after the request.
func (s *Service) Cancel(ctx context.Context, id string) (*Job, error) {
	status, riverID, err := s.st.jobStatus(ctx, id)
	if isNoRows(err) {
		return nil, errNoJob
	}
	if err != nil {
		return nil, s.unavailable("the job store cannot be read", err)
	}
	if !Terminal(status) {
		if err := s.st.requestCancel(ctx, id, s.cfg.now().UnixMilli()); err != nil {
			return nil, s.unavailable("the job store cannot be written", err)
		}
		if riverID != nil {
			// River cancels a job that has not started; a running one learns of it
			// through the flag above (every driver) or River's notice (Postgres).
			if row, err := s.q.JobCancel(ctx, *riverID); err == nil && row.State == rivertype.JobStateCancelled {
				s.finish(ctx, id, StatusCanceled, nil, false, &JobError{Code: summarize.ETIMEOUT, Message: "the job was canceled before it started"})
			}
		}
	}
	return s.Get(ctx, id)
}

// Event is one event of a job, as its stream sends it: ID is the SSE id (it
// increases along one job's events), Kind one of the Event* kinds, and the field
// of that kind set.
type Event struct {
	ID       int64                 `json:"-"`
	Kind     string                `json:"kind"`
	Merge    *summarize.MergeStats `json:"merge,omitempty"`
	Plan     *Plan                 `json:"plan,omitempty"`
	Progress *Progress             `json:"progress,omitempty"`
	Warning  string                `json:"warning,omitempty"`
	// Briefing is set on the terminal briefing event (read from the job's result),
	// Stories on the terminal stories event.
	Briefing *summarize.Briefing `json:"-"`
	Stories  *stories.Result     `json:"-"`
	Cached   bool                `json:"cached,omitempty"`
	// Error is set on the terminal error event (failed or canceled).
	Error  *JobError `json:"error,omitempty"`
	Status string    `json:"status,omitempty"` // on terminal events: the job's final status
}

// Plan is the plan event's content.
type Plan struct {
	Engine   string `json:"engine"`
	Strategy string `json:"strategy,omitempty"`
	Calls    int    `json:"calls,omitempty"`
}

// Event kinds. Every job's stream ends with exactly one of EventBriefing
// (EventStories for a feed's job) or EventError.
const (
	EventMerge    = "merge"
	EventPlan     = "plan"
	EventProgress = "progress"
	EventWarning  = "warning"
	EventBriefing = "briefing"
	EventStories  = "stories"
	EventError    = "error"
)

// Terminal reports whether the event ends its stream.
func (e Event) Terminal() bool {
	return e.Kind == EventBriefing || e.Kind == EventStories || e.Kind == EventError
}

// Events returns the job's events after the event id after (0: from the start),
// at most limit of them (0: 1000), or ENOTFOUND.
func (s *Service) Events(ctx context.Context, id string, after int64, limit int) ([]Event, error) {
	if limit <= 0 {
		limit = 1000
	}
	stored, err := s.st.events(ctx, id, after, limit)
	if err != nil {
		return nil, s.unavailable("the job store cannot be read", err)
	}
	out := make([]Event, 0, len(stored))
	for _, se := range stored {
		var ev Event
		if err := json.Unmarshal([]byte(se.data), &ev); err != nil {
			return nil, fmt.Errorf("jobs: event %d: %w", se.id, err)
		}
		ev.ID = se.id
		out = append(out, ev)
	}
	if len(out) == 0 || out[len(out)-1].Kind == EventBriefing || out[len(out)-1].Kind == EventStories {
		j, err := s.Get(ctx, id) // not found, or the result to attach
		if err != nil {
			return nil, err
		}
		if len(out) > 0 {
			out[len(out)-1].Briefing, out[len(out)-1].Stories = j.Result, j.Stories
		}
	}
	return out, nil
}

// Stream sends the job's events after the event id after, as they are stored,
// and closes the channel after the terminal event or when ctx ends. It reads the
// store every PollInterval. The first read's error (ENOTFOUND) is returned.
func (s *Service) Stream(ctx context.Context, id string, after int64) (<-chan Event, error) {
	first, err := s.Events(ctx, id, after, 0)
	if err != nil {
		return nil, err
	}
	ch := make(chan Event)
	go func() {
		defer close(ch)
		evs := first
		t := time.NewTicker(s.cfg.PollInterval)
		defer t.Stop()
		for {
			for _, ev := range evs {
				select {
				case ch <- ev:
				case <-ctx.Done():
					return
				}
				after = ev.ID
				if ev.Terminal() {
					return
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if evs, err = s.Events(ctx, id, after, 0); err != nil {
				return
			}
			if len(evs) == 0 {
				// A job whose worker died shows as over only once reconciled.
				if j, err := s.Get(ctx, id); err == nil && Terminal(j.Status) {
					evs, _ = s.Events(ctx, id, after, 0)
				}
			}
		}
	}()
	return ch, nil
}

// addEvent stores one event of the job.
func (s *Service) addEvent(ctx context.Context, id string, ev Event) error {
	data, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	return s.st.addEvent(ctx, s.st.db, id, ev.Kind, string(data), s.cfg.now().UnixMilli())
}

// finish writes a job's final status and its terminal event in one transaction,
// once: a job that is already over is left as it is. It reports whether it wrote.
func (s *Service) finish(ctx context.Context, id, status string, b *summarize.Briefing, cached bool, jerr *JobError) bool {
	var v any
	if b != nil {
		v = b
	}
	return s.finishWith(ctx, id, status, v, EventBriefing, cached, jerr)
}

// finishWith is finish with any result (encoded as JSON) and the kind of the
// terminal event of a success.
func (s *Service) finishWith(ctx context.Context, id, status string, v any, okKind string, cached bool, jerr *JobError) bool {
	var result *string
	if v != nil {
		data, err := json.Marshal(v)
		if err != nil {
			s.cfg.Logger.Error("jobs: result not encoded", "job", id, "err", err)
			status, jerr = StatusFailed, &JobError{Code: summarize.EINTERNAL, Message: "internal error"}
		} else {
			r := string(data)
			result = &r
		}
	}
	var code, msg *string
	if jerr != nil {
		code, msg = &jerr.Code, &jerr.Message
	}
	ev := Event{Kind: EventError, Status: status, Error: jerr}
	if status == StatusSucceeded {
		ev = Event{Kind: okKind, Status: status, Cached: cached}
	}
	data, err := json.Marshal(ev)
	if err != nil {
		s.cfg.Logger.Error("jobs: finish", "job", id, "err", err)
		return false
	}
	now := s.cfg.now()
	wrote, err := s.st.finish(ctx, finishRow{id: id, status: status, result: result, code: code, msg: msg, cached: cached,
		now: now.UnixMilli(), expires: now.Add(s.cfg.JobTTL).UnixMilli(), eventKind: ev.Kind, event: string(data)})
	if err != nil {
		s.cfg.Logger.Error("jobs: finish", "job", id, "err", err)
		return false
	}
	if !wrote {
		return false
	}
	s.cfg.Metrics.JobStatus(status)
	return true
}

func newID() string {
	var b [10]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return "job_" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

func nowMillis() int64 { return time.Now().UnixMilli() }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// atLeast is a slog.Handler that passes on records of level min and above.
type atLeast struct {
	slog.Handler
	min slog.Level
}

func (h atLeast) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h atLeast) WithAttrs(as []slog.Attr) slog.Handler {
	return atLeast{h.Handler.WithAttrs(as), h.min}
}
func (h atLeast) WithGroup(g string) slog.Handler { return atLeast{h.Handler.WithGroup(g), h.min} }
