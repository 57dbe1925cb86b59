package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// The budget planner decides, before any call, what the model is shown.
//
// The rule (Options.Strategy "auto"):
//
//  1. Rank the passages with Config.Scorer: the extractive scorer (centrality,
//     corroboration, position) as cmd/briefing wires it. In rank order a passage earns its place when it is among the
//     MaxPoints best, carries a figure or a name (a capitalized word not
//     opening the sentence) that no passage before it carries, or says something
//     new: at least half of its content words, or two of them, are in no passage
//     sent before it.
//     The others restate what is sent and are left out.
//  2. When every passage earns its place and all fit one call: strategy
//     "single", one call with everything.
//  3. When the earned passages fit one call: strategy "select", one call with
//     them, however few the restatements left out: every token sent earns its
//     place. No figure or name of the cluster is left out (the eval's prompt
//     fact coverage is 1.00 on every case at every context with this rule).
//  4. Otherwise take, in rank order, the earned passages that fit one call and
//     measure the content one call would leave out: the share of the cluster's
//     distinct figures and names that no chosen passage carries. At most
//     MaxContentLeftOut (5%): "select", one call with the chosen passages.
//     More: "map_reduce" over the earned passages, in reading order.
//
// "single" always makes one call: every passage when all fit, else the rank
// order's best that fit (reported as "select"). "map_reduce" maps every passage.
const MaxContentLeftOut = 0.05

// Reserves: the final answer is sized from max_words (about 1.5 tokens a word,
// 16 a point for its JSON and citations, 64 for the rest); a note-taking
// answer from its chunk, a third of the chunk's tokens and 64.
const (
	tokensPerWord  = 1.5
	tokensPerPoint = 16
	answerFrame    = 64
	noteShare      = 3 // a note-taking answer reserves 1/noteShare of its chunk
)

// schemaFrame is what OpenAI adds to a response_format schema's own tokens when
// it counts it as prompt (9, by its cookbook's measure).
const schemaFrame = 9

// Planned is the planner's decision for one request, made without a model.
type Planned struct {
	Strategy string // summarize.StrategySingle, StrategySelect or StrategyMapReduce
	// Sent are the passages the model is shown over all calls, in reading order;
	// LeftOut are the others.
	Sent    []summarize.Passage
	LeftOut []summarize.Passage
	// ContentLeftOut is the share of the cluster's distinct figures and names that
	// no sent passage carries.
	ContentLeftOut float64
	// Window is the context in use; Reserve the final answer's max_tokens and
	// Room the tokens of passage lines one briefing call can carry.
	Window, Reserve, Room int
}

// Planner makes plans; the engine holds one, and Plan builds one for a single
// request. It is safe for concurrent use.
type Planner struct {
	cfg     Config
	counter Counter
	prompts *prompts.Set
	scorer  Scorer
	// system and noter are the tokens of the briefing and note-taking system
	// prompts: the larger of the prompt that writes the answer's shape out and
	// the shorter one with the schema that a json_schema call sends (OpenAI
	// counts the schema as prompt tokens).
	system int
	noter  int
	// systemText and noterText are the tokens of the prompts that write the
	// shape out: what the messages of a call count at most.
	systemText int
	noterText  int
	reminder   int // tokens of the repair reminder
}

// Scorer ranks passages: one score per passage of in, higher is better.
// extractive.Engine implements it (centrality, corroboration and position); the
// llm package does not import it, so that it stays free of the HTML stack.
type Scorer interface {
	Scores(ctx context.Context, in *summarize.Input) ([]float64, error)
}

