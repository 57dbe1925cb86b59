package merge

// MinHash signatures of sentences' shingle sets, and the LSH index that finds,
// for a new sentence, the kept passages it may fold into or replace.
//
// The index is tuned for containment, not for Jaccard similarity. A sentence of
// q shingles that is contained at least θ in a passage of u shingles has a
// Jaccard similarity of at least J = θq / (u + q − θq) with it: 1 for a reprint,
// about 0.5 for a wire sentence with its last clause cut, and as low as 0.05 for
// a four-word fragment of a 40-word sentence. At so low a threshold the banding
// that misses least is one row per band (Zhu et al., "LSH Ensemble", VLDB 2016):
// every MinHash value is a band of its own, and a passage is a candidate when
// at least one of its k values equals the sentence's, with probability
// 1 − (1 − J)^k: at k = 64, 0.96 at J = 0.05, 0.9988 at J = 0.1 and 1 − 10⁻¹⁹
// at J = 0.5. The number of equal values, h, estimates J as h/k; from it and
// the two sizes the shared shingles are estimated as Ĵ(q+u)/(1+Ĵ), and the
// candidates with the highest estimated containment, either way, are verified
// exactly (see merger.add). Nothing is compared with every other passage.

// hashFamily is k hash functions over 64-bit shingle hashes, h_i(x) = (x ⊕ s_i)·m_i
// mod 2⁶⁴ with random s_i and odd m_i: each is a permutation of the 64-bit values,
// and since x is already a well-mixed hash their minima over a set behave as
// independent min-wise permutations (TestMinHashEstimatesJaccard measures it).
type hashFamily struct {
	seed, mult []uint64
}

func newHashFamily(k int) hashFamily {
	f := hashFamily{seed: make([]uint64, k), mult: make([]uint64, k)}
	x := uint64(0x2545f4914f6cdd1d)
	for i := range k {
		x = mix(x)
		f.seed[i] = x
		x = mix(x)
		f.mult[i] = x | 1
	}
	return f
}

// sketch writes the MinHash signature of shingles (non-empty) into sig, which
// has one slot per hash function.
func (f hashFamily) sketch(sig []uint64, shingles []uint64) {
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	seed, mult := f.seed[:len(sig)], f.mult[:len(sig)]
	for _, x := range shingles {
		for i := range sig {
			if v := (x ^ seed[i]) * mult[i]; v < sig[i] {
				sig[i] = v
			}
		}
	}
}

// bandIndex maps each band value (one MinHash value with one row per band) to
// the families indexed under it: an open-addressing table of keys with singly
// linked posting lists in one flat array, so that indexing a passage costs k
// probes and no allocation beyond amortized growth. A slot holds its key, first
// posting and count together, and a posting its family and successor: a probe
// is one cache miss, not three.
type bandIndex struct {
	slots    []bandSlot
	used     int
	postings []posting
}

type bandSlot struct {
	key  uint64 // 0 marks an empty slot (a zero value is stored as 1)
	head int32  // first posting under the key, -1 for none
	size int32  // postings under the key
}

type posting struct {
	fam  int32 // the family
	next int32 // the next posting under the same key, -1 at the end
}

func newBandIndex(entries int) *bandIndex {
	n := 16
	for 3*n < 4*entries {
		n <<= 1
	}
	return &bandIndex{slots: make([]bandSlot, n), postings: make([]posting, 0, entries)}
}

// slot returns the slot of key, or of the empty slot where it would go.
func (b *bandIndex) slot(key uint64) int {
	mask := len(b.slots) - 1
	i := int(key>>32^key) & mask
	for b.slots[i].key != 0 && b.slots[i].key != key {
		i = (i + 1) & mask
	}
	return i
}

func bandKey(v uint64) uint64 {
	if v == 0 {
		return 1
	}
	return v
}

// lookup returns the first posting under key and how many there are.
func (b *bandIndex) lookup(key uint64) (first, n int32) {
	sl := &b.slots[b.slot(bandKey(key))]
	if sl.key == 0 {
		return -1, 0
	}
	return sl.head, sl.size
}

// add indexes family f under key, unless more than limit families already are:
// such a value (a shingle like "said in a" that most passages share) would
// propose everything and find nothing.
func (b *bandIndex) add(key uint64, f int32, limit int) {
	key = bandKey(key)
	i := b.slot(key)
	if b.slots[i].key == 0 {
		if 4*(b.used+1) > 3*len(b.slots) {
			b.grow()
			i = b.slot(key)
		}
		b.slots[i] = bandSlot{key: key, head: -1}
		b.used++
	}
	sl := &b.slots[i]
	if int(sl.size) > limit {
		return
	}
	b.postings = append(b.postings, posting{fam: f, next: sl.head})
	sl.head = int32(len(b.postings) - 1)
	sl.size++
}

func (b *bandIndex) grow() {
	old := b.slots
	b.slots = make([]bandSlot, 2*len(old))
	for _, sl := range old {
		if sl.key != 0 {
			b.slots[b.slot(sl.key)] = sl
		}
	}
}
