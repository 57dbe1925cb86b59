package merge

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
)

// sentence is one input sentence with its normalized features.
type sentence struct {
	doc, para, idx int32 // article index, paragraph index, sentence index in the article
	text           string
	span           summarize.Span
	tokens         int
	nwords         int
	words          []uint32 // sorted, unique normalized word ids
	keys           []uint32 // sorted, unique ids of figures, pronouns and negations
	names          []int32  // by position in seq: the name (run of capitalized words) it is part of, from 1; 0 for none
	content        []uint32 // sorted, unique ids of words other than stop words and names
	seq            []uint32 // normalized word ids in order
	negs           []int32  // positions of negations in seq
	shingles       []uint64 // sorted, unique shingle hashes
	exact          uint64   // hash of the normalized word sequence
	short          bool     // too few words to fold by containment
}

// family is a kept passage and every sentence folded into it.
type family struct {
	rep      int32   // sentence whose text is kept
	first    int32   // earliest member sentence: the reading-order position
	variants []int32 // members with distinct normalized text (rep included)
	sources  []int32 // article indices, ascending
}

type merger struct {
	opt   Options
	sents []sentence
	fams  []family
	famOf []int32
	// By family, kept apart from fams so that a lookup touching many families
	// reads a few compact arrays: the family it was merged into (-1 while
	// alive), and the shingle and word counts of its kept text.
	into     []int32
	repLen   []int32
	repWords []int32
	exact    map[uint64]int32
	hashes   hashFamily
	bands    *bandIndex
	sig      []uint64 // the signature of the sentence being added
	old      []uint64 // scratch signature (see supersede)
	count    []int32
	touched  []int32
	cands    []candidate

	// exhaustive verifies every kept passage instead of the LSH candidates: the
	// all-pairs reference the tests measure the index's recall against.
	exhaustive bool
}

// candidate is a kept passage proposed for the sentence being added, with the
// estimated containment of one in the other.
type candidate struct {
	fam int32
	est float64
}

// maxVerify bounds the candidates whose containment is computed exactly for one
// sentence, those with the highest estimated containment first: a true
// near-duplicate shares far more than a passage that only has a few phrases in
// common.
const maxVerify = 16

// Merge folds exact and near-duplicate sentences of docs into passages, keeps the
// most complete variant of each, and records every article that carried it.
//
// Every non-blank input sentence is one candidate passage; sentences are read in
// request order, article by article. A sentence folds into a kept passage that
// holds a sentence of another article, or of its own when both are whole
// sentences (a heading of the article folds only into its exact repeat: see
// ownOnly), when at least opts.Containment of its word shingles appear in it (see
// Options); when a later sentence contains a kept passage instead and is longer,
// it becomes the kept text, provided every sentence folded so far is still
// contained in it. Figures, names, pronouns and negations must survive a fold
// (see Options for every threshold and guard). Candidates come from MinHash
// signatures of the shingles in an LSH index tuned for containment (see
// Options.MinHashes); at most 16 of them, those with the highest estimated
// containment, are verified, and the containment is then computed exactly. No
// sentence is compared with every kept passage. Passages come out in reading
// order (by the first sentence of their family), numbered P1, P2…. Merge is safe
// to call concurrently; counter must be too if it is shared.
//
// counter counts each distinct sentence text once; a nil counter counts words.
func Merge(docs []Doc, counter Counter, opts Options) summarize.MergeResult {
	res, _ := merge(context.Background(), docs, counter, opts, false)
	return res
}

// MergeContext is Merge under ctx: it looks at ctx every checkEvery sentences
// it reads or folds, and returns ctx.Err() (and an empty result) once ctx is done.
func MergeContext(ctx context.Context, docs []Doc, counter Counter, opts Options) (summarize.MergeResult, error) {
	return merge(ctx, docs, counter, opts, false)
}

// checkEvery is how many sentences the merge reads or folds between two looks
// at the context.
const checkEvery = 64

func merge(ctx context.Context, docs []Doc, counter Counter, opts Options, exhaustive bool) (summarize.MergeResult, error) {
	m := &merger{opt: opts.withDefaults(), exhaustive: exhaustive}
	if err := m.prepare(ctx, docs, counter); err != nil {
		return summarize.MergeResult{}, err
	}
	k := m.opt.MinHashes
	m.exact = make(map[uint64]int32, len(m.sents))
	m.hashes = newHashFamily(k)
	m.bands = newBandIndex(len(m.sents) * k / 2)
	m.sig = make([]uint64, k)
	m.old = make([]uint64, k)
	m.famOf = make([]int32, len(m.sents))
	for s := range m.sents {
		if s%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return summarize.MergeResult{}, err
			}
		}
		m.add(int32(s))
	}
	for s := range m.famOf {
		m.famOf[s] = m.find(m.famOf[s])
	}
	syn := m.syndication(docs)
	return m.result(docs, syn), nil
}

