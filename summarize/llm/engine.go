package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/text"
)

// Counter counts tokens of a text (chunk.Tokenizer implements it).
type Counter interface {
	Count(text string) int
}

// ErrBudget is wrapped in the *summarize.Error (code ETOOLARGE) returned when the
// context is too small for the engine to make progress: one passage or note, with
// the prompt around it and the answer's reserve, does not fit. The pipeline falls
// back to the extractive engine on it unless the client asked for "llm" explicitly.
var ErrBudget = errors.New("llm: context too small for the prompt")

// Planner limits.
const (
	// chatOverhead is the tokens the chat format adds around two messages and the reply.
	chatOverhead = 12
	// maxReduceRounds bounds the reduce recursion.
	maxReduceRounds = 4
	// maxReplans is how often a context_length_exceeded answer makes the engine plan
	// again with a budget shrunk by replanFactor.
	maxReplans   = 2
	replanFactor = 0.75
	// pingTimeout bounds Ping.
	pingTimeout = 5 * time.Second
)

// Engine is the llm engine: it writes a draft briefing with a chat model.
type Engine struct {
	cfg     Config
	counter Counter
	prompts *prompts.Set
	client  *openai.Client
	planner *Planner
	// endpoint is Endpoint(BaseURL), taken before the URL is redacted: what the
	// caches key on (Identity, stepKey).
	endpoint string

	mu         sync.Mutex
	respFormat int // response_format in use; only steps down
}

var (
	_ summarize.Engine     = (*Engine)(nil)
	_ summarize.Identified = (*Engine)(nil)
)

// New builds the engine from cfg (zero fields take their defaults) and a token
// counter (chunk.Tokenizer for the model).
func New(cfg Config, counter Counter) (*Engine, error) {
	if counter == nil {
		return nil, errors.New("llm: a token counter is required")
	}
	cfg = cfg.withDefaults()
	planner, err := NewPlanner(cfg, counter)
	if err != nil {
		return nil, err
	}
	// go-openai gets no key and no password: the doer builds the Authorization
	// header, so the credentials live in one place, as Secrets, and a print of the
	// engine (its config keeps the endpoint redacted) cannot show them.
	oc := openai.DefaultConfig("")
	doer, base := newDoer(cfg)
	if base != "" {
		oc.BaseURL = base
	}
	oc.HTTPClient = doer
	endpoint := Endpoint(cfg.BaseURL)
	cfg.BaseURL = text.RedactURLs(cfg.BaseURL)
	return &Engine{
		cfg:      cfg,
		endpoint: endpoint,
		counter:  counter,
		prompts:  planner.prompts,
		client:   openai.NewClientWithConfig(oc),
		planner:  planner,
	}, nil
}

// Name returns "llm".
func (e *Engine) Name() string { return summarize.EngineLLM }

// Config returns the configuration in use, defaults applied and any password in
// BaseURL redacted.
func (e *Engine) Config() Config { return e.cfg }

// Planner returns the engine's budget planner.
func (e *Engine) Planner() *Planner { return e.planner }

// Ping checks that the endpoint answers (GET {base}/models): nil on 200, and also on
// 404 or 405, which mean a server that is up without that route.
func (e *Engine) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, pingTimeout)
	defer cancel()
	_, err := e.client.ListModels(ctx)
	if err == nil {
		return nil
	}
	status, kind, _ := classify(err)
	if status == http.StatusNotFound || status == http.StatusMethodNotAllowed {
		return nil
	}
	code := summarize.EUPSTREAM
	if kind == StatusTimeout || kind == StatusCanceled {
		code = summarize.ETIMEOUT
	}
	return &summarize.Error{Code: code, Message: "model endpoint not ready: " + describe(status, kind), Err: &callError{status: status, kind: kind, err: err}}
}

// run is the accounting of one briefing, shared by its parallel calls.
type run struct {
	mu       sync.Mutex
	usage    summarize.Usage
	steps    map[int]*summarize.StepUsage
	warnings []string
}

