package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/prompts"

	openai "github.com/sashabaranov/go-openai"

	"github.com/briefing-news/briefing/summarize"
)

// Call kinds, as reported in CallEvent.Kind.
const (
	KindBrief  = "brief"
	KindMap    = "map"
	KindReduce = "reduce"
	KindRepair = "repair"
)

// Call statuses, as reported in CallEvent.Status.
const (
	StatusOK            = "ok"
	StatusRateLimited   = "rate_limited"
	StatusServerError   = "server_error"
	StatusTimeout       = "timeout"
	StatusContextLength = "context_length"
	StatusMalformed     = "malformed"
	StatusTruncated     = "truncated"
	StatusCanceled      = "canceled"
	StatusError         = "error"
)

// Response formats, from the strictest down; the engine steps down when the endpoint
// rejects one and remembers it.
const (
	formatSchema = iota
	formatObject
	formatNone
)

// callError is the cause wrapped in every *summarize.Error the engine returns. Its
// text names the status and kind only (never the upstream body, which may echo the
// key); Unwrap gives the typed go-openai error for errors.As.
type callError struct {
	status int    // HTTP status, 0 for none
	kind   string // one of the Status* values
	err    error
}

func (e *callError) Error() string {
	if e.status > 0 {
		return fmt.Sprintf("model call %s (HTTP %d)", e.kind, e.status)
	}
	return "model call " + e.kind
}

func (e *callError) Unwrap() error { return e.err }

// headerKey carries a *http.Header into the HTTP doer, which copies the response
// headers into it: go-openai hides them on errors, and Retry-After lives there.
type headerKey struct{}

// headerDoer sends go-openai's requests: it builds the Authorization header — the
// one place the credentials are revealed; go-openai itself holds neither the key
// nor the endpoint's password — and copies the response headers for Retry-After.
type headerDoer struct {
	c   HTTPDoer
	key Secret
	// The user name and password of the endpoint's URL, taken out of it: sent as
	// Basic auth when there is no key, as net/http does for a URL with userinfo.
	user  string
	pass  Secret
	basic bool
}

func (d headerDoer) Do(req *http.Request) (*http.Response, error) {
	switch {
	case d.key.IsSet():
		req.Header.Set("Authorization", "Bearer "+d.key.Reveal())
	case d.basic:
		req.SetBasicAuth(d.user, d.pass.Reveal())
	}
	resp, err := d.c.Do(req)
	if resp != nil {
		if h, ok := req.Context().Value(headerKey{}).(*http.Header); ok {
			*h = resp.Header.Clone()
		}
	}
	return resp, err
}

// newDoer builds the doer for cfg and returns the base URL for go-openai, without
// its userinfo.
func newDoer(cfg Config) (headerDoer, string) {
	d := headerDoer{c: cfg.HTTPClient, key: cfg.APIKey}
	base := strings.TrimRight(cfg.BaseURL, "/")
	if u, err := url.Parse(base); err == nil && u.User != nil {
		pw, _ := u.User.Password()
		d.user, d.pass, d.basic = u.User.Username(), NewSecret(pw), true
		u.User = nil
		base = u.String()
	}
	return d, base
}

// request is one logical model call.
type request struct {
	kind         string
	system       string // the system prompt, the answer's shape written out
	systemSchema string // the system prompt when the call sends the schema
	sysTok       int    // the larger of the two, with the schema
	step         int    // planner step: 1 for the brief or map calls, 1+n for reduce round n
	user         string
	maxTokens    int
	counted      int // prompt tokens of the messages (system, user, chat format) counted before sending, the shape written out: a json_schema call sends up to 30 fewer, and the schema
	window       int // context tokens in use: counted + maxTokens never exceeds it
	// schema and schemaName are the response_format json_schema of the call;
	// nil is the briefing's (prompts.Set.Schema).
	schema     []byte
	schemaName string
	// chunk, maxNotes and maxWords are a map call's inputs, from which the
	// step cache derives its key (see stepcache.go).
	chunk              []prompts.Passage
	maxNotes, maxWords int
}

