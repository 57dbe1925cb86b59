package merge_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/merge"
)

// assertCovered checks the merge's promise: every non-blank input sentence of
// article i is covered by a passage whose Sources name article i; and passage ids
// run P1..Pn.
func assertCovered(t testing.TB, articles [][]string, res merge.Result, containment float64) {
	t.Helper()
	opts := merge.Options{Containment: containment}
	for i, sentences := range articles {
		id := articleID(i)
	next:
		for _, s := range sentences {
			if strings.TrimSpace(s) == "" {
				continue
			}
			for _, p := range res.Passages {
				if containsID(p.Sources, id) && merge.Covers(strings.TrimSpace(s), p.Text, opts) {
					continue next
				}
			}
			t.Fatalf("article %s sentence %q is covered by no passage citing it; passages %q", id, s, texts(res))
		}
	}
	for i, p := range res.Passages {
		if got, want := p.ID, "P"+strconv.Itoa(i+1); got != want {
			t.Fatalf("passage %d ID=%q, want %q", i, got, want)
		}
	}
}

func articleID(i int) string { return "a" + strconv.Itoa(i+1) }

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
