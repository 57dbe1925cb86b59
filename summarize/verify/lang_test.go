package verify_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

func langIndex(lang string, texts ...string) *verify.Index {
	pub := time.Date(2026, 9, 15, 9, 0, 0, 0, time.UTC) // a Tuesday
	var ps []summarize.Passage
	for i, t := range texts {
		ps = append(ps, summarize.Passage{ID: fmt.Sprintf("P%d", i+1), Text: t, Article: "a1", Sources: []string{"a1"}})
	}
	return verify.NewIndex(ps, []summarize.Article{{ID: "a1", PublishedAt: &pub, Language: lang}})
}

// TestSupportInLanguage: claims are read in the articles' language: its
// numerals ("80.000" is eighty thousand in German), stems, stopwords and
// calendar words; changed figures and names are caught.
func TestSupportInLanguage(t *testing.T) {
	cases := []struct {
		lang      string
		passages  []string
		claim     string
		supported bool
	}{
		{"de", []string{"Rund 80.000 Menschen demonstrierten am Samstag in Hagenmünde gegen die Schließung der Klinik."},
			"Rund 80.000 Menschen demonstrierten gegen die Schließung der Klinik.", true},
		{"de", []string{"Rund 80.000 Menschen demonstrierten am Samstag in Hagenmünde gegen die Schließung der Klinik."},
			"Rund 80 Menschen demonstrierten gegen die Schließung der Klinik.", false},
		{"de", []string{"Das Land investiert 2,5 Mio. Euro in die Klinik, sagte Gesundheitsministerin Sabine Krüger."},
			"Das Land investiert 2,5 Millionen Euro in die Klinik.", true},
		{"de", []string{"Das Land investiert 2,5 Mio. Euro in die Klinik, sagte Gesundheitsministerin Sabine Krüger."},
			"Das Land investiert 25 Millionen Euro in die Klinik.", false},
		{"fr", []string{"L'État investira 1,8 milliard d'euros dans les hôpitaux, a déclaré la ministre Claire Davoine."},
			"L'État investira 1,8 milliard d'euros dans les hôpitaux.", true},
		{"fr", []string{"L'État investira 1,8 milliard d'euros dans les hôpitaux, a déclaré la ministre Claire Davoine."},
			"L'État investira 1,6 milliard d'euros dans les hôpitaux.", false},
		{"fr", []string{"L'État investira 1,8 milliard d'euros dans les hôpitaux, a déclaré la ministre Claire Davoine."},
			"L'État investira 1,8 milliard d'euros dans les hôpitaux, a déclaré la ministre Hélène Marchand.", false},
		{"fr", []string{"Quelque 4 500 habitants ont été évacués lundi."},
			"Environ 4500 habitants ont été évacués.", true},
		// "sans" negates as "ne … pas" does, around the verb: the English reading
		// of a word the sources write only negated does not apply
		{"fr", []string{"Le gouvernement reprendra lundi les vols d'évacuation pour les blessés de Port-Salut.", "Plusieurs blessés ne pouvaient pas recevoir de soins."},
			"Le gouvernement reprendra lundi les vols d'évacuation pour les blessés de Port-Salut, sans recevoir d'aide.", true},
		{"es", []string{"El incendio ha quemado 2.400 hectáreas, según el alcalde Andrés Montoya."},
			"El incendio ha quemado 2.400 hectáreas.", true},
		{"es", []string{"El incendio ha quemado 2.400 hectáreas, según el alcalde Andrés Montoya."},
			"El incendio ha quemado 24 hectáreas.", false},
		{"ru", []string{"Без тепла остались 312 домов, сообщил мэр Андрей Кравцов."},
			"Без тепла остались 312 домов.", true},
		{"ru", []string{"Без тепла остались 312 домов, сообщил мэр Андрей Кравцов."},
			"Без тепла остались 412 домов.", false},
		{"ar", []string{"نقل المترو 92 ألف راكب في يومه الأول، وقال رئيس الوزراء سامي الحداد إن المشروع نجح."},
			"نقل المترو 92 ألف راكب في يومه الأول.", true},
		{"ar", []string{"نقل المترو 92 ألف راكب في يومه الأول، وقال رئيس الوزراء سامي الحداد إن المشروع نجح."},
			"نقل المترو 29 ألف راكب في يومه الأول.", false},
	}
	for _, c := range cases {
		r := langIndex(c.lang, c.passages...).Find(c.claim)
		if r.Supported() != c.supported {
			t.Errorf("%s: %q: %s (coverage %.2f, missing %v), want supported=%v", c.lang, c.claim, r.Status, r.Coverage, r.Unsupported, c.supported)
		}
	}
}

// TestLanguageOfIndex: the language most articles give; English when none.
func TestLanguageOfIndex(t *testing.T) {
	ps := []summarize.Passage{{ID: "P1", Text: "x", Article: "a1"}}
	for _, c := range []struct {
		langs []string
		want  string
	}{
		{nil, "en"},
		{[]string{"", ""}, "en"},
		{[]string{"de-AT", "de", "fr"}, "de"},
		{[]string{"", "ar"}, "ar"},
	} {
		var as []summarize.Article
		for i, l := range c.langs {
			as = append(as, summarize.Article{ID: fmt.Sprintf("a%d", i+1), Language: l})
		}
		if got := verify.NewIndex(ps, as).Lang().Tag(); got != c.want {
			t.Errorf("languages %q: index reads %q, want %q", c.langs, got, c.want)
		}
	}
}
