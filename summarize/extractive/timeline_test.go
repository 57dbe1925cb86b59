package extractive

import (
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

func TestTimeline(t *testing.T) {
	tue := time.Date(2023, 9, 12, 9, 0, 0, 0, time.UTC)
	wed := time.Date(2023, 9, 13, 9, 0, 0, 0, time.UTC)
	in := &summarize.Input{
		Articles: []summarize.Article{{ID: "a1", PublishedAt: &tue}, {ID: "a2", PublishedAt: &wed}, {ID: "a3"}},
		Passages: []summarize.Passage{
			{ID: "P1", Article: "a1", Sentence: 0, Sources: []string{"a1"}, Text: "Kim Jong Un arrived in Russia by train."},
			{ID: "P2", Article: "a1", Sentence: 1, Sources: []string{"a1"}, Text: "He boarded the train in Pyongyang on Sunday."},
			{ID: "P3", Article: "a2", Sentence: 3, Sources: []string{"a2"}, Text: "Kim boarded his armored train in Pyongyang on Sunday afternoon."},
			{ID: "P4", Article: "a2", Sentence: 4, Sources: []string{"a2"}, Text: "The leaders met yesterday at the cosmodrome."},
			{ID: "P5", Article: "a2", Sentence: 5, Sources: []string{"a2"}, Text: "Talks went on for hours."},
			{ID: "P6", Article: "a3", Sentence: 0, Sources: []string{"a3"}, Text: "Undated lead on Monday."},
		},
	}
	got := Timeline(in)
	want := []struct {
		date, text string
		cites      []string
	}{
		{"2023-09-10", "He boarded the train in Pyongyang on Sunday [10 Sept].", []string{"a1", "a2"}},
		{"2023-09-12", "Kim Jong Un arrived in Russia by train.", []string{"a1"}},
		{"2023-09-12", "The leaders met yesterday [12 Sept] at the cosmodrome.", []string{"a2"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Date.Format(time.DateOnly) != w.date || g.Text != w.text || len(g.Citations) != len(w.cites) {
			t.Errorf("entry %d: %s %q %v, want %s %q %v", i, g.Date.Format(time.DateOnly), g.Text, g.Citations, w.date, w.text, w.cites)
		}
	}
	if len(got[0].Passages) != 2 {
		t.Errorf("the Sunday entry folds P2 and P3: %v", got[0].Passages)
	}
}
