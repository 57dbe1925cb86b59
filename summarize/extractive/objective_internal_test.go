package extractive

import (
	"context"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

func ranked(t *testing.T, in *summarize.Input) (*Engine, *corpus) {
	t.Helper()
	e := New()
	c, err := e.analyze(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.rank(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return e, c
}

// TestObjectiveCountsAConceptOnce: the objective is a coverage, so a sentence
// that says again what a taken one says adds nothing, one that says something
// new adds, and a concept carried by more independent articles weighs more.
func TestObjectiveCountsAConceptOnce(t *testing.T) {
	arts := []summarize.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}
	in := &summarize.Input{Articles: arts, Passages: []summarize.Passage{
		{ID: "P1", Text: "The harbour authority closed the north quay after engineers found cracks.", Sources: []string{"a1", "a2", "a3"}, IndependentSources: []string{"a1", "a2", "a3"}, Article: "a1"},
		{ID: "P2", Text: "The harbour authority closed the north quay after engineers found cracks.", Sources: []string{"a2"}, Article: "a2", Sentence: 3},
		{ID: "P3", Text: "Ferries will use the freight terminal's eastern berth for six weeks.", Sources: []string{"a1"}, Article: "a1", Sentence: 1},
		{ID: "P4", Text: "A shuttle bus will carry residents to the temporary berth.", Sources: []string{"a3"}, Article: "a3", Sentence: 1},
	}}
	_, c := ranked(t, in)
	one := c.planValue(nil, []pick{{idx: 0}})
	if twice := c.planValue(nil, []pick{{idx: 0}, {idx: 1}}); twice != one {
		t.Errorf("the same sentence twice is worth %.4f, once %.4f", twice, one)
	}
	if more := c.planValue(nil, []pick{{idx: 0}, {idx: 2}}); more <= one {
		t.Errorf("a new fact adds nothing: %.4f <= %.4f", more, one)
	}
	o := c.concepts()
	quay, ferry := o.ids["quay"], o.ids["ferri"]
	if o.w[quay] <= o.w[ferry] {
		t.Errorf("a concept of three articles weighs %.4f, of one %.4f", o.w[quay], o.w[ferry])
	}
}

// TestChooseCoversInsteadOfRepeating: with room for two points, the second is
// the one that adds most per word, not a restatement of the first in other
// order.
func TestChooseCoversInsteadOfRepeating(t *testing.T) {
	arts := []summarize.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}
	in := &summarize.Input{Articles: arts, Passages: []summarize.Passage{
		{ID: "P1", Text: "The harbour authority closed the north quay in Lindholm after engineers found cracks in two piles.", Sources: []string{"a1", "a2"}, IndependentSources: []string{"a1", "a2"}, Article: "a1"},
		{ID: "P2", Text: "Engineers found cracks in two piles, and the harbour authority closed the north quay in Lindholm.", Sources: []string{"a3"}, Article: "a3"},
		{ID: "P3", Text: "Ferries to the islands will use the freight terminal's eastern berth for about six weeks.", Sources: []string{"a1", "a3"}, IndependentSources: []string{"a1", "a3"}, Article: "a1", Sentence: 1},
	}}
	e, c := ranked(t, in)
	picked, err := e.choose(context.Background(), c, nil, 2, 40)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]bool{}
	for _, pk := range picked {
		got[pk.idx] = true
	}
	if len(picked) != 2 || !got[0] || !got[2] {
		t.Errorf("picked %+v, want P1 and P3", picked)
	}
}
