package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

func kinds(evs []Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Kind)
	}
	return out
}

func TestSubmitRunsAndStreams(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		m := &recorder{}
		cfg.Pipeline, cfg.Workers, cfg.Metrics = testPipeline(nil), 2, m
		s := open(t, cfg)
		sub, err := s.Submit(context.Background(), request(1, ""), SubmitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		evs := wait(t, s, sub.ID)
		got := kinds(evs)
		if got[0] != EventMerge || got[1] != EventPlan || got[len(got)-1] != EventBriefing {
			t.Fatalf("events %v, want merge, plan, …, briefing", got)
		}
		for i := 1; i < len(evs); i++ {
			if evs[i].ID <= evs[i-1].ID {
				t.Fatalf("event ids do not increase: %d then %d", evs[i-1].ID, evs[i].ID)
			}
		}
		if evs[len(evs)-1].Briefing == nil || len(evs[len(evs)-1].Briefing.Points) == 0 {
			t.Fatal("the briefing event carries no briefing")
		}
		j, err := s.Get(context.Background(), sub.ID)
		if err != nil {
			t.Fatal(err)
		}
		if j.Status != StatusSucceeded || j.Result == nil || j.Error != nil || !j.ExpiresAt.After(j.UpdatedAt) {
			t.Fatalf("job %+v", j)
		}
		// Replay from the middle: only what came after.
		rest, err := s.Events(context.Background(), sub.ID, evs[0].ID, 0)
		if err != nil || len(rest) != len(evs)-1 || rest[0].ID != evs[1].ID {
			t.Fatalf("replay after %d: %d events (%v), want %d", evs[0].ID, len(rest), err, len(evs)-1)
		}
		if _, err := s.Get(context.Background(), "job_nope"); summarize.ErrorCode(err) != summarize.ENOTFOUND {
			t.Fatalf("unknown id: %v", err)
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.status[StatusQueued] != 1 || m.status[StatusRunning] != 1 || m.status[StatusSucceeded] != 1 || len(m.waits) != 1 {
			t.Fatalf("metrics %+v waits %v", m.status, m.waits)
		}
	})
}

func TestIdempotencyKey(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		cfg.Pipeline = testPipeline(nil)
		s := open(t, cfg) // no workers: the jobs stay queued
		ctx := context.Background()
		first, err := s.Submit(ctx, request(1, ""), SubmitOptions{IdempotencyKey: "k1", Scope: "client-a"})
		if err != nil {
			t.Fatal(err)
		}
		again, err := s.Submit(ctx, request(1, ""), SubmitOptions{IdempotencyKey: "k1", Scope: "client-a"})
		if err != nil || again.ID != first.ID || !again.Existing {
			t.Fatalf("same key, same body: %+v, %v; want job %s again", again, err, first.ID)
		}
		_, err = s.Submit(ctx, request(2, ""), SubmitOptions{IdempotencyKey: "k1", Scope: "client-a"})
		var e *summarize.Error
		if !errors.As(err, &e) || e.Code != summarize.EINVALID || !strings.Contains(e.Message, first.ID) {
			t.Fatalf("same key, other body: %v, want %s naming job %s", err, summarize.EINVALID, first.ID)
		}
		other, err := s.Submit(ctx, request(2, ""), SubmitOptions{IdempotencyKey: "k1", Scope: "client-b"})
		if err != nil || other.ID == first.ID {
			t.Fatalf("another client's key: %+v, %v", other, err)
		}
		// A key whose first submission is still being processed.
		body, _ := json.Marshal(request(3, "").Sent())
		if id, err := s.claimKey(ctx, idemKey("", "k2"), bodyHash(body, false), s.cfg.now()); err != nil || id != "" {
			t.Fatal(id, err)
		}
		_, err = s.Submit(ctx, request(3, ""), SubmitOptions{IdempotencyKey: "k2"})
		if !errors.As(err, &e) || e.Code != summarize.ECONFLICT || e.RetryAfter <= 0 {
			t.Fatalf("key in flight: %v, want %s", err, summarize.ECONFLICT)
		}
		// Many at once with one key: one job.
		var wg sync.WaitGroup
		ids := make([]string, 16)
		errs := make([]error, 16)
		for i := range ids {
			wg.Go(func() {
				sub, err := s.Submit(ctx, request(9, ""), SubmitOptions{IdempotencyKey: "k3"})
				ids[i], errs[i] = sub.ID, err
			})
		}
		wg.Wait()
		made := map[string]bool{}
		for i := range ids {
			switch {
			case errs[i] == nil:
				made[ids[i]] = true
			case summarize.ErrorCode(errs[i]) != summarize.ECONFLICT:
				t.Fatalf("concurrent submission: %v", errs[i])
			}
		}
		if len(made) != 1 {
			t.Fatalf("16 submissions with one key made jobs %v, want one", made)
		}
		// A request that breaks the rules is refused at once, and the zero
		// Checked (no check made it) is not queued.
		if _, err := s.Check(summarize.Request{}); summarize.ErrorCode(err) != summarize.EINVALID {
			t.Fatalf("empty request: %v", err)
		}
		if _, err := s.Submit(ctx, summarize.Checked{}, SubmitOptions{}); err == nil {
			t.Fatal("the zero Checked was queued")
		}
	})
}

