package eval_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/eval"
)

// languageData is testdata/languages.json: table-test data for the
// per-language text toolkit of issue 24.
type languageData struct {
	About     string `json:"about"`
	Languages map[string]struct {
		Sentences []struct {
			Text      string   `json:"text"`
			Sentences []string `json:"sentences"`
		} `json:"sentences"`
		Numbers []struct {
			Text   string  `json:"text"`
			Number string  `json:"number"`
			Value  float64 `json:"value"`
		} `json:"numbers"`
		Quotes []struct {
			Text   string   `json:"text"`
			Quotes []string `json:"quotes"`
		} `json:"quotes"`
		Dates []struct {
			Text        string `json:"text"`
			PublishedAt string `json:"published_at"`
			Expression  string `json:"expression"`
			Date        string `json:"date"`
		} `json:"dates"`
		Speakers []struct {
			Text    string `json:"text"`
			Speaker string `json:"speaker"`
			Name    string `json:"name"`
		} `json:"speakers"`
	} `json:"languages"`
}

// TestLanguageData checks the table-test data the text toolkit reads: every
// language of issue 24's list is there with enough examples of each kind, and
// every example is consistent with its own text (the sentences put back
// together give the text; the numeral, each quote, the date expression and the
// speaker are found in it as written; dates parse), so a toolkit test that
// fails on it fails on the toolkit, not on the data.
func TestLanguageData(t *testing.T) {
	b, err := os.ReadFile("testdata/languages.json")
	if err != nil {
		t.Fatal(err)
	}
	var d languageData
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"fr", "de", "es", "ar", "ru", "he", "el"} {
		l, ok := d.Languages[lang]
		if !ok {
			t.Errorf("%s: missing", lang)
			continue
		}
		if len(l.Sentences) < 5 || len(l.Numbers) < 5 || len(l.Quotes) < 3 || len(l.Dates) < 3 || len(l.Speakers) < 3 {
			t.Errorf("%s: %d sentences, %d numbers, %d quotes, %d dates, %d speakers; want at least 5, 5, 3, 3, 3",
				lang, len(l.Sentences), len(l.Numbers), len(l.Quotes), len(l.Dates), len(l.Speakers))
		}
		for _, s := range l.Sentences {
			if len(s.Sentences) < 2 {
				t.Errorf("%s: %q: want at least two sentences", lang, s.Text)
			}
			if got := strings.Join(s.Sentences, " "); got != s.Text {
				t.Errorf("%s: sentences joined give %q, want the text %q", lang, got, s.Text)
			}
		}
		for _, n := range l.Numbers {
			if n.Number == "" || !strings.Contains(n.Text, n.Number) {
				t.Errorf("%s: number %q not in %q", lang, n.Number, n.Text)
			}
		}
		for _, q := range l.Quotes {
			if len(q.Quotes) == 0 {
				t.Errorf("%s: %q: no quotes", lang, q.Text)
			}
			for _, s := range q.Quotes {
				if s == "" || !strings.Contains(q.Text, s) {
					t.Errorf("%s: quote %q not in %q", lang, s, q.Text)
				}
			}
		}
		for _, dt := range l.Dates {
			pub, err := time.Parse(time.RFC3339, dt.PublishedAt)
			if err != nil {
				t.Errorf("%s: %q: published_at: %v", lang, dt.Text, err)
				continue
			}
			day, err := time.Parse(time.DateOnly, dt.Date)
			if err != nil {
				t.Errorf("%s: %q: date: %v", lang, dt.Text, err)
				continue
			}
			if dt.Expression == "" || !strings.Contains(dt.Text, dt.Expression) {
				t.Errorf("%s: expression %q not in %q", lang, dt.Expression, dt.Text)
			}
			if gap := day.Sub(pub.Truncate(24 * time.Hour)); gap < -60*24*time.Hour || gap > 60*24*time.Hour {
				t.Errorf("%s: %q: %s is more than 60 days from %s", lang, dt.Text, dt.Date, dt.PublishedAt)
			}
		}
		for _, sp := range l.Speakers {
			if sp.Speaker == "" || !strings.Contains(sp.Text, sp.Speaker) {
				t.Errorf("%s: speaker %q not in %q", lang, sp.Speaker, sp.Text)
			}
		}
	}
}

// TestMultilingualCases loads eval/cases-multilingual and checks each case is
// whole: 3–8 articles, each with a published_at (their relative times are
// read through it), an expected.json whose difference values and quotes are
// written in the articles as given (spaces folded), and facts.
func TestMultilingualCases(t *testing.T) {
	cases, err := eval.LoadCases("cases-multilingual")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 5 {
		t.Fatalf("%d cases, want at least 5", len(cases))
	}
	fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, c := range cases {
		if n := len(c.Articles); n < 3 || n > 8 {
			t.Errorf("%s: %d articles, want 3–8", c.Name, n)
		}
		var all strings.Builder
		html := 0
		for _, a := range c.Articles {
			if a.PublishedAt == nil {
				t.Errorf("%s/%s: no published_at", c.Name, a.ID)
			}
			if a.HTML != "" {
				html++
			}
			all.WriteString(fold(a.Text + " " + a.HTML))
			all.WriteString("\n")
		}
		if html == 0 {
			t.Errorf("%s: no HTML article (page clutter)", c.Name)
		}
		text := all.String()
		if c.Expected == nil || c.Expected.Quotes == nil || len(*c.Expected.Quotes) == 0 || len(c.Expected.Differences) == 0 {
			t.Errorf("%s: expected.json must list differences and quotes", c.Name)
			continue
		}
		for _, d := range c.Expected.Differences {
			for _, v := range d.Values {
				if !strings.Contains(text, fold(v)) {
					t.Errorf("%s: difference value %q is in no article", c.Name, v)
				}
			}
		}
		for _, q := range *c.Expected.Quotes {
			if !strings.Contains(text, fold(q.Text)) {
				t.Errorf("%s: quote %q is in no article", c.Name, q.Text)
			}
			if !strings.Contains(text, q.Speaker) && !strings.Contains(text, strings.Fields(q.Speaker)[len(strings.Fields(q.Speaker))-1]) {
				t.Errorf("%s: speaker %q is in no article", c.Name, q.Speaker)
			}
		}
	}
}
