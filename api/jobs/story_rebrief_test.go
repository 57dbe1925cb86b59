package jobs

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
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// openAIEcho is an httptest server speaking POST /v1/chat/completions: it
// answers every call with points citing the passage labels its prompt shows,
// three a point, and counts the calls and the bytes of their prompts.
type openAIEcho struct {
	*httptest.Server
	mu    sync.Mutex
	calls int
	bytes int
}

var promptLabel = regexp.MustCompile(`\bP[0-9]+\b`)

func newOpenAIEcho(t *testing.T) *openAIEcho {
	f := &openAIEcho{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		user, size := "", 0
		for _, m := range req.Messages {
			size += len(m.Content)
			if m.Role == "user" {
				user = m.Content
			}
		}
		f.mu.Lock()
		f.calls++
		f.bytes += size
		f.mu.Unlock()
		if i := strings.Index(user, "<<<"); i >= 0 {
			user = user[i:]
		}
		var labels []string
		seen := map[string]bool{}
		for _, l := range promptLabel.FindAllString(user, -1) {
			if !seen[l] {
				seen[l] = true
				labels = append(labels, l)
			}
		}
		type point struct {
			Text      string   `json:"text"`
			Citations []string `json:"citations"`
		}
		var points []point
		for i := 0; i < len(labels) && len(points) < 4; i += 3 {
			g := labels[i:min(i+3, len(labels))]
			points = append(points, point{Text: "The ferry ran aground near Port Aven.", Citations: g})
		}
		content, _ := json.Marshal(map[string]any{"headline": "Ferry aground", "summary": "A ferry ran aground near Port Aven.", "points": points})
		answer, _ := json.Marshal(map[string]any{"id": "chatcmpl-1", "object": "chat.completion", "created": 1764200000, "model": "fake",
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": string(content)}, "finish_reason": "stop"}}})
		w.Header().Set("Content-Type", "application/json")
		w.Write(answer) //nolint:errcheck
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *openAIEcho) count() (calls, bytes int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls, f.bytes
}

// ferryArticle is one of a story's articles: the event's opening, then
// sentences of its own (a witness, a figure), published an hour after the one
// before.
func ferryArticle(i int) summarize.Article {
	places := []string{"the quay", "the car deck", "the bridge", "the harbour office", "the lifeboat station", "the ferry terminal"}
	var b strings.Builder
	fmt.Fprintf(&b, "The ferry Aven Star ran aground on a sandbank near Port Aven on Tuesday night with passengers aboard. ")
	for s := range 8 {
		fmt.Fprintf(&b, "Witness number %d of report %d, speaking at %s, counted %d vehicles and %d tugboats near the stranded ferry. ", s+1, i+1, places[(i+s)%len(places)], 10+(i*13+s*7)%90, 2+(i+s)%9)
	}
	t := time.Date(2026, 3, 3, 6, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
	return summarize.Article{ID: fmt.Sprintf("ferry-%02d", i+1), Source: fmt.Sprintf("Outlet %d", i+1), Title: "Ferry Aven Star aground near Port Aven", Text: b.String(), PublishedAt: &t}
}

// TestStoryRebriefCostsAFraction: a stored story is briefed by the llm engine
// (an OpenAI-speaking httptest model, map-reduce at a small context); one
// article joins it; reading the story again briefs it again through the step
// cache, and that second briefing sends at most half the prompt bytes of the
// first (each map step whose passages are unchanged is answered from the
// cache, whatever labels the passages now have).
func TestStoryRebriefCostsAFraction(t *testing.T) {
	model := newOpenAIEcho(t)
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		t.Fatal(err)
	}
	eng, err := llm.New(llm.Config{BaseURL: model.URL + "/v1", Model: "fake", ContextTokens: 2048, Concurrency: 2, Scorer: extractive.New()}, tok)
	if err != nil {
		t.Fatal(err)
	}
	p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New(), summarize.EngineLLM: eng},
		DefaultEngine: summarize.EngineLLM, Tokenizer: tok}
	s := open(t, Config{DataDir: t.TempDir(), Pipeline: p})
	ctx := context.Background()

	add := func(arts ...summarize.Article) string {
		t.Helper()
		checked, err := summarize.Request{Articles: arts}.Check(summarize.Limits{}.ForFeed(len(arts)))
		if err != nil {
			t.Fatal(err)
		}
		added, err := s.AddStoryArticles(ctx, checked)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range added {
			if a.Story != added[0].Story {
				t.Fatalf("article %s filed in %s, the first in %s", a.ID, a.Story, added[0].Story)
			}
		}
		return added[0].Story
	}
	var arts []summarize.Article
	for i := range 16 {
		arts = append(arts, ferryArticle(i))
	}
	story := add(arts...)
	v1, err := s.Story(ctx, story)
	if err != nil {
		t.Fatal(err)
	}
	calls1, bytes1 := model.count()
	if v1.Briefing == nil || v1.Briefing.Engine != summarize.EngineLLM || calls1 < 4 {
		t.Fatalf("first briefing: engine %q in %d calls, want the llm engine mapping", v1.Briefing.Engine, calls1)
	}
	if got := add(ferryArticle(16)); got != story {
		t.Fatalf("the new article started story %s, want it in %s", got, story)
	}
	v2, err := s.Story(ctx, story)
	if err != nil {
		t.Fatal(err)
	}
	calls2, bytes2 := model.count()
	calls2, bytes2 = calls2-calls1, bytes2-bytes1
	ratio := float64(bytes2) / float64(bytes1)
	t.Logf("first briefing: %d calls, %d prompt bytes; with one article more: %d calls, %d bytes (%.1f%%)", calls1, bytes1, calls2, bytes2, 100*ratio)
	if v2.Version != v1.Version+1 || v2.Stored || v2.Size != 17 {
		t.Fatalf("second version %d (stored %v, size %d), want a new version of 17 articles", v2.Version, v2.Stored, v2.Size)
	}
	if ratio > 0.5 {
		t.Fatalf("the re-briefing sent %.1f%% of the first one's prompt bytes, want at most 50%%", 100*ratio)
	}
}
