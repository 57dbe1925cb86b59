package text

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

// languagesFile is the table-test data of the per-language toolkit, written
// for this project (eval/testdata/languages.json: French, German, Spanish,
// Arabic, Russian, Hebrew and Greek; its "about" says what each list means).
const languagesFile = "../../eval/testdata/languages.json"

type languageTable struct {
	Numbers []struct {
		Text, Number string
		Value        float64
	}
	Quotes []struct {
		Text   string
		Quotes []string
	}
	Dates []struct {
		Text, Expression, Date string
		PublishedAt            time.Time `json:"published_at"`
	}
	Speakers []struct {
		Text, Speaker string
	}
}

func readLanguageTables(t *testing.T) map[string]languageTable {
	t.Helper()
	b, err := os.ReadFile(languagesFile)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Languages map[string]languageTable
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Languages) < 5 {
		t.Fatalf("%s: %d languages", languagesFile, len(f.Languages))
	}
	return f.Languages
}

// TestLanguageNumbers: every number of the table is read, by its language's
// rules, as one figure with the given value.
func TestLanguageNumbers(t *testing.T) {
	for tag, lt := range readLanguageTables(t) {
		l := For(tag)
		if l.Generic() {
			t.Errorf("%s: no rules", tag)
			continue
		}
		for _, c := range lt.Numbers {
			var found []float64
			ok := false
			for _, f := range l.Figures(l.Lex(c.Text), FigureOptions{Passage: true}) {
				found = append(found, f.Value)
				if math.Abs(f.Value-c.Value) < 1e-6*math.Max(1, c.Value) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: %q: %q = %v not among the figures %v", tag, c.Text, c.Number, c.Value, found)
			}
		}
	}
}

// TestLanguageQuotes: the quotations of each text, as written between the
// outer marks.
func TestLanguageQuotes(t *testing.T) {
	for tag, lt := range readLanguageTables(t) {
		l := For(tag)
		for _, c := range lt.Quotes {
			var got []string
			for _, q := range l.Quotations(c.Text) {
				got = append(got, q.Text)
				if c.Text[q.Start:q.End] != q.Text {
					t.Errorf("%s: %q: quotation %q is not text[%d:%d]", tag, c.Text, q.Text, q.Start, q.End)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.Quotes, "|") {
				t.Errorf("%s: Quotations(%q) = %q, want %q", tag, c.Text, got, c.Quotes)
			}
		}
	}
}

// TestLanguageDates: the expression of each text is read as the given day,
// seen from published_at.
func TestLanguageDates(t *testing.T) {
	for tag, lt := range readLanguageTables(t) {
		l := For(tag)
		for _, c := range lt.Dates {
			toks := l.Lex(c.Text)
			var got []string
			ok := false
			for _, d := range l.Days(toks, c.PublishedAt) {
				s := d.Date.Format(time.DateOnly)
				got = append(got, s)
				if s == c.Date {
					ok = true
				} else {
					t.Errorf("%s: %q: read a day %s (tokens %d:%d), want only %s", tag, c.Text, s, d.At, d.End, c.Date)
				}
			}
			if !ok {
				t.Errorf("%s: %q (%s): days %v, want %s", tag, c.Text, c.Expression, got, c.Date)
			}
		}
	}
}

// TestLanguageSpeakers: the speaker of each sentence, as written.
func TestLanguageSpeakers(t *testing.T) {
	for tag, lt := range readLanguageTables(t) {
		l := For(tag)
		for _, c := range lt.Speakers {
			if got := l.Speaker(c.Text); got != c.Speaker {
				t.Errorf("%s: Speaker(%q) = %q, want %q", tag, c.Text, got, c.Speaker)
			}
		}
	}
}
