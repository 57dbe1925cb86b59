package extraction_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval/extraction"
)

func TestScore(t *testing.T) {
	cases := []struct {
		name          string
		text          string
		with, without []string
		want          extraction.Counts
	}{
		{"found and left out", "The quay closes.\n\nFerries move.", []string{"quay closes", "Ferries move"}, []string{"Home"},
			extraction.Counts{TP: 2, TN: 1}},
		{"white space normalized on both sides", "cracks in\n two   of", []string{"cracks  in two of"}, nil,
			extraction.Counts{TP: 1}},
		{"missing and leaked", "Home | News. The quay closes.", []string{"Ferries move"}, []string{"Home"},
			extraction.Counts{FN: 1, FP: 1}},
		{"case matters, as in trafilatura's metric", "the quay", []string{"The quay"}, nil, extraction.Counts{FN: 1}},
		{"nothing extracted", "", []string{"a", "b"}, []string{"c"}, extraction.Counts{FN: 2, TN: 1}},
	}
	for _, tc := range cases {
		if got := extraction.Score(tc.text, tc.with, tc.without); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestCountsRatios(t *testing.T) {
	c := extraction.Counts{TP: 8, FP: 2, FN: 2, TN: 5}
	if c.Precision() != 0.8 || c.Recall() != 0.8 || c.F1() != 0.8 {
		t.Errorf("P %v R %v F1 %v, want 0.8 each", c.Precision(), c.Recall(), c.F1())
	}
	var zero extraction.Counts
	if zero.Precision() != 0 || zero.F1() != 0 {
		t.Error("empty counts must score 0, not NaN")
	}
}

func TestFamily(t *testing.T) {
	english := "The port authority said on Thursday that the old ferry quay will close for repairs from Monday, and that ferries to the islands will use the freight terminal for about six weeks."
	german := "Die Hafenbehörde teilte am Donnerstag mit, dass der alte Fähranleger ab Montag für Reparaturen geschlossen wird und die Fähren zu den Inseln etwa sechs Wochen lang vom Frachtterminal abfahren."
	cases := []struct {
		key, file, visible, want string
	}{
		{"https://harbourwatch.wordpress.com/2026/01/06/quay", "x.html", german, extraction.FamilyBlog},
		{"https://www.example.org/blog/quay", "x.html", english, extraction.FamilyBlog},
		{"https://blog.python.org/2026/01/x.html", "x.html", english, extraction.FamilyBlog},
		{"https://web.archive.org/web/20160526181643/http://notes.blogspot.com/a", "x.html", german, extraction.FamilyBlog},
		{"hard::blog.python.org.html", "blog.python.org.html", english, extraction.FamilyBlog},
		{"https://www.zeit.de/2026/quay", "x.html", german, extraction.FamilyNonEnglish},
		{"hard::zeit.de.zugverkehr.html", "zeit.de.zugverkehr.html", german, extraction.FamilyNonEnglish},
		{"https://news.example.com/2026/01/05/ferry-quay", "x.html", english, extraction.FamilyNews},
		// "weblog" in a word of the text is not a blog: the rule reads the URL.
		{"https://news.example.com/a", "x.html", english + " Our weblog is elsewhere.", extraction.FamilyNews},
	}
	for _, tc := range cases {
		if got := extraction.Family(tc.key, tc.file, tc.visible); got != tc.want {
			t.Errorf("Family(%q): %q, want %q", tc.key, got, tc.want)
		}
	}
}

func TestDecode(t *testing.T) {
	if got := extraction.Decode([]byte("<meta charset=\"iso-8859-1\">Fähre")); !strings.Contains(got, "Fähre") {
		t.Errorf("valid UTF-8 must be read as UTF-8 whatever the page declares: %q", got)
	}
	if got := extraction.Decode([]byte("<meta charset=\"iso-8859-1\">F\xe4hre")); !strings.Contains(got, "Fähre") {
		t.Errorf("Latin-1 bytes must be decoded by the declared charset: %q", got)
	}
}

func TestLoadAndMeasure(t *testing.T) {
	pages, err := extraction.Load("testdata/set")
	if err != nil {
		t.Fatal(err)
	}
	fams := map[string]string{}
	for _, p := range pages {
		fams[p.File] = p.Family
	}
	want := map[string]string{"ferry.html": extraction.FamilyNews, "blog.html": extraction.FamilyBlog, "hafen.html": extraction.FamilyNonEnglish}
	for f, fam := range want {
		if fams[f] != fam {
			t.Errorf("%s: family %q, want %q", f, fams[f], fam)
		}
	}
	for _, p := range pages {
		if p.File == "hafen.html" && !strings.Contains(p.HTML, "Fähranleger") {
			t.Errorf("hafen.html not decoded from Latin-1: %.120q", p.HTML)
		}
		if p.File == "hafen.html" && p.URL != "" {
			t.Errorf("a key that is not a URL gives no URL: %q", p.URL)
		}
	}
	// "whole" returns the page's text (markup out): it finds every with and
	// leaks every without; "fails" fails on the blog.
	whole := extraction.Extractor{Name: "whole", Extract: func(_ context.Context, p extraction.Page) (string, error) {
		return stripTags(p.HTML), nil
	}}
	fails := extraction.Extractor{Name: "fails", Extract: func(_ context.Context, p extraction.Page) (string, error) {
		if p.Family == extraction.FamilyBlog {
			return "I walked down to the quay this morning", errors.New("no")
		}
		return "", nil
	}}
	rep, err := extraction.Measure(context.Background(), pages, []extraction.Extractor{whole, fails}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := rep.Families[extraction.FamilyAll][0]; got != (extraction.Counts{TP: 4, FP: 3}) {
		t.Errorf("whole, all: %+v", got)
	}
	if got := rep.Families[extraction.FamilyBlog][1]; got != (extraction.Counts{FN: 1, TN: 1}) {
		t.Errorf("fails, blog (a failed page finds nothing): %+v", got)
	}
	if rep.Pages[extraction.FamilyAll] != 3 || rep.Pages[extraction.FamilyNews] != 1 || rep.Failed["fails"] != 1 {
		t.Errorf("pages %v failed %v", rep.Pages, rep.Failed)
	}
	var b bytes.Buffer
	rep.Table(&b)
	for _, s := range []string{"blog", "non-English", "news", "all", "whole", "fails failed on 1 pages"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
