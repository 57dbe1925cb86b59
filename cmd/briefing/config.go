package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/llm"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/segment"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/verify"
)

// config is every setting of the binary. Secrets (the model key, the API keys) come
// from the environment only: a flag would show them in the process list.
type config struct {
	Addr    string
	BaseURL string
	APIKey  llm.Secret // prints as [redacted]
	Model   string
	Engine  string
	// Verify is BRIEFING_VERIFY, the default of a request's options.verify:
	// "rules" or "model" (the model's second opinion on partial points; needs a
	// model).
	Verify          string
	ContextTokens   int
	LLMConcurrency  int
	LLMTimeout      time.Duration
	MaxBody         int64
	MaxArticles     int
	MaxFeedArticles int // most articles of one feed grouped into stories
	MaxArticleChars int
	MaxHTMLBytes    int
	MaxTotalTokens  int
	MaxInflight     int
	QueueTimeout    time.Duration
	RequestTimeout  time.Duration
	APIKeys         []string // secret
	RateLimit       int
	DrainTimeout    time.Duration
	LogLevel        string
	Fetch           fetchConfig // BRIEFING_FETCH*: pages of articles sent by url (fetch_config.go)
	// PricePrompt and PriceCompletion are the model's prices per million tokens
	// (BRIEFING_PRICE_PROMPT, BRIEFING_PRICE_COMPLETION); either set makes
	// usage.cost appear.
	PricePrompt     float64
	PriceCompletion float64
	// SchemaShown is BRIEFING_LLM_SCHEMA_SHOWN: whether the endpoint shows the
	// model the answer's schema; nil (auto) lets llm.Config.SchemaShown decide
	// by the endpoint's URL.
	SchemaShown *bool
	Jobs        jobsConfig // the job store, workers and caches (jobs_config.go)
}

// String prints the configuration with its secrets redacted, and any password in
// the endpoint's URL.
func (c config) String() string {
	return fmt.Sprintf("addr=%s base_url=%s api_key=%s model=%s engine=%s verify=%s context_tokens=%d llm_concurrency=%d llm_timeout=%s "+
		"max_body=%d max_articles=%d max_article_chars=%d max_html_bytes=%d max_inflight=%d api_keys=%d rate_limit=%d store=%s workers=%d",
		c.Addr, text.RedactURLs(c.BaseURL), c.APIKey, c.Model, c.Engine, c.Verify, c.ContextTokens, c.LLMConcurrency, c.LLMTimeout,
		c.MaxBody, c.MaxArticles, c.MaxArticleChars, c.MaxHTMLBytes, c.MaxInflight, len(c.APIKeys), c.RateLimit, c.Jobs.store(), c.Jobs.Workers)
}

