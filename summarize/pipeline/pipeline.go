package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/coverage"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/merge"
	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/briefing-news/briefing/summarize/segment"
	"github.com/briefing-news/briefing/summarize/verify"
)

// Pipeline runs the stages of a briefing. Build it in cmd/ with the segmenter, the
// tokenizer and the engines it may use; it reads no environment and holds no request
// state, so one Pipeline serves every request.
type Pipeline struct {
	// Tokenizer counts tokens for the merge statistics and the token cap (chunk.Tokenizer):
	// each distinct text of a briefing once, and the passages carry the counts.
	Tokenizer merge.Counter
	// Segmenter splits paragraphs into sentences. cmd/ builds it at start, so that a
	// broken model stops the process; when nil, one is built on first use (tests).
	Segmenter *segment.Segmenter
	// Engines by name ("extractive", "llm"). "extractive" should be present: it is
	// the fallback when the model fails.
	Engines map[string]summarize.Engine
	// DefaultEngine is used for Options.Engine "" or "auto".
	DefaultEngine string
	// Limits bound one request; their FetchURLs is set from Fetcher (RequestLimits).
	Limits summarize.Limits
	// Fetcher gets the pages of articles sent by url alone (summarize/fetch builds
	// one); nil turns fetching off, and such an article is refused by check.
	Fetcher Fetcher
	// Entailer answers the entailment questions of Options.Verify "model" (the
	// model's second opinion on the points and claims the rules leave partial,
	// verify.Second); cmd/ sets the llm engine when a model is configured. Nil:
	// a request that asks for "model" is refused (EINVALID).
	Entailer summarize.Entailer
	// Verify is the default of Options.Verify and CheckRequest.Verify
	// (BRIEFING_VERIFY): "" or "rules", or "model" (which needs Entailer).
	Verify string
	// VerifyTimeout and VerifyConcurrency bound the questions: each one's
	// deadline, and how many are in flight; 0 takes verify's defaults.
	VerifyTimeout     time.Duration
	VerifyConcurrency int

	segOnce sync.Once
	seg     *segment.Segmenter
	segErr  error
}

// Fetcher completes the articles sent by url alone (summarize.Article.URLOnly) with
// their pages, and returns every other article as it was. A page that cannot be
// fetched is a *summarize.Error with code EINVALID naming the article.
type Fetcher interface {
	Fetch(ctx context.Context, articles []summarize.Article) ([]summarize.Article, error)
}

// RequestLimits are the limits the request rules run under: Limits, with
// FetchURLs set when the pipeline has a Fetcher. It is the one place they are
// derived; whoever checks a request before the pipeline (the API, the job store)
// uses them.
func (p *Pipeline) RequestLimits() summarize.Limits {
	lim := p.Limits
	lim.FetchURLs = p.Fetcher != nil
	return lim
}

// Brief checks the request (summarize.Request.Check under RequestLimits) and runs
// BriefChecked on it.
func (p *Pipeline) Brief(ctx context.Context, sent summarize.Request) (*summarize.Briefing, error) {
	req, err := sent.Check(p.RequestLimits())
	if err != nil {
		return nil, err
	}
	return p.BriefChecked(ctx, req)
}

// BriefChecked runs the whole pipeline on one checked request, one call per stage:
//
//	fetch → normalize → segment → merge → coverage → engine (chunking inside llm) → verify
func (p *Pipeline) BriefChecked(ctx context.Context, checked summarize.Checked) (*summarize.Briefing, error) {
	b, _, err := p.briefAndMerge(ctx, checked, false)
	return b, err
}

// BriefAndMerge is Brief that also returns the merge the briefing was written
// from, as Merge reports it, for a caller that needs both (the eval): the
// articles are merged once. The report is nil when the request failed before the
// merge; when the engine fails after it, the report comes with the error.
func (p *Pipeline) BriefAndMerge(ctx context.Context, sent summarize.Request) (*summarize.Briefing, *summarize.MergeReport, error) {
	req, err := sent.Check(p.RequestLimits())
	if err != nil {
		return nil, nil, err
	}
	return p.briefAndMerge(ctx, req, true)
}

