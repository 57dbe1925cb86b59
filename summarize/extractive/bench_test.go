package extractive_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
)

// synthetic builds n passages of 12 to 30 words over a small news vocabulary, in
// articles of 40 sentences, some carried by several articles; the same n gives the
// same passages.
func synthetic(n int) *summarize.Input {
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	vocab := strings.Fields(`council harbour storm minister budget police court ruling vote election strike union
		wages hospital patients flood river bridge rail station airport flights market shares profit
		company merger bank rates inflation school teachers students museum festival crowd stadium
		final goal coach players village mayor residents fire crews evacuation road closure report
		inquiry officials spokesman plan funding project delays contract workers protest talks deal`)
	fill := strings.Fields("the a of in on and to for with after before said was were has had by at from")
	in := &summarize.Input{}
	articles := max(1, n/40)
	for a := range articles {
		in.Articles = append(in.Articles, summarize.Article{ID: fmt.Sprintf("a%d", a+1)})
	}
	for i := range n {
		var b strings.Builder
		nw := 12 + rng.IntN(19)
		for w := range nw {
			word := vocab[rng.IntN(len(vocab))]
			if rng.IntN(3) == 0 {
				word = fill[rng.IntN(len(fill))]
			}
			if w == 0 {
				word = strings.ToUpper(word[:1]) + word[1:]
			}
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(word)
		}
		b.WriteByte('.')
		art := i / 40
		sources := []string{fmt.Sprintf("a%d", art+1)}
		for k := 0; k < rng.IntN(3); k++ {
			if o := rng.IntN(articles); o != art {
				sources = append(sources, fmt.Sprintf("a%d", o+1))
			}
		}
		in.Passages = append(in.Passages, summarize.Passage{
			ID: fmt.Sprintf("P%d", i+1), Text: b.String(), Sources: sources, IndependentSources: sources,
			Article: sources[0], Sentence: i % 40,
		})
	}
	return in
}

func BenchmarkBrief(b *testing.B) {
	for _, n := range []int{50, 500, 2000, 40000} {
		b.Run(fmt.Sprintf("passages=%d", n), func(b *testing.B) {
			in := synthetic(n)
			in.Options = summarize.Options{MaxPoints: 8, MaxWords: 250}
			e := extractive.New()
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Brief(ctx, in); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
		})
	}
}