func TestFullQueueIsUnavailable(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		cfg.Pipeline, cfg.MaxQueued = testPipeline(nil), 2
		s := open(t, cfg)
		for i := range 2 {
			if _, err := s.Submit(context.Background(), request(i, ""), SubmitOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		_, err := s.Submit(context.Background(), request(3, ""), SubmitOptions{IdempotencyKey: "k"})
		var e *summarize.Error
		if !errors.As(err, &e) || e.Code != summarize.EUNAVAILABLE || e.RetryAfter < time.Second {
			t.Fatalf("third job: %v, want %s with a retry-after", err, summarize.EUNAVAILABLE)
		}
		// The refused submission did not keep its key.
		if _, err := s.claimKey(context.Background(), idemKey("", "k"), "other", s.cfg.now()); err != nil {
			t.Fatalf("the key of a refused submission is still taken: %v", err)
		}
	})
}

func TestResultCache(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		m := &recorder{}
		g := newGate(2)
		cfg.Pipeline, cfg.Workers, cfg.Metrics = testPipeline(g), 2, m
		s := open(t, cfg)
		ctx := context.Background()
		for range 2 {
			g.release <- struct{}{}
		}
		sub, err := s.Submit(ctx, request(1, summarize.EngineLLM), SubmitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		evs := wait(t, s, sub.ID)
		if !slices.Contains(kinds(evs), EventProgress) {
			t.Fatalf("no progress events: %v", kinds(evs))
		}
		first, _ := s.Get(ctx, sub.ID)
		if first.Status != StatusSucceeded || first.Cached || first.Result.Usage.LLMCalls == 0 {
			t.Fatalf("first job %+v", first)
		}
		// The same request again: from the cache, no engine call (the gate would block).
		sub2, err := s.Submit(ctx, request(1, summarize.EngineLLM), SubmitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		evs = wait(t, s, sub2.ID)
		second, _ := s.Get(ctx, sub2.ID)
		if second.Status != StatusSucceeded || !second.Cached || !reflect.DeepEqual(second.Result.Usage, summarize.Usage{}) || !evs[len(evs)-1].Cached {
			t.Fatalf("second job %+v", second)
		}
		if second.Result.Headline != first.Result.Headline {
			t.Fatalf("cached headline %q, want %q", second.Result.Headline, first.Result.Headline)
		}
		// The synchronous path shares it; no-cache bypasses it.
		if _, hit, err := s.Brief(ctx, request(1, summarize.EngineLLM), BriefOptions{}); err != nil || !hit {
			t.Fatalf("Brief: hit %v, %v", hit, err)
		}
		for range 2 {
			g.release <- struct{}{}
		}
		if b, hit, err := s.Brief(ctx, request(1, summarize.EngineLLM), BriefOptions{NoCache: true}); err != nil || hit || b.Usage.LLMCalls == 0 {
			t.Fatalf("Brief no-cache: hit %v, %v", hit, err)
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.cache["result/true"] != 2 || m.cache["result/false"] != 1 {
			t.Fatalf("cache metrics %v", m.cache)
		}
	})
}

func TestCancel(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		g := newGate(3)
		cfg.Pipeline, cfg.Workers = testPipeline(g), 1
		s := open(t, cfg)
		ctx := context.Background()
		g.release <- struct{}{} // one step ends, then the job waits
		sub, err := s.Submit(ctx, request(1, summarize.EngineLLM), SubmitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		<-g.started
		// Wait for the finished step's progress event: it must survive the cancel.
		ch, err := s.Stream(ctx, sub.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		for ev := range ch {
			if ev.Kind == EventProgress {
				break
			}
		}
		if _, err := s.Cancel(ctx, sub.ID); err != nil {
			t.Fatal(err)
		}
		evs := wait(t, s, sub.ID)
		last := evs[len(evs)-1]
		if last.Kind != EventError || last.Status != StatusCanceled {
			t.Fatalf("last event %+v, want an error event with status canceled", last)
		}
		if !slices.Contains(kinds(evs), EventProgress) {
			t.Fatalf("the canceled job lost its progress: %v", kinds(evs))
		}
		j, _ := s.Get(ctx, sub.ID)
		if j.Status != StatusCanceled || j.Progress.Done != 1 || j.Error == nil {
			t.Fatalf("job %+v", j)
		}
		// A job canceled before it starts never runs: the worker is free but the
		// gate is shut, so a second job waits; cancel a third while it is queued.
		blocker, _ := s.Submit(ctx, request(2, summarize.EngineLLM), SubmitOptions{})
		<-g.started
		queued, _ := s.Submit(ctx, request(3, summarize.EngineLLM), SubmitOptions{})
		if j, err := s.Cancel(ctx, queued.ID); err != nil || j.Status != StatusCanceled {
			t.Fatalf("cancel queued: %+v, %v", j, err)
		}
		s.Cancel(ctx, blocker.ID) //nolint:errcheck
		wait(t, s, blocker.ID)
		// Cancelling a finished job changes nothing.
		if j, err := s.Cancel(ctx, sub.ID); err != nil || j.Status != StatusCanceled {
			t.Fatalf("cancel again: %+v, %v", j, err)
		}
	})
}

func TestCleanBoundsTheStore(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		now := time.Now()
		var mu sync.Mutex
		cfg.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
		cfg.Pipeline, cfg.Workers, cfg.MaxResults, cfg.MaxSteps, cfg.JobTTL = testPipeline(nil), 2, 2, 3, time.Hour
		s := open(t, cfg)
		ctx := context.Background()
		var ids []string
		for i := range 4 {
			sub, err := s.Submit(ctx, request(i, ""), SubmitOptions{IdempotencyKey: fmt.Sprint(i)})
			if err != nil {
				t.Fatal(err)
			}
			wait(t, s, sub.ID)
			ids = append(ids, sub.ID)
		}
		for i := range 5 {
			s.StepCache().Put(ctx, fmt.Sprint("step", i), []byte("[]"))
		}
		c, err := s.Clean(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Results != 2 || c.Steps != 2 || c.Jobs != 0 {
			t.Fatalf("by count: %+v, want 2 results and 2 steps removed, no job", c)
		}
		mu.Lock()
		now = now.Add(2 * time.Hour)
		mu.Unlock()
		c, err = s.Clean(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Jobs != 4 || c.Keys != 4 || c.Events == 0 {
			t.Fatalf("by age: %+v, want 4 jobs and their keys and events removed", c)
		}
		if _, err := s.Get(ctx, ids[0]); summarize.ErrorCode(err) != summarize.ENOTFOUND {
			t.Fatalf("an expired job: %v", err)
		}
	})
}

// TestQueueWait64 submits 64 briefings at once to a store with 4 workers and
// reports how long they waited in the queue (it asserts nothing about time).
func TestQueueWait64(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		m := &recorder{}
		cfg.Pipeline, cfg.Workers, cfg.Metrics = testPipeline(nil), 4, m
		s := open(t, cfg)
		ctx := context.Background()
		ids := make([]string, 64)
		var wg sync.WaitGroup
		for i := range ids {
			wg.Go(func() {
				sub, err := s.Submit(ctx, request(i, ""), SubmitOptions{NoCache: true})
				if err != nil {
					t.Error(err)
					return
				}
				ids[i] = sub.ID
			})
		}
		wg.Wait()
		for _, id := range ids {
			if id != "" {
				if evs := wait(t, s, id); evs[len(evs)-1].Kind != EventBriefing {
					t.Fatalf("job %s: %+v", id, evs[len(evs)-1])
				}
			}
		}
		m.mu.Lock()
		w := slices.Clone(m.waits)
		m.mu.Unlock()
		slices.Sort(w)
		if len(w) != 64 {
			t.Fatalf("%d queue waits observed, want 64", len(w))
		}
		t.Logf("queue wait of 64 concurrent submissions, 4 workers, extractive engine: p50 %s, p95 %s, max %s",
			w[31].Round(time.Millisecond), w[60].Round(time.Millisecond), w[63].Round(time.Millisecond))
	})
}