// loadConfig reads every setting from the environment through getenv. The
// flags come after, each subcommand's own (settingFlags).
func loadConfig(getenv func(string) string) (*config, error) {
	e := envReader{getenv: getenv}
	c := &config{
		Addr:            e.str("BRIEFING_ADDR", ":8080"),
		BaseURL:         e.str("OPENAI_BASE_URL", ""),
		APIKey:          llm.NewSecret(strings.TrimSpace(getenv("OPENAI_API_KEY"))),
		Model:           e.str("BRIEFING_MODEL", "gpt-4o-mini"),
		Engine:          e.str("BRIEFING_ENGINE", summarize.EngineAuto),
		Verify:          e.str("BRIEFING_VERIFY", summarize.VerifyRules),
		ContextTokens:   e.int("BRIEFING_CONTEXT_TOKENS", 8192),
		LLMConcurrency:  e.int("BRIEFING_LLM_CONCURRENCY", 4),
		LLMTimeout:      e.duration("BRIEFING_LLM_TIMEOUT", 60*time.Second),
		MaxBody:         int64(e.int("BRIEFING_MAX_BODY", 0)), // 0: follows the html limit (check)
		MaxArticles:     e.int("BRIEFING_MAX_ARTICLES", summarize.DefaultMaxArticles),
		MaxFeedArticles: e.int("BRIEFING_MAX_FEED_ARTICLES", summarize.DefaultMaxFeedArticles),
		MaxArticleChars: e.int("BRIEFING_MAX_ARTICLE_CHARS", summarize.DefaultMaxArticleChars),
		MaxHTMLBytes:    e.int("BRIEFING_MAX_HTML_BYTES", summarize.DefaultMaxHTMLBytes),
		MaxTotalTokens:  e.int("BRIEFING_MAX_TOTAL_TOKENS", summarize.DefaultMaxTotalTokens),
		MaxInflight:     e.int("BRIEFING_MAX_INFLIGHT", 0),
		QueueTimeout:    e.duration("BRIEFING_QUEUE_TIMEOUT", 2*time.Second),
		RequestTimeout:  e.duration("BRIEFING_REQUEST_TIMEOUT", 0),
		RateLimit:       e.int("BRIEFING_RATE_LIMIT", 0),
		DrainTimeout:    e.duration("BRIEFING_DRAIN_TIMEOUT", 0),
		LogLevel:        e.str("BRIEFING_LOG_LEVEL", "info"),
		Fetch:           loadFetchConfig(&e),
		PricePrompt:     e.float("BRIEFING_PRICE_PROMPT"),
		PriceCompletion: e.float("BRIEFING_PRICE_COMPLETION"),
		SchemaShown:     e.onOffAuto("BRIEFING_LLM_SCHEMA_SHOWN"),
		Jobs:            loadJobsConfig(&e),
	}
	for _, k := range strings.Split(getenv("BRIEFING_API_KEYS"), ",") {
		if k = strings.TrimSpace(k); k != "" {
			c.APIKeys = append(c.APIKeys, k)
		}
	}
	if e.err != nil {
		return nil, e.err
	}
	return c, nil
}

// The setting flags by what reads them. A subcommand registers the groups it
// reads (settingFlags), so that its -h lists no flag that would do nothing
// there; the settings themselves are read from the environment everywhere.
var (
	// serverFlags are the HTTP API's: serve.
	serverFlags = []string{"addr", "max-body", "max-inflight", "queue-timeout", "request-timeout", "rate-limit"}
	// drainFlags: how long a long-running process lets its work finish on a
	// signal (serve, worker).
	drainFlags = []string{"drain-timeout"}
	// llmFlags make and call the llm engine, and pick the engine: wherever a
	// briefing is written (serve, worker, summarize, eval), not merge or check,
	// which run the extractive pipeline whatever the environment names.
	llmFlags = []string{"base-url", "engine", "verify", "context-tokens", "llm-concurrency", "llm-timeout"}
	// pipelineFlags are read wherever the pipeline runs: the model's name picks
	// the tokenizer that counts the tokens, and the token cap is counted with it.
	pipelineFlags = []string{"model", "max-total-tokens"}
	// articleLimitFlags are the limits a request is checked against before it
	// runs (summarize.Request.Valid): where the pipeline runs, and at job submit.
	articleLimitFlags = []string{"max-articles", "max-article-chars", "max-html-bytes"}
	// logFlags: where something is logged (not merge or check: the extractive
	// pipeline logs nothing).
	logFlags = []string{"log-level"}
	// briefFlags are read wherever a briefing is written: serve, worker,
	// summarize and eval.
	briefFlags = slices.Concat(llmFlags, pipelineFlags, articleLimitFlags, logFlags)
)

