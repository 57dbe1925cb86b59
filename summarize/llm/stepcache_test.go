package llm_test

import (
	"context"
	"net/http"
	"reflect"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

// memCache is a StepCache in memory, counting its hits.
type memCache struct {
	mu         sync.Mutex
	m          map[string][]byte
	hits, puts int
}

func (c *memCache) Get(_ context.Context, k string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	if ok {
		c.hits++
	}
	return v, ok
}

func (c *memCache) Put(_ context.Context, k string, v []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][]byte{}
	}
	c.m[k] = v
	c.puts++
}

// cluster returns the passages of the first n articles of benchArticles (25 each),
// in reading order: an article added to a story comes after the others.
func cluster(n int) *summarize.Input {
	return &summarize.Input{Passages: benchArticles()[:n*25], Options: summarize.Options{MaxPoints: 8, MaxWords: 250}}
}

// rebrief briefs 20 articles, then the same 20 and one more, with one step cache,
// and returns the prompt tokens of each and the progress events of the second.
func rebrief(tb testing.TB) (first, second summarize.Usage, cache *memCache, events []summarize.ProgressEvent) {
	f := newFakeModel(tb, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		completion(w, echoAnswer(req), "stop", 0, 0) // no usage: the engine counts
	})
	e := mustEngine(tb, f, llm.Config{ContextTokens: 2048, Concurrency: 4})
	cache = &memCache{}
	ctx := summarize.WithStepCache(context.Background(), cache)
	d1, err := e.Brief(ctx, cluster(20))
	if err != nil {
		tb.Fatal(err)
	}
	var mu sync.Mutex
	ctx = summarize.WithProgress(ctx, func(ev summarize.ProgressEvent) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, ev)
	})
	d2, err := e.Brief(ctx, cluster(21))
	if err != nil {
		tb.Fatal(err)
	}
	return d1.Usage, d2.Usage, cache, events
}

// Adding one article to a 20-article cluster re-maps only the chunks that changed:
// the second briefing sends at most a quarter of the first one's prompt tokens.
func TestStepCacheReMapsOnlyWhatChanged(t *testing.T) {
	first, second, cache, events := rebrief(t)
	ratio := float64(second.PromptTokens) / float64(first.PromptTokens)
	t.Logf("first: %d prompt tokens in %d calls; with one article more: %d in %d calls (%.1f%%); %d map steps cached, %d hits",
		first.PromptTokens, first.LLMCalls, second.PromptTokens, second.LLMCalls, 100*ratio, cache.puts, cache.hits)
	if ratio > 0.25 {
		t.Fatalf("the re-briefing sent %.1f%% of the first one's prompt tokens, want at most 25%%", 100*ratio)
	}
	if cache.hits == 0 {
		t.Fatal("no map step was answered from the cache")
	}
	cached := 0
	for _, ev := range events {
		if ev.Kind != summarize.ProgressProgress || ev.Stage == "" {
			t.Fatalf("unexpected event %+v", ev)
		}
		if ev.Stage == llm.KindMap && ev.Total == 0 {
			t.Fatalf("a map progress event without the number of parts: %+v", ev)
		}
		if ev.Cached {
			cached++
		}
	}
	if cached != cache.hits {
		t.Fatalf("%d progress events say cached, the cache had %d hits", cached, cache.hits)
	}
}

// Without a step cache in the context nothing is kept or reused.
func TestNoStepCacheNoReuse(t *testing.T) {
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		completion(w, echoAnswer(req), "stop", 0, 0)
	})
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048, Concurrency: 4})
	d1, err := e.Brief(context.Background(), cluster(20))
	if err != nil {
		t.Fatal(err)
	}
	d2, err := e.Brief(context.Background(), cluster(20))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d1.Usage, d2.Usage) {
		t.Fatalf("usage %+v then %+v, want the same without a cache", d1.Usage, d2.Usage)
	}
}

// BenchmarkRebriefOneArticleMore reports the share of the first briefing's prompt
// tokens that re-briefing a 20-article cluster with one article more sends.
func BenchmarkRebriefOneArticleMore(b *testing.B) {
	var ratio float64
	for b.Loop() {
		first, second, _, _ := rebrief(b)
		ratio = float64(second.PromptTokens) / float64(first.PromptTokens)
	}
	b.ReportMetric(ratio, "second/first-prompt-tokens")
}