func (r *run) add(req request, rep reply) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.usage = r.usage.Add(rep.usage)
	if r.steps == nil {
		r.steps = map[int]*summarize.StepUsage{}
	}
	st := r.steps[req.step]
	if st == nil {
		kind := req.kind
		if kind == KindRepair {
			kind = KindBrief
		}
		st = &summarize.StepUsage{Step: req.step, Kind: kind}
		r.steps[req.step] = st
	}
	st.Calls += rep.usage.LLMCalls
	st.PromptTokens += rep.usage.PromptTokens
	st.CompletionTokens += rep.usage.CompletionTokens
	if rep.truncated != "" && len(r.warnings) < 3 {
		r.warnings = append(r.warnings, rep.truncated)
	}
}

// final returns the usage with its steps in order, the plan's passages and the
// cost when prices are set.
func (r *run) final(pl *Planned, prices Prices) summarize.Usage {
	r.mu.Lock()
	defer r.mu.Unlock()
	u := r.usage
	u.Steps = nil
	for _, st := range r.steps {
		u.Steps = append(u.Steps, *st)
	}
	slices.SortFunc(u.Steps, func(a, b summarize.StepUsage) int { return a.Step - b.Step })
	if pl != nil {
		u.Strategy = pl.Strategy
		u.PassagesSent, u.PassagesLeftOut = len(pl.Sent), len(pl.LeftOut)
	}
	if prices.Set() {
		c := prices.Cost(u.PromptTokens, u.CompletionTokens)
		u.Cost = &c
	}
	return u
}

// Brief writes the draft as the budget planner decides (see Plan): one call with
// every passage or with the best that fit, or map then reduce. Errors are
// *summarize.Error: EUPSTREAM (the model failed; fall back), ETIMEOUT (a deadline;
// fall back), or ETOOLARGE wrapping ErrBudget (the context is too small to make
// progress, the message says what it would need; fall back).
func (e *Engine) Brief(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
	if len(in.Passages) == 0 {
		return nil, summarize.Errorf(summarize.EINVALID, "no passages to brief")
	}
	acc := &run{}
	lines := &memo{c: e.counter, m: make(map[string]int, len(in.Passages))}
	scale := 1.0
	for replan := 0; ; replan++ {
		pl, err := e.planner.plan(ctx, in, scale, lines)
		if err != nil {
			return nil, err
		}
		d, err := e.execute(ctx, in, pl, acc, lines)
		if err == nil {
			d.Model = e.cfg.Model
			d.PromptVersion = prompts.Version
			d.Usage = acc.final(pl, e.cfg.Prices)
			d.Warnings = append(d.Warnings, acc.warnings...)
			return d, nil
		}
		var ce *callError
		if !errors.As(err, &ce) || ce.kind != StatusContextLength {
			return nil, err
		}
		if replan >= maxReplans {
			return nil, &summarize.Error{Code: summarize.EUPSTREAM,
				Message: fmt.Sprintf("model context length exceeded even with a budget of %d of %d tokens", int(float64(e.cfg.ContextTokens)*scale), e.cfg.ContextTokens),
				Err:     ce}
		}
		scale *= replanFactor
		e.cfg.Logger.Info("llm: context length exceeded, planning with a smaller budget", "context_tokens", int(float64(e.cfg.ContextTokens)*scale))
	}
}

// budget holds the token figures of one kind of call.
type budget struct {
	window  int    // context tokens in use
	system  string // the system prompt that writes the answer's shape out
	schemaS string // the system prompt of a call that sends the schema, when the endpoint shows it (else "")
	sysTok  int    // the tokens of either, with the schema's (the larger)
	textTok int    // the tokens of system: at most what the messages carry of it
	reserve int    // max_tokens of the answer (an upper bound for note-taking calls)
	limit   int    // most tokens of the user prompt
}

// briefBudget is the budget of a call that writes the briefing.
func (e *Engine) briefBudget(pl *Planned) budget {
	b := budget{window: pl.Window, system: e.prompts.System(false), sysTok: e.planner.system, textTok: e.planner.systemText, reserve: pl.Reserve}
	if e.cfg.schemaShown() {
		b.schemaS = e.prompts.System(true)
	}
	b.limit = b.window - b.reserve - b.sysTok - chatOverhead - e.planner.reminder
	return b
}

