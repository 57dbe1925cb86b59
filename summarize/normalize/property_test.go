package normalize_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/briefing-news/briefing/summarize/segment"
	"github.com/briefing-news/briefing/summarize/text"
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

// checkSpans is the exact round trip of normalize: every paragraph's span holds,
// in Page.Text, the paragraph's text as sent: the same characters once white
// space is collapsed and the characters that cleaning drops are gone. Clutter cut
// out of the middle of a paragraph (an inline "© AGENCY" credit) stays in the
// span, so pages holding "©" are checked for bounds and order only.
func checkSpans(t *testing.T, name string, pg normalize.Page) {
	t.Helper()
	exact := !strings.Contains(pg.Text, "©")
	last := 0
	for i, p := range pg.Paragraphs {
		s, e := p.Span(0, len(p.Text))
		if s < 0 || s > e || e > len(pg.Text) {
			t.Fatalf("%s: paragraph %d span [%d,%d) out of %d bytes", name, i, s, e, len(pg.Text))
		}
		if !exact {
			continue
		}
		if s < last {
			t.Fatalf("%s: paragraph %d starts at %d, before the previous one ends (%d)", name, i, s, last)
		}
		last = e
		if got, want := cleaned(pg.Text[s:e]), cleaned(p.Text); got != want {
			t.Fatalf("%s: paragraph %d: span holds %q, want %q", name, i, pg.Text[s:e], p.Text)
		}
	}
}

// cleaned is what a paragraph's characters are, white space and invisible
// characters aside; a C1 control character is read as Windows-1252's, as the
// normalizer reads it (text.FixC1).
func cleaned(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune("\u200b\u200c\u200d\u2060\ufeff\u00ad", r) {
			return -1
		}
		return r
	}, text.FixC1(strings.ToValidUTF8(s, "\uFFFD")))
}

// TestArticleSpans: every paragraph and every sentence of the fixtures and
// tables names where it stands in its article.
func TestArticleSpans(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	var articles []summarize.Article
	articles = append(articles,
		summarize.Article{ID: "pasted", Text: readFixture(t, "page_pasted.txt")},
		summarize.Article{ID: "story", Text: readFixture(t, "story.txt")},
		summarize.Article{ID: "page", HTML: readFixture(t, "page.html"), URL: "https://courier.example/fire"},
		summarize.Article{ID: "crlf", Text: "Harbour\u00a0strike ends\r\n\r\nDock  workers voted\u200b to return on Monday.\r\nThe port\treopens\r\non Tuesday.\r\n\r\nShipping lines welcomed the deal."},
		summarize.Article{ID: "deep", HTML: strings.Repeat("<div>", 300) + "<p>Fire crews ordered  residents to leave on Thursday.</p>"},
	)
	for _, tt := range clutterCases {
		articles = append(articles, summarize.Article{ID: "clutter " + tt.name, Text: tt.in}, summarize.Article{ID: "html clutter " + tt.name, HTML: asHTML(tt.in)})
	}
	for _, tt := range keepCases {
		articles = append(articles, summarize.Article{ID: "keep " + tt.name, Text: tt.in})
	}
	for _, a := range articles {
		pg, err := normalize.Article(a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		checkSpans(t, a.ID, pg)
		if strings.Contains(pg.Text, "©") {
			continue
		}
		for i, p := range pg.Paragraphs {
			for _, sp := range seg.Spans(p.Text) {
				s, e := p.Span(sp.Start, sp.End)
				if got, want := cleaned(pg.Text[s:e]), cleaned(p.Text[sp.Start:sp.End]); got != want {
					t.Fatalf("%s: paragraph %d: sentence span holds %q, want %q", a.ID, i, pg.Text[s:e], p.Text[sp.Start:sp.End])
				}
			}
		}
	}
}

// TestArticleIsTheStages: Article gives the paragraphs and the visible text that
// HTML or Text, SplitHeadline, StripDateline and PageText give one after another.
func TestArticleIsTheStages(t *testing.T) {
	articles := []summarize.Article{
		{Text: readFixture(t, "page_pasted.txt")},
		{HTML: readFixture(t, "page.html"), URL: "https://courier.example/fire"},
		{HTML: "<p>LONDON (Wire) - Dock workers voted to return on Monday, the union said.</p>\r\n<p>Ships\u00a0sailed.</p>", Title: "Strike"},
		{Text: "Quay to close\n\nLINDHOLM, Norway (Island Wire) - The old ferry quay will close for repairs from Monday.\n\nEngineers found cracks."},
	}
	for _, tt := range clutterCases {
		articles = append(articles, summarize.Article{Text: tt.in}, summarize.Article{HTML: asHTML(tt.in)})
	}
	for i, a := range articles {
		pg, err := normalize.Article(a)
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		visible := a.Text
		if a.HTML != "" {
			paras, err = normalize.HTML(a.HTML, a.URL)
			if err != nil {
				t.Fatal(err)
			}
			visible = normalize.PageText(a.HTML)
		} else {
			paras = normalize.Text(a.Text)
		}
		title := a.Title
		if h, rest := normalize.SplitHeadline(paras); h != "" && (a.Title == "" || normalize.SameHeadline(h, a.Title)) {
			paras = rest
			if title == "" {
				title = h
			}
		}
		if title == "" && a.HTML == readFixture(t, "page.html") {
			title = "Brennick orders evacuation as Tallow Ridge fire jumps the river" // the page's own og:title
		}
		paras = normalize.StripDateline(paras)
		if got := pg.Texts(); strings.Join(got, "\x00") != strings.Join(paras, "\x00") {
			t.Fatalf("article %d: paragraphs\n%q\nwant\n%q", i, got, paras)
		}
		if pg.Article.Title != title || pg.Visible != visible {
			t.Fatalf("article %d: title %q visible %q, want %q %q", i, pg.Article.Title, pg.Visible, title, visible)
		}
	}
}
