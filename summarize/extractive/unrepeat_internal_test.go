package extractive

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestUnrepeatHeadlineSkipsEveryPoint: a headline cut from a point's passage
// is replaced by the headline of a passage that is no point, even when the
// next best headline is another point's (which used to keep the repeat).
func TestUnrepeatHeadlineSkipsEveryPoint(t *testing.T) {
	arts := []summarize.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}
	in := &summarize.Input{Articles: arts, Passages: []summarize.Passage{
		{ID: "P1", Text: "The harbour authority closed the north quay in Lindholm, after engineers found cracks in two piles of the quay.", Sources: []string{"a1", "a2", "a3"}, IndependentSources: []string{"a1", "a2", "a3"}, Article: "a1"},
		{ID: "P2", Text: "Ferries will use the eastern berth of the harbour, the port operator said on Monday.", Sources: []string{"a2", "a3"}, IndependentSources: []string{"a2", "a3"}, Article: "a2"},
		{ID: "P3", Text: "Repairs to the quay are expected to take six weeks, the authority said.", Sources: []string{"a3"}, Article: "a3", Sentence: 2},
	}}
	e, c := ranked(t, in)
	c.ents = e.entities(c, 3)
	c.terms = e.terms(c, c.ents, 3)
	headline := "The harbour authority closed the north quay in Lindholm"
	if src := headlineSource(c, headline); src != 0 {
		t.Fatalf("the headline comes from passage %d, the fixture means P1", src)
	}
	for _, tc := range []struct {
		name   string
		picked []pick
		sp     int
		from   []int // passages the new headline may come from
	}{
		{"P1 and P2 are points", []pick{{idx: 0}, {idx: 1}}, -1, []int{2}},
		{"P1 a point, P2 the summary's", []pick{{idx: 0}}, 1, []int{2}},
		{"P1 a point", []pick{{idx: 0}}, -1, []int{1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := e.unrepeatHeadline(c, headline, tc.picked, 10, tc.sp)
			if h == headline {
				t.Fatalf("headline %q kept: it repeats point P1", h)
			}
			src := headlineSource(c, h)
			ok := false
			for _, i := range tc.from {
				ok = ok || src == i
			}
			if !ok {
				t.Errorf("headline %q comes from passage %d, want one of %v", h, src, tc.from)
			}
		})
	}
}
