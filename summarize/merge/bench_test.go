package merge_test

import (
	"fmt"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/merge"
)

// realTokens counts the generated request's tokens with tok, outside any timer.
func realTokens(tok merge.Counter, g generated) int {
	n := 0
	for _, a := range g.sentences {
		for _, s := range a {
			n += tok.Count(s)
		}
	}
	return n
}

// BenchmarkMerge merges 10, 100 and 1,000 generated articles of about 800 words,
// with a whitespace word counter (the merge alone) and with the real o200k_base
// tokenizer (what a request pays). Run: go test -bench Merge -cpu 1 ./summarize/merge/
func BenchmarkMerge(b *testing.B) {
	c := loadCorpus(b)
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 100, 1000} {
		g := generate(c, n, 800, 42)
		tokens := realTokens(tok, g)
		for _, counter := range []struct {
			name string
			c    merge.Counter
		}{{"words", words{}}, {"o200k", tok}} {
			b.Run(fmt.Sprintf("articles=%d/counter=%s", n, counter.name), func(b *testing.B) {
				var res summarize.MergeResult
				cpu0 := cpuTime()
				for b.Loop() {
					res = merge.Merge(g.docs, counter.c, merge.Options{})
				}
				if cpu := cpuTime() - cpu0; cpu > 0 {
					b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
				}
				sec := b.Elapsed().Seconds()
				b.ReportMetric(float64(n*b.N)/sec, "articles/s")
				b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N*tokens), "ns/token")
				b.ReportMetric(float64(res.Stats.UniquePassages)/float64(res.Stats.Passages), "kept/passages")
			})
		}
	}
}

// BenchmarkMergeChunk is issue 2's benchmark: merge plus chunk for 50 articles of
// about 800 words, counting with the real tokenizer and packing the passages into
// chunks of a gpt-4o-mini-sized budget.
func BenchmarkMergeChunk(b *testing.B) {
	c := loadCorpus(b)
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		b.Fatal(err)
	}
	const n = 50
	g := generate(c, n, 800, 7)
	tokens := realTokens(tok, g)
	var chunks [][]summarize.Passage
	cpu0 := cpuTime()
	for b.Loop() {
		res := merge.Merge(g.docs, tok, merge.Options{})
		chunks, err = chunk.Split(res.Passages, func(p summarize.Passage) int { return p.Tokens + 4 }, 6000)
		if err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N*tokens), "ns/token")
	b.ReportMetric(float64(len(chunks)), "chunks")
}

// BenchmarkMergeOneStory is the worst case for folding: 1,000 articles that are
// all wire copy, reprints and rewrites of one story, so every passage has many
// variants and sources.
func BenchmarkMergeOneStory(b *testing.B) {
	c := loadCorpus(b)
	const n = 1000
	g := generateClusters(c, n, 800, 42, n, n)
	cpu0 := cpuTime()
	var res summarize.MergeResult
	for b.Loop() {
		res = merge.Merge(g.docs, words{}, merge.Options{})
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(res.Stats.UniquePassages)/float64(res.Stats.Passages), "kept/passages")
}
