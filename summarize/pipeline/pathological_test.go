package pipeline_test

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// pathological families of issue 10 (item 3): small texts that once cost quadratic
// time somewhere in the pipeline. Each builds an article of about size bytes.
var pathological = []struct {
	name string
	make func(size int) string
}{
	{"dot-space", func(size int) string { return strings.Repeat(". ", size/2) }},
	{"a-run", func(size int) string { return strings.Repeat("a", size) }},
	{"spaces", func(size int) string {
		const s = "The council approved the budget on Monday."
		return strings.Repeat(" ", size-len(s)) + s
	}},
	{"cjk-unpunctuated", func(size int) string {
		const s = "市议会周一批准了新的预算案并决定扩建城市公园与图书馆" // 26 runes, 78 bytes
		return strings.Repeat(s, size/len(s))
	}},
	{"long-sentence", func(size int) string {
		return "The" + strings.Repeat(" word", (size-4)/5) + "."
	}},
	{"A-dot-space", func(size int) string { return strings.Repeat("A. ", size/3) }},
}

// pathologicalSizes are n and 10n; 10n is just under the per-article limit.
var pathologicalSizes = []int{summarize.DefaultMaxArticleChars / 10, summarize.DefaultMaxArticleChars - 1000}

// BenchmarkPathological briefs one article of each family, with the extractive
// engine, at n and 10n bytes. The ns/KB figure (wall time; cpu-ns/KB is the
// process's CPU time, steadier on a shared machine) must stay about constant as n
// grows tenfold; run it on one core at the limit with
//
//	go test -run '^$' -bench Pathological -benchtime 1x -cpu 1 ./summarize/
func BenchmarkPathological(b *testing.B) {
	p := newPipeline(b)
	for _, fam := range pathological {
		for _, size := range pathologicalSizes {
			text := fam.make(size)
			req := summarize.Request{
				Articles: []summarize.Article{{Source: "Wire", Text: text}},
				Options:  summarize.Options{Engine: "extractive"},
			}
			b.Run(fmt.Sprintf("%s/%dKB", fam.name, size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				cpu0 := cpuTime()
				for b.Loop() {
					if _, err := p.Brief(context.Background(), req); err != nil && summarize.ErrorCode(err) != summarize.EINVALID {
						b.Fatal(err)
					}
				}
				kb := float64(len(text)) / 1024
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/kb, "ns/KB")
				if cpu := cpuTime() - cpu0; cpu > 0 {
					b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/kb, "cpu-ns/KB")
				}
			})
		}
	}
}

// TestPathologicalAllocLinear is the untimed guard for BenchmarkPathological: the
// bytes the pipeline allocates for one article of each family may grow about as
// the article, never as its square. A quadratic stage (a sentence grown by
// copying, a headline re-joined word by word) allocates about 100 times more for
// a text 10 times longer; a linear one about 10 times.
func TestPathologicalAllocLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs 12 long articles")
	}
	p := newPipeline(t)
	allocated := func(text string) uint64 {
		req := summarize.Request{Articles: []summarize.Article{{Source: "Wire", Text: text}}, Options: summarize.Options{Engine: "extractive"}}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := p.Brief(context.Background(), req); err != nil && summarize.ErrorCode(err) != summarize.EINVALID {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	allocated("Warm up the segmenter. It is built once.")
	for _, fam := range pathological {
		small, large := allocated(fam.make(4_000)), allocated(fam.make(40_000))
		if ratio := float64(large) / float64(small); ratio > 25 {
			t.Errorf("%s: %d bytes allocated for 4 KB, %d for 40 KB (×%.0f, want about ×10)", fam.name, small, large, ratio)
		} else {
			t.Logf("%s: ×%.1f", fam.name, ratio)
		}
	}
}
