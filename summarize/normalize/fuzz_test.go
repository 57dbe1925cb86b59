package normalize_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/normalize"
)

// checkParagraphs asserts the shape every normalize output has.
func checkParagraphs(t *testing.T, ps []string) {
	t.Helper()
	for i, p := range ps {
		if p == "" || p != strings.TrimSpace(p) {
			t.Fatalf("paragraph %d = %q: want non-empty and trimmed", i, p)
		}
		if !utf8.ValidString(p) {
			t.Fatalf("paragraph %d = %q: not valid UTF-8", i, p)
		}
		if strings.Contains(p, "\n") {
			t.Fatalf("paragraph %d = %q: holds a line break", i, p)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, tt := range clutterCases {
		f.Add(tt.in)
	}
	for _, tt := range keepCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkParagraphs(t, normalize.Text(in))
	})
}

func FuzzHTML(f *testing.F) {
	for _, tt := range clutterCases[:8] {
		f.Add(asHTML(tt.in))
	}
	f.Add(strings.Repeat("<div>", 600) + "<p>Deep story text that ends here.</p>")
	f.Fuzz(func(t *testing.T, in string) {
		ps, err := normalize.HTML(in, "https://courier.example/story")
		if err != nil {
			t.Fatalf("HTML: %v", err)
		}
		checkParagraphs(t, ps)
	})
}
