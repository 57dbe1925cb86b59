package extractive

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// TestAnchorTimesIn: relative times are dated in the article's language,
// with the language's day and month; already dated ones, weekdays said to be
// ahead, and English (anchorTimes) are as before.
func TestAnchorTimesIn(t *testing.T) {
	pub := time.Date(2023, 9, 12, 9, 0, 0, 0, time.UTC) // a Tuesday
	cases := []struct {
		lang, in, want string
	}{
		{"fr", "Le ministre a parlé mardi devant l'Assemblée.", "Le ministre a parlé mardi [12 sept.] devant l'Assemblée."},
		{"fr", "Il est arrivé hier à Lyon.", "Il est arrivé hier [11 sept.] à Lyon."},
		{"fr", "Il est arrivé avant-hier à Lyon.", "Il est arrivé avant-hier [10 sept.] à Lyon."},
		{"fr", "Aujourd'hui, la grève continue.", "Aujourd'hui [12 sept.], la grève continue."},
		{"fr", "La réunion a eu lieu dimanche.", "La réunion a eu lieu dimanche [10 sept.]."},
		{"fr", "Il partira jeudi prochain.", "Il partira jeudi prochain."},
		{"fr", "La réunion a eu lieu lundi 11 septembre.", "La réunion a eu lieu lundi 11 septembre."},
		{"de", "Die Polizei meldete gestern 80.000 Teilnehmer.", "Die Polizei meldete gestern [11. Sept.] 80.000 Teilnehmer."},
		{"de", "Am Montag begann der Streik.", "Am Montag [11. Sept.] begann der Streik."},
		{"es", "El presidente habló ayer en Madrid.", "El presidente habló ayer [11 sept.] en Madrid."},
		{"ar", "وقال الوزير أمس إن الجسر سيغلق.", "وقال الوزير أمس [11 سبتمبر] إن الجسر سيغلق."},
		{"en", "He left yesterday.", "He left yesterday [11 Sept]."},
		{"ja", "He left yesterday.", "He left yesterday [11 Sept]."},
	}
	for _, c := range cases {
		got := anchorTimesIn(c.in, &pub, text.For(c.lang))
		if got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	for _, c := range cases {
		if got := StripAnchors(c.want); got != c.in {
			t.Errorf("%s: StripAnchors(%q) = %q, want the passage back", c.lang, c.want, got)
		}
	}
	if got := StripAnchors("Le rapport [12 pages] est paru."); got != "Le rapport [12 pages] est paru." {
		t.Errorf("a bracket that is no date was taken out: %q", got)
	}
	if got := anchorTimesIn("Il est arrivé hier.", nil, text.For("fr")); got != "Il est arrivé hier." {
		t.Errorf("without a date: %q", got)
	}
}

// TestTokenizeIn: another language's stopwords are kept out of the vectors
// and its words stemmed by its stemmer; English is tokenize.
func TestTokenizeIn(t *testing.T) {
	cases := []struct {
		lang, in string
		stems    []string // the non-stop tokens' keys
	}{
		{"fr", "Les manifestants se sont rassemblés place Bellecour", stems("fr", "manifestants", "rassemblés", "place", "bellecour")},
		{"de", "Die Polizei setzte Tränengas ein", stems("de", "polizei", "setzte", "tränengas")},
		{"cs", "Vláda schválila rozpočet na příští rok", stems("cs", "vláda", "schválila", "rozpočet", "příští", "rok")},
		{"en", "The ministers approved the budgets", []string{"minist", "approv", "budget"}},
	}
	for _, c := range cases {
		l := text.For(c.lang)
		if c.lang == "en" {
			l = nil
		}
		var got []string
		for _, tk := range tokenizeIn(c.in, l) {
			if !tk.stop {
				got = append(got, tk.stem)
			}
		}
		if !slices.Equal(got, c.stems) {
			t.Errorf("%s: %q → %q, want %q", c.lang, c.in, got, c.stems)
		}
	}
}

// TestHasVerbInAnyLanguage: the English verb lists judge English sentences
// only; a sentence in another language is not taken for a caption.
func TestHasVerbInAnyLanguage(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Flight 447 vanished over the Atlantic", true},
		{"The Olympic torch relay in San Francisco", false},
		{"Ambulances at Russell Square, London after the July 7, 2005 bombings.", false},
		{"Police arrested 12 protesters near Lyon", true}, // no cue word, all ASCII: read as English ("arrested")
		{"Crowds outside Lyon town hall", false},          // no cue word, all ASCII: an English caption
		{"Le gouvernement a présenté mercredi son projet de budget.", true},
		{"Vláda ve středu schválila návrh státního rozpočtu.", true},
		{"أعلنت الحكومة يوم الأربعاء مشروع الميزانية.", true},
	}
	for _, c := range cases {
		if got := hasVerb(c.s); got != c.want {
			t.Errorf("hasVerb(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestLeadInInAnyLanguage: a sentence that leans on the one before is told
// in the toolkit's languages; English openings that other languages use as
// lead-ins ("Ten", "One") are not.
func TestLeadInInAnyLanguage(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Mais le gouvernement a refusé.", true},
		{"Il a ajouté que la grève continuerait.", true},
		{"Aber die Regierung lehnte ab.", true},
		{"Pero el gobierno se negó.", true},
		{"Но правительство отказалось.", true},
		{"لكن الحكومة رفضت الطلب.", true},
		{"Le gouvernement a refusé.", false},
		{"Ten people died in the fire.", false},
		{"One person was injured.", false},
		{"He said the talks had failed.", true},
	}
	for _, c := range cases {
		if got := leadIn(c.s); got != c.want {
			t.Errorf("leadIn(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestMixedClusterPrefersTheBriefingsLanguage: in a cluster briefed in
// French, an English passage whose figures and names a French passage carries
// is worth coveredWeight of its score; one with facts of its own
// foreignWeight; French passages, and every passage of a cluster briefed with
// no language, are as they were.
func TestMixedClusterPrefersTheBriefingsLanguage(t *testing.T) {
	in := func(lang string) *summarize.Input {
		return &summarize.Input{
			Articles: []summarize.Article{{ID: "fr1", Language: "fr"}, {ID: "en1", Language: "en"}},
			Passages: []summarize.Passage{
				{ID: "P1", Article: "fr1", Sources: []string{"fr1"}, Text: "42 personnes ont été blessées samedi à Lyon lors de la manifestation, selon la police."},
				{ID: "P2", Article: "fr1", Sources: []string{"fr1"}, Sentence: 1, Text: "Les manifestants se sont rassemblés place Bellecour avant de défiler vers la gare."},
				{ID: "P3", Article: "en1", Sources: []string{"en1"}, Text: "Police said 42 people were injured in Lyon on Saturday during the protest."},
				{ID: "P4", Article: "en1", Sources: []string{"en1"}, Sentence: 1, Text: "Rail operator SNCF diverted eleven trains to Perrache station for two hours."},
			},
			Options: summarize.Options{Language: lang},
		}
	}
	e := New()
	base, err := e.Scores(context.Background(), in(""))
	if err != nil {
		t.Fatal(err)
	}
	fr, err := e.Scores(context.Background(), in("fr"))
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{1, 1, coveredWeight, foreignWeight}
	for i := range want {
		if base[i] == 0 {
			t.Fatalf("P%d scores 0", i+1)
		}
		if got := fr[i] / base[i]; math.Abs(got-want[i]) > 1e-9 {
			t.Errorf("P%d: score ×%.3f in a French briefing, want ×%.3f", i+1, got, want[i])
		}
	}
}

// TestStemInFolds: inflections of one word share their key in the ranking.
func TestStemInFolds(t *testing.T) {
	for _, c := range []struct{ lang, a, b string }{
		{"fr", "manifestants", "manifestant"},
		{"de", "demonstrierten", "demonstrierte"},
		{"es", "manifestantes", "manifestante"},
	} {
		if x, y := stemIn(text.For(c.lang), c.a), stemIn(text.For(c.lang), c.b); x != y {
			t.Errorf("%s: %q → %q, %q → %q: want one key", c.lang, c.a, x, c.b, y)
		}
	}
}

// stems are the words' stems in the language, as the ranking keys them.
func stems(lang string, words ...string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = stemIn(text.For(lang), w)
	}
	return out
}
