package normalize_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/google/go-cmp/cmp"
)

func TestStripRepeated(t *testing.T) {
	const (
		tagline = "The Esk Valley Courier is an independent newspaper serving the valley since 1887."
		follow  = "Follow the Courier on Bluesky"
		wire    = "The fire has burned about 3,100 hectares since Monday, officials said on Thursday."
		a       = "Fire crews ordered 2,400 residents to leave their homes on Thursday."
		b       = "Gov. Peter Osei declared a state of emergency for Esk County on Thursday."
		c       = "Schools in Brennick and Corran will stay closed until Monday, the county said."
	)
	tests := []struct {
		name    string
		outlets []string
		docs    [][]string
		want    [][]string
	}{
		{
			"same outlet footer and tagline",
			[]string{"Courier", "courier "},
			[][]string{{a, wire, tagline, follow}, {b, c, "the esk valley courier is an  independent newspaper serving the valley since 1887.", follow}},
			[][]string{{a, wire}, {b, c}},
		},
		{
			"different outlets keep wire copy",
			[]string{"Courier", "Gazette"},
			[][]string{{a, wire, follow}, {b, wire, follow}},
			[][]string{{a, wire, follow}, {b, wire, follow}},
		},
		{
			"repeated in same outlet and elsewhere is kept",
			[]string{"Courier", "Courier", "Gazette"},
			[][]string{{a, tagline}, {b, tagline}, {c, tagline}},
			[][]string{{a, tagline}, {b, tagline}, {c, tagline}},
		},
		{
			"unknown outlet never strips",
			[]string{"", ""},
			[][]string{{a, follow}, {b, follow}},
			[][]string{{a, follow}, {b, follow}},
		},
		{
			"shared story sentence in the body is kept",
			[]string{"Courier", "Courier"},
			[][]string{{a, wire, b, c, follow}, {b, wire, a, c, follow}},
			[][]string{{a, wire, b, c}, {b, wire, a, c}},
		},
		{
			"short repeated line in the body goes",
			[]string{"Courier", "Courier"},
			[][]string{{a, follow, b, c}, {c, follow, a, b}},
			[][]string{{a, b, c}, {c, a, b}},
		},
		{
			"repeated sentence at the edge without the outlet's name is kept",
			[]string{"Courier", "Courier"},
			[][]string{{a, b, wire}, {c, wire}},
			[][]string{{a, b, wire}, {c, wire}},
		},
		{
			"one article only",
			[]string{"Courier"},
			[][]string{{a, follow, follow}},
			[][]string{{a, follow, follow}},
		},
		{"no docs", nil, nil, [][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := normalize.StripRepeated(tt.outlets, tt.docs)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("StripRepeated (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStripRepeatedDoesNotAlias(t *testing.T) {
	docs := [][]string{{"One.", "Footer line"}, {"Two.", "Footer line"}}
	got := normalize.StripRepeated([]string{"X", "X"}, docs)
	got[0] = append(got[0][:0], "changed")
	if docs[0][0] != "One." {
		t.Fatalf("input changed through the result: %q", docs[0])
	}
}