// briefAndMerge is BriefChecked, with the merge report when report is set
// (BriefAndMerge); without, the report is nil and not built.
func (p *Pipeline) briefAndMerge(ctx context.Context, checked summarize.Checked, report bool) (*summarize.Briefing, *summarize.MergeReport, error) {
	sent, req := checked.Sent(), checked.Run()
	if len(req.Articles) == 0 {
		return nil, nil, errUnchecked
	}
	engine, err := p.engine(req.Options.Engine)
	if err != nil {
		return nil, nil, err
	}
	second, err := p.second(req.Options.Verify)
	if err != nil {
		return nil, nil, err
	}
	pages, docs, merged, offTopic, err := p.briefPassages(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	stats := merged.Stats
	summarize.ReportProgress(ctx, summarize.ProgressEvent{Kind: summarize.ProgressMerge, Merge: &stats})
	cov, err := coverage.AnalyzeContext(ctx, articlesOf(pages), docs, merged)
	if err != nil {
		return nil, nil, stopped(ctx, err)
	}
	var rep *summarize.MergeReport
	if report {
		// The report's own copy of the passages: the engine and verify read the
		// Input's, and it is theirs.
		own := merged
		own.Passages = slices.Clone(merged.Passages)
		rep = mergeReport(pages, own, cov)
	}
	// The engine's own plan (single call or map-reduce, calls planned) is for the
	// engine to report; this says which engine runs.
	summarize.ReportProgress(ctx, summarize.ProgressEvent{Kind: summarize.ProgressPlan, Engine: engine.Name()})
	lang := storyLanguage(req.Options.Language, pages)
	opts := req.Options
	opts.Language = lang
	in := &summarize.Input{Articles: articlesOf(pages), Passages: merged.Passages, Options: opts, Differences: cov.Differences, Texts: textsOf(pages)}
	b, err := p.write(ctx, engine, req.Options.Engine, in, second)
	if err != nil {
		return nil, rep, err
	}
	b.Warnings = append(b.Warnings, languageWarnings(in.Articles)...)
	b.ID = briefingID(sent, b.Engine, p.VerifyMode(req.Options.Verify))
	b.Sources = sources(in.Articles)
	b.Merge = merged.Stats
	b.Differences, b.Quotes, b.Coverage = cov.Differences, cov.Quotes, cov.Coverage
	noteOffTopic(b, offTopic)
	b.Timeline = timeline(in)
	return b, rep, nil
}

// errUnchecked is the answer to the zero summarize.Checked (or CheckedClaims),
// which no check made.
var errUnchecked = summarize.Errorf(summarize.EINTERNAL, "the request was not checked")

// Merge checks the request and runs MergeChecked on it.
func (p *Pipeline) Merge(ctx context.Context, sent summarize.Request) (*summarize.MergeReport, error) {
	req, err := sent.Check(p.RequestLimits())
	if err != nil {
		return nil, err
	}
	return p.MergeChecked(ctx, req)
}

// MergeChecked runs fetch → normalize → segment → merge only on a checked request,
// for tools that want to see what each article adds before any model runs.
func (p *Pipeline) MergeChecked(ctx context.Context, checked summarize.Checked) (*summarize.MergeReport, error) {
	req := checked.Run()
	if len(req.Articles) == 0 {
		return nil, errUnchecked
	}
	pages, docs, merged, err := p.passages(ctx, req.Articles)
	if err != nil {
		return nil, err
	}
	cov, err := coverage.AnalyzeContext(ctx, articlesOf(pages), docs, merged)
	if err != nil {
		return nil, stopped(ctx, err)
	}
	return mergeReport(pages, merged, cov), nil
}

// mergeReport is what Merge returns for the merged pages.
func mergeReport(pages []normalize.Page, merged summarize.MergeResult, cov summarize.CoverageReport) *summarize.MergeReport {
	return &summarize.MergeReport{Articles: articlesOf(pages), Result: merged, Texts: textsOf(pages),
		Differences: cov.Differences, Quotes: cov.Quotes, Coverage: cov.Coverage}
}

// Check checks the request (summarize.CheckRequest.Check under RequestLimits) and
// runs CheckClaims on it.
func (p *Pipeline) Check(ctx context.Context, sent summarize.CheckRequest) (*summarize.CheckReport, error) {
	req, err := sent.Check(p.RequestLimits())
	if err != nil {
		return nil, err
	}
	return p.CheckClaims(ctx, req)
}

// CheckClaims runs fetch → normalize → segment → merge on a checked request, then
// checks each of its claims (or each sentence of its draft, split by the
// segmenter) against the passages with the support checker (verify.CheckClaims):
// POST /v1/check and briefing check.
func (p *Pipeline) CheckClaims(ctx context.Context, checked summarize.CheckedClaims) (*summarize.CheckReport, error) {
	req := checked.Request()
	if len(req.Articles) == 0 {
		return nil, errUnchecked
	}
	second, err := p.second(req.Verify)
	if err != nil {
		return nil, err
	}
	claims := req.Claims
	if len(claims) == 0 {
		var err error
		if claims, err = p.draftClaims(req.Draft); err != nil {
			return nil, err
		}
	}
	pages, _, merged, err := p.passages(ctx, req.Articles)
	if err != nil {
		return nil, err
	}
	if err := cancelled(ctx); err != nil {
		return nil, err
	}
	in := &summarize.Input{Articles: articlesOf(pages), Passages: merged.Passages, Texts: textsOf(pages)}
	results, warnings, usage := verify.CheckClaimsWith(ctx, in, claims, second)
	if err := cancelled(ctx); err != nil {
		return nil, err
	}
	scopeClaims(results, in.Articles, storyLanguage("", pages))
	warnings = append(warnings, languageWarnings(in.Articles)...)
	return &summarize.CheckReport{Claims: results, Warnings: warnings, Usage: usage}, nil
}

// VerifyMode resolves a request's verify option: what it asks, else the
// pipeline's default (Verify), else "rules".
func (p *Pipeline) VerifyMode(asked string) string {
	switch {
	case asked != "":
		return asked
	case p.Verify != "":
		return p.Verify
	}
	return summarize.VerifyRules
}

// second is the model's second opinion for a request's verify option: nil for
// "rules"; for "model", the Entailer with the pipeline's bounds, or EINVALID
// when no model is configured.
func (p *Pipeline) second(asked string) (*verify.Second, error) {
	if p.VerifyMode(asked) != summarize.VerifyModel {
		return nil, nil
	}
	if p.Entailer == nil {
		return nil, summarize.Errorf(summarize.EINVALID, "verify %q needs a model, and none is configured on this server (it needs OPENAI_BASE_URL or OPENAI_API_KEY)", summarize.VerifyModel)
	}
	return &verify.Second{Entailer: p.Entailer, Timeout: p.VerifyTimeout, Concurrency: p.VerifyConcurrency}, nil
}

// draftClaims splits a draft into sentences, each a claim: paragraphs end at a
// blank line or where a Markdown block begins (a heading, a list item, a quote),
// their marks dropped and their lines joined; each paragraph is split by the
// segmenter. More than summarize.MaxClaims sentences is ETOOLARGE.
func (p *Pipeline) draftClaims(draft string) ([]summarize.Claim, error) {
	seg, err := p.segmenter()
	if err != nil {
		return nil, &summarize.Error{Code: summarize.EINTERNAL, Message: "sentence segmenter", Err: err}
	}
	var claims []summarize.Claim
	var para []string
	flush := func() {
		text := strings.Join(para, " ")
		para = para[:0]
		for _, sp := range seg.Spans(text) {
			if s := strings.TrimSpace(text[sp.Start:sp.End]); s != "" {
				claims = append(claims, summarize.Claim{Text: s})
			}
		}
	}
	for _, line := range strings.Split(draft, "\n") {
		line = strings.TrimSpace(line)
		rest, block := markdownBlock(line)
		if line == "" || block {
			flush()
		}
		if rest != "" {
			para = append(para, rest)
		}
	}
	flush()
	if len(claims) > summarize.MaxClaims {
		return nil, summarize.Errorf(summarize.ETOOLARGE, "the draft has %d sentences; this server checks at most %d in one request", len(claims), summarize.MaxClaims)
	}
	if len(claims) == 0 {
		return nil, summarize.Errorf(summarize.EINVALID, "the draft has no sentence to check")
	}
	return claims, nil
}

// markdownBlock strips the mark of a Markdown block that begins the line ("# ",
// "- ", "* ", "+ ", "> ", "1. ") and says whether there was one.
func markdownBlock(line string) (string, bool) {
	switch {
	case strings.HasPrefix(line, "#"):
		return strings.TrimSpace(strings.TrimLeft(line, "#")), true
	case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "), strings.HasPrefix(line, "+ "), strings.HasPrefix(line, "> "):
		return strings.TrimSpace(line[2:]), true
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i < 4 && strings.HasPrefix(line[i:], ". ") {
		return strings.TrimSpace(line[i+2:]), true
	}
	return line, false
}

// passages runs fetch → normalize → segment → merge on checked articles.
func (p *Pipeline) passages(ctx context.Context, articles []summarize.Article) ([]normalize.Page, []merge.Doc, summarize.MergeResult, error) {
	articles, err := p.fetch(ctx, articles)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, err
	}
	counts := &tokenCounts{c: p.Tokenizer, m: map[string]int{}}
	pages, capped, err := p.normalize(ctx, articles)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, err
	}
	docs, err := p.segment(ctx, pages, capped, counts)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, err
	}
	merged, err := p.merge(ctx, pages, docs, counts)
	if err != nil {
		return nil, nil, summarize.MergeResult{}, err
	}
	return pages, docs, merged, nil
}

