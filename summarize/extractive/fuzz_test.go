package extractive_test

import (
	"context"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
)

// FuzzBrief feeds arbitrary passage text (one passage per line, a tab then the
// carrying articles) and checks the engine's promises: no panic, the word and
// point budgets kept, every point quoting and citing one passage.
func FuzzBrief(f *testing.F) {
	f.Add("A ferry ran aground off Kessel Point on Sunday.\ta1 a2\nNo one was hurt, the coastguard said.\ta1\nWhy?\ta2", 3, 40)
	f.Add("KESSEL, May 2 (Wire) - The ferry, carrying 212 people, ran aground.\ta1\n\"We heard a bang,\" he said.\ta2", 8, 250)
	f.Fuzz(func(t *testing.T, text string, maxPoints, maxWords int) {
		maxPoints, maxWords = maxPoints%20, maxWords%600
		var ps []p
		for k, line := range strings.Split(text, "\n") {
			body, srcs, _ := strings.Cut(line, "\t")
			sources := strings.Fields(srcs)
			if len(sources) == 0 {
				sources = []string{"a1"}
			}
			ps = append(ps, p{body, sources, k})
		}
		in := cluster(ps...)
		in.Options = summarize.Options{MaxPoints: maxPoints, MaxWords: maxWords}
		d, err := extractive.New().Brief(context.Background(), in)
		if err != nil {
			t.Fatalf("Brief: %v", err)
		}
		if maxWords <= 0 {
			maxWords = summarize.DefaultMaxWords
		}
		if maxPoints <= 0 {
			maxPoints = summarize.DefaultMaxPoints
		}
		if got := total(d); got > maxWords {
			t.Fatalf("words=%d, want ≤ %d", got, maxWords)
		}
		if got := len(d.Points); got > maxPoints {
			t.Fatalf("points=%d, want ≤ %d", got, maxPoints)
		}
		byID := map[string]string{}
		for _, x := range in.Passages {
			byID[x.ID] = x.Text
		}
		for _, pt := range d.Points {
			if len(pt.Passages) != 1 || byID[pt.Passages[0]] != pt.Text {
				t.Fatalf("point %q cites %v", pt.Text, pt.Passages)
			}
		}
	})
}
