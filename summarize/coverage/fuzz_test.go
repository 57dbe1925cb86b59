package coverage

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// FuzzAnalyze feeds arbitrary article text to Analyze (articles split at a
// form feed, paragraphs at a blank line, sentences at a newline; the first
// article read as English, the next as French, German and Arabic) and checks what
// it promises: no panic; every quotation's wordings are in the articles cited for
// them, and every speaker in the text; every difference's values cite articles of
// the request.
func FuzzAnalyze(f *testing.F) {
	f.Add("Harbour master Ola Brekke said the ferry would be towed.\n\n\"We will not let it sail again until every plate is checked,\" he said.\f\"We will not let it sail again until every plate has been checked,\" said Ola Brekke.")
	f.Add("A fire swept through a ferry, killing at least 4 people, the coast guard said.\fThe death toll from the fire rose to 9 on Friday morning.")
	f.Add("Minister Ana Ruiz said the inquiry was \"the first of its kind in the region\" and that the port would \"pay for every lost day\".")
	f.Add("The strike would begin on March 14.\fThe strike would begin on March 16.\f“Unbalanced quote\n\n\"\"\"")
	f.Add("Intro.\f« Nous ne céderons pas sur les retraites », a déclaré Marie Dupont.\n« Le pont restera fermé », a-t-il ajouté.\f„Wir werden die Brücke bis Montag sperren“, sagte Anna Weber.\fوقال سامي الخطيب: «سنغلق الجسر أمام حركة المرور يوم الاثنين».")
	f.Add("x\fLe séisme de magnitude 6,4 a frappé la côte.\fDas Beben der Stärke 6,6 erschütterte die Küste.\f«unclosed » « »« selon")
	f.Fuzz(func(t *testing.T, in string) {
		var arts []summarize.Article
		var docs []merge.Doc
		texts := map[string]string{}
		for i, a := range strings.Split(in, "\f") {
			if i == 8 {
				break
			}
			id := "a" + string(rune('1'+i))
			// The articles after the first are read in other languages
			// (coverage's language.go): French, German, Arabic in turn.
			lang := []string{"", "fr", "de", "ar"}[i%4]
			arts = append(arts, summarize.Article{ID: id, Language: lang})
			texts[id] = a
			var paras [][]string
			for _, p := range strings.Split(a, "\n\n") {
				paras = append(paras, strings.Split(p, "\n"))
			}
			docs = append(docs, merge.Doc{ID: id, Paragraphs: paras, Language: lang})
		}
		r := Analyze(arts, docs, summarize.MergeResult{})
		oneSpaced := strings.Join(strings.Fields(in), " ") // a speaker's name is written one-spaced
		for _, q := range r.Quotes {
			if len(q.Variants) == 0 || q.Variants[0].Text != q.Text {
				t.Fatalf("quote %q: variants %+v", q.Text, q.Variants)
			}
			for _, v := range q.Variants {
				for _, id := range v.Citations {
					if !strings.Contains(texts[id], v.Text) {
						t.Fatalf("variant %q cites %s, whose text does not hold it", v.Text, id)
					}
				}
			}
			if q.Speaker != "" && !strings.Contains(oneSpaced, q.Speaker) {
				t.Fatalf("speaker %q is not in the text", q.Speaker)
			}
		}
		for _, d := range r.Differences {
			for _, v := range d.Values {
				for _, id := range v.Citations {
					if _, ok := texts[id]; !ok {
						t.Fatalf("difference %q cites %s, no article of the request", d.About, id)
					}
				}
			}
		}
	})
}