// noteBudget is the budget of a note-taking call (map, intermediate reduce) whose
// prompt with no items has empty tokens: the items get c tokens and the answer
// c/noteShare+answerFrame, so that c + c/noteShare + answerFrame fills the rest.
func (e *Engine) noteBudget(pl *Planned, empty int) budget {
	b := budget{window: pl.Window, system: e.prompts.NoteSystem(false), sysTok: e.planner.noter, textTok: e.planner.noterText}
	if e.cfg.schemaShown() {
		b.schemaS = e.prompts.NoteSystem(true)
	}
	free := b.window - b.sysTok - chatOverhead - e.planner.reminder - empty - answerFrame
	c := max(0, free*noteShare/(noteShare+1))
	b.reserve = min(pl.Reserve, c/noteShare+answerFrame)
	b.limit = empty + c
	if b.reserve < pl.Reserve {
		return b
	}
	// The final answer's reserve caps the notes: the items may take the rest.
	b.limit = b.window - b.reserve - b.sysTok - chatOverhead - e.planner.reminder
	return b
}

func (e *Engine) budgetError(b budget, what string, need int) error {
	return &summarize.Error{Code: summarize.ETOOLARGE,
		Message: fmt.Sprintf("the model's context of %d tokens is too small: %s needs %d tokens of prompt, and only %d are left after the system prompt (%d) and the answer's reserve (%d); set the context to at least %d tokens",
			b.window, what, need, max(b.limit, 0), b.sysTok, b.reserve, b.window+need-max(b.limit, 0)),
		Err: ErrBudget}
}

// newRequest builds a call; userTokens is the user prompt's count (or an upper
// bound) and reserve its answer's max_tokens.
func (e *Engine) newRequest(kind string, step int, user string, userTokens, reserve int, b budget) request {
	return request{kind: kind, step: step, system: b.system, systemSchema: b.schemaS, sysTok: b.sysTok, user: user, maxTokens: reserve, window: b.window,
		counted: b.textTok + chatOverhead + userTokens}
}

// repairRequest asks again with a reminder and a larger reserve, within the window.
func (e *Engine) repairRequest(r request) request {
	r.kind = KindRepair
	r.user += "\n\n" + prompts.Reminder
	r.counted = r.sysTok + chatOverhead + e.counter.Count(r.user)
	r.maxTokens = min(2*r.maxTokens, r.window-r.counted)
	return r
}

// memo caches token counts of passage and note lines for one briefing: the planner
// asks for the same lines again when it packs, checks and plans again.
type memo struct {
	c Counter
	m map[string]int
}

// passage returns the tokens of a passage's prompt line from the count the merge
// made (summarize.Passage.Tokens): only the line's prefix ("P3 ×2") is
// counted, and the text again only when it has no count or the prompt must
// neutralize it. The prefix's trailing space goes with the text's first word, as
// the tokenizer reads the whole line.
func (m *memo) passage(p summarize.Passage, q prompts.Passage) int {
	if p.Tokens <= 0 || prompts.Neutralize(p.Text) != p.Text {
		return m.count(prompts.PassageLine(q))
	}
	prefix := prompts.PassageLine(prompts.Passage{Label: q.Label, Sources: q.Sources})
	return m.count(strings.TrimSuffix(prefix, " ")) + p.Tokens
}

func (m *memo) count(s string) int {
	if n, ok := m.m[s]; ok {
		return n
	}
	n := m.c.Count(s)
	m.m[s] = n
	return n
}

