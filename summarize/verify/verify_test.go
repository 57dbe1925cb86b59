package verify_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
	"github.com/google/go-cmp/cmp"
)

func verifyInput() *summarize.Input {
	return &summarize.Input{
		Articles: []summarize.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}},
		Passages: []summarize.Passage{
			{ID: "P1", Text: "The dam held overnight.", Sources: []string{"a2", "a1"}, IndependentSources: []string{"a1"}, Article: "a1"},
			{ID: "P2", Text: "Crews worked until dawn.", Sources: []string{"a3"}, IndependentSources: []string{"a3"}, Article: "a3"},
		},
	}
}

var supported = summarize.Support{Status: summarize.SupportSupported}

func TestVerify(t *testing.T) {
	tests := []struct {
		name         string
		points       []summarize.DraftPoint
		wantPoints   []summarize.Point
		wantWarnings []string
	}{
		{
			name:   "labels map to the articles that carry the passage, in request order",
			points: []summarize.DraftPoint{{Text: "The dam held.", Passages: []string{"P1"}}},
			wantPoints: []summarize.Point{{
				Text: "The dam held.", Citations: []string{"a1", "a2"},
				Evidence:     []summarize.Evidence{{ArticleID: "a1", PassageID: "P1", Quote: "The dam held overnight."}},
				SourcesCount: 2, IndependentSourcesCount: 1, Support: supported,
			}},
		},
		{
			name:   "label spellings a model uses are accepted, repeats counted once",
			points: []summarize.DraftPoint{{Text: "Both.", Passages: []string{"[P1]", "p2", " P02 ", "P1"}}},
			wantPoints: []summarize.Point{{
				Text: "Both.", Citations: []string{"a1", "a2", "a3"},
				Evidence: []summarize.Evidence{
					{ArticleID: "a1", PassageID: "P1", Quote: "The dam held overnight."},
					{ArticleID: "a3", PassageID: "P2", Quote: "Crews worked until dawn."},
				},
				SourcesCount: 3, IndependentSourcesCount: 2, Support: supported,
			}},
		},
		{
			name:   "unknown labels are dropped and named",
			points: []summarize.DraftPoint{{Text: "Crews.", Passages: []string{"P2", "P9", "a1"}}},
			wantPoints: []summarize.Point{{
				Text: "Crews.", Citations: []string{"a3"},
				Evidence:     []summarize.Evidence{{ArticleID: "a3", PassageID: "P2", Quote: "Crews worked until dawn."}},
				SourcesCount: 1, IndependentSourcesCount: 1, Support: supported,
			}},
			wantWarnings: []string{"dropped 2 citation(s) of passages that do not exist: P9, a1"},
		},
		{
			name:   "a point left with no valid citation is not shown as sourced",
			points: []summarize.DraftPoint{{Text: "Invented.", Passages: []string{"P77"}}, {Text: "Uncited."}},
			wantWarnings: []string{"dropped 1 citation(s) of passages that do not exist: P77",
				`dropped 2 point(s) that no passage of the articles supports: "Invented." (not found: Invented); "Uncited." (not found: Uncited)`},
		},
		{
			name:   "empty point text is skipped silently",
			points: []summarize.DraftPoint{{Text: "  ", Passages: []string{"P1"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := verify.Verify(&summarize.Draft{Headline: " H ", Points: tt.points}, verifyInput())
			if diff := cmp.Diff(b.Points, tt.wantPoints); diff != "" {
				t.Errorf("points (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(b.Warnings, tt.wantWarnings); diff != "" {
				t.Errorf("warnings (-got +want):\n%s", diff)
			}
			if got, want := b.Headline, "H"; got != want {
				t.Errorf("Headline=%q, want %q", got, want)
			}
		})
	}
}

func TestNormalizeLabel(t *testing.T) {
	for in, want := range map[string]string{"P7": "P7", "[P7]": "P7", "p7": "P7", " P 07 ": "P7", "(P3)": "P3", "P007": "P7", "7": "P7",
		"Px": "Px", "a1": "a1", "[N2]": "N2", "": ""} {
		if got := summarize.NormalizeLabel(in); got != want {
			t.Errorf("NormalizeLabel(%q)=%q, want %q", in, got, want)
		}
	}
}

func TestVerifyNeverCitesOutsideTheRequest(t *testing.T) {
	in := verifyInput()
	in.Passages[1].Sources = []string{"a3", "ghost"} // a merge bug must not leak into citations
	b := verify.Verify(&summarize.Draft{Points: []summarize.DraftPoint{{Text: "Crews worked.", Passages: []string{"P2"}}}}, in)
	if got := strings.Join(b.Points[0].Citations, ","); got != "a3" {
		t.Fatalf("Citations=%s, want a3", got)
	}
}

func TestVerifyCitesTheSummary(t *testing.T) {
	in := &summarize.Input{
		Articles: []summarize.Article{{ID: "a1"}, {ID: "a2"}},
		Passages: []summarize.Passage{{ID: "P1", Text: "Kim arrived in Russia.", Sources: []string{"a2", "a1"}, Article: "a1"}},
	}
	b := verify.Verify(&summarize.Draft{Summary: "Kim arrived in Russia.", SummaryPassages: []string{"P1"}}, in)
	if got := strings.Join(b.SummaryCitations, ","); got != "a1,a2" || b.Summary == "" {
		t.Fatalf("summary %q citations %q, want a1,a2", b.Summary, got)
	}
	b = verify.Verify(&summarize.Draft{Summary: "Invented.", SummaryPassages: []string{"P9"}}, in)
	if b.Summary != "" || len(b.SummaryCitations) != 0 || len(b.Warnings) == 0 {
		t.Fatalf("a summary citing no passage kept: %+v", b)
	}
	b = verify.Verify(&summarize.Draft{Summary: "The model's own words."}, in)
	if b.Summary == "" || b.SummaryCitations != nil {
		t.Fatalf("an uncited summary changed: %+v", b)
	}
}

// TestQuoteOffsets: evidence quotes the article's own text, with code-point
// offsets (not byte offsets) into it.
func TestQuoteOffsets(t *testing.T) {
	text := "Le café « Lumière » a fermé.  Its owner, Zoë Brandt, said the rent had doubled."
	second := strings.Index(text, "Its owner")
	in := &summarize.Input{
		Articles: []summarize.Article{{ID: "a1"}},
		Passages: []summarize.Passage{
			{ID: "P1", Text: "Its owner, Zoë Brandt, said the rent had doubled.", Sources: []string{"a1"}, Article: "a1", Start: second, End: len(text)},
		},
		Texts: []string{text},
	}
	b := verify.Verify(&summarize.Draft{Points: []summarize.DraftPoint{{Text: "Zoë Brandt said the rent had doubled.", Passages: []string{"P1"}}}}, in)
	if len(b.Points) != 1 || len(b.Points[0].Evidence) != 1 {
		t.Fatalf("points %+v, unsupported %+v", b.Points, b.UnsupportedPoints)
	}
	e := b.Points[0].Evidence[0]
	runes := []rune(text)
	if e.Start != len([]rune(text[:second])) || e.End != len(runes) {
		t.Errorf("offsets [%d, %d), want code points [%d, %d)", e.Start, e.End, len([]rune(text[:second])), len(runes))
	}
	if string(runes[e.Start:e.End]) != e.Quote {
		t.Errorf("quote %q is not text[%d:%d] = %q", e.Quote, e.Start, e.End, string(runes[e.Start:e.End]))
	}
}

// TestVerifyFlagsOneSideOfAConflict: a point that states one side of a disputed
// figure is flagged with the other sides; one that names both, or another fact, is not.
func TestVerifyFlagsOneSideOfAConflict(t *testing.T) {
	in := &summarize.Input{
		Articles: []summarize.Article{{ID: "a1"}, {ID: "a2"}},
		Passages: []summarize.Passage{
			{ID: "P1", Text: "The magnitude 6.4 quake hit at 3.12 a.m., the institute said.", Sources: []string{"a1"}, Article: "a1"},
			{ID: "P2", Text: "The network put the magnitude at 6.6.", Sources: []string{"a2"}, Article: "a2"},
			{ID: "P3", Text: "More than 140 people were injured.", Sources: []string{"a1", "a2"}, Article: "a1"},
		},
		Differences: []summarize.Difference{{Kind: "number", About: "magnitude", Label: summarize.LabelConflict, Values: []summarize.DifferenceValue{
			{Value: "6.4", Citations: []string{"a1"}, Passages: []string{"P1"}},
			{Value: "6.6", Citations: []string{"a2"}, Passages: []string{"P2"}},
		}}},
	}
	tests := []struct {
		name  string
		point summarize.DraftPoint
		want  []string // the other sides' values
	}{
		{"one side", summarize.DraftPoint{Text: "The magnitude 6.4 quake hit at 3.12 a.m.", Passages: []string{"P1"}}, []string{"6.6"}},
		{"the other side", summarize.DraftPoint{Text: "The network put the magnitude at 6.6.", Passages: []string{"P2"}}, []string{"6.4"}},
		{"both sides", summarize.DraftPoint{Text: "The magnitude was 6.4 or 6.6.", Passages: []string{"P1", "P2"}}, nil},
		{"another fact", summarize.DraftPoint{Text: "More than 140 people were injured.", Passages: []string{"P3"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := verify.Verify(&summarize.Draft{Points: []summarize.DraftPoint{tt.point}}, in)
			if len(b.Points) != 1 {
				t.Fatalf("points %+v, unsupported %+v", b.Points, b.UnsupportedPoints)
			}
			var got []string
			for _, v := range b.Points[0].Support.Disputed {
				got = append(got, v.Value)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("disputed %v, want %v", got, tt.want)
			}
			if b.Points[0].Support.Status != summarize.SupportSupported {
				t.Fatalf("status %q: the point's own side is supported", b.Points[0].Support.Status)
			}
			if warned := strings.Contains(strings.Join(b.Warnings, " "), "one side of a figure"); warned != (len(tt.want) > 0) {
				t.Fatalf("warnings %q", b.Warnings)
			}
		})
	}
}