// reply is one parsed model answer with its accounting.
type reply struct {
	draft     *summarize.Draft
	usage     summarize.Usage
	truncated string // a warning when the endpoint counted far fewer prompt tokens
}

// classify names what went wrong with one HTTP attempt.
func classify(err error) (status int, kind string, message string) {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.Is(err, context.Canceled):
		return 0, StatusCanceled, ""
	case errors.Is(err, context.DeadlineExceeded):
		return 0, StatusTimeout, ""
	case errors.As(err, &apiErr):
		status, message = apiErr.HTTPStatusCode, apiErr.Message
		if code, ok := apiErr.Code.(string); ok {
			message = code + " " + message
		}
	case errors.As(err, &reqErr):
		status, message = reqErr.HTTPStatusCode, string(reqErr.Body)
	default:
		return 0, StatusError, ""
	}
	lower := strings.ToLower(message)
	switch {
	case status == http.StatusTooManyRequests:
		kind = StatusRateLimited
	case status >= 500:
		kind = StatusServerError
	case strings.Contains(lower, "context_length_exceeded") || strings.Contains(lower, "maximum context length") ||
		strings.Contains(lower, "context length") || strings.Contains(lower, "context window") ||
		strings.Contains(lower, "too many tokens") || strings.Contains(lower, "prompt is too long"):
		kind = StatusContextLength
	default:
		kind = StatusError
	}
	return status, kind, lower
}