// execute makes the calls of a plan.
func (e *Engine) execute(ctx context.Context, in *summarize.Input, pl *Planned, acc *run, lines *memo) (*summarize.Draft, error) {
	maxPoints, maxWords := options(in)
	passages := make([]prompts.Passage, len(pl.Sent))
	costs := make(map[string]int, len(pl.Sent))     // by label: the tokens of the passage's line
	textCosts := make(map[string]int, len(pl.Sent)) // the same under a label of its own, "P"
	for i, p := range pl.Sent {
		passages[i] = toPrompt(p)
		costs[p.ID] = lineCost(lines, p)
		q := passages[i]
		q.Label = "P"
		textCosts[p.ID] = lines.passage(p, q) + 1
	}
	fb := e.briefBudget(pl)

	if pl.Strategy != summarize.StrategyMapReduce {
		user, err := e.prompts.Brief(prompts.BriefData{MaxPoints: maxPoints, MaxWords: maxWords, Passages: passages, Differences: differencesOf(in.Differences), Language: prompts.LanguageName(in.Options.Language)})
		if err != nil {
			return nil, renderError(err)
		}
		// The lines were counted one by one; the whole prompt is counted once more,
		// and one that still overflows (tokens do not add up exactly) is mapped.
		if n := e.counter.Count(user); n <= fb.limit {
			r := e.newRequest(KindBrief, 1, user, n, fb.reserve, fb)
			rep, err := e.ask(ctx, r)
			acc.add(r, rep)
			if err != nil {
				return nil, err
			}
			return rep.draft, nil
		}
	}

	// Map: each chunk of passages → notes. The calls start as soon as their chunk
	// is rendered and checked, so the counting overlaps the first calls.
	cost := func(p prompts.Passage) int { return costs[p.Label] }
	// A note's length is sized from its passages' text, not their labels, so
	// that the same passages under other labels ask for the same notes (and
	// the step cache can answer for them).
	mapWords := func(c []prompts.Passage) int {
		words := 0
		for _, p := range c {
			words += textCosts[p.Label]
		}
		return max(summarize.MinMaxWords, words/(2*noteShare))
	}
	mapRender := func(part, parts int, c []prompts.Passage) (string, error) {
		return e.prompts.Map(prompts.MapData{Part: part, Parts: parts, MaxNotes: maxPoints, MaxWords: mapWords(c), Passages: c, Language: prompts.LanguageName(in.Options.Language)})
	}
	empty, err := mapRender(1, 1, nil)
	if err != nil {
		return nil, renderError(err)
	}
	mb := e.noteBudget(pl, lines.count(empty))
	p := e.newPool(ctx, acc)
	split, packCost := chunk.Split[prompts.Passage], cost
	if summarize.StepCacheFrom(ctx) != nil {
		// Chunks end where their content says, each passage counted with the
		// longest label's tokens: the same passages under other labels make the
		// same chunks (see stepcache.go).
		extra := 0
		for id, c := range costs {
			extra = max(extra, c-textCosts[id])
		}
		split = contentSplit
		packCost = func(p prompts.Passage) int { return textCosts[p.Label] + extra }
	}
	err = pack(e, lines, mb, passages, packCost, mapRender, split, "one passage",
		func(g group[prompts.Passage]) bool {
			r := e.newRequest(KindMap, 1, g.user, g.tokens, e.planner.noteReserve(g.itemTokens, fb.reserve), mb)
			r.chunk, r.maxNotes, r.maxWords = g.items, maxPoints, mapWords(g.items)
			return p.submit(r)
		})
	if err != nil {
		p.cancel() // stop the calls already started
	}
	notes, perr := p.wait()
	if err != nil {
		return nil, err
	}
	if perr != nil {
		return nil, perr
	}

	// Reduce, in groups while the notes overflow.
	noteCost := func(n prompts.Note) int { return lines.count(prompts.NoteLine(n)) + 1 }
	prevTokens := 0
	for round := 1; ; round++ {
		label(notes)
		final, err := e.prompts.Reduce(prompts.ReduceData{Final: true, MaxPoints: maxPoints, MaxWords: maxWords, Notes: notes, Differences: differencesOf(in.Differences), Language: prompts.LanguageName(in.Options.Language)})
		if err != nil {
			return nil, renderError(err)
		}
		if n := e.counter.Count(final); n <= fb.limit {
			r := e.newRequest(KindReduce, 1+round, final, n, fb.reserve, fb)
			rep, err := e.ask(ctx, r)
			acc.add(r, rep)
			if err != nil {
				return nil, err
			}
			expandNotes(rep.draft.Points, notes)
			return rep.draft, nil
		}
		tokens := 0
		for _, n := range notes {
			tokens += noteCost(n)
		}
		if round > maxReduceRounds || (prevTokens > 0 && tokens >= prevTokens) {
			return nil, &summarize.Error{Code: summarize.EUPSTREAM,
				Message: fmt.Sprintf("model notes did not condense to fit the context (%d tokens of notes after %d reduce rounds, %d tokens available)", tokens, round-1, fb.limit),
				Err:     &callError{kind: StatusMalformed, err: ErrMalformed}}
		}
		prevTokens = tokens
		reduceRender := func(_, _ int, g []prompts.Note) (string, error) {
			words := 0
			for _, n := range g {
				words += noteCost(n)
			}
			return e.prompts.Reduce(prompts.ReduceData{MaxPoints: maxPoints, MaxWords: max(summarize.MinMaxWords, words/(2*noteShare)), Notes: g, Language: prompts.LanguageName(in.Options.Language)})
		}
		empty, err := reduceRender(1, 1, nil)
		if err != nil {
			return nil, renderError(err)
		}
		rb := e.noteBudget(pl, lines.count(empty))
		prev := notes
		p := e.newPool(ctx, acc)
		err = pack(e, lines, rb, notes, noteCost, reduceRender, chunk.Split[prompts.Note], "one note",
			func(g group[prompts.Note]) bool {
				return p.submit(e.newRequest(KindReduce, 1+round, g.user, g.tokens, e.planner.noteReserve(g.itemTokens, fb.reserve), rb))
			})
		if err != nil {
			p.cancel()
		}
		notes, perr = p.wait()
		if err != nil {
			return nil, err
		}
		if perr != nil {
			return nil, perr
		}
		for i := range notes {
			notes[i].Citations = expandLabels(notes[i].Citations, prev)
		}
	}
}

