package extractive

import (
	"context"
	"fmt"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// Default tuning, documented in doc.go. The weights were set by hand on the
// MultiLing 2011 English set and checked on the eval cases.
const (
	// DefaultCentralityWeight weighs the LexRank centrality of a passage.
	DefaultCentralityWeight = 0.30
	// DefaultCorroborationWeight weighs how many independent articles carry a passage.
	DefaultCorroborationWeight = 0.25
	// DefaultPositionWeight weighs how early the passage comes in its article.
	DefaultPositionWeight = 0.45
	// DefaultLambda is MMR's trade-off between score (1) and novelty (0).
	DefaultLambda = 0.7
	// DefaultSimilarityThreshold is the cosine below which LexRank draws no edge.
	DefaultSimilarityThreshold = 0.1
	// DefaultRedundancyCap is the cosine to an already chosen passage (or the
	// headline's) above which a passage is never chosen: a near-paraphrase.
	DefaultRedundancyCap = 0.25
	// DefaultMaxGraph is the most passages LexRank compares pairwise; larger inputs
	// are cut to this many candidates by a linear-time centroid score first.
	DefaultMaxGraph = 1500
	// DefaultHeadlineWords is the longest headline, in words.
	DefaultHeadlineWords = 16
	// DefaultSummaryWords is the longest summary, in words.
	DefaultSummaryWords = 40
)

// Weights combine the three ranking signals; each signal is scaled to [0, 1]
// before weighing, so the weights are comparable. They need not sum to one.
type Weights struct {
	Centrality    float64
	Corroboration float64
	Position      float64
}

// Config tunes the engine; a zero field takes its default.
type Config struct {
	Weights             Weights
	Lambda              float64
	SimilarityThreshold float64
	RedundancyCap       float64
	MaxGraph            int
	HeadlineWords       int
	SummaryWords        int
}

// Option changes one setting of the engine.
type Option func(*Config)

// WithWeights sets the ranking weights.
func WithWeights(w Weights) Option { return func(c *Config) { c.Weights = w } }

// WithLambda sets MMR's trade-off between score and novelty, in (0, 1].
func WithLambda(l float64) Option { return func(c *Config) { c.Lambda = l } }

// WithRedundancyCap sets the cosine to a chosen passage above which a passage is
// never chosen.
func WithRedundancyCap(c float64) Option { return func(cfg *Config) { cfg.RedundancyCap = c } }

// WithMaxGraph sets the most passages LexRank compares pairwise.
func WithMaxGraph(n int) Option { return func(c *Config) { c.MaxGraph = n } }

// WithConfig replaces the whole configuration (zero fields still take defaults).
func WithConfig(cfg Config) Option { return func(c *Config) { *c = cfg } }

// Engine is the extractive engine: it ranks merged passages and picks the best
// non-redundant ones, quoting them as they are. It is safe for concurrent use.
type Engine struct {
	cfg Config
}

var _ summarize.Engine = (*Engine)(nil)

// New returns an extractive engine; with no options it uses the defaults above.
func New(opts ...Option) *Engine {
	var cfg Config
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.Weights == (Weights{}) {
		cfg.Weights = Weights{DefaultCentralityWeight, DefaultCorroborationWeight, DefaultPositionWeight}
	}
	if cfg.Lambda <= 0 || cfg.Lambda > 1 {
		cfg.Lambda = DefaultLambda
	}
	if cfg.SimilarityThreshold <= 0 {
		cfg.SimilarityThreshold = DefaultSimilarityThreshold
	}
	if cfg.RedundancyCap <= 0 {
		cfg.RedundancyCap = DefaultRedundancyCap
	}
	if cfg.MaxGraph <= 0 {
		cfg.MaxGraph = DefaultMaxGraph
	}
	if cfg.HeadlineWords <= 0 {
		cfg.HeadlineWords = DefaultHeadlineWords
	}
	if cfg.SummaryWords <= 0 {
		cfg.SummaryWords = DefaultSummaryWords
	}
	return &Engine{cfg: cfg}
}

// Config returns the engine's resolved configuration.
func (e *Engine) Config() Config { return e.cfg }

// Name returns "extractive".
func (e *Engine) Name() string { return summarize.EngineExtractive }

// Brief ranks the input's passages and writes a draft whose points quote the chosen
// passages and cite their ids. The headline, summary and points together stay
// within Options.MaxWords (counted as text.Count counts), and there are at most
// Options.MaxPoints points.
func (e *Engine) Brief(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
	if err := ctx.Err(); err != nil {
		return nil, cancelled(err)
	}
	if in == nil || len(in.Passages) == 0 {
		return nil, summarize.Errorf(summarize.EINVALID, "no passages to summarize")
	}
	maxPoints, maxWords := in.Options.MaxPoints, in.Options.MaxWords
	if maxPoints <= 0 {
		maxPoints = summarize.DefaultMaxPoints
	}
	if maxWords <= 0 {
		maxWords = summarize.DefaultMaxWords
	}

	c, err := e.analyze(ctx, in)
	if err != nil {
		return nil, err
	}
	if err := e.rank(ctx, c); err != nil {
		return nil, err
	}

	c.ents = e.entities(c, 3)
	c.terms = e.terms(c, c.ents, 3)

	// Budget: the headline takes at most a fifth of the words, the summary at most
	// 15%; the points get the rest, and most of it.
	hb := min(e.cfg.HeadlineWords, maxWords/5)
	sb := min(e.cfg.SummaryWords, maxWords*15/100)
	headline, hp := e.headline(c, hb)
	summary := e.summary(c, sb)

	exclude := []int{}
	if hp >= 0 {
		exclude = append(exclude, hp)
	}
	// The differences come first: a point that names both sides of a disputed
	// figure, its words and its place reserved before the passages are chosen.
	diffs := differencePoints(in.Differences)
	if len(diffs) > maxPoints-1 {
		diffs = diffs[:max(0, maxPoints-1)]
	}
	diffWords := 0
	for _, dp := range diffs {
		diffWords += text.Count(dp.Text)
	}
	if diffWords > maxWords/3 {
		diffs, diffWords = nil, 0
	}
	maxPoints -= len(diffs)
	maxWords -= diffWords
	budget := maxWords - text.Count(headline) - text.Count(summary)
	picked, err := e.choose(ctx, c, exclude, maxPoints, budget)
	if err != nil {
		return nil, err
	}
	if len(picked) == 0 {
		// Too tight for headline, summary and a point: the point matters most,
		// so the summary gives up its share first, then the headline.
		summary = ""
		picked, err = e.choose(ctx, c, exclude, maxPoints, maxWords-text.Count(headline))
		if err != nil {
			return nil, err
		}
		if len(picked) == 0 {
			headline = ""
			picked, err = e.choose(ctx, c, nil, maxPoints, maxWords)
			if err != nil {
				return nil, err
			}
		}
	}
	if headline == "" && len(picked) > 0 {
		// Spend what is left on a headline, if anything is.
		used := 0
		for _, i := range picked {
			used += c.words[i]
		}
		headline, _ = e.headline(c, min(hb, maxWords-used))
	}

	d := &summarize.Draft{Headline: headline, Summary: summary}
	for _, i := range picked {
		p := in.Passages[i]
		d.Points = append(d.Points, summarize.DraftPoint{Text: p.Text, Passages: []string{p.ID}})
	}
	if len(d.Points) > 0 {
		d.Points = append(d.Points, diffs...)
	}
	if len(d.Points) == 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("no passage fits in %d words", maxWords))
	}
	return d, nil
}

func cancelled(err error) error {
	return &summarize.Error{Code: summarize.ETIMEOUT, Message: "briefing cancelled or timed out", Err: err}
}

// Scores returns the ranking score of every passage of in, in the order of
// in.Passages (higher is better): the same scorer Brief ranks with, weighing
// centrality, corroboration and position by quality. Over MaxGraph passages, those
// outside the LexRank candidate set score by corroboration and position alone.
// The llm engine's budget planner uses it to choose what to send.
func (e *Engine) Scores(ctx context.Context, in *summarize.Input) ([]float64, error) {
	if in == nil || len(in.Passages) == 0 {
		return nil, nil
	}
	c, err := e.analyze(ctx, in)
	if err != nil {
		return nil, err
	}
	if err := e.rank(ctx, c); err != nil {
		return nil, err
	}
	return c.score, nil
}
