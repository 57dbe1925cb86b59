package extractive_test

import (
	"context"
	"slices"
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
			checkCites(t, pt, byID)
			if len(pt.Sides) > 0 {
				for _, sd := range pt.Sides {
					checkCites(t, sd, nil)
					for _, id := range sd.Passages {
						if !slices.Contains(pt.Passages, id) {
							t.Fatalf("difference %q: side %q cites %s, the point does not", pt.Text, sd.Text, id)
						}
					}
				}
				continue
			}
			// A point is its first passage's words as shown (typewriter quotes
			// made real), whole or cut at a clause boundary; the passages after
			// it were joined to it as the same fact.
			own := strings.TrimSpace(strings.NewReplacer("``", "“", "''", "”").Replace(byID[pt.Passages[0]]))
			got := strings.TrimSpace(pt.Text)
			if got != own && !(strings.HasSuffix(got, ".") && strings.HasPrefix(own, strings.TrimSuffix(got, "."))) {
				t.Fatalf("point %q is not the words of its passage %s %q", pt.Text, pt.Passages[0], own)
			}
		}
	})
}

// checkCites fails unless pt cites at least one passage, each once, and (when
// byID is given) each one of the cluster's.
func checkCites(t *testing.T, pt summarize.DraftPoint, byID map[string]string) {
	t.Helper()
	if len(pt.Passages) == 0 {
		t.Fatalf("point %q cites nothing", pt.Text)
	}
	seen := map[string]bool{}
	for _, id := range pt.Passages {
		if _, ok := byID[id]; byID != nil && !ok || seen[id] {
			t.Fatalf("point %q cites %v: %s unknown or twice", pt.Text, pt.Passages, id)
		}
		seen[id] = true
	}
}