// prepare segments nothing: it reads the given sentences, normalizes them and
// counts their tokens, each distinct text once.
func (m *merger) prepare(ctx context.Context, docs []Doc, counter Counter) error {
	n := 0
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			n += len(p)
		}
	}
	v := newVocab(min(4*n+16, 1<<16))
	tokens := make(map[string]int)
	var ws []word
	k := m.opt.Shingle
	for d, doc := range docs {
		seed := languageSeed(doc.Language)
		idx := int32(0)
		for p, para := range doc.Paragraphs {
			for j, raw := range para {
				text := strings.TrimSpace(raw)
				if text == "" {
					continue
				}
				if len(m.sents)%checkEvery == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				s := sentence{doc: int32(d), para: int32(p), idx: idx, text: text}
				if doc.Spans != nil {
					s.span = doc.Spans[p][j]
				}
				idx++
				n, ok := tokens[text]
				if doc.Tokens != nil {
					n, ok = doc.Tokens[p][j], true
				}
				if !ok {
					if counter != nil {
						n = counter.Count(text)
					} else {
						n = len(strings.Fields(text))
					}
					tokens[text] = n
				}
				s.tokens = n
				ws = v.words(ws[:0], text)
				s.nwords = len(ws)
				s.short = len(ws) < m.opt.MinWords
				s.words = make([]uint32, 0, len(ws))
				var h uint64 = 0x51ed270b27f7c2e1 ^ seed
				for i, w := range ws {
					if w.neg {
						s.negs = append(s.negs, int32(i))
					}
					s.words = append(s.words, w.id)
					if w.key {
						s.keys = append(s.keys, w.id)
					}
					h = mix(h ^ uint64(w.id))
				}
				if len(ws) == 0 {
					h = hashText(text) ^ seed
				}
				s.exact = h
				s.seq = make([]uint32, len(ws))
				s.names = make([]int32, len(ws))
				for i, w := range ws {
					s.seq[i] = w.id
				}
				markNames(ws, s.names)
				if !s.short {
					s.shingles = make([]uint64, 0, len(ws)-k+1)
					for i := 0; i+k <= len(ws); i++ {
						var sh uint64 = uint64(k) ^ seed
						for _, w := range ws[i : i+k] {
							sh = mix(sh ^ uint64(w.id))
						}
						s.shingles = append(s.shingles, sh)
					}
					s.shingles = sortUnique(s.shingles)
				}
				s.words = sortUnique(s.words)
				for i, id := range s.seq {
					if !v.stop[id] && s.names[i] == 0 {
						s.content = append(s.content, id)
					}
				}
				s.content = sortUnique(s.content)
				s.keys = sortUnique(s.keys)
				m.sents = append(m.sents, s)
			}
		}
	}
	return nil
}

// languageSeed is what the hashes of a sentence in language tag start from: 0
// for "" and "und", so that a merge of articles of unknown language is what it
// was, and otherwise a hash of the primary subtag. Sentences of two languages
// share no shingle and no exact hash, so they never meet as candidates, and a
// fold needs shared shingles.
func languageSeed(tag string) uint64 {
	base := summarize.BaseLanguage(tag)
	if base == "" || base == "und" {
		return 0
	}
	return hashText("lang:" + base)
}

// fits reports whether sentence small folds into big: its shingle containment
// in big (inter shared shingles; -1 to compute) reaches Options.Containment,
// every key word of small is in big, few of its content words are not (see
// Options.WordsPerSwap), and small is not big with a negation taken out.
func (m *merger) fits(small, big *sentence, inter int) bool {
	if inter < 0 {
		inter = intersect(small.shingles, big.shingles)
	}
	return float64(inter) >= m.opt.Containment*float64(len(small.shingles))-1e-9 &&
		subset(small.keys, big.words) &&
		namesFit(small, big) &&
		missing(small.content, big.words, m.swaps(len(small.content))) &&
		!dropsNegation(small, big)
}