// NewPlanner builds a planner for cfg (only ContextTokens, AnswerReserve and
// Scorer are read) and a token counter.
func NewPlanner(cfg Config, counter Counter) (*Planner, error) {
	if counter == nil {
		return nil, fmt.Errorf("llm: a token counter is required")
	}
	set, err := prompts.New()
	if err != nil {
		return nil, err
	}
	scorer := cfg.Scorer
	if scorer == nil {
		scorer = positionScorer{}
	}
	// Only the budget's settings are kept: no endpoint, no key.
	cfg = Config{ContextTokens: cfg.ContextTokens, AnswerReserve: cfg.AnswerReserve}
	if cfg.ContextTokens <= 0 {
		cfg.ContextTokens = DefaultContextTokens
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, set.Schema()); err != nil {
		return nil, fmt.Errorf("llm: answer schema: %w", err)
	}
	schema := counter.Count(compact.String()) + schemaFrame
	text, noteText := counter.Count(set.System(false)), counter.Count(set.NoteSystem(false))
	return &Planner{cfg: cfg, counter: counter, prompts: set, scorer: scorer,
		system: max(text, counter.Count(set.System(true))+schema), systemText: text,
		noter: max(noteText, counter.Count(set.NoteSystem(true))+schema), noterText: noteText,
		reminder: counter.Count("\n\n" + prompts.Reminder)}, nil
}

// Plan decides what a model with cfg's context would be shown for in, without
// calling it: the eval measures from it which facts reach the model.
func Plan(ctx context.Context, cfg Config, counter Counter, in *summarize.Input) (*Planned, error) {
	p, err := NewPlanner(cfg, counter)
	if err != nil {
		return nil, err
	}
	return p.Plan(ctx, in, 1)
}

// options returns max points and words with their defaults.
func options(in *summarize.Input) (maxPoints, maxWords int) {
	maxPoints, maxWords = in.Options.MaxPoints, in.Options.MaxWords
	if maxPoints <= 0 {
		maxPoints = summarize.DefaultMaxPoints
	}
	if maxWords <= 0 {
		maxWords = summarize.DefaultMaxWords
	}
	return maxPoints, maxWords
}

// finalReserve is the max_tokens of a call that writes the briefing.
func (p *Planner) finalReserve(maxPoints, maxWords int) int {
	if p.cfg.AnswerReserve > 0 {
		return p.cfg.AnswerReserve
	}
	return int(tokensPerWord*float64(maxWords)+0.5) + tokensPerPoint*maxPoints + answerFrame
}

// noteReserve is the max_tokens of a note-taking call over items of that many
// tokens, never more than the final answer's.
func (p *Planner) noteReserve(tokens, final int) int {
	return min(final, tokens/noteShare+answerFrame)
}

// window is the context in use at scale.
func (p *Planner) window(scale float64) int { return int(float64(p.cfg.ContextTokens) * scale) }

// briefOverhead is every token of a briefing call but its passage lines and
// answer: system, chat format, repair reminder and the prompt with no passage.
func (p *Planner) briefOverhead(in *summarize.Input) (int, error) {
	maxPoints, maxWords := options(in)
	empty, err := p.prompts.Brief(prompts.BriefData{MaxPoints: maxPoints, MaxWords: maxWords, Differences: differencesOf(in.Differences)})
	if err != nil {
		return 0, renderError(err)
	}
	return p.system + chatOverhead + p.reminder + p.counter.Count(empty), nil
}

// lineCost is the tokens of one passage's prompt line and its line break.
func lineCost(lines *memo, ps summarize.Passage) int {
	return lines.passage(ps, toPrompt(ps)) + 1
}

// Plan decides for in at scale (the share of the context in use).
func (p *Planner) Plan(ctx context.Context, in *summarize.Input, scale float64) (*Planned, error) {
	lines := &memo{c: p.counter, m: make(map[string]int, len(in.Passages))}
	return p.plan(ctx, in, scale, lines)
}