// settingFlags registers on fs the flags of the settings named in groups, each
// with the environment's value as its default. Secrets have none: a flag would
// show them in the process list.
func (c *config) settingFlags(fs *flag.FlagSet, groups ...[]string) {
	flags := map[string]struct {
		value any
		usage string
	}{
		"addr":              {&c.Addr, "listen address (BRIEFING_ADDR)"},
		"base-url":          {&c.BaseURL, "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama (OPENAI_BASE_URL)"},
		"model":             {&c.Model, "model name sent to the endpoint (BRIEFING_MODEL)"},
		"engine":            {&c.Engine, "auto, llm or extractive (BRIEFING_ENGINE)"},
		"verify":            {&c.Verify, "who checks the points the rules leave partial when a request does not say: rules, or model, which asks the model (BRIEFING_VERIFY)"},
		"context-tokens":    {&c.ContextTokens, "the model's context window (BRIEFING_CONTEXT_TOKENS)"},
		"llm-concurrency":   {&c.LLMConcurrency, "parallel model calls per briefing (BRIEFING_LLM_CONCURRENCY)"},
		"llm-timeout":       {&c.LLMTimeout, "deadline of one model call (BRIEFING_LLM_TIMEOUT)"},
		"max-body":          {&c.MaxBody, "largest request body in bytes; 0 follows the html limit: twice it plus 1 MiB, at least 8 MiB (BRIEFING_MAX_BODY)"},
		"max-articles":      {&c.MaxArticles, "most articles in one request (BRIEFING_MAX_ARTICLES)"},
		"max-feed-articles": {&c.MaxFeedArticles, "most articles of one feed grouped into stories (BRIEFING_MAX_FEED_ARTICLES)"},
		"max-article-chars": {&c.MaxArticleChars, "most characters of story text in one article: a text as sent, or the text extracted from html (BRIEFING_MAX_ARTICLE_CHARS)"},
		"max-html-bytes":    {&c.MaxHTMLBytes, "most bytes of html in one article (BRIEFING_MAX_HTML_BYTES)"},
		"max-total-tokens":  {&c.MaxTotalTokens, "most tokens of story text in one request (BRIEFING_MAX_TOTAL_TOKENS)"},
		"max-inflight":      {&c.MaxInflight, "briefings running at once; 0 picks from cores and engine (BRIEFING_MAX_INFLIGHT)"},
		"queue-timeout":     {&c.QueueTimeout, "how long a briefing waits for a slot before 503 (BRIEFING_QUEUE_TIMEOUT)"},
		"request-timeout":   {&c.RequestTimeout, "deadline of one briefing or merge; 0 is 30s for extractive, 3 × the model timeout for llm (BRIEFING_REQUEST_TIMEOUT)"},
		"rate-limit":        {&c.RateLimit, "requests per minute per key; 0 is off (BRIEFING_RATE_LIMIT)"},
		"drain-timeout":     {&c.DrainTimeout, "how long shutdown lets in-flight briefings finish; 0 is the model timeout plus 15s (BRIEFING_DRAIN_TIMEOUT)"},
		"log-level":         {&c.LogLevel, "debug, info, warn or error (BRIEFING_LOG_LEVEL)"},
	}
	for _, group := range groups {
		for _, name := range group {
			f, ok := flags[name]
			if !ok {
				panic("settingFlags: no setting flag " + name)
			}
			switch v := f.value.(type) {
			case *string:
				fs.StringVar(v, name, *v, f.usage)
			case *int:
				fs.IntVar(v, name, *v, f.usage)
			case *int64:
				fs.Int64Var(v, name, *v, f.usage)
			case *time.Duration:
				fs.DurationVar(v, name, *v, f.usage)
			default:
				panic(fmt.Sprintf("settingFlags: %s has a value of type %T", name, v))
			}
		}
	}
}

