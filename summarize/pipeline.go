package summarize

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/briefing-news/briefing/summarize/merge"
	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/briefing-news/briefing/summarize/segment"
)

// Default limits, used where Limits leaves a field at zero.
const (
	DefaultMaxArticles     = 200
	DefaultMaxArticleChars = 200_000
	DefaultMaxTotalTokens  = 2_000_000
)

// Bounds on the options a client may ask for; the API contract says the same.
const (
	MinMaxWords  = 20
	MaxMaxWords  = 2000
	MaxMaxPoints = 50
)

// Limits bound one request; zero means the default.
type Limits struct {
	MaxArticles     int // most articles in one request (default 200)
	MaxArticleChars int // most characters of one article's text or html (default 200,000)
	MaxTotalTokens  int // most tokens of all articles' story text together (default 2,000,000)
}

func (l Limits) withDefaults() Limits {
	if l.MaxArticles <= 0 {
		l.MaxArticles = DefaultMaxArticles
	}
	if l.MaxArticleChars <= 0 {
		l.MaxArticleChars = DefaultMaxArticleChars
	}
	if l.MaxTotalTokens <= 0 {
		l.MaxTotalTokens = DefaultMaxTotalTokens
	}
	return l
}

// Pipeline runs normalize → segment → merge → engine → verify. Build it in cmd/ with
// the engines it may use; it reads no environment and holds no request state. Use it
// through a pointer.
type Pipeline struct {
	// Segmenter splits paragraphs into sentences. cmd/ builds it at start, so a broken
	// model stops the process; nil builds one on first use (tests).
	Segmenter *segment.Segmenter
	// Tokenizer counts tokens for the merge statistics (chunk.Tokenizer).
	Tokenizer merge.Counter
	// Engines by name ("extractive", "llm"). "extractive" should be present: it is
	// the fallback when the model fails.
	Engines map[string]Engine
	// DefaultEngine is used for Options.Engine "" or "auto".
	DefaultEngine string
	Limits        Limits

	segOnce sync.Once
	seg     *segment.Segmenter
	segErr  error
}

// MergeReport is the answer of Pipeline.Merge: the articles as resolved (ids
// assigned) and the merge result.
type MergeReport struct {
	Articles []Article
	Result   merge.Result
}

// Brief runs the whole pipeline on one request.
func (p *Pipeline) Brief(ctx context.Context, req Request) (*Briefing, error) {
	rep, opts, err := p.prepare(ctx, req)
	if err != nil {
		return nil, err
	}
	name := opts.Engine
	if name == EngineAuto {
		name = p.DefaultEngine
	}
	engine, ok := p.Engines[name]
	if !ok {
		if name == EngineLLM {
			return nil, Errorf(EINVALID, "the llm engine is not configured on this server (it needs OPENAI_BASE_URL or OPENAI_API_KEY)")
		}
		return nil, Errorf(EINVALID, "engine %q is not available", name)
	}
	in := &Input{Articles: rep.Articles, Passages: rep.Result.Passages, Options: opts}

	draft, err := engine.Brief(ctx, in)
	var b *Briefing
	if err == nil {
		b = Verify(draft, in)
		b.Engine = engine.Name()
		if len(b.Points) == 0 {
			if name != EngineExtractive {
				err = Errorf(EUPSTREAM, "the %s engine wrote no point with a valid citation", name)
			} else {
				b.Warnings = append(b.Warnings, "no sentence of these articles is fit to be a point (each is too short, a question or a fragment)")
			}
		}
	}
	if err != nil {
		fb, ferr := p.fallback(ctx, name, req.Options.Engine, in, err)
		if ferr != nil {
			return nil, ferr
		}
		b = fb
	}
	b.ID = briefingID(req, b.Engine)
	b.Sources = sources(rep.Articles)
	b.Merge = rep.Result.Stats
	return b, nil
}

