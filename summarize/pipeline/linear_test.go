package pipeline_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// Issue 22: a briefing must cost about the same per sentence however many
// sentences it has, whatever their similarity. Two families:
//
//   - reprints: the articles of one eval case, each reprinted again and again
//     with five words changed, as outlets do with wire copy (50 to 1,000 articles);
//   - near-identical: ten articles of sentences that differ in one or two words,
//     "Sentence number 3 41 tells of the flood in town 41." (1,000 to 8,000
//     sentences).

// reprints returns n articles: the case's articles in turn, each copy with five
// of its words replaced by others of the case (the same seed, the same copies).
func reprints(tb testing.TB, n int) []summarize.Article {
	tb.Helper()
	c, err := eval.LoadCase("../../eval/cases/ferry-fire-toll")
	if err != nil {
		tb.Fatal(err)
	}
	var vocab []string
	for _, a := range c.Articles {
		for _, w := range strings.Fields(a.Text) {
			if len(w) > 3 && strings.ToLower(w) == w && strings.Trim(w, ".,;:\"'") == w {
				vocab = append(vocab, w)
			}
		}
	}
	r := rand.New(rand.NewPCG(22, 1))
	out := make([]summarize.Article, n)
	for i := range out {
		a := c.Articles[i%len(c.Articles)]
		a.ID = fmt.Sprintf("r%d", i+1)
		a.Source = fmt.Sprintf("Outlet %d", i+1)
		paras := strings.Split(a.Text, "\n\n")
		for k := 0; k < 5; k++ {
			p := r.IntN(len(paras))
			ws := strings.Split(paras[p], " ")
			ws[r.IntN(len(ws))] = vocab[r.IntN(len(vocab))]
			paras[p] = strings.Join(ws, " ")
		}
		a.Text = strings.Join(paras, "\n\n")
		out[i] = a
	}
	return out
}

// nearIdentical returns ten articles of n sentences in all, four to a paragraph,
// each sentence differing from the others in one or two figures.
func nearIdentical(n int) []summarize.Article {
	const arts = 10
	out := make([]summarize.Article, arts)
	for a := range out {
		var b strings.Builder
		for j := 0; j < n/arts; j++ {
			if j > 0 {
				if j%4 == 0 {
					b.WriteString("\n\n")
				} else {
					b.WriteString(" ")
				}
			}
			fmt.Fprintf(&b, "Sentence number %d %d tells of the flood in town %d.", a+1, j+1, j+1)
		}
		out[a] = summarize.Article{ID: fmt.Sprintf("n%d", a+1), Source: fmt.Sprintf("Outlet %d", a+1), Text: b.String()}
	}
	return out
}

// sentences counts the sentences of articles as the pipeline splits them.
func sentences(tb testing.TB, p *pipeline.Pipeline, articles []summarize.Article) int {
	tb.Helper()
	rep, err := p.Merge(context.Background(), summarize.Request{Articles: articles})
	if err != nil {
		tb.Fatal(err)
	}
	return rep.Result.Stats.Passages
}

// largePipeline is the extractive pipeline with room for 1,000 articles.
func largePipeline(tb testing.TB) *pipeline.Pipeline {
	p := newPipeline(tb)
	p.Engines["extractive"] = extractive.New()
	p.Limits = summarize.Limits{MaxArticles: 2000}
	return p
}

// BenchmarkLinear briefs each family at every size with the extractive engine
// (the whole pipeline: normalize, segment, merge, coverage, engine, verify) and
// reports the time per sentence (ns/sentence, and cpu-ns/sentence from the
// process's CPU time, steadier on a shared machine); the largest size of each
// family also reports its cost per sentence as a multiple of the smallest's in
// the same run (x-smallest, from CPU time; the target is at most 1.3). Each
// size briefs its input as many times as the largest size's once, and each
// figure is the least of three such measures. Run:
//
//	go test -run '^$' -bench Linear -benchtime 1x ./summarize/pipeline/
func BenchmarkLinear(b *testing.B) {
	p := largePipeline(b)
	families := []struct {
		name  string
		sizes []int
		make  func(n int) []summarize.Article
		unit  string
	}{
		{"reprints", []int{50, 100, 200, 1000}, func(n int) []summarize.Article { return reprints(b, n) }, "articles"},
		{"near-identical", []int{1000, 2000, 8000}, nearIdentical, "sentences"},
	}
	// warm the segmenter and the tokenizer outside the timers
	if _, err := p.Brief(context.Background(), summarize.Request{Articles: nearIdentical(10)}); err != nil {
		b.Fatal(err)
	}
	for _, fam := range families {
		smallest := 0.0
		for k, n := range fam.sizes {
			articles := fam.make(n)
			req := summarize.Request{Articles: articles, Options: summarize.Options{Engine: "extractive"}}
			nsent := sentences(b, p, articles)
			// each size briefs its input as many times as the largest size's
			// once, so that every measure spans about the same work
			rounds := max(1, fam.sizes[len(fam.sizes)-1]/n)
			b.Run(fmt.Sprintf("%s/%s=%d", fam.name, fam.unit, n), func(b *testing.B) {
				per, cpu := math.Inf(1), math.Inf(1)
				for b.Loop() {
					// the least of three measures: the machine is shared, and
					// what others run only ever adds to one
					for range 3 {
						runtime.GC() // the garbage before is not this measure's work
						cpu0, t0 := cpuTime(), time.Now()
						for range rounds {
							if _, err := p.Brief(context.Background(), req); err != nil {
								b.Fatal(err)
							}
						}
						per = min(per, float64(time.Since(t0).Nanoseconds())/float64(rounds*nsent))
						cpu = min(cpu, float64((cpuTime()-cpu0).Nanoseconds())/float64(rounds*nsent))
					}
				}
				b.ReportMetric(per, "ns/sentence")
				b.ReportMetric(cpu, "cpu-ns/sentence")
				b.ReportMetric(float64(nsent), "sentences")
				if k == 0 {
					smallest = cpu
				}
				if k == len(fam.sizes)-1 && smallest > 0 {
					b.ReportMetric(cpu/smallest, "x-smallest")
				}
			})
		}
	}
}
