package coverage

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// analyzeIn is analyze with every article in language lang, one sentence a
// paragraph.
func analyzeIn(lang string, texts ...string) summarize.CoverageReport {
	var arts []summarize.Article
	var docs []merge.Doc
	for i, s := range texts {
		id := "a" + string(rune('1'+i))
		arts = append(arts, summarize.Article{ID: id, Source: "Outlet " + id, PublishedAt: at(9 + i), Language: lang})
		docs = append(docs, merge.Doc{ID: id, Paragraphs: [][]string{{s}}, Language: lang})
	}
	return Analyze(arts, docs, summarize.MergeResult{})
}

// TestQuotesInTheirLanguage: quotations between the language's marks, their
// speakers by the language's verbs, before or after, named or by a pronoun.
func TestQuotesInTheirLanguage(t *testing.T) {
	cases := []struct {
		lang, text    string
		quote, speaks string
	}{
		{"fr", "« Nous ne céderons pas sur les retraites », a déclaré Marie Dupont devant les députés.", "Nous ne céderons pas sur les retraites", "Marie Dupont"},
		{"fr", "Marie Dupont a déclaré : « Nous ne céderons pas sur les retraites ».", "Nous ne céderons pas sur les retraites", "Marie Dupont"},
		{"fr", "« La grève continuera jusqu'à vendredi », selon Jean de La Tour.", "La grève continuera jusqu'à vendredi", "Jean de La Tour"},
		{"de", "„Wir werden die Brücke bis Montag sperren“, sagte Bürgermeisterin Anna Weber am Dienstag.", "Wir werden die Brücke bis Montag sperren", "Anna Weber"},
		{"de", "Anna Weber sagte: „Wir werden die Brücke bis Montag sperren.“", "Wir werden die Brücke bis Montag sperren.", "Anna Weber"},
		{"es", "«No vamos a subir los impuestos este año», dijo el ministro Carlos Ruiz.", "No vamos a subir los impuestos este año", "Carlos Ruiz"},
		{"ru", "«Мы не будем повышать налоги в этом году», сказал министр Иван Петров.", "Мы не будем повышать налоги в этом году", "Иван Петров"},
		{"ar", "وقال سامي الخطيب: «سنغلق الجسر أمام حركة المرور يوم الاثنين».", "سنغلق الجسر أمام حركة المرور يوم الاثنين", "سامي الخطيب"},
		{"fr", "« Le pont restera fermé six semaines au moins », a-t-il ajouté.", "Le pont restera fermé six semaines au moins", ""},
	}
	for _, c := range cases {
		r := analyzeIn(c.lang, c.text)
		if len(r.Quotes) != 1 {
			t.Errorf("%s %q: quotes %+v, want one", c.lang, c.text, r.Quotes)
			continue
		}
		q := r.Quotes[0]
		if q.Text != c.quote || q.Speaker != c.speaks {
			t.Errorf("%s %q: quote %q by %q, want %q by %q", c.lang, c.text, q.Text, q.Speaker, c.quote, c.speaks)
		}
	}
}

// TestDecimalCommaDifferences: "6,4" and "6,6" in two French (or German)
// articles are a difference of 6.4 and 6.6, read as the articles write them.
func TestDecimalCommaDifferences(t *testing.T) {
	cases := []struct {
		lang string
		a, b string
		want []string
	}{
		{"fr", "Le séisme de magnitude 6,4 a frappé la côte nord de l'île à 3 heures du matin, selon l'institut.",
			"Le séisme de magnitude 6,6 a frappé la côte nord de l'île à 3 heures du matin, selon l'institut.", []string{"6,4", "6,6"}},
		{"de", "Das Beben der Stärke 6,4 erschütterte am frühen Morgen die Nordküste der Insel, teilte das Institut mit.",
			"Das Beben der Stärke 6,6 erschütterte am frühen Morgen die Nordküste der Insel, teilte das Institut mit.", []string{"6,4", "6,6"}},
		// The same figure written two ways is no difference.
		{"de", "Rund 80.000 Menschen demonstrierten am Samstag in der Innenstadt gegen die geplante Reform der Renten.",
			"Rund 80 000 Menschen demonstrierten am Samstag in der Innenstadt gegen die geplante Reform der Renten.", nil},
	}
	for _, c := range cases {
		r := analyzeIn(c.lang, c.a, c.b)
		var got []string
		for _, d := range r.Differences {
			for _, v := range d.Values {
				got = append(got, v.Value)
			}
		}
		if len(got) != len(c.want) || len(got) == 2 && (got[0] != c.want[0] || got[1] != c.want[1]) {
			t.Errorf("%s: differences %+v, want values %q", c.lang, r.Differences, c.want)
		}
	}
}

// TestFiguresInTheirLanguage: "80.000" is eighty thousand in a German
// article, and eighty in English (as before).
func TestFiguresInTheirLanguage(t *testing.T) {
	for _, c := range []struct {
		lang string
		want float64
	}{{"", 80}, {"en", 80}, {"de", 80000}, {"fr", 80000}} {
		ts := tokensIn("Rund 80.000", (&analysis{articles: []summarize.Article{{Language: c.lang}}}).langOf(0))
		f, _ := readFigure(ts, 1)
		if f.lo != c.want {
			t.Errorf("%q: 80.000 read as %v, want %v", c.lang, f.lo, c.want)
		}
	}
}