// engine picks the engine the options name, or the default for "auto".
func (p *Pipeline) engine(asked string) (summarize.Engine, error) {
	name := asked
	if name == summarize.EngineAuto {
		name = p.DefaultEngine
	}
	engine, ok := p.Engines[name]
	if !ok {
		if name == summarize.EngineLLM {
			return nil, summarize.Errorf(summarize.EINVALID, "the llm engine is not configured on this server (it needs OPENAI_BASE_URL or OPENAI_API_KEY)")
		}
		return nil, summarize.Errorf(summarize.EINVALID, "engine %q is not available", name)
	}
	return engine, nil
}

// fetch gets the pages of the articles sent by url alone, when fetching is on.
func (p *Pipeline) fetch(ctx context.Context, articles []summarize.Article) ([]summarize.Article, error) {
	if p.Fetcher == nil {
		return articles, nil
	}
	if err := cancelled(ctx); err != nil {
		return nil, err
	}
	out, err := p.Fetcher.Fetch(ctx, articles)
	if err != nil {
		if summarize.ErrorCode(err) == summarize.EINTERNAL && ctx.Err() != nil {
			return nil, &summarize.Error{Code: summarize.ETIMEOUT, Message: "the request was cancelled while its pages were fetched", Err: err}
		}
		return nil, err
	}
	if len(out) != len(articles) {
		return nil, summarize.Errorf(summarize.EINTERNAL, "fetch returned %d articles for %d", len(out), len(articles))
	}
	return out, nil
}

