package eval

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

func TestRedundancy(t *testing.T) {
	b := &summarize.Briefing{Points: []summarize.Point{
		{Text: "North Korean leader Kim Jong Un arrived in Russia on Tuesday [12 Sept]."},
		{Text: "Kim Jong Un has arrived in Russia, the North Korean leader's first trip abroad since 2019."},
		{Text: "The Kremlin said the talks would cover food aid."},
	}}
	r := Redundancy(b)
	if r.Pairs != 3 || r.Redundant != 1 || len(r.Examples) != 1 {
		t.Fatalf("got %+v, want 1 redundant pair of 3", r)
	}
	if got := Redundancy(&summarize.Briefing{Points: b.Points[:1]}); got.Pairs != 0 || got.Share != 0 {
		t.Fatalf("one point: %+v", got)
	}
	// Citation markers are not content: two points that share only them differ.
	marked := &summarize.Briefing{Points: []summarize.Point{
		{Text: "The magnitude was 6.4 according to [a1][a3], 6.6 according to [a2]."},
		{Text: "Rescuers reached the village by helicopter [a1][a3]."},
	}}
	if got := Redundancy(marked); got.Redundant != 0 {
		t.Fatalf("points sharing only their citation markers: %+v", got)
	}
}

func TestStripTimeAnchors(t *testing.T) {
	for in, want := range map[string]string{
		"Later today [12 Sept], agencies said.":       "Later today, agencies said.",
		"It met last week [week of 1 Sept] in Minsk.": "It met last week in Minsk.",
		"A list [12 items] stays.":                    "A list [12 items] stays.",
	} {
		if got := StripTimeAnchors(in); got != want {
			t.Errorf("StripTimeAnchors(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSupportReadsPointsWithoutTheirTimeAnchor(t *testing.T) {
	arts := []summarize.Article{{ID: "a1", Text: "The bridge closed today after cracks were found."}}
	b := &summarize.Briefing{Points: []summarize.Point{{
		Text:      "The bridge closed today [12 Sept] after cracks were found.",
		Citations: []string{"a1"},
		Evidence:  []summarize.Evidence{{ArticleID: "a1", Quote: "The bridge closed today after cracks were found."}},
	}}}
	if r := Citations(b, arts); r.Support != 1 {
		t.Fatalf("support %v, want 1: %+v", r.Support, r)
	}
	if s := UnsupportedSpecifics(b, arts); s.Count != 0 {
		t.Fatalf("anchor counted as unsupported: %+v", s)
	}
}
