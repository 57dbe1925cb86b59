package merge_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/merge"
)

// TestLSHRecall measures the LSH index against the all-pairs reference that
// verifies every kept passage for every sentence. Two workloads:
//
//   - generated clusters: wire copy, reprints, rewrites that cut and extend
//     sentences, and template sentences that share most of their words;
//   - fragments: articles quoting 4 to 12 consecutive words of long wire
//     sentences, whose Jaccard similarity with the sentence they come from is
//     as low as 0.1 although they are contained in it: the case a Jaccard-tuned
//     LSH misses.
//
// The index must find at least 99.5% of the folds the reference finds in each,
// and lose no sentence.
func TestLSHRecall(t *testing.T) {
	c := loadCorpus(t)
	workloads := []struct {
		name string
		make func(seed uint64) generated
	}{
		{"generated clusters", func(seed uint64) generated { return generate(c, 30, 800, 100+seed) }},
		{"fragments", func(seed uint64) generated { return fragments(generate(c, 8, 800, 200+seed), 20, seed) }},
	}
	for _, w := range workloads {
		t.Run(w.name, func(t *testing.T) {
			lsh, all := 0, 0
			for seed := range uint64(3) {
				g := w.make(seed)
				got := merge.Merge(g.docs, words{}, merge.Options{})
				want := merge.MergeExhaustive(g.docs, words{}, merge.Options{})
				assertCovered(t, g.sentences, got, merge.Options{})
				lsh += got.Stats.DuplicatesRemoved
				all += want.Stats.DuplicatesRemoved
			}
			if all < 100 {
				t.Fatalf("the reference folded only %d sentences: the workload tests nothing", all)
			}
			recall := float64(lsh) / float64(all)
			t.Logf("folds found: %d of %d (%.4f)", lsh, all, recall)
			if recall < 0.995 {
				t.Fatalf("LSH found %d of the %d folds the all-pairs reference finds (%.4f), want ≥ 0.995", lsh, all, recall)
			}
		})
	}
}

// fragments builds a request of one article carrying every sentence of src
// with at least 20 words, then n articles each quoting 4 to 12 consecutive
// words of some of those sentences among sentences of their own from src.
func fragments(src generated, n int, seed uint64) generated {
	r := rand.New(rand.NewPCG(seed, 7))
	var long, other []string
	for _, a := range src.sentences {
		for _, s := range a {
			if len(strings.Fields(s)) >= 20 {
				long = append(long, s)
			} else {
				other = append(other, s)
			}
		}
	}
	var g generated
	add := func(sents []string) {
		g.sentences = append(g.sentences, sents)
		g.docs = append(g.docs, merge.Doc{ID: articleID(len(g.docs)), Paragraphs: [][]string{sents}})
	}
	add(long)
	for range n {
		var sents []string
		for range 10 {
			f := strings.Fields(strings.TrimRight(long[r.IntN(len(long))], "."))
			w := 4 + r.IntN(9)
			i := r.IntN(len(f) - w + 1)
			sents = append(sents, strings.Join(f[i:i+w], " ")+".")
			sents = append(sents, other[r.IntN(len(other))])
		}
		add(sents)
	}
	return g
}
