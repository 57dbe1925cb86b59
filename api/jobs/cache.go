package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
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
// already briefed (same articles as resolved, options, engine, model and prompt
// version) comes from the result cache with hit true (X-Cache: hit) and a zero
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
	sent := checked
	if p.Fetcher != nil {
		// Fetched with the ids assigned, so that an error names the article.
		arts, err := p.Fetcher.Fetch(ctx, checked.Run().Articles)
		if err != nil {
			return nil, false, err
		}
		if asSent := checked.Sent().Articles; len(arts) == len(asSent) {
			fetched := make([]summarize.Article, len(arts))
			for i, a := range arts {
				a.ID = asSent[i].ID
				fetched[i] = a
			}
			sent = checked.WithArticles(fetched)
		}
	}
	req := sent.Run()
	engine := req.Options.Engine
	if engine == summarize.EngineAuto {
		engine = p.DefaultEngine
	}
	key := s.resultKey(req, engine, p.VerifyMode(req.Options.Verify))
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
const resultKeyVersion = "result/1"

// resultKey is the hash of everything that names an answer: the articles as
// resolved (ids assigned), the options with their defaults, the engine that runs,
// and for the llm engine the model and the prompt version; with the model's
// second opinion (verify "model", whatever the engine) the model and the
// entailment prompt's version.
func (s *Service) resultKey(req summarize.Request, engine, verify string) string {
	type article struct {
		ID, Source, Title, URL, Text, HTML string
		PublishedAt                        *time.Time
	}
	k := struct {
		V        string
		Engine   string
		Model    string
		Prompts  string
		Options  summarize.Options
		Articles []article
		Verify   string `json:",omitempty"`
		Entail   string `json:",omitempty"`
	}{V: resultKeyVersion, Engine: engine, Options: req.Options}
	k.Options.Verify = "" // as resolved, below: "" and "rules" are one answer
	if engine == summarize.EngineLLM {
		k.Model, k.Prompts = s.cfg.Model, s.cfg.PromptVersion
	}
	if verify == summarize.VerifyModel {
		k.Model, k.Verify, k.Entail = s.cfg.Model, verify, prompts.EntailVersion
	}
	for _, a := range req.Articles {
		k.Articles = append(k.Articles, article{a.ID, a.Source, a.Title, a.URL, a.Text, a.HTML, a.PublishedAt})
	}
	data, _ := json.Marshal(k)
	sum := sha256.Sum256(data)
	return "result:" + hex.EncodeToString(sum[:])
}

func (s *Service) cacheGet(ctx context.Context, kind, key string) ([]byte, bool) {
	var v string
	now := s.cfg.now().UnixMilli()
	err := s.st.db.QueryRowContext(ctx, s.st.q(`SELECT value FROM briefing_cache WHERE key = ? AND kind = ? AND expires_at > ?`), key, kind, now).Scan(&v)
	if err != nil {
		return nil, false
	}
	s.st.exec(ctx, `UPDATE briefing_cache SET used_at = ? WHERE key = ?`, now, key) //nolint:errcheck
	return []byte(v), true
}

func (s *Service) cachePut(ctx context.Context, kind, key string, v []byte, ttl time.Duration) {
	now := s.cfg.now()
	if _, err := s.st.exec(ctx, `INSERT INTO briefing_cache (key, kind, value, created_at, used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, kind = excluded.kind, created_at = excluded.created_at, used_at = excluded.used_at, expires_at = excluded.expires_at`,
		key, kind, string(v), now.UnixMilli(), now.UnixMilli(), now.Add(ttl).UnixMilli()); err != nil {
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
