package llm_test

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

// benchArticles returns 40 fictional articles' worth of passages (25 sentences each),
// varied enough that nothing would have been folded by merge.
func benchArticles() []summarize.Passage {
	places := []string{"Port Aven", "Lindholm", "Skarvik", "Norrby", "Easthaven", "Mellbo", "Tarsund", "Vikstad"}
	roles := []string{"the harbour master", "a coast guard captain", "the ferry line's director", "a stranded commuter", "the county fire chief", "a marine surveyor", "the port's union steward", "an insurer's spokesman"}
	facts := []string{"counted %d vehicles on the car deck", "said the pumps ran for %d minutes", "put the repair bill at %d thousand crowns",
		"reported %d cabins with water damage", "expected %d crossings to be cancelled", "logged winds of %d knots at midnight",
		"saw %d tugboats reach the stern", "listed %d crew members on duty"}
	var out []summarize.Passage
	for a := range 40 {
		for s := range 25 {
			i := a*25 + s
			text := fmt.Sprintf("In %s, %s %s, according to report %d-%d of the %s desk.",
				places[(a+s)%len(places)], roles[(a*3+s)%len(roles)], fmt.Sprintf(facts[(a+2*s)%len(facts)], 3+(i*7)%97), a+1, s+1, places[a%len(places)])
			id := fmt.Sprintf("a%d", a+1)
			out = append(out, summarize.Passage{ID: fmt.Sprintf("P%d", i+1), Text: text, Sources: []string{id}, Article: id, Sentence: s})
		}
	}
	return out
}

// BenchmarkBriefMapReduce briefs 40 articles at a 2048-token context with
// concurrency 4 against a model that answers after a fixed delay, and reports wall
// time against the ideal (Σ steps ⌈calls/4⌉ × delay), prompt tokens sent against the
// tokens of the passages, and calls.
func BenchmarkBriefMapReduce(b *testing.B) {
	for _, delay := range []time.Duration{20 * time.Millisecond, 200 * time.Millisecond} {
		b.Run(fmt.Sprintf("delay=%s", delay), func(b *testing.B) { benchBrief(b, delay) })
	}
}

func benchBrief(b *testing.B, delay time.Duration) {
	const concurrency = 4
	tk := tokenizer(b)
	f := newFakeModel(b, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		time.Sleep(delay)
		completion(w, echoAnswer(req), "stop", 0, 0) // no usage: the engine counts
	})
	var mu sync.Mutex
	var events []llm.CallEvent
	e := mustEngine(b, f, llm.Config{ContextTokens: 2048, Concurrency: concurrency, OnCall: func(ev llm.CallEvent) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, ev)
	}})
	in := &summarize.Input{Passages: benchArticles(), Options: summarize.Options{MaxPoints: 8, MaxWords: 250}}
	given := 0
	for _, p := range in.Passages {
		given += tk.Count(p.Text)
	}
	var wall, ideal time.Duration
	var calls, sent int
	for b.Loop() {
		mu.Lock()
		events = events[:0]
		mu.Unlock()
		start := time.Now()
		d, err := e.Brief(context.Background(), in)
		wall += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		mu.Lock()
		perStep := map[int]int{}
		for _, ev := range events {
			perStep[ev.Step]++
		}
		mu.Unlock()
		for _, n := range perStep {
			ideal += time.Duration(math.Ceil(float64(n)/concurrency)) * delay
		}
		calls += d.Usage.LLMCalls
		sent += d.Usage.PromptTokens
	}
	n := float64(b.N)
	b.ReportMetric(float64(wall)/float64(ideal), "wall/ideal")
	b.ReportMetric(float64(ideal)/n/1e6, "ideal-ms/op")
	b.ReportMetric(float64(sent)/n/float64(given), "sent/given-tokens")
	b.ReportMetric(float64(given), "given-tokens")
	b.ReportMetric(float64(calls)/n, "calls/op")
}
