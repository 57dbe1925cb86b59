package stories

import (
	"slices"
	"testing"
)

// TestRefineMovesAMisfiledArticle: an article about the flood, filed with the
// quake's articles (as a single strong link may file it), moves to the flood's
// story; the others stay where they are, and a story left with one article is
// a singleton's unit.
func TestRefineMovesAMisfiledArticle(t *testing.T) {
	arts := []Article{
		{ID: "q1", Text: "A magnitude 6.8 earthquake struck the High Atlas south of Marrakesh, killing 2,946 people in Amizmiz and nearby villages."},
		{ID: "q2", Text: "Rescuers in Amizmiz dug through rubble after the High Atlas earthquake near Marrakesh; the toll rose to 2,946."},
		{ID: "q3", Text: "Aftershocks shook Marrakesh and the High Atlas villages as the earthquake's toll reached 2,946 in Amizmiz."},
		{ID: "f1", Text: "Floodwaters from two collapsed dams swept through Derna in eastern Libya after Storm Daniel; thousands missing."},
		{ID: "f2", Text: "The Red Crescent said thousands were missing in Derna after Storm Daniel broke two dams in eastern Libya."},
		{ID: "f3", Text: "Derna buried its dead as Storm Daniel's floodwaters receded; the two dams above the Libyan city had collapsed."},
		{ID: "o1", Text: "The city council approved a budget for new bicycle lanes and a library extension on Tuesday."},
	}
	vecs := vectors(arts)
	mk := func(members ...int) unit {
		return unit{members: members}
	}
	// f3 misfiled with the quake; o1 alone.
	units := []unit{mk(0, 1, 2, 5), mk(3, 4), mk(6)}
	got := refine(units, vecs, arts, Options{}.withDefaults())
	var groups [][]string
	for _, u := range got {
		var ids []string
		for _, m := range u.members {
			ids = append(ids, arts[m].ID)
		}
		slices.Sort(ids)
		groups = append(groups, ids)
	}
	slices.SortFunc(groups, func(a, b []string) int { return slices.Compare(a, b) })
	want := [][]string{{"f1", "f2", "f3"}, {"o1"}, {"q1", "q2", "q3"}}
	if !slices.EqualFunc(groups, want, slices.Equal[[]string]) {
		t.Fatalf("groups %v, want %v", groups, want)
	}
	// Stories that are right stay as they are.
	again := refine(got, vecs, arts, Options{}.withDefaults())
	if len(again) != len(got) {
		t.Fatalf("a second refine changed %d groups into %d", len(got), len(again))
	}
}
