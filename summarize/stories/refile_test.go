package stories

import (
	"slices"
	"testing"
)

// TestFeedRefile: a flood article misfiled with the quake's articles (as a
// stored feed may hold it, filed when the flood's story had one article) is
// pulled back to the flood's story by a late flood article; an article that
// settles nothing moves nothing, and each article is in exactly one story.
func TestFeedRefile(t *testing.T) {
	arts := []Article{
		{ID: "q1", Text: "A magnitude 6.8 earthquake struck the High Atlas south of Marrakesh, killing 2,946 people in Amizmiz and nearby villages."},
		{ID: "q2", Text: "Rescuers in Amizmiz dug through rubble after the High Atlas earthquake near Marrakesh; the toll rose to 2,946."},
		{ID: "q3", Text: "Aftershocks shook Marrakesh and the High Atlas villages as the earthquake's toll reached 2,946 in Amizmiz."},
		{ID: "f1", Text: "Floodwaters from two collapsed dams swept through Derna in eastern Libya after Storm Daniel; thousands missing."},
		{ID: "f3", Text: "Derna buried its dead as Storm Daniel's floodwaters receded; the two dams above the Libyan city had collapsed."},
		{ID: "o1", Text: "The city council approved a budget for new bicycle lanes and a library extension on Tuesday."},
	}
	quake, flood := StoryID("q1"), StoryID("f1")
	load := func() *Feed {
		f := NewFeed(Options{})
		for _, a := range arts {
			st := quake
			switch a.ID {
			case "f1":
				st = flood
			case "o1":
				st = StoryID("o1")
			}
			f.Load(a, st) // f3 misfiled with the quake
		}
		return f
	}
	late := Article{ID: "f2", Text: "The Red Crescent said thousands were missing in Derna after Storm Daniel broke two dams in eastern Libya."}
	tests := []struct {
		name  string
		add   Article
		story string
		moved []Move
	}{
		{"a late flood article pulls f3 back", late, flood, []Move{{Article: "f3", From: quake, To: flood}}},
		{"an unrelated article moves nothing", Article{ID: "o2", Text: "Parliament passed the fisheries bill after a long night of amendments on quotas."}, StoryID("o2"), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := load()
			got, _ := f.Add(tc.add)
			if got != tc.story {
				t.Errorf("Add(%s) = %s, want %s", tc.add.ID, got, tc.story)
			}
			if m := f.Moved(); !slices.Equal(m, tc.moved) {
				t.Errorf("Moved() = %v, want %v", m, tc.moved)
			}
			// Each article in exactly one story, the one it says.
			seen := map[int32]bool{}
			for st, ms := range f.members {
				for _, j := range ms {
					if seen[j] || f.arts[j].story != st {
						t.Errorf("article %s in story %s, filed in %s (twice: %v)", f.arts[j].id, st, f.arts[j].story, seen[j])
					}
					seen[j] = true
				}
			}
			if len(seen) != f.Len() {
				t.Errorf("%d articles in stories, %d in the feed", len(seen), f.Len())
			}
		})
	}
}