// normalize cleans every article with normalize.Article (HTML parsed once, a pasted
// headline to the title, the wire dateline out), holds the text extracted from each
// html article to the per-article character limit, then drops the lines that every
// article of one outlet repeats. When the story text left is smaller in bytes than
// the token cap, the cap cannot be passed (a token is at least one byte) and
// segment need not check it.
func (p *Pipeline) normalize(ctx context.Context, articles []summarize.Article) ([]normalize.Page, bool, error) {
	pages := make([]normalize.Page, len(articles))
	for i, a := range articles {
		if err := cancelled(ctx); err != nil {
			return nil, false, err
		}
		pg, err := normalize.Article(a)
		if err != nil {
			return nil, false, &summarize.Error{Code: summarize.EINVALID, Message: fmt.Sprintf("article %s: its html could not be read", a.ID), Err: err}
		}
		if a.HTML != "" {
			if err := p.Limits.CheckStoryText(a.ID, pg.Text); err != nil {
				return nil, false, err
			}
		}
		pages[i] = pg
	}
	pages = normalize.StripRepeatedPages(pages)
	detectLanguages(pages)
	size := 0
	for _, pg := range pages {
		for _, para := range pg.Paragraphs {
			size += len(para.Text)
		}
	}
	return pages, size > p.Limits.WithDefaults().MaxTotalTokens, nil
}

