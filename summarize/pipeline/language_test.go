package pipeline_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// A story told by a French and an English article, and a German one.
const (
	frLyon = "42 personnes ont été blessées à Lyon samedi lors de la manifestation, a déclaré Marie Dupont, la préfète du Rhône.\n\n" +
		"Les manifestants se sont rassemblés place Bellecour avant de défiler vers la gare de la Part-Dieu."
	enLyon = "Police in Lyon used tear gas on Saturday as protesters marched from Bellecour square towards the Part-Dieu station.\n\n" +
		"The regional prefect, Marie Dupont, said the march had been authorised until six in the evening.\n\n" +
		"Rail operator SNCF closed the Part-Dieu station for two hours and diverted eleven trains to Perrache.\n\n" +
		"Shopkeepers on Rue de la République boarded up their windows as the march approached."
	deLyon = "In Lyon sind am Samstag Tausende gegen die Reform auf die Straße gegangen, die Polizei setzte Tränengas ein.\n\n" +
		"Die Präfektin Marie Dupont sprach von einem friedlichen Beginn der Demonstration am Bellecour-Platz."
)

// TestBriefingLanguage: the briefing is written in options.language, else in
// the language of most of the story's text; every article's language (as sent)
// is on the coverage and the merge report.
func TestBriefingLanguage(t *testing.T) {
	p := newPipeline(t)
	cases := []struct {
		name  string
		langs []string
		asked string
		want  string
	}{
		{"one language", []string{"fr", "fr"}, "", "fr"},
		{"most text", []string{"fr", "en", "fr"}, "", "fr"},
		{"asked", []string{"fr", "en", "fr"}, "en", "en"},
		{"asked, canonical case", []string{"fr"}, "EN-gb", "en-GB"},
		{"regions apart", []string{"fr-CA", "fr-FR"}, "", "fr"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			texts := map[string]string{"fr": frLyon, "en": enLyon}
			var arts []summarize.Article
			for _, l := range c.langs {
				arts = append(arts, summarize.Article{Text: texts[summarize.BaseLanguage(l)], Language: l})
			}
			req := summarize.Request{Articles: arts, Options: summarize.Options{Language: c.asked, Engine: "extractive"}}
			b, rep, err := p.BriefAndMerge(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if b.Language != c.want {
				t.Errorf("briefing language %q, want %q", b.Language, c.want)
			}
			for i, a := range b.Coverage.Articles {
				if a.Language != c.langs[i] {
					t.Errorf("coverage article %s language %q, want %q", a.ID, a.Language, c.langs[i])
				}
				if rep.Articles[i].Language != c.langs[i] {
					t.Errorf("merge article %s language %q, want %q", a.ID, rep.Articles[i].Language, c.langs[i])
				}
			}
		})
	}
}

