package normalize_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/normalize"
)

func TestSplitHeadline(t *testing.T) {
	body := []string{"The council voted on Monday to close the old pier.", "Repairs will take a year."}
	tests := []struct {
		name  string
		first string
		want  string
	}{
		{"a pasted headline", "Harbour pier to close for a year, council says", "Harbour pier to close for a year, council says"},
		{"a headline in quotes", `Mayor: "We had no choice"`, `Mayor: "We had no choice"`},
		{"a story sentence", "The pier will close, the council said.", ""},
		{"a question is a sentence", "Why is the pier closing?", ""},
		{"too short to tell", "Breaking news", ""},
		{"too long for a headline", "The council voted on Monday night after a long and heated debate to close the old pier for repairs that engineers say will take about a year", ""},
		{"lower-case start is a fragment", "and the pier will close for a year", ""},
		{"ends with a colon: a lead-in", "Here is what we know so far about the pier:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := append([]string{tt.first}, body...)
			got, rest := normalize.SplitHeadline(paras)
			if got != tt.want {
				t.Fatalf("headline=%q, want %q", got, tt.want)
			}
			if wantRest := len(paras) - map[bool]int{true: 1, false: 0}[tt.want != ""]; len(rest) != wantRest {
				t.Fatalf("rest has %d paragraphs, want %d", len(rest), wantRest)
			}
		})
	}
	if got, _ := normalize.SplitHeadline([]string{"Harbour pier to close for a year", "Only one paragraph follows."}); got != "" {
		t.Fatalf("a two-paragraph text gave headline %q: the first line may be the story", got)
	}
}

func TestSameHeadline(t *testing.T) {
	if !normalize.SameHeadline("Pier to  Close", "pier to close") || normalize.SameHeadline("Pier to close", "Pier to reopen") {
		t.Fatal("SameHeadline folds case and spacing only")
	}
}

// TestArticleHeadlineOfAPage: on a page that names its title (og:title here), the
// first paragraph becomes the article's title only when it is that title; a first
// line of story that looks like a headline stays a paragraph.
func TestArticleHeadlineOfAPage(t *testing.T) {
	story := "<p>The old ferry quay at Lindholm will close for repairs from Monday, the port authority said on Thursday.</p>" +
		"<p>Engineers found cracks in two of the quay's concrete piles during a routine dive inspection last week.</p>" +
		"<p>Ferries to the islands will use the freight terminal's eastern berth for about six weeks.</p>"
	page := func(title, first string) string {
		return "<html><head><title>" + title + "</title><meta property=\"og:title\" content=\"" + title + "\"></head><body><article><h1>" + first + "</h1>" + story + "</article></body></html>"
	}
	for _, tc := range []struct {
		name, title, first string
		split              bool
	}{
		{"the page's title", "Lindholm ferry quay to close for repairs - Island Post", "Lindholm ferry quay to close for repairs", true},
		{"a line that is not the page's title", "Repairs close the Lindholm ferry quay for six weeks", "Harbour master Marit Dahl and her deputy Ola Berg", false},
	} {
		pg, err := normalize.Article(summarize.Article{ID: "a1", HTML: page(tc.title, tc.first)})
		if err != nil {
			t.Fatal(err)
		}
		texts := pg.Texts()
		if got := len(texts) > 0 && texts[0] == tc.first; got == tc.split {
			t.Errorf("%s: paragraphs %q, title %q: first line kept as story %v, want %v", tc.name, texts, pg.Article.Title, got, !tc.split)
		}
		if tc.split && pg.Article.Title != tc.first {
			t.Errorf("%s: title %q, want %q", tc.name, pg.Article.Title, tc.first)
		}
	}
}