// formatRejected reports whether a 400 says the endpoint does not take the
// response_format that was sent.
func formatRejected(status int, lower string) bool {
	if status != http.StatusBadRequest && status != http.StatusUnprocessableEntity && status != http.StatusNotImplemented {
		return false
	}
	for _, s := range []string{"response_format", "json_schema", "json_object", "response format", "structured output"} {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// retryAfter reads a Retry-After header (seconds or an HTTP date).
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 {
		return time.Duration(secs * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

// backoff is the wait before retry n (1-based): 500ms·2^(n-1), ±50% jitter, at most 8s.
func backoff(n int) time.Duration {
	d := 500 * time.Millisecond << (n - 1)
	if d > 8*time.Second {
		d = 8 * time.Second
	}
	return d/2 + rand.N(d)
}

// chatRequest builds the go-openai request for one try.
func (e *Engine) chatRequest(r request, format int) openai.ChatCompletionRequest {
	system := r.system
	if format == formatSchema && r.systemSchema != "" {
		system = r.systemSchema // the schema carries the shape
	}
	req := openai.ChatCompletionRequest{
		Model: e.cfg.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: system},
			{Role: openai.ChatMessageRoleUser, Content: r.user},
		},
	}
	if reasoningModel(e.cfg.Model) {
		req.MaxCompletionTokens = r.maxTokens
	} else {
		req.MaxTokens = r.maxTokens
		req.Temperature = 0.2
	}
	switch format {
	case formatSchema:
		name, schema := "briefing", r.schema
		if schema == nil {
			schema = e.prompts.Schema()
		} else {
			name = r.schemaName
		}
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name:   name,
				Schema: json.RawMessage(schema),
				Strict: true,
			},
		}
	case formatObject:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return req
}

// reasoningModel reports model families that take max_completion_tokens and no
// temperature (go-openai refuses the other form for them).
func reasoningModel(m string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

func (e *Engine) format() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.respFormat
}

// downgrade steps the response format down from the one that was rejected.
func (e *Engine) downgrade(from int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.respFormat == from && e.respFormat < formatNone {
		e.respFormat++
		e.cfg.Logger.Info("llm: endpoint rejected response_format, stepping down", "model", e.cfg.Model, "format", formatName(e.respFormat))
	}
}

func formatName(f int) string {
	return [...]string{"json_schema", "json_object", "none"}[f]
}

// send makes one logical call: retries on 429, 5xx and transport errors with backoff
// (honouring Retry-After), steps the response format down when it is rejected, and
// returns the raw answer text. Errors are *summarize.Error (EUPSTREAM or ETIMEOUT)
// wrapping a *callError.
func (e *Engine) send(ctx context.Context, r request) (openai.ChatCompletionResponse, summarize.Usage, time.Duration, error) {
	var usage summarize.Usage
	tries := 1 + e.cfg.MaxRetries
	for attempt := 1; ; attempt++ {
		format := e.format()
		var hdr http.Header
		callCtx, cancel := e.callContext(ctx)
		callCtx = context.WithValue(callCtx, headerKey{}, &hdr)
		start := time.Now()
		resp, err := e.client.CreateChatCompletion(callCtx, e.chatRequest(r, format))
		elapsed := time.Since(start)
		cancel()
		usage.LLMCalls++
		if err == nil {
			return resp, usage, elapsed, nil
		}
		e.redact(err)
		status, kind, lower := classify(err)
		if ctx.Err() != nil {
			kind = statusOfCtx(ctx.Err()) // the parent's deadline or cancellation
		}
		e.event(r, kind, 0, 0, elapsed)
		e.cfg.Logger.Warn("llm: model call failed", "kind", r.kind, "status", kind, "http_status", status, "attempt", attempt, "model", e.cfg.Model)
		cause := &callError{status: status, kind: kind, err: err}
		if kind == StatusError && formatRejected(status, lower) && format < formatNone {
			e.downgrade(format)
			attempt-- // a format step-down is not a failed try
			continue
		}
		switch kind {
		case StatusCanceled:
			return resp, usage, elapsed, &summarize.Error{Code: summarize.ETIMEOUT, Message: "model call canceled", Err: cause}
		case StatusTimeout:
			return resp, usage, elapsed, &summarize.Error{Code: summarize.ETIMEOUT, Message: fmt.Sprintf("model call timed out (%s %s)", r.kind, e.cfg.Model), Err: cause}
		case StatusContextLength:
			return resp, usage, elapsed, &summarize.Error{Code: summarize.EUPSTREAM, Message: "model context length exceeded", Err: cause}
		case StatusRateLimited, StatusServerError:
		default:
			var transport *url.Error
			if status != 0 {
				return resp, usage, elapsed, &summarize.Error{Code: summarize.EUPSTREAM, Message: fmt.Sprintf("model endpoint refused the call (HTTP %d)", status), Err: cause}
			}
			if !errors.As(err, &transport) {
				// Refused before sending (go-openai's own checks): no retry helps.
				return resp, usage, elapsed, &summarize.Error{Code: summarize.EUPSTREAM, Message: "model call could not be made", Err: cause}
			}
			// A transport error (connection refused, reset…): retried like a 5xx.
		}
		if attempt >= tries {
			return resp, usage, elapsed, &summarize.Error{Code: summarize.EUPSTREAM, Message: fmt.Sprintf("model endpoint failed: %s after %d tries", describe(status, kind), attempt), Err: cause}
		}
		wait := backoff(attempt)
		if d, ok := retryAfter(hdr, time.Now()); ok {
			wait = min(d, MaxRetryAfter)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return resp, usage, elapsed, &summarize.Error{Code: summarize.EUPSTREAM, Message: fmt.Sprintf("model endpoint failed: %s, and the retry wait (%s) is beyond the deadline", describe(status, kind), wait.Round(time.Millisecond)), Err: cause}
		}
		if err := e.cfg.Sleep(ctx, wait); err != nil {
			return resp, usage, elapsed, &summarize.Error{Code: summarize.ETIMEOUT, Message: "model call canceled while waiting to retry", Err: cause}
		}
	}
}

// redact removes the key from the typed go-openai error in place, so that even
// code that renders the wrapped cause cannot show it.
func (e *Engine) redact(err error) {
	if !e.cfg.APIKey.IsSet() {
		return
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		apiErr.Message = e.cfg.APIKey.Redact(apiErr.Message)
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		reqErr.Body = []byte(e.cfg.APIKey.Redact(string(reqErr.Body)))
	}
}

func describe(status int, kind string) string {
	if status > 0 {
		return fmt.Sprintf("%s (HTTP %d)", strings.ReplaceAll(kind, "_", " "), status)
	}
	return strings.ReplaceAll(kind, "_", " ")
}

func statusOfCtx(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return StatusTimeout
	}
	return StatusCanceled
}