// expandNotes replaces N labels that a reduce answer cited by mistake with the P
// labels of those notes.
func expandNotes(points []summarize.DraftPoint, notes []prompts.Note) {
	for i := range points {
		points[i].Passages = expandLabels(points[i].Passages, notes)
	}
}

func expandLabels(labels []string, notes []prompts.Note) []string {
	var out []string
	seen := map[string]bool{}
	add := func(l string) {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	for _, l := range labels {
		n, err := strconv.Atoi(strings.TrimPrefix(strings.ToUpper(l), "N"))
		if !strings.HasPrefix(strings.ToUpper(l), "N") || err != nil || n < 1 || n > len(notes) {
			add(l)
			continue
		}
		for _, c := range notes[n-1].Citations {
			add(c)
		}
	}
	return out
}

func renderError(err error) error {
	return &summarize.Error{Code: summarize.EINTERNAL, Message: "prompt render failed", Err: err}
}

func toPrompt(p summarize.Passage) prompts.Passage {
	return prompts.Passage{Label: p.ID, Text: p.Text, Sources: len(p.Sources)}
}

func label(notes []prompts.Note) {
	for i := range notes {
		notes[i].Label = fmt.Sprintf("N%d", i+1)
	}
}

// group is one packed chunk of items with its rendered prompt, that prompt's
// tokens and the tokens of its items alone.
type group[T any] struct {
	items      []T
	user       string
	tokens     int
	itemTokens int
}

// pack splits items with chunk.Split into groups whose rendered prompt fits b.limit
// and hands each to emit as soon as it is checked; emit returning false stops it.
// The room for items is the limit less the prompt rendered with none; a group whose
// render still overflows (tokens do not add up exactly) is halved until it fits.
// render gets the group's 1-based part number and the number of parts.
func pack[T any](e *Engine, lines *memo, b budget, items []T, cost func(T) int, render func(part, parts int, g []T) (string, error), splitter func([]T, func(T) int, int) ([][]T, error), what string, emit func(group[T]) bool) error {
	empty, err := render(1, 1, nil)
	if err != nil {
		return renderError(err)
	}
	overhead := lines.count(empty)
	room := b.limit - overhead
	if room <= 0 {
		return e.budgetError(b, "the prompt with no passage", overhead)
	}
	split, err := splitter(items, cost, room)
	if errors.Is(err, chunk.ErrTooLarge) {
		largest := 0
		for _, it := range items {
			largest = max(largest, cost(it))
		}
		return e.budgetError(b, what, overhead+largest)
	}
	if err != nil {
		return &summarize.Error{Code: summarize.EINTERNAL, Message: "chunking failed", Err: err}
	}
	parts := len(split)
	for part := 1; len(split) > 0; {
		g := split[0]
		split = split[1:]
		user, err := render(part, parts, g)
		if err != nil {
			return renderError(err)
		}
		n := e.counter.Count(user)
		if n > b.limit {
			if len(g) == 1 {
				return e.budgetError(b, what, n)
			}
			half := len(g) / 2
			split = append([][]T{g[:half:half], g[half:]}, split...)
			parts++
			continue
		}
		sum := 0
		for _, it := range g {
			sum += cost(it)
		}
		if !emit(group[T]{items: g, user: user, tokens: n, itemTokens: sum}) {
			return nil
		}
		part++
	}
	return nil
}

// pool runs the calls of one step, at most cfg.Concurrency in flight, and gathers
// the answers' points as notes in submission order. The first failure cancels the
// others and fails the whole step: a briefing that silently skipped part of the
// articles would not be honest, and the extractive fallback reads them all.
type pool struct {
	e      *Engine
	ctx    context.Context
	cancel context.CancelFunc
	acc    *run
	sem    chan struct{}
	wg     sync.WaitGroup
	slots  []*slot // appended by the submitting goroutine only
}

type slot struct {
	notes []prompts.Note
	err   error
}

func (e *Engine) newPool(ctx context.Context, acc *run) *pool {
	ctx, cancel := context.WithCancel(ctx)
	return &pool{e: e, ctx: ctx, cancel: cancel, acc: acc, sem: make(chan struct{}, e.cfg.Concurrency)}
}

// submit starts r once a place is free; it returns false, starting nothing, once
// the step has failed or its context is done.
func (p *pool) submit(r request) bool {
	select {
	case p.sem <- struct{}{}:
	case <-p.ctx.Done():
		return false
	}
	if p.ctx.Err() != nil {
		<-p.sem
		return false
	}
	s := &slot{}
	p.slots = append(p.slots, s)
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		defer func() { <-p.sem }()
		rep, err := p.e.askStep(p.ctx, r) // the step cache and progress hook (stepcache.go)
		p.acc.add(r, rep)
		if err != nil {
			s.err = err
			p.cancel()
			return
		}
		for _, pt := range rep.draft.Points {
			s.notes = append(s.notes, prompts.Note{Text: pt.Text, Citations: pt.Passages})
		}
	}()
	return true
}

