package normalize

import (
	"html/template"
	"net/url"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"golang.org/x/net/html"
)

// TestLargeTextSkipsTheTree: a page whose visible text is over maxTreeText is read
// by the linear flat walk, never handed to go-trafilatura, whose cost grows faster
// than the text; a page under it is.
func TestLargeTextSkipsTheTree(t *testing.T) {
	calls := 0
	defer func(f func(*html.Node, *url.URL) ([]string, string, pageMeta)) { treeExtract = f }(treeExtract)
	treeExtract = func(doc *html.Node, u *url.URL) ([]string, string, pageMeta) {
		calls++
		return extractTree(doc, u)
	}
	para := "<p>" + template.HTMLEscapeString("The river rose two metres overnight and the council opened three shelters for families.") + "</p>\n"
	for _, tc := range []struct {
		name      string
		paras     int
		wantCalls int
	}{
		{"small page", 20, 1},
		{"page over the tree's limit", 2 * maxTreeText / len(para), 0},
	} {
		calls = 0
		page := "<html><body><article>" + strings.Repeat(para, tc.paras) + "</article></body></html>"
		pg, err := Article(summarize.Article{HTML: page})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if calls != tc.wantCalls {
			t.Errorf("%s: tree extraction ran %d times, want %d", tc.name, calls, tc.wantCalls)
		}
		if len(pg.Paragraphs) == 0 {
			t.Errorf("%s: no story read", tc.name)
		}
	}
}