// segment splits every page's paragraphs into sentences with their places in the
// article, counts each distinct sentence's tokens once, and checks the token cap
// (when capped) before the merge spends any work.
func (p *Pipeline) segment(ctx context.Context, pages []normalize.Page, capped bool, counts *tokenCounts) ([]merge.Doc, error) {
	seg, err := p.segmenter()
	if err != nil {
		return nil, &summarize.Error{Code: summarize.EINTERNAL, Message: "sentence segmenter", Err: err}
	}
	docs := make([]merge.Doc, len(pages))
	total, read := 0, 0
	for i, pg := range pages {
		if err := cancelled(ctx); err != nil {
			return nil, err
		}
		d := merge.Doc{ID: pg.Article.ID, Outlet: pg.Article.Source, Language: pg.Article.Language}
		lseg := seg.Lang(pg.Article.Language)
		for k, para := range pg.Paragraphs {
			if k%checkEvery == checkEvery-1 {
				if err := cancelled(ctx); err != nil {
					return nil, err
				}
			}
			spans := lseg.Spans(para.Text)
			if len(spans) == 0 {
				continue
			}
			ss := make([]string, len(spans))
			ts := make([]int, len(spans))
			at := make([]summarize.Span, len(spans))
			for j, sp := range spans {
				if read++; read%checkEvery == 0 {
					if err := cancelled(ctx); err != nil { // a paragraph may hold thousands of sentences
						return nil, err
					}
				}
				ss[j] = para.Text[sp.Start:sp.End]
				ts[j] = counts.count(ss[j])
				total += ts[j]
				at[j].Start, at[j].End = para.Span(sp.Start, sp.End)
			}
			d.Paragraphs = append(d.Paragraphs, ss)
			d.Tokens = append(d.Tokens, ts)
			d.Spans = append(d.Spans, at)
		}
		if len(d.Paragraphs) == 0 {
			return nil, summarize.Errorf(summarize.EINVALID, "article %s has no story text left after cleaning", pg.Article.ID)
		}
		docs[i] = d
	}
	if lim := p.Limits.WithDefaults(); capped && total > lim.MaxTotalTokens {
		return nil, summarize.Errorf(summarize.EINVALID, "the articles hold %d tokens of story text; this server takes at most %d in one request",
			total, lim.MaxTotalTokens)
	}
	return docs, nil
}

// merge folds near-duplicate sentences into passages, which carry the counts
// segment made.
func (p *Pipeline) merge(ctx context.Context, pages []normalize.Page, docs []merge.Doc, counts *tokenCounts) (summarize.MergeResult, error) {
	if err := cancelled(ctx); err != nil {
		return summarize.MergeResult{}, err
	}
	res, err := merge.MergeContext(ctx, docs, p.Tokenizer, merge.Options{})
	if err != nil {
		return summarize.MergeResult{}, stopped(ctx, err)
	}
	// The merge counted the story sentences it was given; what the client saves is
	// measured from the articles as sent, page clutter included: that is what a model
	// would have read without this stage.
	res.Stats.TokensBefore = 0
	for _, pg := range pages {
		res.Stats.TokensBefore += counts.count(pg.Visible)
	}
	return res, nil
}