// wait waits for every started call and returns the notes, or the first real
// failure (not the cancellations it caused).
func (p *pool) wait() ([]prompts.Note, error) {
	p.wg.Wait()
	defer p.cancel()
	var first error
	for _, s := range p.slots {
		var ce *callError
		if s.err != nil && (first == nil || errors.As(first, &ce) && ce.kind == StatusCanceled) {
			first = s.err
		}
	}
	if first == nil && p.ctx.Err() != nil {
		first = &summarize.Error{Code: summarize.ETIMEOUT, Message: "model calls canceled", Err: &callError{kind: statusOfCtx(p.ctx.Err()), err: p.ctx.Err()}}
	}
	if first != nil {
		return nil, first
	}
	var notes []prompts.Note
	for _, s := range p.slots {
		notes = append(notes, s.notes...)
	}
	return notes, nil
}

// differencesOf shows the coverage stage's differences to the model, each value
// with its hedge and the passages that state it.
func differencesOf(ds []summarize.Difference) []prompts.Difference {
	var out []prompts.Difference
	for _, d := range ds {
		pd := prompts.Difference{About: d.About, Label: d.Label}
		for _, v := range d.Values {
			val := v.Value
			if v.Hedge != "" {
				val = v.Hedge + " " + v.Value
			}
			pd.Values = append(pd.Values, prompts.DifferenceValue{Value: val, Passages: v.Passages})
		}
		out = append(out, pd)
	}
	return out
}
