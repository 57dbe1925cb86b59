package jobs

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/verify"
)

// paraphraser is an engine named "llm" whose one point says the first
// passage's facts in other words (a point the rules leave partial).
type paraphraser struct{ point string }

func (p paraphraser) Name() string { return summarize.EngineLLM }

func (p paraphraser) Brief(_ context.Context, in *summarize.Input) (*summarize.Draft, error) {
	return &summarize.Draft{Headline: "Ferry aground", Summary: "A ferry ran aground.", Model: "m",
		Points: []summarize.DraftPoint{{Text: p.point, Passages: []string{in.Passages[0].ID}}}, Usage: summarize.Usage{LLMCalls: 1}}, nil
}

// entailer answers every question with answer, or fails while failing is set.
type entailer struct {
	mu      sync.Mutex
	failing bool
	asked   int
}

func (e *entailer) Entail(context.Context, string, []string) (summarize.Entailment, summarize.Usage, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.asked++
	if e.failing {
		return summarize.NoOpinion, summarize.Usage{LLMCalls: 1}, errors.New("model down")
	}
	return summarize.Entailed, summarize.Usage{LLMCalls: 1}, nil
}

// TestResultCacheVerify: the model's second opinion is part of the answer's
// key (a rules answer is not served for a model request), and an answer whose
// questions went unanswered is not kept, so the next request asks again.
func TestResultCacheVerify(t *testing.T) {
	req := request(1, summarize.EngineLLM)
	point := ""
	for _, cand := range []string{
		"A ferry carrying 201 passengers ran aground near Port Aven in stormy weather amid heavy fog.",
		"A ferry carrying 201 passengers ran aground near Port Aven in stormy weather amid heavy fog, gales and swell.",
	} {
		in := &summarize.Input{Articles: req.Run().Articles}
		p := &pipeline.Pipeline{}
		rep, err := p.MergeChecked(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		in.Passages = rep.Result.Passages
		if verify.Askable(verify.NewIndex(in.Passages, in.Articles).Check(cand, []string{in.Passages[0].ID})) {
			point = cand
			break
		}
	}
	if point == "" {
		t.Fatal("no candidate point is partial for want of words alone under today's rules: add one")
	}
	backends(t, func(t *testing.T, cfg Config) {
		ent := &entailer{failing: true}
		p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New(), summarize.EngineLLM: paraphraser{point}},
			DefaultEngine: summarize.EngineLLM, Entailer: ent}
		cfg.Pipeline, cfg.Workers = p, 0
		s := open(t, cfg)
		ctx := context.Background()
		withVerify := func(mode string) summarize.Checked {
			r := req.Sent()
			r.Options.Verify = mode
			c, err := r.Check(summarize.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		// Rules: cached as before.
		b, hit, err := s.Brief(ctx, withVerify(""), BriefOptions{})
		if err != nil || hit || b.Points[0].Support.Status != summarize.SupportPartial {
			t.Fatalf("rules: %+v hit %v err %v", b, hit, err)
		}
		// Model, failing: not the rules' cached answer, and not kept.
		for range 2 {
			b, hit, err = s.Brief(ctx, withVerify(summarize.VerifyModel), BriefOptions{})
			if err != nil || hit || b.Unanswered != 1 || !strings.Contains(strings.Join(b.Warnings, " "), "no opinion") {
				t.Fatalf("model down: hit %v err %v unanswered %d warnings %q", hit, err, b.Unanswered, b.Warnings)
			}
		}
		// Model, answering: asked, then kept.
		ent.mu.Lock()
		ent.failing = false
		ent.mu.Unlock()
		b, hit, err = s.Brief(ctx, withVerify(summarize.VerifyModel), BriefOptions{})
		if err != nil || hit || b.Points[0].Support.CheckedBy != summarize.CheckedByModel {
			t.Fatalf("model up: %+v hit %v err %v", b.Points, hit, err)
		}
		b, hit, err = s.Brief(ctx, withVerify(summarize.VerifyModel), BriefOptions{})
		if err != nil || !hit || b.Points[0].Support.CheckedBy != summarize.CheckedByModel {
			t.Fatalf("model again: %+v hit %v err %v", b.Points, hit, err)
		}
		if ent.asked != 3 {
			t.Fatalf("questions=%d, want 3 (two failed, one answered, then the cache)", ent.asked)
		}
		// The rules' answer is still the rules'.
		b, hit, err = s.Brief(ctx, withVerify(summarize.VerifyRules), BriefOptions{})
		if err != nil || !hit || b.Points[0].Support.Status != summarize.SupportPartial {
			t.Fatalf("rules again: %+v hit %v err %v", b.Points, hit, err)
		}
	})
}
