package jobs

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api/jobs/jobstest"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// backends runs f against SQLite and, when BRIEFING_TEST_POSTGRES is set, Postgres.
func backends(t *testing.T, f func(t *testing.T, base Config)) {
	t.Run("sqlite", func(t *testing.T) { f(t, Config{DataDir: t.TempDir()}) })
	t.Run("postgres", func(t *testing.T) { f(t, Config{DatabaseURL: jobstest.Postgres(t)}) })
}

// gate is a test engine named "llm" that reports map progress and waits, at each
// step, until the test lets it go (or its context ends): jobs that take as long as
// the test wants, with no clock involved.
type gate struct {
	steps   int
	started chan struct{} // a briefing started
	release chan struct{} // one step may end
}

func newGate(steps int) *gate {
	return &gate{steps: steps, started: make(chan struct{}, 100), release: make(chan struct{}, 1000)}
}

func (g *gate) Name() string { return summarize.EngineLLM }

func (g *gate) Brief(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
	g.started <- struct{}{}
	for i := range g.steps {
		select {
		case <-ctx.Done():
			return nil, &summarize.Error{Code: summarize.ETIMEOUT, Message: "canceled", Err: ctx.Err()}
		case <-g.release:
		}
		summarize.ReportProgress(ctx, summarize.ProgressEvent{Kind: summarize.ProgressProgress, Engine: "llm", Strategy: "map-reduce", Stage: "map", Total: g.steps, Done: i + 1})
	}
	return &summarize.Draft{Headline: "Ferry aground", Summary: "A ferry ran aground.", Model: "gate", PromptVersion: "test",
		Points: []summarize.DraftPoint{{Text: in.Passages[0].Text, Passages: []string{in.Passages[0].ID}}}, Usage: summarize.Usage{PromptTokens: 100, LLMCalls: 1}}, nil
}

func testPipeline(g *gate) *pipeline.Pipeline {
	p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()}, DefaultEngine: summarize.EngineExtractive}
	if g != nil {
		p.Engines[summarize.EngineLLM] = g
	}
	return p
}

// request returns a small valid request, checked; n varies its text.
func request(n int, engine string) summarize.Checked {
	c, err := summarize.Request{Articles: []summarize.Article{
		{Source: "Wire", Title: "Ferry aground", Text: fmt.Sprintf("A ferry carrying %d passengers ran aground near Port Aven on Tuesday. The coast guard said nobody was hurt. Tugs arrived within an hour.", 200+n)},
		{Source: "Daily", Title: "Ferry stuck", Text: fmt.Sprintf("The ferry with %d people aboard hit a sandbank off Port Aven. Officials opened an inquiry on Wednesday. The crossing was cancelled.", 200+n)},
	}, Options: summarize.Options{Engine: engine}}.Check(summarize.Limits{})
	if err != nil {
		panic(err)
	}
	return c
}

func open(t *testing.T, cfg Config) *Service {
	t.Helper()
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 20 * time.Millisecond
	}
	cfg.CleanInterval = -1
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s.Stop(ctx) //nolint:errcheck
	})
	return s
}

// wait streams the job's events to its end and returns them; the test's deadline
// (go test -timeout) bounds it.
func wait(t *testing.T, s *Service, id string) []Event {
	t.Helper()
	ch, err := s.Stream(context.Background(), id, 0)
	if err != nil {
		t.Fatal(err)
	}
	var evs []Event
	for ev := range ch {
		evs = append(evs, ev)
	}
	if len(evs) == 0 || !evs[len(evs)-1].Terminal() {
		t.Fatalf("the stream of %s ended without a terminal event: %+v", id, evs)
	}
	return evs
}

// recorder is a Metrics that keeps what it is told.
type recorder struct {
	mu     sync.Mutex
	status map[string]int
	waits  []time.Duration
	cache  map[string]int
}

func (r *recorder) JobStatus(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.status == nil {
		r.status = map[string]int{}
	}
	r.status[s]++
}

func (r *recorder) QueueWait(d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.waits = append(r.waits, d)
}

func (r *recorder) Cache(kind string, hit bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cache == nil {
		r.cache = map[string]int{}
	}
	r.cache[fmt.Sprintf("%s/%v", kind, hit)]++
}
