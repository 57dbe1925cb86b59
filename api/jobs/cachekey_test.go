package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/llm"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// chatEndpoint is a fake OpenAI-compatible endpoint that answers every call with
// points citing the first passages of its prompt, and counts its calls.
type chatEndpoint struct {
	*httptest.Server
	calls atomic.Int32
}

// passageLine is a passage or note line of a prompt: its label, its text and the
// passages a note cites.
var passageLine = regexp.MustCompile(`(?m)^\[?([PN]\d+)\]? (?:\(\d+ sources\) )?(.*?)(?: \(from ([^)]*)\))?$`)

func newChatEndpoint(t *testing.T) *chatEndpoint {
	e := &chatEndpoint{}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if r.URL.Path != "/v1/chat/completions" || json.NewDecoder(r.Body).Decode(&req) != nil || len(req.Messages) == 0 {
			http.NotFound(w, r)
			return
		}
		e.calls.Add(1)
		type point struct {
			Text      string   `json:"text"`
			Citations []string `json:"citations"`
		}
		var points []point
		for _, m := range passageLine.FindAllStringSubmatch(req.Messages[len(req.Messages)-1].Content, 4) {
			cites := []string{m[1]}
			if m[3] != "" {
				cites = strings.Split(m[3], ", ")
			}
			points = append(points, point{Text: m[2], Citations: cites})
		}
		content, _ := json.Marshal(map[string]any{"headline": "Ferry aground", "summary": "A ferry ran aground.", "points": points})
		body, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion", "created": 1, "model": "same-model",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(content)}}},
			"usage":   map[string]any{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}})
		w.Header().Set("Content-Type", "application/json")
		w.Write(body) //nolint:errcheck
	}))
	t.Cleanup(e.Close)
	return e
}

type byteCounter struct{}

func (byteCounter) Count(s string) int { return len(s)/3 + 1 }

// llmPipeline is a pipeline whose llm engine calls baseURL with model
// "same-model" and a small context (map-reduce for clusterOf).
func llmPipeline(t *testing.T, baseURL, key string) *pipeline.Pipeline {
	e, err := llm.New(llm.Config{BaseURL: baseURL, APIKey: llm.NewSecret(key), Model: "same-model", ContextTokens: 2048, MaxRetries: -1, Scorer: extractive.New()}, byteCounter{})
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New(), summarize.EngineLLM: e}, DefaultEngine: summarize.EngineLLM}
}

// clusterOf is a checked request of six articles of twelve distinct sentences.
func clusterOf() summarize.Checked {
	places := []string{"Lindholm", "Skarvik", "Norrby", "Easthaven", "Mellbo", "Tarsund"}
	var arts []summarize.Article
	for a := range 6 {
		var b strings.Builder
		for s := range 12 {
			fmt.Fprintf(&b, "In %s, the harbour master counted %d vehicles on the car deck of ferry %d. ", places[(a+s)%len(places)], 3+(a*12+s)*7%97, a*12+s)
		}
		arts = append(arts, summarize.Article{Source: fmt.Sprintf("Outlet %d", a+1), Text: b.String()})
	}
	c, err := summarize.Request{Articles: arts}.Check(summarize.Limits{})
	if err != nil {
		panic(err)
	}
	return c
}

// Two endpoints serving the same model name, one store: the second endpoint gets
// a briefing of its own, every call of it (no result and no map step of the
// first's), while the same endpoint asked again, with another key, is answered
// from the cache.
func TestCacheKnowsWhoAnswered(t *testing.T) {
	backends(t, func(t *testing.T, cfg Config) {
		a, b := newChatEndpoint(t), newChatEndpoint(t)
		ctx := context.Background()
		brief := func(p *pipeline.Pipeline) (*summarize.Briefing, bool) {
			c := cfg
			c.Pipeline = p
			s := open(t, c)
			defer s.Stop(ctx) //nolint:errcheck
			br, hit, err := s.Brief(ctx, clusterOf(), BriefOptions{})
			if err != nil {
				t.Fatal(err)
			}
			return br, hit
		}
		first, hit := brief(llmPipeline(t, a.URL+"/v1", "sk-a"))
		callsA := a.calls.Load()
		if hit || first.Engine != summarize.EngineLLM || callsA < 3 {
			t.Fatalf("first briefing: hit %v, engine %s, %d calls; want a map-reduce by the llm engine (%v)", hit, first.Engine, callsA, first.Warnings)
		}
		second, hit := brief(llmPipeline(t, b.URL+"/v1", "sk-a"))
		if hit || second.Usage.LLMCalls == 0 || b.calls.Load() != callsA {
			t.Fatalf("the second endpoint: X-Cache hit %v, %d calls of its own (usage says %d), want a miss and all %d calls",
				hit, b.calls.Load(), second.Usage.LLMCalls, callsA)
		}
		if a.calls.Load() != callsA {
			t.Fatalf("the first endpoint was called %d times for the second's briefing", a.calls.Load()-callsA)
		}
		// The first endpoint again, another key: the same answerer, from the cache.
		_, hit = brief(llmPipeline(t, a.URL+"/v1/", "sk-other"))
		if !hit || a.calls.Load() != callsA {
			t.Fatalf("the same endpoint again: hit %v, %d more calls; want a hit and none", hit, a.calls.Load()-callsA)
		}
	})
}