// fallback answers with the extractive engine when the chosen engine failed in a way
// that allows it: a model failure or deadline, and the client did not insist on the
// failed engine by name.
func (p *Pipeline) fallback(ctx context.Context, failed, asked string, in *Input, cause error) (*Briefing, error) {
	code := ErrorCode(cause)
	ext, ok := p.Engines[EngineExtractive]
	allowed := failed != EngineExtractive && asked != failed && ok && ctx.Err() == nil &&
		(code == EUPSTREAM || code == ETIMEOUT || code == ETOOLARGE)
	if !allowed {
		if ctx.Err() != nil && code == EINTERNAL {
			return nil, &Error{Code: ETIMEOUT, Message: "the request was cancelled", Err: cause}
		}
		if code == ETOOLARGE {
			// An engine's budget that is too small for the articles is not a body that
			// was too large (413): the request is valid but cannot be served (422).
			return nil, &Error{Code: EINVALID, Message: ErrorMessage(cause), Err: cause}
		}
		return nil, cause
	}
	draft, err := ext.Brief(ctx, in)
	if err != nil {
		return nil, err
	}
	b := Verify(draft, in)
	b.Engine = ext.Name()
	b.Warnings = append([]string{fmt.Sprintf("the %s engine failed (%s); the extractive engine wrote this briefing", failed, ErrorMessage(cause))}, b.Warnings...)
	return b, nil
}

// Merge runs normalize → segment → merge only, for tools that want to see what each
// article adds before any model runs.
func (p *Pipeline) Merge(ctx context.Context, req Request) (*MergeReport, error) {
	rep, _, err := p.prepare(ctx, req)
	return rep, err
}

// prepare checks the request, assigns ids, cleans and segments every article and
// merges them.
func (p *Pipeline) prepare(ctx context.Context, req Request) (*MergeReport, Options, error) {
	lim := p.Limits.withDefaults()
	opts, err := resolveOptions(req.Options)
	if err != nil {
		return nil, opts, err
	}
	articles, err := resolveArticles(req.Articles, lim)
	if err != nil {
		return nil, opts, err
	}
	seg, err := p.segmenter()
	if err != nil {
		return nil, opts, &Error{Code: EINTERNAL, Message: "sentence segmenter", Err: err}
	}

	outlets := make([]string, len(articles))
	paras := make([][]string, len(articles))
	for i, a := range articles {
		if err := ctx.Err(); err != nil {
			return nil, opts, &Error{Code: ETIMEOUT, Message: "the request was cancelled", Err: err}
		}
		outlets[i] = a.Source
		if a.HTML != "" {
			ps, err := normalize.HTML(a.HTML, a.URL)
			if err != nil {
				return nil, opts, &Error{Code: EINVALID, Message: fmt.Sprintf("article %s: its html could not be read", a.ID), Err: err}
			}
			paras[i] = ps
		} else {
			paras[i] = normalize.Text(a.Text)
		}
		// A headline pasted as the first line is the article's title, not a passage:
		// it becomes the title when the client sent none, so nothing is lost.
		if h, rest := normalize.SplitHeadline(paras[i]); h != "" && (a.Title == "" || normalize.SameHeadline(h, a.Title)) {
			paras[i] = rest
			if a.Title == "" {
				articles[i].Title = h
			}
		}
		paras[i] = normalize.StripDateline(paras[i])
	}
	paras = normalize.StripRepeated(outlets, paras)

	docs := make([]merge.Doc, len(articles))
	for i, a := range articles {
		d := merge.Doc{ID: a.ID, Outlet: a.Source}
		for _, para := range paras[i] {
			if ss := seg.Sentences(para); len(ss) > 0 {
				d.Paragraphs = append(d.Paragraphs, ss)
			}
		}
		if len(d.Paragraphs) == 0 {
			return nil, opts, Errorf(EINVALID, "article %s has no story text left after cleaning", a.ID)
		}
		docs[i] = d
	}
	if err := ctx.Err(); err != nil {
		return nil, opts, &Error{Code: ETIMEOUT, Message: "the request was cancelled", Err: err}
	}
	res := merge.Merge(docs, p.Tokenizer, merge.Options{})
	if res.Stats.TokensBefore > lim.MaxTotalTokens {
		return nil, opts, Errorf(EINVALID, "the articles hold %d tokens of story text; this server takes at most %d in one request",
			res.Stats.TokensBefore, lim.MaxTotalTokens)
	}
	// The merge counted the story sentences it was given; what the client saves is
	// measured from the articles as sent, page clutter included: that is what a model
	// would have read without this stage.
	res.Stats.TokensBefore = 0
	for _, a := range articles {
		if a.HTML != "" {
			res.Stats.TokensBefore += p.Tokenizer.Count(normalize.PageText(a.HTML))
		} else {
			res.Stats.TokensBefore += p.Tokenizer.Count(a.Text)
		}
	}
	return &MergeReport{Articles: articles, Result: res}, opts, nil
}

