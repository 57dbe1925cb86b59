package normalize_test

import (
	"html"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/google/go-cmp/cmp"
)

// storyBody is the story of the fixtures without its headline (HTML pages
// carry the headline in <title> and <h1>, which extraction leaves to metadata).
func storyBody(tb testing.TB) []string {
	return storyParagraphs(tb)[1:]
}

func TestHTMLPage(t *testing.T) {
	got, err := normalize.HTML(readFixture(t, "page.html"), "https://courier.example/2026/09/03/fire")
	if err != nil {
		t.Fatalf("HTML: %v", err)
	}
	if diff := cmp.Diff(storyBody(t), got); diff != "" {
		t.Fatalf("HTML(page.html) (-want +got):\n%s", diff)
	}
}

func TestHTMLBlocksNotGlued(t *testing.T) {
	const page = `<html><body><article><h1>Fire jumps the river</h1><p>Kim Ardent boarded the last ferry out of Corran at dawn on Thursday, travelling by train</p><p>The leader of the county council said the ferry would run every hour until the fire was under control.</p><ul><li>Mill Road is closed to all traffic until Monday morning.</li><li>Quay Street is open to residents only, the police said on Thursday.</li></ul><blockquote>We will not leave anyone behind, the chief told a crowd at the sports hall.</blockquote></article></body></html>`
	got, err := normalize.HTML(strings.Repeat(page, 1), "")
	if err != nil {
		t.Fatalf("HTML: %v", err)
	}
	for _, p := range got {
		if strings.Contains(p, "trainThe") || strings.Contains(p, "morning.Quay") {
			t.Fatalf("blocks glued together: %q", p)
		}
	}
	want := "The leader of the county council said the ferry would run every hour until the fire was under control."
	if !contains(got, want) {
		t.Fatalf("HTML = %q, want a paragraph %q", got, want)
	}
}

func contains(ps []string, want string) bool {
	for _, p := range ps {
		if p == want {
			return true
		}
	}
	return false
}

func TestHTMLBadURL(t *testing.T) {
	if _, err := normalize.HTML("<p>x</p>", "not a url"); err == nil {
		t.Fatal("HTML with a relative page URL: want an error")
	}
}

func TestHTMLEmpty(t *testing.T) {
	for _, page := range []string{"", "   ", "<html></html>", "<script>alert(1)</script>", "<nav><a>Home</a></nav>"} {
		got, err := normalize.HTML(page, "")
		if err != nil || len(got) != 0 {
			t.Fatalf("HTML(%q) = %q, %v; want nothing, nil", page, got, err)
		}
	}
}

// TestHTMLHostile checks that deep nesting and large flat pages are handled
// (by the flat walk) without blowing the stack; a timed limit lives in the
// benchmarks, not here.
func TestHTMLHostile(t *testing.T) {
	const story = "Fire crews in Brennick ordered 2,400 residents to leave their homes on Thursday after a wildfire jumped the river."
	tests := []struct {
		name string
		page string
	}{
		{"100k nested divs", strings.Repeat("<div>", 100_000) + "<p>" + story + "</p>" + strings.Repeat("</div>", 100_000)},
		{"100k unclosed divs", strings.Repeat("<div>", 100_000) + story},
		{"100k nested spans", "<p>" + strings.Repeat("<span>", 100_000) + story},
		{"100k nested b", "<p>" + strings.Repeat("<b>", 100_000) + story},
		{"100k nested tables", strings.Repeat("<table><tr><td>", 30_000) + story},
		{"nested nav around story", strings.Repeat("<nav>", 1000) + "Home News" + strings.Repeat("</nav>", 1000) + "<p>" + story + "</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := normalize.HTML(tt.page, "")
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if !contains(got, story) {
				t.Fatalf("HTML = %.300q, want the story paragraph", got)
			}
		})
	}
}

// TestHTMLClutter runs the clutter table through HTML, each pasted block as
// a <p> with <br> lines: what the extractor lets through, the filter removes.
func TestHTMLClutter(t *testing.T) {
	for _, tt := range clutterCases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := normalize.HTML(asHTML(tt.in), "")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("HTML(%q) (-want +got):\n%s", asHTML(tt.in), diff)
			}
		})
	}
}

// asHTML wraps pasted text in an article page, one <p> per block.
func asHTML(text string) string {
	var sb strings.Builder
	sb.WriteString("<html><body><article>")
	for _, p := range strings.Split(text, "\n\n") {
		sb.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	sb.WriteString("</article></body></html>")
	return strings.ReplaceAll(sb.String(), "\n", "<br>")
}

func TestHTMLConcurrent(t *testing.T) {
	page := readFixture(t, "page.html")
	want, err := normalize.HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []string)
	for range 4 {
		go func() {
			got, _ := normalize.HTML(page, "")
			done <- got
		}()
	}
	for range 4 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Fatalf("concurrent HTML differs (-want +got):\n%s", diff)
		}
	}
}

func TestPageTextKeepsChromeButNotScripts(t *testing.T) {
	page := `<html><head><style>p{color:red}</style><script>var x = "hidden";</script></head><body>` +
		`<nav><a href="/">Home</a></nav><article><p>The ferry sailed at nine.</p></article><footer>© 2026 Example</footer></body></html>`
	got := normalize.PageText(page)
	for _, want := range []string{"Home", "The ferry sailed at nine.", "© 2026 Example"} {
		if !strings.Contains(got, want) {
			t.Errorf("PageText lost %q: %q", want, got)
		}
	}
	for _, not := range []string{"hidden", "color:red"} {
		if strings.Contains(got, not) {
			t.Errorf("PageText kept %q: %q", not, got)
		}
	}
}