// namesFit reports whether every name in small survives in big, whole or
// shortened: each run of capitalized words of small ("President Vladimir Putin",
// "Kim Jong Un") is either entirely in big, or big holds a run of capitalized
// words made only of that run's words ("Putin", "Kim"). "Tomas Reyes" does not
// fit "Alma Reyes"; "Russia" does not fit a passage that never names it.
func namesFit(small, big *sentence) bool {
	for i := 0; i < len(small.seq); {
		if small.names[i] == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(small.seq) && small.names[j] == small.names[i] {
			j++
		}
		run := small.seq[i:j]
		i = j
		whole := true
		for _, id := range run {
			if !containsSorted(big.words, id) {
				whole = false
				break
			}
		}
		if !whole && !shortenedIn(run, big) {
			return false
		}
	}
	return true
}

// shortenedIn reports whether big has a name made only of words of run.
func shortenedIn(run []uint32, big *sentence) bool {
	for a := 0; a < len(big.seq); {
		if big.names[a] == 0 {
			a++
			continue
		}
		b, ok := a, true
		for b < len(big.seq) && big.names[b] == big.names[a] {
			ok = ok && slices.Contains(run, big.seq[b])
			b++
		}
		if ok {
			return true
		}
		a = b
	}
	return false
}

func containsSorted(xs []uint32, x uint32) bool {
	_, ok := slices.BinarySearch(xs, x)
	return ok
}

// swaps is how many of n content words may be missing from a passage.
func (m *merger) swaps(n int) int {
	if m.opt.WordsPerSwap < 0 {
		return 0
	}
	return max(1, n/m.opt.WordsPerSwap)
}

// missing reports whether at most max elements of sorted a are absent from
// sorted b.
func missing(a, b []uint32, max int) bool {
	n, j := 0, 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			if n++; n > max {
				return false
			}
		}
	}
	return true
}

// dropsNegation reports whether small reads as big with a negation taken out:
// small has the two words around one of big's negations side by side
// ("had been" against "had not been").
func dropsNegation(small, big *sentence) bool {
	for _, i := range big.negs {
		if i == 0 || int(i)+1 >= len(big.seq) {
			continue
		}
		a, b := big.seq[i-1], big.seq[i+1]
		for j := 0; j+1 < len(small.seq); j++ {
			if small.seq[j] == a && small.seq[j+1] == b {
				return true
			}
		}
	}
	return false
}

// hashText hashes a sentence without words (punctuation, symbols) by its
// lower-cased text, FNV-1a.
func hashText(text string) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range []byte(strings.ToLower(text)) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return mix(h)
}

func sortUnique[T cmp.Ordered](xs []T) []T {
	slices.Sort(xs)
	return slices.Compact(xs)
}

func (m *merger) find(f int32) int32 {
	root := f
	for m.into[root] >= 0 {
		root = m.into[root]
	}
	for m.into[f] >= 0 {
		next := m.into[f]
		m.into[f] = root
		f = next
	}
	return root
}

// add folds sentence s into a kept passage, lets it replace kept passages it
// contains, or keeps it as a new passage.
func (m *merger) add(s int32) {
	S := &m.sents[s]
	if f, ok := m.exact[S.exact]; ok {
		f = m.find(f)
		m.join(f, s, false)
		return
	}
	if S.short {
		m.newFamily(s)
		return
	}
	m.candidates(S)
	ns := float64(len(S.shingles))
	fold, foldScore := int32(-1), 0.0
	var sup []int32
	for _, cd := range m.cands {
		f := cd.fam
		R := &m.sents[m.fams[f].rep]
		in := intersect(S.shingles, R.shingles)
		inter := float64(in)
		if m.fits(S, R, in) {
			if sc := inter / ns; fold < 0 || sc > foldScore || (sc == foldScore && m.fams[f].first < m.fams[fold].first) {
				fold, foldScore = f, sc
			}
		}
		if S.nwords > R.nwords && m.fits(R, S, in) && m.variantsIn(f, S) {
			sup = append(sup, f)
		}
	}
	switch {
	case fold >= 0 && !slices.Contains(sup, fold):
		m.join(fold, s, true)
	case len(sup) > 0:
		m.supersede(sup, s)
	default:
		m.newFamily(s)
	}
}

// ownOnly reports whether family f holds only sentences of S's own article and
// one of the two is not a whole sentence (see whole): S may repeat it exactly
// (folded above) but neither folds into nor replaces it as a near-duplicate.
// Folding is for what several articles say and for an article's own sentence
// said twice (a standfirst restated by the lede); an article's subheading or
// a pull-quote line keeps its place instead of being moved to or replaced by
// the sentence it heads.
func (m *merger) ownOnly(f int32, S *sentence) bool {
	src := m.fams[f].sources
	if len(src) != 1 || src[0] != S.doc {
		return false
	}
	return !whole(S.text) || !whole(m.sents[m.fams[f].rep].text)
}

