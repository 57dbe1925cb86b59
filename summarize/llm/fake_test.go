package llm_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/llm"
)

var (
	tokOnce sync.Once
	tok     *chunk.Tokenizer
	tokErr  error
)

// tokenizer returns the shared real tokenizer (loading it takes a moment).
func tokenizer(tb testing.TB) *chunk.Tokenizer {
	tb.Helper()
	tokOnce.Do(func() { tok, tokErr = chunk.NewTokenizer("gpt-4o-mini") })
	if tokErr != nil {
		tb.Fatal(tokErr)
	}
	return tok
}

// chatRequest is the part of a chat-completions request the fake model reads.
type chatRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	MaxTokens           int `json:"max_tokens"`
	MaxCompletionTokens int `json:"max_completion_tokens"`
	ResponseFormat      *struct {
		Type       string `json:"type"`
		JSONSchema *struct {
			Name   string          `json:"name"`
			Schema json.RawMessage `json:"schema"`
		} `json:"json_schema"`
	} `json:"response_format"`
}

func (r chatRequest) user() string {
	for _, m := range r.Messages {
		if m.Role == "user" {
			return m.Content
		}
	}
	return ""
}

func (r chatRequest) system() string {
	for _, m := range r.Messages {
		if m.Role == "system" {
			return m.Content
		}
	}
	return ""
}

func (r chatRequest) format() string {
	if r.ResponseFormat == nil {
		return "none"
	}
	return r.ResponseFormat.Type
}

// kind guesses the call's kind from its prompt.
func (r chatRequest) kind() string {
	u := r.user()
	switch {
	case strings.Contains(u, "Your previous answer was not"):
		return "repair"
	case strings.HasPrefix(u, "This is part"):
		return "map"
	case strings.Contains(u, "<<<NOTES"):
		return "reduce"
	default:
		return "brief"
	}
}

// seen is one request the fake model received.
type seen struct {
	req    chatRequest
	header http.Header
}

// fakeModel is an httptest server speaking POST /chat/completions. Its handler
// decides each answer; it records every request.
type fakeModel struct {
	*httptest.Server
	mu       sync.Mutex
	requests []seen
	inflight int
	maxIn    int
	handle   func(w http.ResponseWriter, r *http.Request, req chatRequest, n int)
}

func newFakeModel(tb testing.TB, handle func(w http.ResponseWriter, r *http.Request, req chatRequest, n int)) *fakeModel {
	tb.Helper()
	f := &fakeModel{handle: handle}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var req chatRequest
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.requests = append(f.requests, seen{req: req, header: r.Header.Clone()})
		n := len(f.requests)
		f.inflight++
		f.maxIn = max(f.maxIn, f.inflight)
		f.mu.Unlock()
		defer func() { f.mu.Lock(); f.inflight--; f.mu.Unlock() }()
		f.handle(w, r, req, n)
	}))
	tb.Cleanup(f.Close)
	return f
}

func (f *fakeModel) seen() []seen {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]seen(nil), f.requests...)
}

func (f *fakeModel) url() string { return f.URL + "/v1" }

// completion writes a chat.completion with content, finish reason and usage.
func completion(w http.ResponseWriter, content, finish string, promptTokens, completionTokens int) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"id":"chatcmpl-1","object":"chat.completion","created":1764200000,"model":"fake",
"choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":%q}],
"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}`,
		mustJSON(content), finish, promptTokens, completionTokens, promptTokens+completionTokens)
}