// callContext gives one call the shorter of cfg.Timeout and the parent's deadline.
func (e *Engine) callContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, e.cfg.Timeout)
}

func (e *Engine) event(r request, status string, prompt, completion int, d time.Duration) {
	if e.cfg.OnCall != nil {
		ev := CallEvent{Kind: r.kind, Step: r.step, Status: status, PromptTokens: prompt, CompletionTokens: completion, Duration: d}
		if e.cfg.Prices.Set() {
			ev.Cost = e.cfg.Prices.Cost(prompt, completion)
		}
		e.cfg.OnCall(ev)
	}
}

// ask sends r and parses the answer; a malformed, empty or cut answer gets one
// repair try with a reminder and a larger answer reserve.
func (e *Engine) ask(ctx context.Context, r request) (reply, error) {
	var out reply
	for repair := 0; ; repair++ {
		resp, usage, elapsed, err := e.send(ctx, r)
		out.usage = out.usage.Add(usage)
		if err != nil {
			return out, err
		}
		prompt, completion := resp.Usage.PromptTokens, resp.Usage.CompletionTokens
		content, finish := "", openai.FinishReason("")
		if len(resp.Choices) > 0 {
			content, finish = resp.Choices[0].Message.Content, resp.Choices[0].FinishReason
		}
		if prompt == 0 {
			prompt = r.counted
		}
		if completion == 0 {
			completion = e.counter.Count(content)
		}
		out.usage.PromptTokens += prompt
		out.usage.CompletionTokens += completion
		if resp.Usage.PromptTokens > 0 && r.counted >= truncationMinimum && float64(resp.Usage.PromptTokens) < truncationRatio*float64(r.counted) {
			out.truncated = fmt.Sprintf("the model endpoint counted %d prompt tokens where %d were sent: it may have cut the prompt (for Ollama, raise num_ctx to the context size)", resp.Usage.PromptTokens, r.counted)
		}
		kind := StatusOK
		d, perr := ParseAnswer(content)
		switch {
		case finish == openai.FinishReasonLength:
			kind = StatusTruncated
		case perr != nil:
			kind = StatusMalformed
		}
		e.event(r, kind, prompt, completion, elapsed)
		if kind == StatusOK {
			out.draft = d
			return out, nil
		}
		e.cfg.Logger.Warn("llm: unusable answer", "kind", r.kind, "status", kind, "finish_reason", string(finish), "model", e.cfg.Model)
		if repair >= 1 {
			return out, &summarize.Error{Code: summarize.EUPSTREAM,
				Message: fmt.Sprintf("model answer unusable after a repair try: %s", strings.ReplaceAll(kind, "_", " ")),
				Err:     &callError{kind: kind, err: ErrMalformed}}
		}
		if r = e.repairRequest(r); r.maxTokens <= 0 {
			return out, &summarize.Error{Code: summarize.EUPSTREAM, Message: "model answer unusable and no room left to ask again: " + strings.ReplaceAll(kind, "_", " "),
				Err: &callError{kind: kind, err: ErrMalformed}}
		}
	}
}

// Truncation detection: a warning when the endpoint counts fewer than
// truncationRatio of the prompt tokens sent, for prompts of at least
// truncationMinimum tokens.
const (
	truncationRatio   = 0.8
	truncationMinimum = 256
)