// whole reports whether text ends as a sentence does: with a full stop, a
// question or exclamation mark or an ellipsis, closing quotes and brackets
// aside. A heading does not.
func whole(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "…")
}

// candidates fills m.cands with the kept passages S may fold into or replace:
// those sharing at least one MinHash value with S and holding a sentence of
// another article (ownOnly), ranked by the containment their number of shared
// values estimates (see minhash.go), at most maxVerify. Families of S's own
// article are left out before the cut, so that they cannot crowd out the
// other articles' passages S restates.
func (m *merger) candidates(S *sentence) {
	m.cands = m.cands[:0]
	if m.exhaustive {
		for f := range m.fams {
			if m.into[f] < 0 && !m.ownOnly(int32(f), S) {
				m.cands = append(m.cands, candidate{fam: int32(f)})
			}
		}
		return
	}
	m.hashes.sketch(m.sig, S.shingles)
	limit := int32(m.opt.MaxPostings)
	m.touched = m.touched[:0]
	skipped := 0.0 // values too common to look up: each may be a shared one
	for _, v := range m.sig {
		p, n := m.bands.lookup(v)
		if n > limit {
			skipped++
			continue
		}
		for ; p >= 0; p = m.bands.postings[p].next {
			f := m.find(m.bands.postings[p].fam)
			if m.count[f] == 0 {
				m.touched = append(m.touched, f)
			}
			m.count[f]++
		}
	}
	k := float64(len(m.sig))
	q := float64(len(S.shingles))
	theta := m.opt.Containment
	for _, f := range m.touched {
		h := float64(m.count[f])
		m.count[f] = 0
		if m.ownOnly(f, S) {
			continue
		}
		u := float64(m.repLen[f])
		longer := S.nwords > int(m.repWords[f])
		// The least Jaccard similarity a fold (S in R) or a replacement (R in
		// S) needs; the candidate stays unless its shared values, counting
		// every skipped one as shared, fall more than four standard deviations
		// short of what that similarity gives.
		need := 2.0 // above 1: neither is possible
		if theta*q <= u+1e-9 {
			need = theta * q / (u + q - theta*q)
		}
		if longer && theta*u <= q+1e-9 {
			need = min(need, theta*u/(q+u-theta*u))
		}
		if need > 1+1e-9 || h+skipped < k*need-4*math.Sqrt(k*need*max(0, 1-need)) {
			continue
		}
		j := min(1, h/k)
		shared := j * (q + u) / (1 + j)
		est := shared / q
		if longer {
			est = max(est, shared/u)
		}
		m.keep(candidate{fam: f, est: est})
	}
}

// keep adds c to m.cands, which holds the maxVerify best candidates so far in
// order: highest estimated containment first, then the earliest passage.
func (m *merger) keep(c candidate) {
	better := func(a, b candidate) bool {
		if a.est != b.est {
			return a.est > b.est
		}
		return m.fams[a.fam].first < m.fams[b.fam].first
	}
	n := len(m.cands)
	if n == maxVerify {
		if !better(c, m.cands[n-1]) {
			return
		}
		m.cands = m.cands[:n-1]
		n--
	}
	i := n
	for i > 0 && better(c, m.cands[i-1]) {
		i--
	}
	m.cands = slices.Insert(m.cands, i, c)
}

// variantsIn reports whether every member of family f would still be contained
// in S, so that S may become the family's kept text without losing any of them.
func (m *merger) variantsIn(f int32, S *sentence) bool {
	for _, v := range m.fams[f].variants {
		if !m.fits(&m.sents[v], S, -1) {
			return false
		}
	}
	return true
}

func (m *merger) newFamily(s int32) {
	f := int32(len(m.fams))
	S := &m.sents[s]
	m.fams = append(m.fams, family{rep: s, first: s, variants: []int32{s}, sources: []int32{S.doc}})
	m.into = append(m.into, -1)
	m.repLen = append(m.repLen, int32(len(S.shingles)))
	m.repWords = append(m.repWords, int32(S.nwords))
	m.count = append(m.count, 0)
	m.famOf[s] = f
	m.exact[S.exact] = f
	if !S.short {
		if m.exhaustive {
			return
		}
		m.index(f, nil)
	}
}

// index files family f in the LSH index under the signature in m.sig (that of
// the sentence being added), skipping the values skip holds at the same
// position: those the family is already filed under.
func (m *merger) index(f int32, skip []uint64) {
	for i, v := range m.sig {
		if skip != nil && skip[i] == v {
			continue
		}
		m.bands.add(v, f, m.opt.MaxPostings)
	}
}

