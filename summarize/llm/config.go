package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize/text"
)

// Defaults applied by New to zero fields of Config.
const (
	DefaultModel         = "gpt-4o-mini"
	DefaultContextTokens = 8192
	DefaultConcurrency   = 4
	DefaultTimeout       = 60 * time.Second
	DefaultMaxRetries    = 2 // three tries in all
	// MaxRetryAfter caps a server's Retry-After.
	MaxRetryAfter = 30 * time.Second
)

// Config configures the llm engine. The zero value of each field means its default.
type Config struct {
	// BaseURL is the OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for
	// Ollama; empty means OpenAI's. A password in it is redacted wherever the
	// configuration is printed.
	BaseURL string
	// APIKey is sent as a bearer token; unset sends no Authorization header. It
	// prints as [redacted] in every format (see Secret).
	APIKey Secret
	// Model is the model name sent to the endpoint (default gpt-4o-mini).
	Model string
	// ContextTokens is the model's context window in tokens (default 8192).
	ContextTokens int
	// Concurrency is the most model calls in flight for one briefing (default 4).
	Concurrency int
	// Timeout is the deadline of one model call (default 60s); the request's own
	// deadline wins when it is shorter.
	Timeout time.Duration
	// AnswerReserve is the tokens kept for the briefing's answer (max_tokens); 0
	// sizes it from the request: 1.5 tokens a word of max_words, 16 a point and 64.
	// Note-taking calls reserve a third of their chunk and 64, never more.
	AnswerReserve int
	// Prices, when set, make Usage.Cost and CallEvent.Cost appear.
	Prices Prices
	// SchemaShown says whether the endpoint shows the model a response_format
	// schema, as OpenAI does (counting it as prompt tokens): then a call that
	// sends the schema does not write the answer's shape out in its system
	// prompt as well. vLLM, Ollama and llama.cpp constrain decoding by the schema
	// without showing it, so there the shape stays written out. Nil decides by
	// BaseURL: OpenAI's API (an empty BaseURL or api.openai.com) and Azure
	// OpenAI (*.openai.azure.com) show it.
	SchemaShown *bool
	// Scorer ranks the passages for the budget planner (extractive.New() in
	// cmd/briefing); nil ranks by sources, then position.
	Scorer Scorer `json:"-"`
	// MaxRetries is the retries after a 429, a 5xx or a transport error (default 2,
	// so three tries); a negative value means no retry.
	MaxRetries int
	// HTTPClient sends the requests (default a new http.Client).
	HTTPClient HTTPDoer `json:"-"`
	// OnCall, when set, is told about every request sent to the model (for metrics).
	// It is called from parallel calls and must be safe for concurrent use.
	OnCall func(CallEvent) `json:"-"`
	// Logger receives one line per failed call (default: discard). It never sees the key.
	Logger *slog.Logger `json:"-"`
	// Sleep waits between retries; nil means a timer that honours ctx. Tests set it.
	Sleep func(ctx context.Context, d time.Duration) error `json:"-"`
}

// keyState says whether a key is configured, for the printed forms of Config.
func (c Config) keyState() string {
	if c.APIKey.IsSet() {
		return "set"
	}
	return "unset"
}

// String describes the configuration without its key and with any password in
// BaseURL redacted.
func (c Config) String() string {
	return fmt.Sprintf("llm.Config{BaseURL:%q Model:%q ContextTokens:%d Concurrency:%d Timeout:%s AnswerReserve:%d MaxRetries:%d APIKey:%s}",
		text.RedactURLs(c.BaseURL), c.Model, c.ContextTokens, c.Concurrency, c.Timeout, c.AnswerReserve, c.MaxRetries, c.keyState())
}

// GoString is String, so %#v does not print the key either.
func (c Config) GoString() string { return c.String() }

// LogValue is what slog prints for a Config: the settings, api_key "set" or
// "unset", and BaseURL with any password redacted.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("base_url", text.RedactURLs(c.BaseURL)),
		slog.String("model", c.Model),
		slog.Int("context_tokens", c.ContextTokens),
		slog.Int("concurrency", c.Concurrency),
		slog.String("timeout", c.Timeout.String()),
		slog.Int("answer_reserve", c.AnswerReserve),
		slog.Int("max_retries", c.MaxRetries),
		slog.String("api_key", c.keyState()),
	)
}

// MarshalJSON encodes the settings as LogValue shows them: no key, no password.
func (c Config) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		BaseURL       string `json:"base_url"`
		Model         string `json:"model"`
		ContextTokens int    `json:"context_tokens"`
		Concurrency   int    `json:"concurrency"`
		Timeout       string `json:"timeout"`
		AnswerReserve int    `json:"answer_reserve"`
		MaxRetries    int    `json:"max_retries"`
		APIKey        string `json:"api_key"`
	}{text.RedactURLs(c.BaseURL), c.Model, c.ContextTokens, c.Concurrency, c.Timeout.String(), c.AnswerReserve, c.MaxRetries, c.keyState()})
}

// withDefaults returns c with zero fields set to their defaults.
func (c Config) withDefaults() Config {
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.ContextTokens <= 0 {
		c.ContextTokens = DefaultContextTokens
	}
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = DefaultMaxRetries
	} else if c.MaxRetries < 0 {
		c.MaxRetries = 0
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Sleep == nil {
		c.Sleep = sleep
	}
	return c
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Prices are what the endpoint charges per million tokens, in any one currency.
type Prices struct {
	Prompt     float64 // per million prompt tokens
	Completion float64 // per million completion tokens
}

// Set reports whether either price is set.
func (p Prices) Set() bool { return p.Prompt > 0 || p.Completion > 0 }

// Cost is the price of that many tokens.
func (p Prices) Cost(prompt, completion int) float64 {
	return (float64(prompt)*p.Prompt + float64(completion)*p.Completion) / 1e6
}

// CallEvent describes one request sent to the model.
type CallEvent struct {
	Kind string // brief, map, reduce or repair
	// Step is the planner's step: 1 for the single call or the map calls, 1+n for
	// reduce round n; the calls of one step run in parallel.
	Step             int
	Status           string // ok, rate_limited, server_error, timeout, context_length, malformed, truncated, canceled or error
	PromptTokens     int
	CompletionTokens int
	Duration         time.Duration
	// Cost is the call's price (Config.Prices); 0 when no price is set.
	Cost float64
}

// schemaShown resolves SchemaShown.
func (c Config) schemaShown() bool {
	if c.SchemaShown != nil {
		return *c.SchemaShown
	}
	if c.BaseURL == "" {
		return true
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	return host == "api.openai.com" || strings.HasSuffix(host, ".openai.azure.com")
}