// check validates the settings after the flags are parsed.
func (c *config) check() error {
	switch c.Engine {
	case summarize.EngineAuto, summarize.EngineLLM, summarize.EngineExtractive:
	default:
		return fmt.Errorf("BRIEFING_ENGINE: unknown engine %q (auto, llm or extractive)", c.Engine)
	}
	if c.Engine == summarize.EngineLLM && !c.llmConfigured() {
		return fmt.Errorf("BRIEFING_ENGINE=llm needs OPENAI_BASE_URL or OPENAI_API_KEY")
	}
	switch c.Verify {
	case summarize.VerifyRules, summarize.VerifyModel:
	default:
		return fmt.Errorf("BRIEFING_VERIFY: unknown value %q (rules or model)", c.Verify)
	}
	if c.Verify == summarize.VerifyModel && !c.llmConfigured() {
		return fmt.Errorf("BRIEFING_VERIFY=model needs OPENAI_BASE_URL or OPENAI_API_KEY")
	}
	for name, v := range map[string]int{"BRIEFING_CONTEXT_TOKENS": c.ContextTokens, "BRIEFING_LLM_CONCURRENCY": c.LLMConcurrency,
		"BRIEFING_MAX_ARTICLES": c.MaxArticles, "BRIEFING_MAX_ARTICLE_CHARS": c.MaxArticleChars, "BRIEFING_MAX_HTML_BYTES": c.MaxHTMLBytes,
		"BRIEFING_MAX_TOTAL_TOKENS": c.MaxTotalTokens, "BRIEFING_MAX_FEED_ARTICLES": c.MaxFeedArticles} {
		if v <= 0 {
			return fmt.Errorf("%s must be positive, got %d", name, v)
		}
	}
	if c.PricePrompt < 0 || c.PriceCompletion < 0 {
		return fmt.Errorf("BRIEFING_PRICE_PROMPT and BRIEFING_PRICE_COMPLETION must not be negative")
	}
	if c.MaxBody == 0 {
		c.MaxBody = defaultMaxBody(c.MaxHTMLBytes)
	}
	if c.MaxBody < 0 {
		return fmt.Errorf("BRIEFING_MAX_BODY must be positive, got %d", c.MaxBody)
	}
	if c.MaxBody < int64(c.MaxHTMLBytes) {
		return fmt.Errorf("BRIEFING_MAX_BODY (%d) is smaller than BRIEFING_MAX_HTML_BYTES (%d): a page of the largest html could never arrive", c.MaxBody, c.MaxHTMLBytes)
	}
	if c.LLMTimeout <= 0 {
		return fmt.Errorf("BRIEFING_LLM_TIMEOUT must be positive, got %s", c.LLMTimeout)
	}
	if err := c.Fetch.check(); err != nil {
		return err
	}
	if c.RequestTimeout < 0 {
		return fmt.Errorf("BRIEFING_REQUEST_TIMEOUT must not be negative, got %s", c.RequestTimeout)
	}
	if c.RequestTimeout == 0 {
		// extractive: linear work on at most BRIEFING_MAX_BODY; llm: a map round, a
		// reduce round and a repair, each up to the model timeout.
		c.RequestTimeout = 30 * time.Second
		if c.defaultEngine() == summarize.EngineLLM {
			c.RequestTimeout = 3 * c.LLMTimeout
		}
	}
	if err := c.Jobs.check(); err != nil {
		return err
	}
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = c.LLMTimeout + 15*time.Second
	}
	return nil
}

// defaultMaxBody is the body limit that follows the html limit: a request with one
// page of the largest html, escaped in JSON (quotes and line ends double), and
// room for the rest of the request; never under the former 8 MiB.
func defaultMaxBody(maxHTML int) int64 {
	return max(8<<20, 2*int64(maxHTML)+1<<20)
}

// llmConfigured says whether an endpoint or a key was given: with auto, that picks llm.
func (c *config) llmConfigured() bool { return c.BaseURL != "" || c.APIKey.IsSet() }

// defaultEngine resolves auto.
func (c *config) defaultEngine() string {
	if c.Engine == summarize.EngineAuto {
		if c.llmConfigured() {
			return summarize.EngineLLM
		}
		return summarize.EngineExtractive
	}
	return c.Engine
}

// components builds what the pipeline loads from embedded data, which can fail:
// the sentence segmenter (the Punkt model) and the tokenizer (the BPE rank table).
// Tests replace it to see a broken one stop the start-up.
var components = struct {
	segmenter func() (*segment.Segmenter, error)
	tokenizer func(model string) (*chunk.Tokenizer, error)
}{segment.New, chunk.NewTokenizer}

