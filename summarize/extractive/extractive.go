package extractive

import (
	"context"
	"fmt"
	"slices"
	"strings"

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
	// DefaultLambda is MMR's trade-off between score (1) and novelty (0): points
	// are chosen by the coverage objective (doc.go), and MMR value only says
	// which longer passage may replace the last point (refit).
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

// WithLambda sets MMR's trade-off between score and novelty, in (0, 1], with which
// refit values a longer last point.
func WithLambda(l float64) Option { return func(c *Config) { c.Lambda = l } }

// WithRedundancyCap sets the cosine to a chosen passage above which a passage is
// never chosen.
func WithRedundancyCap(c float64) Option { return func(cfg *Config) { cfg.RedundancyCap = c } }

// WithMaxGraph sets the most passages LexRank compares pairwise.
func WithMaxGraph(n int) Option { return func(c *Config) { c.MaxGraph = n } }

// WithConfig replaces the whole configuration (zero fields still take defaults).
func WithConfig(cfg Config) Option { return func(c *Config) { *c = cfg } }

// Engine is the extractive engine: it ranks merged passages and picks those that
// best cover the cluster's weighted concepts within the budget, quoting them as
// they are. It is safe for concurrent use.
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

	// Budget: the headline and the summary share at most frontShare of the words,
	// so that the points always get the rest; the headline is written first, in at
	// most a tenth.
	front := maxWords * frontShare / 100
	hb := min(e.cfg.HeadlineWords, maxWords/10)
	headline, hp := e.headline(c, hb, -1)
	src := hp
	if src < 0 {
		src = headlineSource(c, headline)
	}
	summary, sp := e.lede(c, min(e.cfg.SummaryWords, front-text.Count(headline)), src)
	e.countShown(c)

	exclude := []int{}
	for _, i := range []int{hp, sp} {
		if i >= 0 {
			exclude = append(exclude, i)
		}
	}
	// The differences come first: a point that names both sides of a disputed
	// figure, its words and its place reserved before the passages are chosen.
	// The point is written from an English template ("Sources differ on the
	// …"): a briefing in another language leaves its differences to
	// coverage.differences (both sides cited there, and on the page and in
	// Markdown) rather than write English into it.
	var diffs []summarize.DraftPoint
	if l := in.Options.Language; l == "" || summarize.SameLanguage(l, "en") {
		diffs = differencePoints(in.Differences)
	}
	if len(diffs) > maxPoints-1 {
		diffs = diffs[:max(0, maxPoints-1)]
	}
	diffWords := 0
	for _, dp := range diffs {
		diffWords += differenceWords(dp.Text)
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
		summary, sp = "", -1
		exclude = exclude[:0]
		if hp >= 0 {
			exclude = append(exclude, hp)
		}
		picked, err = e.choose(ctx, c, exclude, maxPoints, maxWords-text.Count(headline))
		if err != nil {
			return nil, err
		}
		if len(picked) == 0 {
			headline, hp, exclude = "", -1, nil
			picked, err = e.choose(ctx, c, nil, maxPoints, maxWords)
			if err != nil {
				return nil, err
			}
		}
	}
	if hp < 0 && headline != "" {
		// Before fill and refit, so that words a shorter headline frees are spent.
		headline = e.unrepeatHeadline(c, headline, picked, hb, sp)
	}
	used := text.Count(headline) + text.Count(summary)
	for _, pk := range picked {
		used += c.shownWords(pk) // time anchors included
	}
	if headline == "" && len(picked) > 0 {
		// Spend what is left on a headline, if anything is.
		headline, hp = e.headline(c, min(hb, maxWords-used), sp)
		used += text.Count(headline)
	}
	if len(picked) > 0 && len(picked) < maxPoints {
		// The words left over buy one more point, cut at a clause boundary.
		if pk, ok := e.fill(c, append(exclude, hp), picked, maxWords-used); ok {
			picked = append(picked, pk)
			used += c.shownWords(pk)
		}
	}
	if len(picked) > 0 {
		// Words still left: a point cut at a clause boundary may make room for one more.
		ex := exclude
		if hp >= 0 && !slices.Contains(ex, hp) {
			ex = append(ex[:len(ex):len(ex)], hp)
		}
		if picked, err = e.refit(ctx, c, ex, picked, maxPoints, maxWords-used); err != nil {
			return nil, err
		}
	}

	if hp < 0 && headline != "" {
		headline = e.unrepeatHeadline(c, headline, picked, hb, sp)
	}

	d := &summarize.Draft{Headline: headline, Summary: e.show(c, sp, summary)}
	if sp >= 0 {
		d.SummaryPassages = []string{in.Passages[sp].ID}
	}
	for _, pk := range picked {
		dp := summarize.DraftPoint{Text: e.show(c, pk.idx, pk.text), Passages: []string{in.Passages[pk.idx].ID}}
		for _, j := range pk.joined {
			dp.Passages = append(dp.Passages, in.Passages[j].ID)
		}
		d.Points = append(d.Points, dp)
	}
	if len(d.Points) > 0 {
		d.Points = append(d.Points, diffs...)
	}
	if len(d.Points) == 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("no passage fits in %d words", maxWords))
	}
	return d, nil
}

