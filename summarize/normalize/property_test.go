package normalize_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/briefing-news/briefing/summarize/segment"
)

// TestStorySentencesSurvive is the "nothing of the story is lost" property:
// every sentence of every story body in our fixtures and tables comes out of
// Text and HTML whole, in a kept paragraph.
func TestStorySentencesSurvive(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, name string, story, got []string) {
		t.Helper()
		joined := strings.Join(got, "\n")
		for _, p := range story {
			for _, s := range seg.Sentences(p) {
				if !strings.Contains(joined, s) {
					t.Errorf("%s: story sentence lost: %q", name, s)
				}
			}
		}
	}
	story := storyParagraphs(t)
	check(t, "page_pasted.txt", story, normalize.Text(readFixture(t, "page_pasted.txt")))
	html, err := normalize.HTML(readFixture(t, "page.html"), "")
	if err != nil {
		t.Fatal(err)
	}
	check(t, "page.html", storyBody(t), html)
	for _, tt := range clutterCases {
		check(t, "clutter case "+tt.name, tt.want, normalize.Text(tt.in))
	}
	for _, tt := range keepCases {
		check(t, "keep case "+tt.name, tt.want, normalize.Text(tt.in))
	}
	// Each table case again with its clutter wrapped in HTML blocks.
	for _, tt := range clutterCases {
		var sb strings.Builder
		sb.WriteString("<html><body><article>")
		for _, p := range strings.Split(tt.in, "\n\n") {
			sb.WriteString("<p>" + strings.ReplaceAll(p, "\n", "<br>") + "</p>")
		}
		sb.WriteString("</article></body></html>")
		got, err := normalize.HTML(sb.String(), "")
		if err != nil {
			t.Fatal(err)
		}
		check(t, "html clutter case "+tt.name, tt.want, got)
	}
}
