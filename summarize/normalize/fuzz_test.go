package normalize_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
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
	f.Add(" date 2023-09-12 Fire crews ordered 2,400 residents to leave.")
	f.Fuzz(func(t *testing.T, in string) {
		ps := normalize.Text(in)
		checkParagraphs(t, ps)
		// The prefix's day is a day in range, and the story no longer starts with it.
		if d := normalize.TextPublished(in); !d.IsZero() {
			if d.Year() < 1900 || d.Year() > 2100 || d.Hour() != 0 || d.Location() != time.UTC {
				t.Fatalf("TextPublished = %v", d)
			}
			if len(ps) > 0 && strings.HasPrefix(ps[0], "date "+d.Format("2006-01-02")) {
				t.Fatalf("the prefix stayed in the story: %q", ps[0])
			}
		}
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

// FuzzArticle feeds one input as a text article and as an HTML page to Article:
// the paragraphs keep their shape and every span stays inside the page's text.
func FuzzArticle(f *testing.F) {
	for _, tt := range clutterCases[:8] {
		f.Add(tt.in)
	}
	f.Add("Harbour\u00a0strike ends\r\n\r\nDock  workers voted\u200b to return.\r\nThe port\treopens\r\non Tuesday.\xff\xfe Kim waves. © REUTERS The talks ended.")
	f.Add("The crews hadn\u0092t lost a house, calling it \u0093a miracle\u0094 \u0081 \u0085 on Tuesday.")
	f.Fuzz(func(t *testing.T, in string) {
		for _, a := range []summarize.Article{{Text: in}, {HTML: asHTML(in), URL: "https://courier.example/story"}, {HTML: in}} {
			pg, err := normalize.Article(a)
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			checkParagraphs(t, pg.Texts())
			checkSpans(t, "fuzz", pg)
		}
	})
}