// unrepeatHeadline gives a headline cut from a passage that is also a point
// (its first clause, or its first words) a replacement that repeats no point: the
// point says it whole, so the headline's words would be read twice. The
// replacement is chosen as the headline is, in no more words than the one it
// replaces, from the passages that are neither a point's (whole or cut) nor the
// summary's: the best of the others, not only the next best, which is often
// another point (and a repeat kept). When none qualifies, or the one chosen
// still quotes a point's or the summary's words (a copy of the sentence in
// another passage), the headline is kept.
func (e *Engine) unrepeatHeadline(c *corpus, headline string, picked []pick, hb, sp int) string {
	isPoint := func(i int) bool {
		return i >= 0 && slices.ContainsFunc(picked, func(pk pick) bool { return pk.idx == i })
	}
	src := headlineSource(c, headline)
	if !isPoint(src) {
		return headline
	}
	skip := []int{src, sp}
	for _, pk := range picked {
		skip = append(skip, pk.idx)
	}
	h, hp := e.headline(c, min(hb, text.Count(headline)), skip...)
	if h == "" || isPoint(hp) || hp < 0 && (isPoint(headlineSource(c, h)) || sp >= 0 && headlineSource(c, h) == sp) {
		return headline
	}
	return h
}

// frontShare is the percentage of MaxWords that the headline and summary share at
// most: at 100 words, 85 are left for points.
const frontShare = 15

// show is the text a reader sees for passage i's words text: real quotation marks
// for typewriter ones, and the date after each relative time when the passage's
// article has published_at (anchorTimes). The evidence keeps the passage as written.
func (e *Engine) show(c *corpus, i int, text string) string {
	if i < 0 || text == "" {
		return text
	}
	return anchorTimesIn(realQuotes(text), c.published(c.in.Passages[i].Article), c.lang(c.in.Passages[i].Article))
}

// countShown counts each passage's words as shown (its time anchors included), so
// that the budget holds for what the reader sees.
func (e *Engine) countShown(c *corpus) {
	for i, p := range c.in.Passages {
		if c.published(p.Article) != nil {
			c.words[i] = text.Count(e.show(c, i, p.Text))
		}
	}
}

func cancelled(err error) error {
	return &summarize.Error{Code: summarize.ETIMEOUT, Message: "briefing cancelled or timed out", Err: err}
}

// headlineSource is the passage a cut headline was taken from, or -1. A
// headline cut at a word ("… until the year …") is the start of its passage, so
// that the lede does not repeat it.
func headlineSource(c *corpus, headline string) int {
	h := strings.TrimSpace(strings.TrimSuffix(headline, "…"))
	if h == "" {
		return -1
	}
	for _, i := range c.order {
		if strings.Contains(realQuotes(c.in.Passages[i].Text), h) {
			return i
		}
	}
	return -1
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