func (p *Planner) plan(ctx context.Context, in *summarize.Input, scale float64, lines *memo) (*Planned, error) {
	if len(in.Passages) == 0 {
		return nil, summarize.Errorf(summarize.EINVALID, "no passages to brief")
	}
	maxPoints, maxWords := options(in)
	pl := &Planned{Window: p.window(scale), Reserve: p.finalReserve(maxPoints, maxWords)}
	over, err := p.briefOverhead(in)
	if err != nil {
		return nil, err
	}
	pl.Room = pl.Window - pl.Reserve - over
	costs := make([]int, len(in.Passages))
	total, smallest := 0, -1
	for i, ps := range in.Passages {
		costs[i] = lineCost(lines, ps)
		total += costs[i]
		if smallest < 0 || costs[i] < smallest {
			smallest = costs[i]
		}
	}
	if err := p.checkSmallest(pl, over, smallest, maxWords); err != nil {
		return nil, err
	}
	strategy := in.Options.Strategy
	if strategy == "" {
		strategy = summarize.StrategyAuto
	}
	all := make([]int, len(in.Passages))
	units := make([][]string, len(in.Passages))
	for i, ps := range in.Passages {
		all[i] = i
		units[i] = contentUnits(ps.Text)
	}
	done := func(strategy string, idx []int) *Planned { return finish(pl, in, units, strategy, idx) }
	if strategy == summarize.StrategyMapReduce {
		return done(summarize.StrategyMapReduce, all), nil
	}
	if total <= pl.Room && strategy == summarize.StrategySingle {
		return done(summarize.StrategySingle, all), nil
	}
	order, err := p.rank(ctx, in)
	if err != nil {
		return nil, err
	}
	if strategy == summarize.StrategySingle {
		return done(summarize.StrategySelect, fitting(order, costs, pl.Room)), nil
	}
	words := make([][]string, len(in.Passages))
	for i, ps := range in.Passages {
		words[i] = contentWords(ps.Text)
	}
	earned := earn(order, units, words, maxPoints)
	sum := 0
	for _, i := range earned {
		sum += costs[i]
	}
	switch {
	case total <= pl.Room && len(earned) == len(in.Passages):
		return done(summarize.StrategySingle, all), nil
	case sum <= pl.Room:
		return done(summarize.StrategySelect, earned), nil
	}
	if chosen := fitting(earned, costs, pl.Room); leftOut(units, chosen) <= MaxContentLeftOut {
		return done(summarize.StrategySelect, chosen), nil
	}
	if summarize.StepCacheFrom(ctx) != nil {
		// With a step cache the map step's passages are earned in reading
		// order, not rank order: an article added at the end of a story
		// then changes no earlier passage's place, and the chunks before it
		// are answered from the cache (the ranks shift with every article).
		earned = earn(all, units, words, maxPoints)
	}
	return done(summarize.StrategyMapReduce, earned), nil
}

// checkSmallest explains in plain words what the context would need when not even
// the smallest passage fits one call with the answer's reserve.
func (p *Planner) checkSmallest(pl *Planned, over, smallest, maxWords int) error {
	if pl.Room >= smallest {
		return nil
	}
	need := over + smallest + pl.Reserve
	msg := fmt.Sprintf("the model's context of %d tokens is too small for a briefing of up to %d words: one call needs %d tokens (%d of instructions, %d for the shortest passage and %d for the answer); set the context to at least %d tokens",
		pl.Window, maxWords, need, over, smallest, pl.Reserve, need)
	if p.cfg.AnswerReserve <= 0 {
		// How many words would fit the context as it is.
		if words := int(float64(pl.Window-over-smallest-answerFrame-tokensPerPoint) / tokensPerWord); words >= summarize.MinMaxWords {
			msg += fmt.Sprintf(", or ask for at most %d words (max_words)", words)
		}
	}
	return &summarize.Error{Code: summarize.ETOOLARGE, Message: msg, Err: ErrBudget}
}

// finish fills the plan with the passages at idx, put back in reading order,
// and the share of the cluster's figures and names (units, per passage) that
// they leave out.
func finish(pl *Planned, in *summarize.Input, units [][]string, strategy string, idx []int) *Planned {
	pl.Strategy = strategy
	sent := make([]bool, len(in.Passages))
	for _, i := range idx {
		sent[i] = true
	}
	for i, ps := range in.Passages {
		if sent[i] {
			pl.Sent = append(pl.Sent, ps)
		} else {
			pl.LeftOut = append(pl.LeftOut, ps)
		}
	}
	pl.ContentLeftOut = leftOut(units, idx)
	return pl
}