// apiError writes an OpenAI-shaped error.
func apiError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%s,"type":"invalid_request_error","param":null,"code":%s}}`, mustJSON(message), mustJSON(code))
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

var labelRe = regexp.MustCompile(`\bP\d+\b`)

// echoAnswer answers with one point per (up to) three labels found in the prompt's
// fence, citing them, so citations follow the input.
func echoAnswer(req chatRequest) string {
	u := req.user()
	open := strings.Index(u, "<<<")
	if open < 0 {
		open = 0
	}
	labels := labelRe.FindAllString(u[open:], -1)
	seen := map[string]bool{}
	var uniq []string
	for _, l := range labels {
		if !seen[l] {
			seen[l] = true
			uniq = append(uniq, l)
		}
	}
	type point struct {
		Text      string   `json:"text"`
		Citations []string `json:"citations"`
	}
	var points []point
	for i := 0; i < len(uniq); i += 3 {
		group := uniq[i:min(i+3, len(uniq))]
		points = append(points, point{Text: "Fact from " + strings.Join(group, " and ") + ".", Citations: group})
		if len(points) == 4 {
			break
		}
	}
	return mustJSON(map[string]any{"headline": "Ferry aground", "summary": "A ferry ran aground.", "points": points})
}

// okModel answers every call with echoAnswer and honest usage.
func okModel(tb testing.TB) *fakeModel {
	return newFakeModel(tb, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		t := tokenizer(tb)
		ans := echoAnswer(req)
		completion(w, ans, "stop", t.Count(req.system())+t.Count(req.user())+7, t.Count(ans))
	})
}

// passages returns n fictional passages, unique enough not to merge.
func passages(n int) []summarize.Passage {
	subjects := []string{"The harbour master", "A coast guard officer", "The ferry operator", "A passenger from Lund", "The mayor of Port Aven", "A marine engineer", "The regional governor", "A lifeboat volunteer"}
	verbs := []string{"said", "reported", "confirmed", "told reporters", "wrote", "estimated"}
	objects := []string{"that the tide was unusually low", "that the radar had failed", "that 212 people were aboard", "that the hull was intact", "that fuel had leaked near the pier", "that the crossing was delayed", "that tugs arrived within an hour", "that an inquiry would open on Monday"}
	out := make([]summarize.Passage, n)
	for i := range out {
		text := fmt.Sprintf("%s %s on day %d %s, adding detail number %d about sector %c.",
			subjects[i%len(subjects)], verbs[(i/3)%len(verbs)], i%29+1, objects[(i/5)%len(objects)], i+1, 'A'+rune(i%26))
		out[i] = summarize.Passage{ID: fmt.Sprintf("P%d", i+1), Text: text, Sources: []string{fmt.Sprintf("a%d", i%7+1)}, Article: fmt.Sprintf("a%d", i%7+1)}
	}
	return out
}

func input(n int) *summarize.Input {
	return &summarize.Input{Passages: passages(n), Options: summarize.Options{MaxPoints: 5, MaxWords: 150}}
}

// noSleep records the waits instead of waiting.
type noSleep struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *noSleep) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *noSleep) got() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

// mustEngine builds an engine against f with cfg's other fields.
func mustEngine(tb testing.TB, f *fakeModel, cfg llm.Config) *llm.Engine {
	tb.Helper()
	cfg.BaseURL = f.url()
	if cfg.Scorer == nil {
		cfg.Scorer = extractive.New()
	}
	if cfg.Sleep == nil {
		cfg.Sleep = (&noSleep{}).sleep
	}
	e, err := llm.New(cfg, tokenizer(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// assertWithinWindow checks every request: system + user + chat overhead + the
// answer's max tokens never exceed the context.
func assertWithinWindow(t *testing.T, f *fakeModel, contextTokens int) {
	t.Helper()
	tk := tokenizer(t)
	for i, s := range f.seen() {
		maxTok := max(s.req.MaxTokens, s.req.MaxCompletionTokens)
		prompt := tk.Count(s.req.system()) + tk.Count(s.req.user()) + 12
		if got := prompt + maxTok; got > contextTokens {
			t.Errorf("request %d (%s): prompt %d + max_tokens %d = %d > context %d", i, s.req.kind(), prompt, maxTok, got, contextTokens)
		}
		if maxTok <= 0 {
			t.Errorf("request %d: max_tokens=%d, want > 0", i, maxTok)
		}
	}
}

func code(err error) string { return summarize.ErrorCode(err) }
