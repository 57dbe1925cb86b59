package normalize_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/normalize"
)

// words800 repeats a fixture until it holds about 800 words.
func words800(s string) string {
	var sb strings.Builder
	for n := 0; n < 800; n += len(strings.Fields(s)) {
		sb.WriteString(s)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkText(b *testing.B) {
	for _, name := range []string{"page_pasted.txt", "story.txt"} {
		b.Run(name, func(b *testing.B) {
			in := words800(readFixture(b, name))
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				normalize.Text(in)
			}
			b.ReportMetric(float64(len(strings.Fields(in))), "words/op")
		})
	}
}

func BenchmarkHTML(b *testing.B) {
	page := readFixture(b, "page.html")
	i := strings.Index(page, `<div class="article-body">`)
	j := strings.Index(page, `<div class="newsletter">`)
	body := page[i:j]
	// Repeat the article body until the page holds about 800 words.
	in := page[:i] + strings.Repeat(body, 800/len(strings.Fields(body))+1) + page[j:]
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := normalize.HTML(in, "https://courier.example/fire"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLDeep measures the flat walk on 100,000 nested elements.
func BenchmarkHTMLDeep(b *testing.B) {
	in := strings.Repeat("<div>", 100_000) + "<p>Fire crews ordered residents to leave on Thursday.</p>" + strings.Repeat("</div>", 100_000)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := normalize.HTML(in, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLPerMB measures normalize.Article on real-page fixtures grown to
// about 1 and 4 MB (the default html limit) by repeating their story, and reports
// time and memory per MB of html.
func BenchmarkHTMLPerMB(b *testing.B) {
	page := readFixture(b, "realpages/flood-courier.html")
	i := strings.Index(page, `<div class="article-body">`)
	j := strings.Index(page, `<div class="tags">`)
	for _, mb := range []int{1, 4} {
		body := page[i:j]
		in := page[:i] + strings.Repeat(body, mb<<20/len(body)+1) + page[j:]
		size := float64(len(in)) / (1 << 20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.ReportAllocs()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			before := ms.TotalAlloc
			for b.Loop() {
				if _, err := normalize.Article(summarize.Article{URL: "https://courier.example/flood", HTML: in}); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/size, "ns/MB")
			b.ReportMetric(float64(ms.TotalAlloc-before)/float64(b.N)/size, "B/MB")
		})
	}
}