// rank returns the passage indexes by extractive score, best first; ties keep
// reading order.
func (p *Planner) rank(ctx context.Context, in *summarize.Input) ([]int, error) {
	scores, err := p.scorer.Scores(ctx, in)
	if err != nil {
		return nil, err
	}
	order := make([]int, len(in.Passages))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	return order, nil
}

// positionScorer is the ranking when no Scorer is configured: passages carried
// by more articles first, then earlier sentences.
type positionScorer struct{}

func (positionScorer) Scores(_ context.Context, in *summarize.Input) ([]float64, error) {
	out := make([]float64, len(in.Passages))
	for i, p := range in.Passages {
		out[i] = float64(len(p.Sources)) - float64(p.Sentence)/float64(1+p.Sentence)
	}
	return out, nil
}

// earn returns, in rank order, the passages that earn their place: the maxPoints
// best, every one that carries a figure or name none before it carries, and
// every one of which at least minNovelty of the content words (stemmed, topic
// stopwords out) are new: not a restatement of what is already sent.
func earn(order []int, units [][]string, words [][]string, maxPoints int) []int {
	seen, said := map[string]bool{}, map[string]bool{}
	var out []int
	for k, i := range order {
		fresh := false
		for _, u := range units[i] {
			if !seen[u] {
				seen[u] = true
				fresh = true
			}
		}
		novel := 0
		for _, w := range words[i] {
			if !said[w] {
				novel++
			}
		}
		if k < maxPoints || fresh || novel >= minNovelWords || float64(novel) >= minNovelty*float64(len(words[i])) && novel > 0 {
			out = append(out, i)
			for _, w := range words[i] {
				said[w] = true
			}
		}
	}
	return out
}

// minNovelty is the share of new content words that earns a passage its place;
// minNovelWords new content words earn it too, whatever their share: in a long
// cluster most words of a short passage have been said somewhere before, and
// two new ones ("tests", "brakes") are usually a fact of its own.
const (
	minNovelty    = 0.5
	minNovelWords = 2
)

// contentWords returns the distinct stems of the words of s that are not topic
// stopwords (lower-cased letters only).
func contentWords(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) < 3 || text.TopicWords.Has(f) {
			continue
		}
		st := text.StemLong(f)
		if !seen[st] {
			seen[st] = true
			out = append(out, st)
		}
	}
	return out
}

// fitting returns, in the given order, the passages that fit room, skipping
// those that would overflow it.
func fitting(order, costs []int, room int) []int {
	var out []int
	used := 0
	for _, i := range order {
		if used+costs[i] <= room {
			out = append(out, i)
			used += costs[i]
		}
	}
	return out
}

// leftOut is the share of the distinct units of all passages that the chosen
// ones do not carry.
func leftOut(units [][]string, chosen []int) float64 {
	all, carried := map[string]bool{}, map[string]bool{}
	for _, us := range units {
		for _, u := range us {
			all[u] = true
		}
	}
	if len(all) == 0 {
		return 0
	}
	for _, i := range chosen {
		for _, u := range units[i] {
			carried[u] = true
		}
	}
	return float64(len(all)-len(carried)) / float64(len(all))
}

// contentUnits returns the figures ("#1200") and names ("@bressano") of a
// passage, read by the text toolkit as the support checker reads them: a figure
// is any text.Figures reads (numerals, number words, scales: "1.5 million" and
// "1,500,000" are one unit, "#1500000"), a name a capitalized word (text.Lex)
// that does not open a sentence, is no stopword and is no part of a figure.
func contentUnits(s string) []string {
	toks := text.Lex(s)
	var out []string
	inFigure := make([]bool, len(toks))
	for _, f := range text.Figures(toks, text.FigureOptions{Passage: true}) {
		out = append(out, "#"+f.Key)
		for k := f.At; k < f.End; k++ {
			inFigure[k] = true
		}
	}
	for k, t := range toks {
		if !inFigure[k] && !t.Num && !t.Start && t.Cap && !text.MatchWords.Has(t.Low) {
			out = append(out, "@"+t.Low)
		}
	}
	return out
}
