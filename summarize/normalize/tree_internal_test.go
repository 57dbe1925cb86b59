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

// TestWholePageReading: when trafilatura's extraction fails it returns the page's
// whole body text, menus and all, as one paragraph (its baseline), here with the
// raw text of a tag manager's <noscript> iframe in front, so that the paragraph
// cannot be split back into the page's lines; that reading is the page, not a
// story found in it, and readability's reading of the story wins. A page whose
// one paragraph is the story keeps it.
func TestWholePageReading(t *testing.T) {
	story := "The council approved 420 homes on the old harbour site on Tuesday after a meeting that ran past midnight, and work is due to start in the spring."
	const gtm = `<noscript><iframe src="https://tags.example/ns.html?id=T-1" height="0" width="0" style="display:none"></iframe></noscript>`
	menu := ""
	for w := range strings.FieldsSeq("Home News Sport Weather Recipes Videos Forum Contact Imprint Login") {
		menu += `<li><a href="/` + w + `">` + w + `</a></li>`
	}
	for _, tc := range []struct {
		name, page string
		want, not  string
	}{
		{"baseline reading of the whole body",
			`<html><body>` + gtm + `<ul>` + menu + `</ul><div id="kb"><h1>Cut tomatoes right</h1><div class="tip-text">` +
				strings.Repeat(story+"<br>", 3) + `</div></div><ul>` + menu + `</ul></body></html>`,
			story, "Weather"},
		{"a page that is one story paragraph",
			`<html><body>` + gtm + `<p>` + strings.Repeat(story+" ", 3) + `</p></body></html>`,
			story, "Weather"},
	} {
		pg, err := Article(summarize.Article{HTML: tc.page})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := strings.Join(pg.Texts(), "\n")
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: lost the story:\n%s", tc.name, got)
		}
		if strings.Contains(got, tc.not) {
			t.Errorf("%s: kept the menu:\n%s", tc.name, got)
		}
	}
}