// join adds sentence s to family f; variant says whether its normalized text is
// new to the family.
func (m *merger) join(f, s int32, variant bool) {
	F := &m.fams[f]
	S := &m.sents[s]
	if variant {
		F.variants = append(F.variants, s)
		m.exact[S.exact] = f
	}
	if n := len(F.sources); n == 0 || F.sources[n-1] != S.doc {
		F.sources = append(F.sources, S.doc)
	}
	m.famOf[s] = f
}

// supersede makes sentence s the kept text of every family in sup, merged into
// the earliest of them.
func (m *merger) supersede(sup []int32, s int32) {
	t := sup[0]
	for _, f := range sup[1:] {
		if m.fams[f].first < m.fams[t].first {
			t = f
		}
	}
	T := &m.fams[t]
	for _, f := range sup {
		if f == t {
			continue
		}
		F := &m.fams[f]
		T.variants = append(T.variants, F.variants...)
		T.sources = unionSorted(T.sources, F.sources)
		T.first = min(T.first, F.first)
		m.into[f] = t
		F.variants, F.sources = nil, nil
	}
	old := &m.sents[T.rep]
	T.rep = s
	m.repLen[t], m.repWords[t] = int32(len(m.sents[s].shingles)), int32(m.sents[s].nwords)
	m.join(t, s, true)
	if !m.exhaustive {
		m.hashes.sketch(m.old, old.shingles)
		m.index(t, m.old)
	}
}

func (m *merger) result(docs []Doc, syn []int32) summarize.MergeResult {
	var alive []int32
	for f := range m.fams {
		if m.into[f] < 0 {
			alive = append(alive, int32(f))
		}
	}
	slices.SortFunc(alive, func(a, b int32) int { return cmp.Compare(m.fams[a].first, m.fams[b].first) })
	res := summarize.MergeResult{Passages: make([]summarize.Passage, 0, len(alive))}
	st := &res.Stats
	st.Articles = len(docs)
	st.Passages = len(m.sents)
	for _, s := range m.sents {
		st.TokensBefore += s.tokens
	}
	for i, f := range alive {
		F := &m.fams[f]
		R := &m.sents[F.rep]
		p := summarize.Passage{
			ID:        "P" + strconv.Itoa(i+1),
			Text:      R.text,
			Article:   docs[R.doc].ID,
			Paragraph: int(R.para),
			Sentence:  int(R.idx),
			Tokens:    R.tokens,
			Start:     R.span.Start,
			End:       R.span.End,
		}
		ids := map[string]bool{}
		for _, d := range F.sources {
			p.Sources = appendID(p.Sources, ids, docs[d].ID)
		}
		clear(ids)
		for _, d := range F.sources {
			if o := syn[d]; o >= 0 && containsDoc(F.sources, o) {
				continue
			}
			p.IndependentSources = appendID(p.IndependentSources, ids, docs[d].ID)
		}
		st.TokensAfter += p.Tokens
		res.Passages = append(res.Passages, p)
	}
	st.UniquePassages = len(res.Passages)
	st.DuplicatesRemoved = st.Passages - st.UniquePassages

	res.Articles = make([]summarize.ArticleStats, len(docs))
	for d := range docs {
		res.Articles[d].ID = docs[d].ID
		if o := syn[d]; o >= 0 {
			res.Articles[d].SyndicatedOf = docs[o].ID
		}
	}
	for _, s := range m.sents {
		res.Articles[s.doc].Passages++
	}
	for _, f := range alive {
		if src := m.fams[f].sources; len(src) == 1 {
			res.Articles[src[0]].UniquePassages++
		}
	}
	for i := range res.Articles {
		if a := &res.Articles[i]; a.Passages > 0 {
			a.UniqueShare = float64(a.UniquePassages) / float64(a.Passages)
		}
	}
	return res
}

// appendID appends id unless it is already there (articles sharing an id):
// has holds the ids appended so far, so that a passage a thousand articles
// carry is not read a thousand times.
func appendID(ids []string, has map[string]bool, id string) []string {
	if has[id] {
		return ids
	}
	has[id] = true
	return append(ids, id)
}

// containsDoc says whether sorted article indices hold d.
func containsDoc(sources []int32, d int32) bool {
	_, ok := slices.BinarySearch(sources, d)
	return ok
}

func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// subset reports whether every element of sorted a is in sorted b.
func subset(a, b []uint32) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}

func unionSorted(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
