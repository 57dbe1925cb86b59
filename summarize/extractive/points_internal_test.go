package extractive

import (
	"context"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestCutClause: a sentence is cut at the last clause boundary that fits and
// leaves a clause that stands alone, never at the comma that ends an
// introductory phrase (which would keep the phrase and lose the main clause).
func TestCutClause(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		limit    int
		want     string
	}{
		{"main clause kept, its relative clause cut",
			"The council approved the new flood barrier on Tuesday, which will cost about 3 million euros to build.", 10,
			"The council approved the new flood barrier on Tuesday."},
		{"introductory phrase is no clause",
			"After decades of complicated, hot-and-cold relations, the two neighbours have drawn closer since the war began.", 9, ""},
		{"subordinate clause first",
			"When the river flooded the old market near Tollbridge, residents moved their cars to the hill above the town.", 10, ""},
		{"prepositional phrase first",
			"In a report released late on Monday by the regulator, prices of bread rose by a third in a year.", 10, ""},
		{"a hedged figure opens a main clause",
			"At least 12 people were hurt when the roof fell in, and two of them are in a serious condition.", 12,
			"At least 12 people were hurt when the roof fell in."},
		{"no boundary", "The ferry ran aground off Kessel Point on Sunday morning.", 6, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cutClause(tc.in, tc.limit, 5); got != tc.want {
				t.Errorf("cutClause(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
		})
	}
}

// TestHeadlineLatestCycle: a headline candidate that only an earlier news
// cycle's articles carry is worth staleWeight of its value, so a close
// candidate of the latest cycle takes the headline.
func TestHeadlineLatestCycle(t *testing.T) {
	in := &summarize.Input{Articles: []summarize.Article{{ID: "a1"}, {ID: "a2"}}, Passages: []summarize.Passage{
		{ID: "P1", Text: "Envoy Lena Varga will visit Tallinn for talks on the power cable.", Sources: []string{"a1"}, Article: "a1"},
		{ID: "P2", Text: "Envoy Lena Varga arrived in Tallinn for talks on the power cable.", Sources: []string{"a2"}, Article: "a2"},
		{ID: "P3", Text: "The cable under the Baltic Sea would cost about 600 million euros.", Sources: []string{"a1", "a2"}, Article: "a1", Sentence: 1},
	}}
	e := New()
	c, err := e.analyze(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.rank(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	first, i := e.headline(c, 15, -1)
	if i < 0 {
		t.Fatalf("headline %q is no passage's", first)
	}
	c.old[i] = true // as if only an earlier cycle carried it
	second, j := e.headline(c, 15, -1)
	if j == i || j < 0 {
		t.Errorf("with %s stale, headline %q (passage %d); want the other candidate", in.Passages[i].ID, second, j)
	}
}
