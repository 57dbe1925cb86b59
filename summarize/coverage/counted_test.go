package coverage

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestCountedDifferences checks the keyed path in languages other than
// English: two articles counting the same noun with values that cannot both
// hold are a conflict citing both; counts far apart (two facts) and one
// article's own figures are not.
func TestCountedDifferences(t *testing.T) {
	cases := []struct {
		name, lang string
		a, b       string
		want       []string // the values, in publication order; nil: no difference
	}{
		{"fr", "fr", "Par précaution, 1 200 habitants ont été confinés chez eux.", "Selon la mairie, 1 500 habitants restaient confinés mardi.", []string{"1 200", "1 500"}},
		{"de", "de", "Die Polizei sprach von etwa 45.000 Teilnehmern in der Innenstadt.", "Die Veranstalter zählten dagegen 80.000 Teilnehmer in der Innenstadt.", []string{"45.000", "80.000"}},
		{"ar", "ar", "وتتوقع الوزارة أن ينقل الخط 250 ألف راكب يوميا في سنته الأولى.", "وتقدر شركة التشغيل أن ينقل الخط 300 ألف راكب يوميا.", []string{"250 ألف", "300 ألف"}},
		{"eastern digits", "ar", "وتتوقع الوزارة أن ينقل الخط ٢٥٠ ألف راكب يوميا.", "وتقدر شركة التشغيل أن ينقل الخط ٣٠٠ ألف راكب يوميا.", []string{"250 ألف", "300 ألف"}},
		{"ru", "ru", "Без отопления остались 45 000 жителей города.", "По данным губернатора, без тепла остались 60 000 жителей.", []string{"45 000", "60 000"}},
		{"people nouns", "fr", "Par précaution, 1 200 habitants ont été confinés chez eux.", "Mardi matin, 1 500 riverains restaient confinés.", []string{"1 200", "1 500"}},
		{"hedged bound fits both", "de", "Die Polizei sprach von etwa 45.000 Menschen, die Klinik versorgt über 40.000 Menschen.", "Die Veranstalter zählten 80.000 Teilnehmer.", []string{"45.000", "80.000"}},
		{"about overlaps", "ru", "Без тепла остались около 45 000 жителей.", "Без тепла остались 48 000 жителей.", nil},
		{"same value", "de", "Rund 80.000 Menschen demonstrierten am Samstag.", "Am Samstag demonstrierten 80.000 Menschen in der Stadt.", nil},
		{"two facts far apart", "ru", "Из домов эвакуировали 150 жителей.", "Без тепла остались 60 000 жителей.", nil},
		{"small counts", "fr", "Trois blessés et 12 pompiers mobilisés.", "On compte 40 pompiers sur place.", nil},
		{"no noun", "fr", "Le bilan est de 1 200, a dit le maire.", "Le bilan est de 1 500, selon la préfecture.", nil},
		{"percent", "de", "Die Beteiligung lag am Sonntag bei 45 Prozent.", "Nur 80 Prozent der Kliniken bleiben geöffnet.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := analyzeIn(c.lang, c.a, c.b)
			var got *summarize.Difference
			for i, d := range rep.Differences {
				if d.Kind == summarize.KindNumber {
					got = &rep.Differences[i]
				}
			}
			if c.want == nil {
				if got != nil {
					t.Fatalf("difference %+v, want none", *got)
				}
				return
			}
			if got == nil {
				t.Fatalf("no difference in %+v, want %v", rep.Differences, c.want)
			}
			if got.Label != summarize.LabelConflict || len(got.Values) != len(c.want) {
				t.Fatalf("got %+v, want a conflict of %v", *got, c.want)
			}
			for i, v := range got.Values {
				if v.Value != c.want[i] {
					t.Errorf("value %d = %q, want %q", i, v.Value, c.want[i])
				}
				if len(v.Citations) != 1 || v.Quote == "" {
					t.Errorf("value %q cites %v (quote %q), want one article and its sentence", v.Value, v.Citations, v.Quote)
				}
			}
		})
	}
}
