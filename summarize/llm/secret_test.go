package llm_test

import (
	"bytes"
	"context"
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
			e := mustEngine(t, f, llm.Config{APIKey: key, Logger: logger})
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
