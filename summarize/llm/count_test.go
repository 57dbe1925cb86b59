package llm_test

import (
	"context"
	"net/http"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

// countingCounter counts a tokenizer's calls by text.
type countingCounter struct {
	c  llm.Counter
	mu sync.Mutex
	n  map[string]int
}

func (c *countingCounter) Count(s string) int {
	c.mu.Lock()
	c.n[s]++
	c.mu.Unlock()
	return c.c.Count(s)
}

// TestPassageTokensAreRead: passages that carry their token counts are not
// counted again, and no text is counted twice in one map-reduce briefing (an
// endpoint that reports no usage has its answers counted too, one per call).
func TestPassageTokensAreRead(t *testing.T) {
	tk := tokenizer(t)
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		completion(w, echoAnswer(req), "stop", 1<<20, 100) // usage reported: the engine counts no answer
	})
	cc := &countingCounter{c: tk, n: map[string]int{}}
	e, err := llm.New(llm.Config{BaseURL: f.url(), ContextTokens: 2048, Concurrency: 4, Sleep: (&noSleep{}).sleep}, cc)
	if err != nil {
		t.Fatal(err)
	}
	passages := benchArticles()
	texts := map[string]bool{}
	for i := range passages {
		passages[i].Tokens = tk.Count(passages[i].Text)
		texts[passages[i].Text] = true
	}
	cc.n = map[string]int{} // what New counted (the system prompt) is not the briefing's
	d, err := e.Brief(context.Background(), &summarize.Input{Passages: passages, Options: summarize.Options{MaxPoints: 8, MaxWords: 250}})
	if err != nil {
		t.Fatal(err)
	}
	calls, bytes := 0, 0
	for s, n := range cc.n {
		calls += n
		bytes += n * len(s)
		if texts[s] {
			t.Errorf("passage text counted again: %q", s)
		}
		if n > 1 {
			t.Errorf("counted %d times: %.80q", n, s)
		}
	}
	t.Logf("%d passages, %d model calls: %d tokenizer calls on %d distinct texts, %d bytes tokenized", len(passages), d.Usage.LLMCalls, calls, len(cc.n), bytes)
}
