package normalize

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPruneBoilerplate: the blocks that readability's reading takes in beside
// the story are removed by their class or id; blocks whose names only contain
// such a word inside another (biology, shared-grid, adsorption) stay.
func TestPruneBoilerplate(t *testing.T) {
	const story = `<p>The council approved the budget on Monday after a long debate.</p>`
	for _, tc := range []struct {
		name, block string
		kept        bool
	}{
		{"author box", `<div class="author-box"><p>Mira Sand is a contributing writer.</p></div>`, false},
		{"about the author by id", `<section id="about-the-author"><p>Mira Sand lives in Bergen.</p></section>`, false},
		{"share bar", `<div class="post-share icons"><a href="#">Facebook</a></div>`, false},
		{"related links", `<aside class="related"><a href="/a">Another story</a></aside>`, false},
		{"print promo", `<div class="inline-promo"><p>Four issues a year. Subscribe today.</p></div>`, false},
		{"newsletter", `<div class="newsletter_signup"><p>Sign up for our morning email.</p></div>`, false},
		{"comments", `<div id="comments"><p>Great article!</p></div>`, false},
		{"a class with biology in it", `<div class="biology-notes"><p>Cells divide every hour.</p></div>`, true},
		{"shared grid", `<div class="sharedgrid"><p>The second half of the story.</p></div>`, true},
		{"story body", `<div class="story-body"><p>The second half of the story.</p></div>`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><article>` + story + tc.block + `</article></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			pruneBoilerplate(doc)
			got := blockText(doc, nil)
			if !strings.Contains(got, "approved the budget") {
				t.Fatalf("the story went too: %q", got)
			}
			inner, _ := html.Parse(strings.NewReader(tc.block))
			text := strings.TrimSpace(blockText(inner, nil))
			if kept := strings.Contains(got, text); kept != tc.kept {
				t.Fatalf("block kept %v, want %v: %q", kept, tc.kept, got)
			}
		})
	}
}
