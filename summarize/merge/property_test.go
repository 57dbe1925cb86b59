package merge_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// assertCovered checks the merge's promise: every non-blank input sentence of
// article i is covered by a passage whose Sources name article i; and passage ids
// run P1..Pn.
func assertCovered(t testing.TB, articles [][]string, res summarize.MergeResult, opts merge.Options) {
	t.Helper()
	citing := map[string][]summarize.Passage{}
	for _, p := range res.Passages {
		for _, id := range p.Sources {
			citing[id] = append(citing[id], p)
		}
	}
	for i, sentences := range articles {
		id := articleID(i)
	next:
		for _, s := range sentences {
			if strings.TrimSpace(s) == "" {
				continue
			}
			for _, p := range citing[id] {
				if p.Text == strings.TrimSpace(s) || merge.Covers(strings.TrimSpace(s), p.Text, opts) {
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

// TestMergeCoversGenerated is the "nothing unique is lost" property over
// generated clusters: every input sentence is covered by a passage citing its
// article, and folding happened.
func TestMergeCoversGenerated(t *testing.T) {
	c := loadCorpus(t)
	for seed := range uint64(20) {
		g := generate(c, 30, 300, seed)
		res := merge.Merge(g.docs, words{}, merge.Options{})
		assertCovered(t, g.sentences, res, merge.Options{})
		if res.Stats.DuplicatesRemoved == 0 {
			t.Fatalf("seed %d: nothing folded", seed)
		}
	}
}
