package llm_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/briefing-news/briefing/summarize/llm"
)

// syncBuffer is a bytes.Buffer safe for the engine's parallel log lines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestKeyNeverLeaks(t *testing.T) {
	const key = "sk-test-SECRET"
	tests := []struct {
		name   string
		handle func(w http.ResponseWriter, req chatRequest)
	}{
		{"401 echoing the key", func(w http.ResponseWriter, req chatRequest) {
			apiError(w, 401, "invalid_api_key", "Incorrect API key provided: "+key+".")
		}},
		{"401 plain body", func(w http.ResponseWriter, req chatRequest) {
			w.WriteHeader(401)
			fmt.Fprint(w, "bad key "+key)
		}},
		{"500 echoing the key", func(w http.ResponseWriter, req chatRequest) {
			apiError(w, 500, "", "upstream failed for "+key)
		}},
		{"429 echoing the key", func(w http.ResponseWriter, req chatRequest) {
			apiError(w, 429, "rate_limit_exceeded", "key "+key+" is over its limit")
		}},
		{"malformed answer echoing the key", func(w http.ResponseWriter, req chatRequest) {
			completion(w, "my key is "+key, "stop", 100, 10)
		}},
		{"truncated prompt warning", func(w http.ResponseWriter, req chatRequest) {
			completion(w, echoAnswer(req), "stop", 3, 10)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
				if got, want := r.Header.Get("Authorization"), "Bearer "+key; got != want {
					t.Errorf("Authorization=%q, want %q", got, want)
				}
				tt.handle(w, req)
			})
			var logs syncBuffer
			logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			e := mustEngine(t, f, llm.Config{APIKey: llm.NewSecret(key), Logger: logger})
			d, err := e.Brief(context.Background(), input(40))
			var texts []string
			if err != nil {
				texts = append(texts, err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err))
				// Even the typed go-openai cause, for errors.As, is redacted.
				for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(u) {
					texts = append(texts, u.Error())
				}
				var apiErr *openai.APIError
				if errors.As(err, &apiErr) {
					texts = append(texts, apiErr.Message)
				}
			}
			if d != nil {
				texts = append(texts, d.Warnings...)
			}
			texts = append(texts, logs.String(), fmt.Sprint(e.Config()))
			for _, s := range texts {
				if strings.Contains(s, "SECRET") {
					t.Fatalf("the key leaked into %q", s)
				}
			}
		})
	}
}

// renders is every way the tests know of printing v: fmt's verbs, slog's JSON
// and text handlers, encoding/json.
func renders(t *testing.T, v any) []string {
	t.Helper()
	var out []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		out = append(out, fmt.Sprintf(verb, v))
	}
	out = append(out, fmt.Sprint(v), fmt.Sprintln(v))
	var js, text bytes.Buffer
	slog.New(slog.NewJSONHandler(&js, nil)).Info("config", "v", v)
	slog.New(slog.NewTextHandler(&text, nil)).Info("config", "v", v)
	out = append(out, js.String(), text.String())
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return append(out, string(b))
}

func TestConfigRendersNoKeyAndNoPassword(t *testing.T) {
	const key = "sk-test-KEY"
	f := okModel(t)
	// The endpoint with a password in it, as OPENAI_BASE_URL may give it.
	baseURL := strings.Replace(f.url(), "http://", "http://user:pw-PASSWORD@", 1)
	cfg := llm.Config{BaseURL: baseURL, APIKey: llm.NewSecret(key), Model: "llama3.1", Sleep: (&noSleep{}).sleep}
	e, err := llm.New(cfg, tokenizer(t))
	if err != nil {
		t.Fatal(err)
	}
	// A struct that holds a Config in an unexported field, as the engine does: fmt
	// prints such fields by reflection, without calling their methods. The key is
	// safe there by construction; a caller's own BaseURL string is not, so only the
	// key is checked for it.
	type holder struct{ cfg llm.Config }
	for _, v := range []any{cfg, &cfg, cfg.APIKey, e.Config(), e, struct{ K llm.Secret }{cfg.APIKey}, holder{cfg}} {
		_, isHolder := v.(holder)
		for _, s := range renders(t, v) {
			if strings.Contains(s, "KEY") || (!isHolder && strings.Contains(s, "PASSWORD")) {
				t.Errorf("%T renders as %q", v, s)
			}
		}
	}
	// The JSON slog handler shows the settings, not an error, and says a key is set.
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("llm engine", "config", e.Config())
	var rec struct {
		Config map[string]any `json:"config"`
	}
	if err := json.Unmarshal(logs.Bytes(), &rec); err != nil {
		t.Fatalf("%v: %s", err, logs.String())
	}
	if rec.Config["api_key"] != "set" || rec.Config["model"] != "llama3.1" || !strings.Contains(rec.Config["base_url"].(string), "user:xxxxx@") {
		t.Fatalf("logged config = %v, want api_key set, the model and the redacted endpoint", rec.Config)
	}
	// The key and the endpoint's real address still reach the endpoint.
	if _, err := e.Brief(context.Background(), input(6)); err != nil {
		t.Fatal(err)
	}
	if got := f.seen()[0].header.Get("Authorization"); got != "Bearer "+key {
		t.Fatalf("Authorization=%q, want the bearer key", got)
	}
	// Without a key, the URL's userinfo goes as Basic auth, as net/http sends it.
	cfg.APIKey = llm.Secret{}
	e, err = llm.New(cfg, tokenizer(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Brief(context.Background(), input(6)); err != nil {
		t.Fatal(err)
	}
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte("user:pw-PASSWORD"))
	if got := f.seen()[1].header.Get("Authorization"); got != want {
		t.Fatalf("Authorization=%q, want %q", got, want)
	}
}

func TestSecret(t *testing.T) {
	var zero llm.Secret
	if zero.IsSet() || zero.Reveal() != "" || zero.String() != "" || llm.NewSecret("").IsSet() {
		t.Fatalf("the zero Secret and NewSecret(\"\") must be unset")
	}
	s := llm.NewSecret("k-SECRET")
	if !s.IsSet() || s.Reveal() != "k-SECRET" {
		t.Fatalf("Reveal()=%q", s.Reveal())
	}
	if got := fmt.Sprintf("%v|%q", s, s); got != `[redacted]|"[redacted]"` {
		t.Fatalf("got %s", got)
	}
	if got := s.Redact("echo k-SECRET and k-SECRET"); got != "echo [redacted] and [redacted]" {
		t.Fatalf("Redact=%q", got)
	}
	if b, _ := json.Marshal(map[string]llm.Secret{"k": s, "unset": zero}); string(b) != `{"k":"[redacted]","unset":""}` {
		t.Fatalf("json=%s", b)
	}
}

// The HTTP client is an interface: anything with Do, as go-openai takes it.
func TestHTTPClientIsADoer(t *testing.T) {
	var _ openai.HTTPDoer = llm.HTTPDoer(nil)
	var calls int
	f := okModel(t)
	e := mustEngine(t, f, llm.Config{HTTPClient: doerFunc(func(r *http.Request) (*http.Response, error) {
		calls++
		return http.DefaultClient.Do(r)
	})})
	if _, err := e.Brief(context.Background(), input(6)); err != nil {
		t.Fatal(err)
	}
	if calls != 1 {
		t.Fatalf("the configured doer sent %d requests, want 1", calls)
	}
}

type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }
