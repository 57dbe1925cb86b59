package segment_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/segment"
)

func FuzzSentences(f *testing.F) {
	for _, tt := range sentenceCases {
		f.Add(tt.in)
	}
	s := newSegmenter(f)
	f.Fuzz(func(t *testing.T, in string) {
		got := s.Sentences(in)
		for i, sent := range got {
			if sent == "" || sent != strings.TrimSpace(sent) {
				t.Fatalf("sentence %d = %q: want non-empty and trimmed", i, sent)
			}
		}
		checkSpans(t, in, s.Spans(in), got)
		if !utf8.ValidString(in) {
			return // byte-level garbage: only "no panic" and the shape above
		}
		if a, b := dropSpace(strings.Join(got, " ")), dropSpace(in); a != b {
			t.Fatalf("joined sentences lose text:\n got %q\nwant %q", a, b)
		}
		for _, p := range segment.Paragraphs(in) {
			if p == "" || p != strings.TrimSpace(p) {
				t.Fatalf("paragraph %q: want non-empty and trimmed", p)
			}
		}
	})
}

// benchText returns about 800 words of fixture prose.
func benchText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	for len(strings.Fields(sb.String())) < 800 {
		sb.Write(b)
		sb.WriteString("\n")
	}
	return sb.String()
}

func BenchmarkSentences(b *testing.B) {
	s := newSegmenter(b)
	paras := segment.Paragraphs(benchText(b))
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, p := range paras {
			n += len(s.Sentences(p))
		}
	}
	b.ReportMetric(float64(n), "sentences/op")
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := segment.New(); err != nil {
			b.Fatal(err)
		}
	}
}