// build wires the pipeline: the sentence segmenter, the tokenizer for the configured
// model, the extractive engine always (it is the fallback), and the llm engine when
// an endpoint is set. Everything that can fail is built here, at start, so a broken
// model file stops the process instead of failing the first request. It returns the
// readiness probe for /readyz.
func (c *config) build(logger *slog.Logger, metrics *api.Metrics) (*pipeline.Pipeline, func(context.Context) error, error) {
	seg, err := components.segmenter()
	if err != nil {
		return nil, nil, fmt.Errorf("start-up: the sentence segmenter could not be built: %w", err)
	}
	tok, err := components.tokenizer(c.Model)
	if err != nil {
		return nil, nil, fmt.Errorf("start-up: the tokenizer for model %q could not be built: %w", c.Model, err)
	}
	p := &pipeline.Pipeline{
		Segmenter:     seg,
		Tokenizer:     tok,
		Engines:       map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()},
		DefaultEngine: c.defaultEngine(),
		Limits:        c.limits(),
	}
	if p.Fetcher, err = c.Fetch.fetcher(); err != nil {
		return nil, nil, err
	}
	ready := func(context.Context) error { return nil }
	if c.llmConfigured() {
		eng, err := llm.New(llm.Config{
			BaseURL:       c.BaseURL,
			APIKey:        c.APIKey,
			Model:         c.Model,
			ContextTokens: c.ContextTokens,
			Concurrency:   c.LLMConcurrency,
			Timeout:       c.LLMTimeout,
			Prices:        llm.Prices{Prompt: c.PricePrompt, Completion: c.PriceCompletion},
			SchemaShown:   c.SchemaShown,
			Scorer:        p.Engines[summarize.EngineExtractive].(*extractive.Engine),
			Logger:        logger,
			OnCall: func(ev llm.CallEvent) {
				metrics.ModelCall(ev.Kind, ev.Status, ev.PromptTokens, ev.CompletionTokens, ev.Cost, ev.Duration)
			},
		}, tok)
		if err != nil {
			return nil, nil, fmt.Errorf("llm engine: %w", err)
		}
		p.Engines[summarize.EngineLLM] = eng
		ready = eng.Ping
		// The model's second opinion (options.verify model), whichever engine
		// writes the points: each question under the shorter of its own deadline
		// and the model timeout, no more at once than the model calls of a briefing.
		p.Entailer, p.Verify = eng, c.Verify
		p.VerifyTimeout = min(verify.DefaultQuestionTimeout, c.LLMTimeout)
		p.VerifyConcurrency = min(verify.DefaultQuestionConcurrency, c.LLMConcurrency)
	}
	return p, ready, nil
}

// extractivePipeline builds the pipeline for a subcommand that never calls a model
// (merge, check): the extractive engine, whatever the environment names.
func (c *config) extractivePipeline(stderr io.Writer) (*pipeline.Pipeline, error) {
	c.Engine, c.BaseURL, c.APIKey, c.Verify = summarize.EngineExtractive, "", llm.Secret{}, summarize.VerifyRules
	if err := c.check(); err != nil {
		return nil, err
	}
	p, _, err := c.build(c.logger(stderr), nil)
	return p, err
}

// limits are the request limits, the same for the API's checks and the pipeline's.
func (c *config) limits() summarize.Limits {
	return summarize.Limits{
		MaxArticles:     c.MaxArticles,
		MaxArticleChars: c.MaxArticleChars,
		MaxHTMLBytes:    c.MaxHTMLBytes,
		MaxTotalTokens:  c.MaxTotalTokens,
	}
}

// logger writes JSON lines at the configured level. Every string in a line, the
// message included, has the password of any URL in it redacted (url.URL.Redacted):
// OPENAI_BASE_URL may carry one, and so may an error that quotes it.
func (c *config) logger(w interface{ Write([]byte) (int, error) }) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.LogLevel)); err != nil {
		lvl = slog.LevelInfo
	}
	return api.RedactLogger(slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: lvl})))
}

func (c *config) maxInflight() int {
	if c.MaxInflight > 0 {
		return c.MaxInflight
	}
	return api.DefaultMaxInflight(c.defaultEngine(), runtime.NumCPU())
}

// envReader reads typed settings and keeps the first error, naming the variable.
type envReader struct {
	getenv func(string) string
	err    error
}

func (e *envReader) str(name, def string) string {
	if v := strings.TrimSpace(e.getenv(name)); v != "" {
		return v
	}
	return def
}

func (e *envReader) int(name string, def int) int {
	v := strings.TrimSpace(e.getenv(name))
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s: %q is not a whole number", name, v)
	}
	return n
}

// float reads a price: a decimal number, 0 when unset.
func (e *envReader) float(name string) float64 {
	v := strings.TrimSpace(e.getenv(name))
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if (err != nil || math.IsNaN(f) || math.IsInf(f, 0)) && e.err == nil {
		e.err = fmt.Errorf("%s: %q is not a number (a price per million tokens, e.g. 0.15)", name, v)
	}
	return f
}

func (e *envReader) duration(name string, def time.Duration) time.Duration {
	v := strings.TrimSpace(e.getenv(name))
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s: %q is not a Go duration such as 60s or 2m", name, v)
	}
	return d
}
