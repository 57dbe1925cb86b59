package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// Cache kinds, in briefing_cache.kind and Metrics.Cache.
const (
	CacheResult = "result"
	CacheStep   = "step"
)

// BriefOptions are the choices of one synchronous briefing.
type BriefOptions struct {
	// NoCache bypasses the result and step caches (Cache-Control: no-cache); the
	// answer is still stored.
	NoCache bool
	// Progress, when set, receives the briefing's progress (for an SSE answer).
	Progress summarize.ProgressFunc
}

// Brief runs one briefing now, through the caches: the answer of a request
// already briefed (same articles as resolved, options, and engine: for llm the
// same endpoint, model and prompt version) comes from the result cache with hit true (X-Cache: hit) and a zero
// Usage (no model call); otherwise the pipeline runs, its llm map steps through
// the step cache, and its answer is stored. Errors are the pipeline's.
func (s *Service) Brief(ctx context.Context, req summarize.Checked, opts BriefOptions) (b *summarize.Briefing, hit bool, err error) {
	return s.brief(ctx, req, opts.NoCache, opts.Progress)
}

func (s *Service) brief(ctx context.Context, checked summarize.Checked, noCache bool, progress summarize.ProgressFunc) (*summarize.Briefing, bool, error) {
	p := s.cfg.Pipeline
	// The key is of the articles as resolved: a page sent by url is fetched first
	// (that costs no model call), so a page that changed is a new briefing. The
	// pipeline gets the request as sent (pages fetched), not with its defaults:
	// the briefing's id is a hash of the request as sent, the same with the
	// cache as without.
	sent, err := p.Fetch(ctx, checked)
	if err != nil {
		return nil, false, err
	}
	req := sent.Run()
	// The engine that would answer, as the pipeline chooses it; one that is not
	// configured is the pipeline's error to give.
	engine, identity, err := p.EngineIdentity(req.Options.Engine)
	if err != nil {
		return nil, false, err
	}
	key := resultKey(req, identity, p.VerifyMode(req.Options.Verify), entailIdentity(p))
	if !noCache {
		if v, ok := s.cacheGet(ctx, CacheResult, key); ok {
			var b summarize.Briefing
			if err := json.Unmarshal(v, &b); err == nil {
				s.cfg.Metrics.Cache(CacheResult, true)
				b.Usage = summarize.Usage{}
				return &b, true, nil
			}
		}
		s.cfg.Metrics.Cache(CacheResult, false)
		ctx = summarize.WithStepCache(ctx, stepCache{s})
	}
	if progress != nil {
		ctx = summarize.WithProgress(ctx, progress)
	}
	b, err := p.BriefChecked(ctx, sent)
	if err != nil {
		return nil, false, err
	}
	// A fallback's answer (the llm failed, the extractive engine wrote it) is not
	// kept, nor one whose entailment questions went unanswered: the next request
	// should try the model again.
	if b.Engine == engine && b.Unanswered == 0 {
		if v, err := json.Marshal(b); err == nil {
			s.cachePut(context.WithoutCancel(ctx), CacheResult, key, v, s.cfg.CacheTTL)
		}
	}
	return b, false, nil
}

// resultKeyVersion changes when the key's recipe or the stored form changes.
const resultKeyVersion = "result/2"

// resultKey is the hash of everything that names an answer: the articles as
// resolved (ids assigned), the options with their defaults, and who answers
// (pipeline.EngineIdentity): the engine, and for the llm engine its endpoint
// (scheme, host, port, path; never the key), model and prompt version, so that
// an answer is never served for another endpoint or model; with the model's
// second opinion (verify "model", whatever the engine) the identity of the
// model that judges and the entailment prompt's version. An article's language
// as sent, and options.language, name the answer too.
func resultKey(req summarize.Request, identity, verify, entailer string) string {
	type article struct {
		ID, Source, Title, URL, Text, HTML string
		PublishedAt                        *time.Time
		Language                           string `json:",omitempty"` // as sent: an override
	}
	k := struct {
		V        string
		Engine   string
		Options  summarize.Options
		Articles []article
		Verify   string `json:",omitempty"`
		Entail   string `json:",omitempty"`
	}{V: resultKeyVersion, Engine: identity, Options: req.Options}
	k.Options.Verify = "" // as resolved, below: "" and "rules" are one answer
	if verify == summarize.VerifyModel {
		k.Verify, k.Entail = verify+" "+entailer, prompts.EntailVersion
	}
	for _, a := range req.Articles {
		k.Articles = append(k.Articles, article{a.ID, a.Source, a.Title, a.URL, a.Text, a.HTML, a.PublishedAt, a.Language})
	}
	data, _ := json.Marshal(k)
	sum := sha256.Sum256(data)
	return "result:" + hex.EncodeToString(sum[:])
}

func (s *Service) cacheGet(ctx context.Context, kind, key string) ([]byte, bool) {
	return s.st.cacheGet(ctx, kind, key, s.cfg.now().UnixMilli())
}

func (s *Service) cachePut(ctx context.Context, kind, key string, v []byte, ttl time.Duration) {
	now := s.cfg.now()
	if err := s.st.cachePut(ctx, kind, key, v, now.UnixMilli(), now.Add(ttl).UnixMilli()); err != nil {
		s.cfg.Logger.Warn("jobs: cache write failed", "kind", kind, "err", err)
	}
}

// stepCache is the summarize.StepCache on the store (kind "step", Config.StepTTL).
type stepCache struct{ s *Service }

var _ summarize.StepCache = stepCache{}

func (c stepCache) Get(ctx context.Context, key string) ([]byte, bool) {
	v, ok := c.s.cacheGet(ctx, CacheStep, key)
	c.s.cfg.Metrics.Cache(CacheStep, ok)
	return v, ok
}

func (c stepCache) Put(ctx context.Context, key string, v []byte) {
	c.s.cachePut(ctx, CacheStep, key, v, c.s.cfg.StepTTL)
}

// StepCache returns the step cache on the store, for a caller that runs an
// engine itself.
func (s *Service) StepCache() summarize.StepCache { return stepCache{s} }

// entailIdentity names the model that gives the second opinion (its endpoint,
// model and prompt version when it says them), or "" when there is none.
func entailIdentity(p *pipeline.Pipeline) string {
	if p.Entailer == nil {
		return ""
	}
	if id, ok := p.Entailer.(summarize.Identified); ok {
		return id.Identity()
	}
	return fmt.Sprintf("%T", p.Entailer)
}