func (p *Pipeline) segmenter() (*segment.Segmenter, error) {
	if p.Segmenter != nil {
		return p.Segmenter, nil
	}
	p.segOnce.Do(func() { p.seg, p.segErr = segment.New() })
	return p.seg, p.segErr
}

// resolveOptions applies defaults and checks the bounds of the options.
func resolveOptions(o Options) (Options, error) {
	switch o.Engine {
	case "":
		o.Engine = EngineAuto
	case EngineAuto, EngineLLM, EngineExtractive:
	default:
		return o, Errorf(EINVALID, "unknown engine %q: use auto, llm or extractive", o.Engine)
	}
	if o.MaxPoints == 0 {
		o.MaxPoints = DefaultMaxPoints
	}
	if o.MaxWords == 0 {
		o.MaxWords = DefaultMaxWords
	}
	if o.MaxPoints < 1 || o.MaxPoints > MaxMaxPoints {
		return o, Errorf(EINVALID, "max_points must be between 1 and %d, got %d", MaxMaxPoints, o.MaxPoints)
	}
	if o.MaxWords < MinMaxWords || o.MaxWords > MaxMaxWords {
		return o, Errorf(EINVALID, "max_words must be between %d and %d, got %d", MinMaxWords, MaxMaxWords, o.MaxWords)
	}
	return o, nil
}

// resolveArticles checks every article and assigns ids a1, a2, … by order to those
// that have none, skipping ids the client already uses.
func resolveArticles(in []Article, lim Limits) ([]Article, error) {
	if len(in) == 0 {
		return nil, Errorf(EINVALID, "the request has no articles")
	}
	if len(in) > lim.MaxArticles {
		return nil, Errorf(ETOOLARGE, "the request has %d articles; this server takes at most %d", len(in), lim.MaxArticles)
	}
	taken := make(map[string]bool, len(in))
	for i, a := range in {
		if a.ID == "" {
			continue
		}
		if taken[a.ID] {
			return nil, Errorf(EINVALID, "article id %q is used twice (articles must have distinct ids)", a.ID)
		}
		if err := checkID(a.ID); err != nil {
			return nil, Errorf(EINVALID, "article %d: %v", i+1, err)
		}
		taken[a.ID] = true
	}
	out := make([]Article, len(in))
	next := 1
	for i, a := range in {
		if a.ID == "" {
			for taken[fmt.Sprintf("a%d", next)] {
				next++
			}
			a.ID = fmt.Sprintf("a%d", next)
			taken[a.ID] = true
		}
		hasText, hasHTML := strings.TrimSpace(a.Text) != "", strings.TrimSpace(a.HTML) != ""
		switch {
		case a.Text != "" && a.HTML != "":
			return nil, Errorf(EINVALID, "article %s has both text and html; send one", a.ID)
		case !hasText && !hasHTML:
			return nil, Errorf(EINVALID, "article %s has neither text nor html", a.ID)
		}
		if n := len(a.Text) + len(a.HTML); n > lim.MaxArticleChars {
			return nil, Errorf(ETOOLARGE, "article %s has %d characters; this server takes at most %d per article", a.ID, n, lim.MaxArticleChars)
		}
		out[i] = a
	}
	return out, nil
}

// checkID keeps ids printable and short: they are echoed in citations and Markdown.
func checkID(id string) error {
	if len(id) > 64 {
		return errors.New("id is longer than 64 characters")
	}
	for _, r := range id {
		if r <= ' ' || r == 0x7f || r == '[' || r == ']' {
			return fmt.Errorf("id %q has a space, bracket or control character", id)
		}
	}
	return nil
}

func sources(articles []Article) []Source {
	out := make([]Source, len(articles))
	for i, a := range articles {
		out[i] = Source{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL}
	}
	return out
}

// briefingID is a content hash of the request and the engine that answered: the
// same articles and options give the same id, which makes answers easy to compare.
func briefingID(req Request, engine string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s\x00", engine, req.Options.MaxPoints, req.Options.MaxWords, req.Options.Engine)
	for _, a := range req.Articles {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00", a.ID, a.Source, a.Title, a.URL, a.Text, a.HTML)
	}
	return "brf_" + hex.EncodeToString(h.Sum(nil))[:20]
}