// tokenCounts counts each distinct text of one briefing once.
type tokenCounts struct {
	c merge.Counter
	m map[string]int
}

func (t *tokenCounts) count(s string) int {
	n, ok := t.m[s]
	if !ok {
		if t.c == nil {
			n = len(strings.Fields(s)) // as merge counts without a counter
		} else {
			n = t.c.Count(s)
		}
		t.m[s] = n
	}
	return n
}

// write runs the engine and verifies its draft; when the engine fails in a way that
// allows it, the extractive engine writes the briefing instead.
func (p *Pipeline) write(ctx context.Context, engine summarize.Engine, asked string, in *summarize.Input, second *verify.Second) (*summarize.Briefing, error) {
	draft, err := engine.Brief(ctx, in)
	if err == nil {
		if err := cancelled(ctx); err != nil {
			return nil, err
		}
		b := p.verify(ctx, draft, in, second, engine.Name())
		if err := cancelled(ctx); err != nil {
			return nil, err
		}
		if len(b.Points) > 0 {
			return b, nil
		}
		if engine.Name() == summarize.EngineExtractive {
			b.Warnings = append(b.Warnings, "no sentence of these articles is fit to be a point (each is too short, a question or a fragment)")
			return b, nil
		}
		err = summarize.Errorf(summarize.EUPSTREAM, "the %s engine wrote no point that its cited passages or the articles support", engine.Name())
	}
	return p.fallback(ctx, engine.Name(), asked, in, err, second)
}

// fallback answers with the extractive engine when the chosen engine failed in a way
// that allows it: a model failure or deadline, and the client did not insist on the
// failed engine by name.
func (p *Pipeline) fallback(ctx context.Context, failed, asked string, in *summarize.Input, cause error, second *verify.Second) (*summarize.Briefing, error) {
	code := summarize.ErrorCode(cause)
	ext, ok := p.Engines[summarize.EngineExtractive]
	allowed := failed != summarize.EngineExtractive && asked != failed && ok && ctx.Err() == nil &&
		(code == summarize.EUPSTREAM || code == summarize.ETIMEOUT || code == summarize.ETOOLARGE)
	if !allowed {
		if ctx.Err() != nil && code == summarize.EINTERNAL {
			return nil, &summarize.Error{Code: summarize.ETIMEOUT, Message: "the request was cancelled", Err: cause}
		}
		if code == summarize.ETOOLARGE {
			// An engine's budget that is too small for the articles is not a body that
			// was too large (413): the request is valid but cannot be served (422).
			return nil, &summarize.Error{Code: summarize.EINVALID, Message: summarize.ErrorMessage(cause), Err: cause}
		}
		return nil, cause
	}
	draft, err := ext.Brief(ctx, in)
	if err != nil {
		return nil, stopped(ctx, err)
	}
	if err := cancelled(ctx); err != nil {
		return nil, err
	}
	b := p.verify(ctx, draft, in, second, ext.Name())
	if err := cancelled(ctx); err != nil {
		return nil, err
	}
	b.Warnings = append([]string{fmt.Sprintf("the %s engine failed (%s); the extractive engine wrote this briefing", failed, summarize.ErrorMessage(cause))}, b.Warnings...)
	return b, nil
}

// verify checks an engine's draft (verify.VerifyWith) and sets the languages
// of the briefing and its points, and the scope of the points checked across
// languages (applyLanguages).
//
// The dates the extractive engine wrote after relative times in another
// language than English ("mardi [12 sept.]") are taken out of the points verify
// reads (extractive.StripAnchors; verify itself takes out English ones) and
// put back in the points it keeps.
func (p *Pipeline) verify(ctx context.Context, draft *summarize.Draft, in *summarize.Input, second *verify.Second, engine string) *summarize.Briefing {
	vin, forced := verifyInput(in, in.Options.Language)
	d, anchored := withoutAnchors(draft)
	b := verify.VerifyWith(ctx, d, vin, second)
	for i := range b.Points {
		if t, ok := anchored[b.Points[i].Text]; ok {
			b.Points[i].Text = t
		}
	}
	b.Engine = engine
	applyLanguages(b, in, in.Options.Language, forced)
	return b
}

