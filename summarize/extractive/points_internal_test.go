package extractive

import "testing"

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
		{"no boundary", "The ferry ran aground off Kessel Point on Sunday morning.", 6, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cutClause(tc.in, tc.limit, 5); got != tc.want {
				t.Errorf("cutClause(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
		})
	}
}
