package llm_test

import (
	"context"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
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

// BenchmarkRebriefShiftedLabels reports the share of the first briefing's
// prompt tokens that re-briefing a 20-article story with one article more in
// its middle (every later passage's label shifted) sends.
func BenchmarkRebriefShiftedLabels(b *testing.B) {
	var ratio float64
	for b.Loop() {
		first, second, _, _, _ := rebriefShifted(b)
		ratio = float64(second.PromptTokens) / float64(first.PromptTokens)
	}
	b.ReportMetric(ratio, "second/first-prompt-tokens")
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

// relabel numbers passages P1, P2… in order, as the merge does when a story's
// articles change.
func relabel(ps []summarize.Passage) []summarize.Passage {
	out := make([]summarize.Passage, len(ps))
	for i, p := range ps {
		p.ID = fmt.Sprintf("P%d", i+1)
		out[i] = p
	}
	return out
}

// rebriefShifted briefs 20 articles, then the same 20 with one more put in the
// middle (after the tenth) and every passage labelled anew, so that all but the
// first tenth's labels shift, with one step cache. It returns both usages, the
// cache, the second briefing's draft and the model's calls.
func rebriefShifted(tb testing.TB) (first, second summarize.Usage, cache *memCache, d2 *summarize.Draft, calls []int) {
	var mu sync.Mutex
	f := newFakeModel(tb, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		completion(w, echoAnswer(req), "stop", 0, 0) // no usage: the engine counts
	})
	e := mustEngine(tb, f, llm.Config{ContextTokens: 2048, Concurrency: 4})
	cache = &memCache{}
	ctx := summarize.WithStepCache(context.Background(), cache)
	all := benchArticles()
	in1 := &summarize.Input{Passages: relabel(all[:20*25]), Options: summarize.Options{MaxPoints: 8, MaxWords: 250}}
	d1, err := e.Brief(ctx, in1)
	if err != nil {
		tb.Fatal(err)
	}
	mu.Lock()
	calls = append(calls, len(f.seen()))
	mu.Unlock()
	ps := append(append(slices.Clone(all[:10*25]), all[20*25:21*25]...), all[10*25:20*25]...)
	in2 := &summarize.Input{Passages: relabel(ps), Options: in1.Options}
	d2, err = e.Brief(ctx, in2)
	if err != nil {
		tb.Fatal(err)
	}
	calls = append(calls, len(f.seen())-calls[0])
	return d1.Usage, d2.Usage, cache, d2, calls
}

// The step cache keys on the passages' content, not their labels: adding an
// article in the middle of a story shifts the label of every passage after it,
// and the re-briefing still sends at most half the first one's prompt tokens;
// the cached notes cite the passages under their new labels.
func TestStepCacheSurvivesShiftedLabels(t *testing.T) {
	first, second, cache, d2, calls := rebriefShifted(t)
	ratio := float64(second.PromptTokens) / float64(first.PromptTokens)
	t.Logf("first: %d prompt tokens in %d calls; one article more in the middle, labels shifted: %d in %d calls (%.1f%%); %d hits",
		first.PromptTokens, calls[0], second.PromptTokens, calls[1], 100*ratio, cache.hits)
	if ratio > 0.5 {
		t.Fatalf("the re-briefing sent %.1f%% of the first one's prompt tokens, want at most 50%%", 100*ratio)
	}
	if cache.hits == 0 {
		t.Fatal("no map step was answered from the cache")
	}
	// echoAnswer cites the passages it was shown: every citation of the final
	// draft is a passage of the second input whose text it read.
	want := map[string]bool{}
	for i := range 21 * 25 {
		want[fmt.Sprintf("P%d", i+1)] = true
	}
	n := 0
	for _, p := range d2.Points {
		for _, l := range p.Passages {
			n++
			if !want[l] {
				t.Errorf("point %q cites %q, no passage of the re-briefed story", p.Text, l)
			}
		}
	}
	if n == 0 {
		t.Fatal("the re-briefing cites nothing")
	}
}

// A cached note's citations are places in its chunk: given back under other
// labels they name the same passages.
func TestStepCacheRemapsCitations(t *testing.T) {
	var mu sync.Mutex
	var users []string
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		mu.Lock()
		users = append(users, req.user())
		mu.Unlock()
		completion(w, echoAnswer(req), "stop", 0, 0)
	})
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048, Concurrency: 1})
	cache := &memCache{}
	ctx := summarize.WithStepCache(context.Background(), cache)
	all := benchArticles()[:10*25]
	opt := summarize.Options{MaxPoints: 8, MaxWords: 250, Strategy: summarize.StrategyMapReduce}
	if _, err := e.Brief(ctx, &summarize.Input{Passages: all, Options: opt}); err != nil {
		t.Fatal(err)
	}
	// The same passages under labels P501…P750 (as long as the longest label
	// before): every map step is cached, and the final call is shown notes that
	// cite the new labels only.
	moved := make([]summarize.Passage, len(all))
	for i, p := range all {
		p.ID = fmt.Sprintf("P%d", i+501)
		moved[i] = p
	}
	mu.Lock()
	users = nil
	mu.Unlock()
	d, err := e.Brief(ctx, &summarize.Input{Passages: moved, Options: opt})
	if err != nil {
		t.Fatal(err)
	}
	if len(users) != 1 {
		t.Fatalf("%d model calls, want 1 (the reduce; every map step cached)", len(users))
	}
	if old := regexp.MustCompile(`\b(P[0-9]{1,2}|P[1-4][0-9][0-9]|P500)\b`).FindString(users[0]); old != "" {
		t.Errorf("the reduce prompt still names an old label, %s:\n%s", old, users[0])
	}
	n := 0
	for _, p := range d.Points {
		for _, l := range p.Passages {
			n++
			if k, err := strconv.Atoi(strings.TrimPrefix(l, "P")); err != nil || k <= 500 {
				t.Errorf("point %q cites %q, want a label from P501", p.Text, l)
			}
		}
	}
	if n == 0 {
		t.Fatal("the re-briefing cites nothing")
	}
}