// TestExtractivePointsKeepTheirLanguage: in a mixed cluster the extractive
// engine's points quote their articles; a point from an article in another
// language than the briefing's names that language, the others do not.
func TestExtractivePointsKeepTheirLanguage(t *testing.T) {
	p := newPipeline(t)
	req := summarize.Request{Articles: []summarize.Article{
		{ID: "fr1", Text: frLyon, Language: "fr"},
		{ID: "en1", Text: enLyon, Language: "en"},
	}, Options: summarize.Options{Language: "fr", Engine: "extractive", MaxPoints: 6, MaxWords: 400}}
	b, err := p.Brief(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if b.Language != "fr" {
		t.Fatalf("language %q, want fr", b.Language)
	}
	var marked, unmarked int
	for _, pt := range b.Points {
		from := pt.Evidence[0].ArticleID
		switch {
		case from == "en1" && pt.Language != "en":
			t.Errorf("point %q from the English article has language %q, want en", pt.Text, pt.Language)
		case from == "fr1" && pt.Language != "":
			t.Errorf("point %q from the French article has language %q, want none (the briefing's)", pt.Text, pt.Language)
		case from == "en1":
			marked++
		default:
			unmarked++
		}
		if pt.Support.Scope != "" {
			t.Errorf("point %q quotes its own article, yet its scope is %q", pt.Text, pt.Support.Scope)
		}
	}
	if marked == 0 || unmarked == 0 {
		t.Errorf("%d points marked English, %d French: want both kinds (%+v)", marked, unmarked, b.Points)
	}
}

// TestTranslatedPointsCheckedOnFiguresAndNames: a point written in English
// from a French passage (the llm engine translates) is checked on its
// figures, dates and names only, and says so; a changed figure is still
// caught, and a point with nothing of the kind stays partial.
func TestTranslatedPointsCheckedOnFiguresAndNames(t *testing.T) {
	cases := []struct {
		name       string
		point      string
		unsupport  string
		wantStatus string // "" for dropped
		wantScope  string
	}{
		{"faithful translation", "Marie Dupont said 42 people were injured in Lyon.", "", summarize.SupportSupported, summarize.ScopeFigures},
		{"changed figure", "Marie Dupont said 24 people were injured in Lyon.", "", "", ""},
		{"changed figure, flagged", "Marie Dupont said 24 people were injured in Lyon.", summarize.UnsupportedFlag, summarize.SupportUnsupported, summarize.ScopeFigures},
		{"replaced name", "Anne Martin said 42 people were injured in Lyon.", "", "", ""},
		{"nothing to check", "schools will stay closed for the rest of the week.", summarize.UnsupportedFlag, summarize.SupportPartial, summarize.ScopeFigures},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			llm := &fakeEngine{name: "llm", brief: func(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
				if in.Options.Language != "en" {
					t.Errorf("the engine was asked to write in %q, want en", in.Options.Language)
				}
				return &summarize.Draft{Headline: "Protest in Lyon", Points: []summarize.DraftPoint{
					{Text: c.point, Passages: []string{"P1"}},
					{Text: "Police in Lyon used tear gas on Saturday as protesters marched from Bellecour square towards the Part-Dieu station.", Passages: []string{"P3"}},
				}}, nil
			}}
			p := newPipeline(t, llm)
			req := summarize.Request{Articles: []summarize.Article{
				{ID: "fr1", Text: frLyon, Language: "fr"},
				{ID: "en1", Text: enLyon, Language: "en"},
			}, Options: summarize.Options{Language: "en", Engine: "llm", Unsupported: c.unsupport}}
			b, err := p.Brief(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(b.Points, func(pt summarize.Point) bool { return pt.Text == c.point })
			if c.wantStatus == "" {
				if i >= 0 {
					t.Fatalf("point kept with %+v, want it dropped", b.Points[i].Support)
				}
				if !slices.ContainsFunc(b.UnsupportedPoints, func(u summarize.UnsupportedPoint) bool { return u.Text == c.point }) {
					t.Errorf("the dropped point is not in unsupported_points: %+v", b.UnsupportedPoints)
				}
				if !slices.ContainsFunc(b.Warnings, func(w string) bool { return strings.HasPrefix(w, "dropped 1 point(s)") }) {
					t.Errorf("no warning names the dropped point: %q", b.Warnings)
				}
				return
			}
			if i < 0 {
				t.Fatalf("point dropped (%+v), want it %s", b.UnsupportedPoints, c.wantStatus)
			}
			got := b.Points[i]
			if got.Support.Status != c.wantStatus || got.Support.Scope != c.wantScope {
				t.Errorf("support %+v, want %s with scope %q", got.Support, c.wantStatus, c.wantScope)
			}
			for _, m := range got.Support.Unsupported {
				if m.Kind != summarize.MissingFigure && m.Kind != summarize.MissingName {
					t.Errorf("a %s is missing (%q): a check across languages reads figures and names only", m.Kind, m.Text)
				}
			}
			if got.Language != "" {
				t.Errorf("an llm point is in the briefing's language, yet marked %q", got.Language)
			}
			// The English point citing the English article is checked in full.
			for _, pt := range b.Points {
				if pt.Evidence[0].ArticleID == "en1" && pt.Support.Scope != "" {
					t.Errorf("point %q checked in its own language has scope %q", pt.Text, pt.Support.Scope)
				}
			}
			if slices.ContainsFunc(b.Warnings, func(w string) bool { return strings.Contains(w, "shown flagged") }) != (c.unsupport == summarize.UnsupportedFlag && c.wantStatus == summarize.SupportUnsupported) {
				t.Errorf("warnings %q", b.Warnings)
			}
		})
	}
}

// TestMixedClusterNotOffTopic: an article in a language no other article is
// in shares no words with them, and is not taken for a stray.
func TestMixedClusterNotOffTopic(t *testing.T) {
	p := newPipeline(t)
	req := summarize.Request{Articles: []summarize.Article{
		{ID: "en1", Text: enLyon, Language: "en"},
		{ID: "en2", Text: strings.Replace(enLyon, "Police in Lyon", "Riot police in Lyon", 1), Language: "en"},
		{ID: "de1", Text: deLyon, Language: "de"},
	}, Options: summarize.Options{Engine: "extractive"}}
	b, err := p.Brief(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Coverage.OffTopic) > 0 {
		t.Errorf("off topic: %v, want none", b.Coverage.OffTopic)
	}
}

