package merge

import (
	"math"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// overlapping returns two sets of n random shingle hashes sharing exactly s:
// their Jaccard similarity is s/(2n−s).
func overlapping(trial, n, s int) (a, b []uint64) {
	a, b = make([]uint64, n), make([]uint64, n)
	base := uint64(trial) << 20
	for i := range n {
		a[i] = mix(base + uint64(i))
		b[i] = mix(base + uint64(i+n-s))
	}
	return a, b
}

// TestMinHashEstimatesJaccard checks the hash family against MinHash's
// promise: each function's minima agree with probability J, independently, so
// the number of agreeing values out of k is Binomial(k, J). Over 1,000 pairs
// per row, the mean must be within 3% of k·J and the spread within 15% of the
// binomial one; a family whose functions were correlated, or biased towards
// some shingles, fails both.
func TestMinHashEstimatesJaccard(t *testing.T) {
	const k, trials = 64, 1000
	f := newHashFamily(k)
	sa, sb := make([]uint64, k), make([]uint64, k)
	tests := []struct{ n, shared int }{
		{10, 10}, // identical: J = 1
		{30, 20}, // J = 0.5: a wire sentence with a clause cut
		{20, 10}, // J = 0.33
		{20, 5},  // J = 0.14
		{40, 3},  // J = 0.04: a short fragment of a long sentence
	}
	for _, tc := range tests {
		J := float64(tc.shared) / float64(2*tc.n-tc.shared)
		sum, sum2 := 0.0, 0.0
		for trial := range trials {
			a, b := overlapping(trial, tc.n, tc.shared)
			f.sketch(sa, a)
			f.sketch(sb, b)
			h := 0.0
			for i := range sa {
				if sa[i] == sb[i] {
					h++
				}
			}
			sum += h
			sum2 += h * h
		}
		mean := sum / trials
		sd := math.Sqrt(max(0, sum2/trials-mean*mean))
		wantMean, wantSD := k*J, math.Sqrt(k*J*(1-J))
		if math.Abs(mean-wantMean) > 0.03*k {
			t.Errorf("n=%d shared=%d: mean agreeing values %.2f, want %.2f (J=%.3f)", tc.n, tc.shared, mean, wantMean, J)
		}
		if math.Abs(sd-wantSD) > 0.15*wantSD+1e-9 {
			t.Errorf("n=%d shared=%d: spread %.2f, binomial %.2f", tc.n, tc.shared, sd, wantSD)
		}
	}
}

// TestBandIndex covers the LSH table: lookups after growth, the posting cap, a
// zero value, and values never added.
func TestBandIndex(t *testing.T) {
	b := newBandIndex(1) // grows many times below
	const keys = 5000
	for i := range keys {
		for f := range int32(i % 4) {
			b.add(mix(uint64(i)), f, 64)
		}
	}
	for i := range keys {
		p, n := b.lookup(mix(uint64(i)))
		if int(n) != i%4 {
			t.Fatalf("key %d: %d postings, want %d", i, n, i%4)
		}
		seen := map[int32]bool{}
		for ; p >= 0; p = b.postings[p].next {
			seen[b.postings[p].fam] = true
		}
		if len(seen) != i%4 {
			t.Fatalf("key %d: postings list %v, want families 0..%d", i, seen, i%4-1)
		}
	}
	if _, n := b.lookup(mix(keys + 1)); n != 0 {
		t.Fatalf("a value never added has %d postings", n)
	}

	// A value shared by more than limit families stops taking postings, so a
	// lookup can tell it is too common (n > limit) and skip it.
	const limit = 3
	for f := range int32(10) {
		b.add(0, f, limit)
	}
	if _, n := b.lookup(0); n != limit+1 {
		t.Fatalf("capped value has %d postings, want %d", n, limit+1)
	}
}

// TestMergeFindsFragments is the case containment is for: short cut-outs of a
// long wire sentence have a low Jaccard similarity with it (down to 0.075 for
// four words of forty) but are contained in it, and each must fold into it.
func TestMergeFindsFragments(t *testing.T) {
	const wire = "The regional water board said on Thursday that the reservoir at Holm Edge had fallen to 31 percent of capacity, its lowest level since records began in 1974, and that a hosepipe ban covering 2.1 million homes would start on Monday unless heavy rain arrived first."
	fragments := []string{
		"The reservoir at Holm Edge had fallen to 31 percent of capacity.",
		"Its lowest level since records began in 1974.",
		"A hosepipe ban covering 2.1 million homes would start on Monday.",
		"Unless heavy rain arrived first.",
		"Records began in 1974.",
	}
	var docs []Doc
	docs = append(docs, Doc{ID: "wire", Paragraphs: [][]string{{wire}}})
	for i, s := range fragments {
		// Unrelated sentences around each fragment give the index other passages.
		docs = append(docs, Doc{ID: string(rune('a' + i)), Paragraphs: [][]string{{
			"Engineers from the board inspected a pumping station near Tarnby on " + string(rune('A'+i)) + " street.",
			s,
		}}})
	}
	res := Merge(docs, nil, Options{})
	var wireP *summarize.Passage
	for i := range res.Passages {
		if res.Passages[i].Text == wire {
			wireP = &res.Passages[i]
		}
	}
	if wireP == nil {
		t.Fatalf("wire sentence not kept: %v", res.Passages)
	}
	if got, want := len(wireP.Sources), 1+len(fragments); got != want {
		t.Fatalf("wire passage cites %v, want all %d articles: each fragment folds into it", wireP.Sources, want)
	}
}
