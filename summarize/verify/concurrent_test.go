package verify_test

import (
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// TestFindConcurrent: one index answers Find from several goroutines at once
// (the server shares it between requests) as it answers one at a time; the
// lazy caches (prepared words, name prefixes) are filled under contention.
// Run with -race to check them.
func TestFindConcurrent(t *testing.T) {
	pub := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	var ps []summarize.Passage
	for i, s := range []string{
		"U.S. Lt. Col. Steven Lee Jordan will be tried by a military court, the U.S. Army announced.",
		"George Hincapie has now guided team mates to victory a record eight times.",
		"Another large aftershock of the February 27 earthquake rocked Chile on Wednesday.",
		"Harbour Freight said revenue rose 19% in the third quarter, to $1.2 billion.",
		"Bias terms used in most CNNs interfere with the interpretability of these networks.",
		"The fractures suggest the jet may have been torn apart in midair before it hit the water.",
	} {
		ps = append(ps, summarize.Passage{ID: string(rune('A' + i)), Text: s, Article: "a1", Sources: []string{"a1"}})
	}
	arts := []summarize.Article{{ID: "a1", PublishedAt: &pub}}
	claims := []string{
		"The U.S. Army denied that Lt. Col. Steven Lee Jordan would be tried by a military court.",
		"Hincapie led his team to defeat.", "At least 27 aftershocks were recorded.",
		"Harbour Freight revenue rose 19% to $1.2 billion in Q3.", "Bias terms in CNN architectures interfere with interpretability.",
		"The jet will have been torn apart in midair.", "On March 10, Harbour Freight said revenue rose.",
	}
	one := verify.NewIndex(ps, arts)
	want := make([]string, len(claims))
	for i, c := range claims {
		want[i] = one.Find(c).Status
	}
	shared := verify.NewIndex(ps, arts)
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, c := range claims {
				if got := shared.Find(c).Status; got != want[i] {
					t.Errorf("%q: %s at once, %s alone", c, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
