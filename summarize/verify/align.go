package verify

import (
	"math/bits"
	"slices"

	"github.com/briefing-news/briefing/summarize"
)

// Check judges the claim against the passages named by ids, taken together
// (unknown ids are ignored). Result.Passages are those of them that carry any of
// the claim. A claim with nothing to check is supported by any known passage.
func (x *Index) Check(text string, ids []string) Result { return x.check(x.read(text), ids) }

// check is Check for a claim already read.
func (x *Index) check(c *claim, ids []string) Result {
	var set []int32
	ms := map[int32]uint64{}
	var m, exact uint64
	for _, id := range ids {
		p, ok := x.pos[id]
		if !ok || slices.Contains(set, p) {
			continue
		}
		set = append(set, p)
		ms[p] = x.mask(c, p)
		exact |= ms[p]
		ms[p] |= x.lexMask(c, p, ms[p])
		m |= ms[p]
	}
	if len(set) == 0 {
		return x.result(c, verdict{status: summarize.SupportUnsupported, missing: c.hard | c.words, foreign: x.foreign(c, c.hard|c.words)}, nil)
	}
	v := x.judge(c, m, set, func(p int32) uint64 { return ms[p] })
	x.anchor(c, &v, m, exact)
	// As in Find: a cited passage that carries most of the claim (or of one of
	// its clauses) and negates it contradicts the claim.
	for _, p := range set {
		if v.status == summarize.SupportUnsupported {
			break
		}
		if n := x.contradicted(c, p, ms[p]); n != nil && (n.class == modNegation || !x.certainIn(set, n, p)) {
			v.contradiction(n)
		}
	}
	var carry []int32
	for _, p := range set {
		if ms[p] != 0 {
			carry = append(carry, p)
		}
	}
	if len(carry) == 0 {
		carry = set[:1]
	}
	return x.result(c, v, carry)
}

// lexCandidates is how many of Find's best candidates by stem are accounted for
// through the lexicon as well.
const lexCandidates = 16

// slotCandidates is how many of Find's best candidates the slot rules read
// besides the set found, when they carry at least half of the claim.
const slotCandidates = 5

// Find looks through every passage for the smallest set of at most
// MaxSupportPassages that supports the claim. When none does, the Result is the
// best set it saw (partial before unsupported, then fewer missing figures and
// names, then coverage) with what it lacks.
func (x *Index) Find(text string) Result { return x.find(x.read(text)) }

// find is Find for a claim already read.
func (x *Index) find(c *claim) Result {
	ms, cands := x.masks(c)
	if len(cands) == 0 || (c.hard|c.words) == 0 {
		return x.result(c, verdict{status: summarize.SupportUnsupported, missing: c.hard | c.words, foreign: x.foreign(c, c.hard|c.words)}, nil)
	}
	score := func(m uint64) int { return 4*bits.OnesCount64(m&c.hard) + bits.OnesCount64(m&c.words) }
	scores := make([]int32, len(x.passages))
	for _, p := range cands {
		scores[p] = int32(score(ms[p]))
	}
	if len(c.items) <= 64 {
		cands = bucketByScore(cands, scores, ms)
	} else {
		sortByScore(cands, scores)
	}
	// The best candidates by stem are accounted for through the lexicon too,
	// and ranked again.
	top := cands[:min(len(cands), lexCandidates)]
	lex := make(map[int32]uint64, len(top)) // what the lexicon added to ms
	for _, p := range top {
		l := x.lexMask(c, p, ms[p])
		lex[p] = l
		ms[p] |= l
		scores[p] = int32(score(ms[p]))
	}
	// Only the first candidates' scores changed: they are sorted again and
	// merged with the rest, which stays in order.
	sortByScore(top, scores)
	cands = mergeByScore(top, cands[len(top):], scores)
	get := func(p int32) uint64 { return ms[p] }
	c.nearby, c.placed = nil, nil
	for _, p := range cands[:min(len(cands), slotCandidates)] {
		if 2*scores[p] >= int32(score(c.hard|c.words)) {
			c.nearby = append(c.nearby, p)
		}
		if 4*scores[p] >= int32(score(c.hard|c.words)) {
			c.placed = append(c.placed, p)
		}
	}

	var best verdict
	var bestSet []int32
	bestScore := -1
	better := func(v verdict, set []int32, sc int) bool {
		if bestSet == nil {
			return true
		}
		if v.rank() != best.rank() {
			return v.rank() > best.rank()
		}
		if v.rank() == 2 {
			if len(set) != len(bestSet) {
				return len(set) < len(bestSet)
			}
		}
		hm, bm := bits.OnesCount64(v.missing&c.hard), bits.OnesCount64(best.missing&c.hard)
		if hm != bm {
			return hm < bm
		}
		if v.coverage != best.coverage {
			return v.coverage > best.coverage
		}
		return sc > bestScore
	}
	try := func(set []int32) {
		var m uint64
		for _, p := range set {
			m |= ms[p]
		}
		v := x.judge(c, m, set, get)
		if v.status == summarize.SupportSupported {
			var exact uint64
			for _, p := range set {
				exact |= ms[p] &^ lex[p]
			}
			x.anchor(c, &v, m, exact)
		}
		if better(v, set, score(m)) {
			best, bestSet, bestScore = v, slices.Clone(set), score(m)
		}
	}
	// A passage of the request that carries most of the claim (or of one of its
	// clauses) and negates it, or holds uncertain what it states as certain,
	// contradicts the claim, whatever other passages say.
	// An uncertain marker contradicts the claim only when the set found does not
	// state the same as certain (certainIn): an article may say a thing was
	// expected and a later one that it was done.
	var unc *negation
	var uncAt int32
	for i, p := range cands {
		if i >= 10 && len(c.clauses) == 0 {
			break
		}
		n := x.contradicted(c, p, ms[p])
		if n == nil {
			continue
		}
		if n.class == modNegation {
			v := x.judge(c, ms[p], []int32{p}, get)
			v.contradiction(n)
			return x.result(c, v, []int32{p})
		}
		if unc == nil {
			unc, uncAt = n, p
		}
	}
	finish := func(v verdict, set []int32) Result {
		if unc != nil && v.status != summarize.SupportUnsupported && !x.certainIn(set, unc, uncAt) {
			v = x.judge(c, ms[uncAt], []int32{uncAt}, get)
			v.contradiction(unc)
			set = []int32{uncAt}
		}
		c.placed = x.carryingMissing(c, cands, ms, scores, v.missing, set, score(c.hard|c.words))
		return x.result(c, v, set)
	}
	// Singles: the best candidates, and every one that carries all figures and
	// names (no other single can be supported).
	for i, p := range cands {
		if i < 32 || ms[p]&c.hard == c.hard {
			try([]int32{p})
		}
	}
	if best.rank() == 2 {
		return finish(best, bestSet)
	}
	// Pairs and triples among the best candidates and the best carriers of each
	// figure and name.
	pool := append([]int32(nil), cands[:min(len(cands), 10)]...)
	for b := range c.items {
		if c.hard&(1<<b) == 0 {
			continue
		}
		n := 0
		for _, p := range cands {
			if ms[p]&(1<<b) != 0 {
				if !slices.Contains(pool, p) {
					pool = append(pool, p)
				}
				if n++; n == 2 {
					break
				}
			}
		}
	}
	pool = pool[:min(len(pool), 24)]
	for i := range pool {
		for j := i + 1; j < len(pool); j++ {
			try([]int32{pool[i], pool[j]})
		}
	}
	if best.rank() == 2 || MaxSupportPassages < 3 {
		return finish(best, bestSet)
	}
	for i := range pool {
		for j := i + 1; j < len(pool); j++ {
			mij := ms[pool[i]] | ms[pool[j]]
			for k := j + 1; k < len(pool); k++ {
				if (mij|ms[pool[k]])&c.hard != c.hard && best.rank() > 0 {
					continue
				}
				try([]int32{pool[i], pool[j], pool[k]})
			}
		}
	}
	return finish(best, bestSet)
}

