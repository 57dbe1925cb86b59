package stories_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize/stories"
)

// synthFeed is a feed of n articles on about n/8 events: each article draws a
// third of its 180 words from its event's 20 words, names and figures and the
// rest from a common vocabulary of 20,000 words with a Zipf-like skew, and is
// published within a day of its event, the events spread over 60 days. gold
// maps each id to its event.
func synthFeed(n int, seed uint64) ([]stories.Article, map[string]string) {
	r := rand.New(rand.NewPCG(seed, 7))
	word := func(i int) string {
		const letters = "bcdfghjklmnprstvwz"
		const vowels = "aeiou"
		var b strings.Builder
		for x := i + 1; x > 0; x /= 7 {
			b.WriteByte(letters[(x*7+i)%len(letters)])
			b.WriteByte(vowels[x%len(vowels)])
		}
		b.WriteByte('n')
		return b.String()
	}
	events := max(1, n/8)
	type event struct {
		words []string
		day   time.Time
	}
	evs := make([]event, events)
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for e := range evs {
		var ws []string
		for range 14 {
			ws = append(ws, word(20000+r.IntN(200000)))
		}
		for range 3 {
			w := word(300000 + r.IntN(100000))
			ws = append(ws, strings.ToUpper(w[:1])+w[1:]+" "+strings.ToUpper(w[1:2])+w[2:])
		}
		for range 3 {
			ws = append(ws, fmt.Sprint(100+r.IntN(100000)))
		}
		evs[e] = event{words: ws, day: base.Add(time.Duration(r.IntN(60*24)) * time.Hour)}
	}
	arts := make([]stories.Article, n)
	gold := make(map[string]string, n)
	for i := range arts {
		e := r.IntN(events)
		ev := evs[e]
		var b strings.Builder
		for k := range 180 {
			if k > 0 {
				b.WriteByte(' ')
			}
			if r.IntN(3) == 0 {
				b.WriteString(ev.words[r.IntN(len(ev.words))])
			} else {
				// Zipf-like: small indexes much more often.
				b.WriteString(word(int(20000 * r.Float64() * r.Float64() * r.Float64())))
			}
			if k%15 == 14 {
				b.WriteString(".")
			}
		}
		t := ev.day.Add(time.Duration(r.IntN(24)) * time.Hour)
		id := fmt.Sprintf("a%d", i)
		arts[i] = stories.Article{ID: id, Source: fmt.Sprintf("outlet%d", r.IntN(40)), Text: b.String(), Published: &t}
		gold[id] = fmt.Sprint(e)
	}
	return arts, gold
}