// withoutAnchors is the draft with its points' anchors in any language taken
// out, and the points' anchored texts by their texts without (trimmed, as
// verify writes them); the draft itself when no point has one.
func withoutAnchors(d *summarize.Draft) (*summarize.Draft, map[string]string) {
	var anchored map[string]string
	var points []summarize.DraftPoint
	for i, pt := range d.Points {
		bare := extractive.StripAnchors(pt.Text)
		if bare == pt.Text || len(pt.Sides) > 0 {
			continue
		}
		if anchored == nil {
			anchored = map[string]string{}
			points = slices.Clone(d.Points)
		}
		anchored[strings.TrimSpace(bare)] = strings.TrimSpace(pt.Text)
		points[i].Text = bare
	}
	if anchored == nil {
		return d, nil
	}
	cp := *d
	cp.Points = points
	return &cp, anchored
}

func (p *Pipeline) segmenter() (*segment.Segmenter, error) {
	if p.Segmenter != nil {
		return p.Segmenter, nil
	}
	p.segOnce.Do(func() { p.seg, p.segErr = segment.New() })
	return p.seg, p.segErr
}

// checkEvery is how many steps of a loop run between two looks at the context.
const checkEvery = 64

// stopped turns the error of a stage that returned because ctx is done into
// the request's ETIMEOUT; any other error is returned as it is.
func stopped(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return &summarize.Error{Code: summarize.ETIMEOUT, Message: "the request was cancelled", Err: err}
	}
	return err
}

func cancelled(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return &summarize.Error{Code: summarize.ETIMEOUT, Message: "the request was cancelled", Err: err}
	}
	return nil
}

func articlesOf(pages []normalize.Page) []summarize.Article {
	out := make([]summarize.Article, len(pages))
	for i, pg := range pages {
		out[i] = pg.Article
	}
	return out
}

// textsOf are the texts that the passages' Start and End index, by article.
func textsOf(pages []normalize.Page) []string {
	texts := make([]string, len(pages))
	for i, pg := range pages {
		texts[i] = pg.Text
	}
	return texts
}

func sources(articles []summarize.Article) []summarize.Source {
	out := make([]summarize.Source, len(articles))
	for i, a := range articles {
		out[i] = summarize.Source{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL}
	}
	return out
}

// briefingID is a content hash of the request as sent and the engine that answered: the
// same articles and options give the same id, which makes answers easy to compare.
func briefingID(req summarize.Request, engine, verifyMode string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s\x00", engine, req.Options.MaxPoints, req.Options.MaxWords, req.Options.Engine)
	if s := req.Options.Strategy; s != "" && s != summarize.StrategyAuto {
		fmt.Fprintf(h, "strategy=%s\x00", s) // ids of requests without one are unchanged
	}
	if s := req.Options.OffTopic; s == summarize.OffTopicKeep {
		fmt.Fprintf(h, "off_topic=%s\x00", s)
	}
	if verifyMode == summarize.VerifyModel {
		fmt.Fprintf(h, "verify=%s\x00", verifyMode) // as strategy: the rules' ids are unchanged
	}
	if req.Options.Language != "" {
		fmt.Fprintf(h, "language=%s\x00", req.Options.Language) // as strategy
	}
	for _, a := range req.Articles {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00", a.ID, a.Source, a.Title, a.URL, a.Text, a.HTML)
		if a.Language != "" {
			fmt.Fprintf(h, "language=%s\x00", a.Language)
		}
	}
	return "brf_" + hex.EncodeToString(h.Sum(nil))[:20]
}