// certainIn says whether a passage of set other than q writes the first word
// of uncertain marker n's scope with no uncertain marker of its own before it:
// the set states as done what q holds uncertain.
func (x *Index) certainIn(set []int32, n *negation, q int32) bool {
	if len(n.scope) == 0 {
		return false
	}
	w := n.scope[0]
	for _, p := range set {
		if p == q || !slices.Contains(x.stems[p], w) {
			continue
		}
		held := false
		for _, pn := range x.negs[p] {
			held = held || len(pn.scope) > 0 && pn.scope[0] == w
		}
		if !held {
			return true
		}
	}
	return false
}

// sortByScore sorts the candidates by score, highest first, then by position:
// each is packed into one integer (negated score, position), which sorts
// faster than a comparison function.
func sortByScore(cands, scores []int32) {
	packed := make([]int64, len(cands))
	for i, p := range cands {
		packed[i] = int64(-scores[p])<<32 | int64(p)
	}
	slices.Sort(packed)
	for i, k := range packed {
		cands[i] = int32(k & 0xffffffff)
	}
}

// mergeByScore merges two lists sorted by sortByScore's order into a new one.
func mergeByScore(a, b, scores []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	before := func(p, q int32) bool {
		if scores[p] != scores[q] {
			return scores[p] > scores[q]
		}
		return p < q
	}
	for len(a) > 0 && len(b) > 0 {
		if before(b[0], a[0]) {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// bucketByScore returns the candidates in sortByScore's order, by counting:
// the candidates are the passages whose mask is not zero (masks, when the
// claim has at most 64 items), so reading the passages in order and putting
// each in its score's bucket gives the same order without sorting.
func bucketByScore(cands, scores []int32, ms []uint64) []int32 {
	var top int32
	for _, p := range cands {
		top = max(top, scores[p])
	}
	start := make([]int, top+2) // by score, highest first: where its bucket starts
	for _, p := range cands {
		start[top-scores[p]+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := make([]int32, len(cands))
	for p, m := range ms {
		if m != 0 {
			i := top - scores[p]
			out[start[i]] = int32(p)
			start[i]++
		}
	}
	return out
}

// missingReaders bounds the candidates carryingMissing adds, and missingScan
// how many of the best candidates it looks through.
const (
	missingReaders = 3
	missingScan    = 32
)

// carryingMissing returns c.placed with the best candidates (at most
// missingReaders, among the first missingScan) that carry a quarter of the
// claim and two or more of the content words the set found does not: the
// slot rules read them too. Find takes the smallest set that supports the
// claim, and a single passage that carries little of it may: "Pichilemu is
// a coastal city in the O'Higgins Region" supports "The giant waves
// destroyed Pichilemu's least coastal street, a coastal city in the
// O'Higgins Region …", while the passage that writes the street says "most
// coastal street".
func (x *Index) carryingMissing(c *claim, cands []int32, ms []uint64, scores []int32, missing uint64, set []int32, total int) []int32 {
	out := slices.Clip(c.placed) // appending copies: c.placed stays as it is
	missing &= c.words
	if bits.OnesCount64(missing) < 2 {
		return out
	}
	for _, p := range cands[:min(len(cands), missingScan)] {
		if len(out)-len(c.placed) == missingReaders {
			break
		}
		if 4*int(scores[p]) < total || bits.OnesCount64(ms[p]&missing) < 2 || slices.Contains(out, p) || slices.Contains(set, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}
