package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestMarkdownMarksLanguages: a point in another language than the briefing's
// names it after its notes; a point checked across languages says that only
// its figures, dates and names were; the closing line names the briefing's
// language.
func TestMarkdownMarksLanguages(t *testing.T) {
	b := &summarize.Briefing{
		Engine:   "extractive",
		Language: "fr",
		Headline: "Manifestation à Lyon",
		Points: []summarize.Point{
			{Text: "42 personnes ont été blessées à Lyon.", Citations: []string{"a1"}},
			{Text: "Police in Lyon used tear gas.", Citations: []string{"a2"}, Language: "en"},
			{Text: "Marie Dupont a parlé de 42 blessés.", Citations: []string{"a2"},
				Support: summarize.Support{Status: summarize.SupportSupported, Scope: summarize.ScopeFigures}},
		},
		Sources:  []summarize.Source{{ID: "a1", Source: "Le Progrès"}, {ID: "a2", Source: "Wire"}},
		Coverage: summarize.Coverage{Articles: []summarize.ArticleCoverage{{ID: "a1", Language: "fr"}, {ID: "a2", Language: "en"}}},
	}
	md := api.BriefingMarkdown(b)
	for _, want := range []string{
		"1. 42 personnes ont été blessées à Lyon. [1]\n",
		"2. Police in Lyon used tear gas. [2] (en)\n",
		"3. Marie Dupont a parlé de 42 blessés. [2] (checked on its figures, dates and names only: its sources are in another language)\n",
		"_Written by extractive, in fr from",
		"1. Le Progrès (fr)\n2. Wire (en)\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestBriefingJSONLanguages: the briefing's language, a point's own and the
// scope of its support are on the wire; a full check has no scope, an
// unknown language is "und".
func TestBriefingJSONLanguages(t *testing.T) {
	cases := []struct {
		lang, pointLang, scope string
		wantLang               string
		wantPointLang          *string
		wantScope              *api.SupportScope
	}{
		{"fr", "", "", "fr", nil, nil},
		{"", "", "", "und", nil, nil},
		{"fr", "ar", summarize.ScopeFigures, "fr", ptr("ar"), ptr(api.SupportScope("figures_dates_names"))},
		{"fr", "", summarize.ScopeFull, "fr", nil, nil},
	}
	for _, c := range cases {
		b := &summarize.Briefing{Language: c.lang, Points: []summarize.Point{{Text: "x", Citations: []string{"a1"}, Language: c.pointLang,
			Support: summarize.Support{Status: summarize.SupportSupported, Scope: c.scope}}}}
		out := api.BriefingJSON(b)
		if out.Language != c.wantLang {
			t.Errorf("%+v: language %q, want %q", c, out.Language, c.wantLang)
		}
		p := out.Points[0]
		if (p.Language == nil) != (c.wantPointLang == nil) || p.Language != nil && *p.Language != *c.wantPointLang {
			t.Errorf("%+v: point language %v, want %v", c, p.Language, c.wantPointLang)
		}
		if (p.Support.Scope == nil) != (c.wantScope == nil) || p.Support.Scope != nil && *p.Support.Scope != *c.wantScope {
			t.Errorf("%+v: scope %v, want %v", c, p.Support.Scope, c.wantScope)
		}
	}
}

func ptr[T any](v T) *T { return &v }

// TestLanguageOverThePipeline: a language sent on an article is the one the
// coverage and the merge report show; options.language is the briefing's;
// a tag of the wrong shape is a 422 problem naming it.
func TestLanguageOverThePipeline(t *testing.T) {
	ts := mustOpenPipeline(t)
	fr := `{"id":"fr1","language":"fr","text":"42 personnes ont été blessées à Lyon samedi lors de la manifestation, a déclaré Marie Dupont. Les manifestants se sont rassemblés place Bellecour."}`
	en := `{"id":"en1","language":"en-GB","text":"Police in Lyon used tear gas on Saturday as protesters marched from Bellecour square. The prefect, Marie Dupont, said the march was authorised."}`

	res := ts.post("/v1/briefings", body([]string{fr, en}, `{"engine":"extractive","language":"en"}`))
	if res.Status != http.StatusOK {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	var b api.BriefingResponse
	if err := json.Unmarshal(res.Body, &b); err != nil {
		t.Fatal(err)
	}
	if b.Language != "en" {
		t.Errorf("briefing language %q, want en", b.Language)
	}
	got := map[string]string{}
	for _, a := range b.Coverage.Articles {
		got[a.Id] = a.Language
	}
	if got["fr1"] != "fr" || got["en1"] != "en-GB" {
		t.Errorf("coverage languages %v, want fr1 fr and en1 en-GB", got)
	}
	for _, p := range b.Points {
		if p.Evidence[0].ArticleId == "fr1" && (p.Language == nil || *p.Language != "fr") {
			t.Errorf("point %q quotes the French article but is not marked fr", p.Text)
		}
	}

	res = ts.post("/v1/merge", body([]string{fr, en}, ""))
	if res.Status != http.StatusOK {
		t.Fatalf("merge status %d: %s", res.Status, res.Body)
	}
	var m api.MergeResponse
	if err := json.Unmarshal(res.Body, &m); err != nil {
		t.Fatal(err)
	}
	for _, a := range m.Articles {
		if want := map[string]string{"fr1": "fr", "en1": "en-GB"}[a.Id]; a.Language != want {
			t.Errorf("merge article %s language %q, want %q", a.Id, a.Language, want)
		}
	}

	for _, bad := range []string{
		body([]string{`{"language":"French","text":"Un texte."}`}, ""),
		body([]string{`{"text":"Un texte."}`}, `{"language":"fr_FR"}`),
	} {
		res := ts.post("/v1/briefings", bad)
		if res.Status != http.StatusUnprocessableEntity {
			t.Errorf("%s: status %d, want 422", bad, res.Status)
			continue
		}
		if p := res.problem(t); !strings.Contains(p.Detail, "BCP 47") {
			t.Errorf("problem %q does not say what a tag is", p.Detail)
		}
	}
}

// TestMarkdownSourcesOfOneLanguage: the source notes of a briefing whose
// articles are all in its language name none.
func TestMarkdownSourcesOfOneLanguage(t *testing.T) {
	b := &summarize.Briefing{Language: "fr", Headline: "Manifestation à Lyon",
		Sources:  []summarize.Source{{ID: "a1", Source: "Le Progrès"}, {ID: "a2", Source: "Libération"}},
		Coverage: summarize.Coverage{Articles: []summarize.ArticleCoverage{{ID: "a1", Language: "fr"}, {ID: "a2", Language: "fr-CA"}}},
	}
	if md := api.BriefingMarkdown(b); !strings.Contains(md, "1. Le Progrès\n2. Libération\n") {
		t.Errorf("Markdown:\n%s", md)
	}
}