// TestLanguageWarnings: an article in a language without rules of its own is
// briefed with the generic rules, and a warning says so.
func TestLanguageWarnings(t *testing.T) {
	p := newPipeline(t)
	cases := []struct {
		lang string
		warn bool
	}{{"fr", false}, {"en", false}, {"ar", false}, {"tlh", true}}
	for _, c := range cases {
		req := summarize.Request{Articles: []summarize.Article{{ID: "x1", Text: frLyon, Language: c.lang}}, Options: summarize.Options{Engine: "extractive"}}
		b, err := p.Brief(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(b.Warnings, func(w string) bool {
			return strings.Contains(w, "generic rules") && strings.Contains(w, "x1 ("+c.lang+")")
		})
		if got != c.warn {
			t.Errorf("%s: generic-rules warning %v, want %v (%q)", c.lang, got, c.warn, b.Warnings)
		}
	}
}

// TestAnchorsInTheArticlesLanguage: the extractive engine dates a French
// article's relative times in French ("samedi [9 sept.]"), and the point so
// written is still supported by the passage it quotes.
func TestAnchorsInTheArticlesLanguage(t *testing.T) {
	pub := time.Date(2023, 9, 12, 9, 0, 0, 0, time.UTC) // a Tuesday
	p := newPipeline(t)
	req := summarize.Request{Articles: []summarize.Article{
		{ID: "fr1", Text: frLyon, Language: "fr", PublishedAt: &pub},
	}, Options: summarize.Options{Engine: "extractive", MaxWords: 400}}
	b, err := p.Brief(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range append([]string{b.Summary, b.Headline}, pointTexts(b)...) {
		if strings.Contains(s, "samedi [9 sept.]") {
			found = true
		}
	}
	if !found {
		t.Errorf("no text dates samedi: %q / %q / %q", b.Headline, b.Summary, pointTexts(b))
	}
	for _, pt := range b.Points {
		if pt.Support.Status != summarize.SupportSupported {
			t.Errorf("point %q: %+v, want supported", pt.Text, pt.Support)
		}
	}
	if len(b.UnsupportedPoints) > 0 {
		t.Errorf("unsupported: %+v", b.UnsupportedPoints)
	}
}

func pointTexts(b *summarize.Briefing) []string {
	var out []string
	for _, p := range b.Points {
		out = append(out, p.Text)
	}
	return out
}

// TestDetectedLanguages: an article sent without a language gets the one its
// text is in; one with too little text to tell gets none, and a warning.
func TestDetectedLanguages(t *testing.T) {
	p := newPipeline(t)
	const arLyon = "أعلنت السلطات المحلية في مدينة الزهراء إغلاق الجسر القديم أمام حركة المرور اعتبارا من يوم الاثنين لإجراء أعمال صيانة عاجلة."
	req := summarize.Request{Articles: []summarize.Article{
		{ID: "fr1", Text: frLyon},
		{ID: "en1", Text: enLyon},
		{ID: "de1", Text: deLyon},
		{ID: "ar1", Text: arLyon},
		{ID: "x1", Text: "OK."},
	}, Options: summarize.Options{Engine: "extractive", OffTopic: summarize.OffTopicKeep}}
	b, err := p.Brief(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"fr1": "fr", "en1": "en", "de1": "de", "ar1": "ar", "x1": ""}
	for _, a := range b.Coverage.Articles {
		if a.Language != want[a.ID] {
			t.Errorf("%s: language %q, want %q", a.ID, a.Language, want[a.ID])
		}
	}
	if !slices.ContainsFunc(b.Warnings, func(w string) bool { return strings.Contains(w, "the language of x1 could not be told") }) {
		t.Errorf("no warning for x1: %q", b.Warnings)
	}
	if b.Language != "en" {
		t.Errorf("briefing language %q, want en (most of the text)", b.Language)
	}
}

// TestCheckAcrossLanguages: a claim checked against articles in another
// language is checked on its figures, dates and names only, and says so; a
// claim in the articles' language is checked in full.
func TestCheckAcrossLanguages(t *testing.T) {
	p := newPipeline(t)
	cases := []struct {
		claim      string
		wantStatus string
		wantScope  string
	}{
		// Its figures and names are in the article, which no passage cites: partial.
		{"Marie Dupont said 42 people were injured in Lyon.", summarize.SupportPartial, summarize.ScopeFigures},
		{"Marie Dupont said 24 people were injured in Lyon.", summarize.SupportUnsupported, summarize.ScopeFigures},
		{"42 personnes ont été blessées à Lyon samedi lors de la manifestation, a déclaré Marie Dupont.", summarize.SupportSupported, ""},
	}
	for _, c := range cases {
		req := summarize.CheckRequest{Articles: []summarize.Article{{ID: "fr1", Text: frLyon, Language: "fr"}}, Claims: []summarize.Claim{{Text: c.claim}}}
		rep, err := p.Check(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		r := rep.Claims[0]
		if r.Status != c.wantStatus || r.Scope != c.wantScope {
			t.Errorf("%q: %s scope %q (%+v), want %s scope %q", c.claim, r.Status, r.Scope, r.Unsupported, c.wantStatus, c.wantScope)
		}
	}
}
