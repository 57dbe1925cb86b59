package verify

// The support checker. Its rules, in one place:
//
// A claim is read into items, each of which the passages must carry:
//
//   - Figures. Numerals and number words, compared by value: "6,000" = "6000",
//     "1.5 million" = "1,500,000" = "1.5m", "five" = "5", "40%" = "40 percent" =
//     "40 per cent", "twenty-five" = "25", "a dozen" = "12". ("one" alone is not a
//     figure of a claim: it is mostly a pronoun; it still matches "1" in a passage.)
//     A whole number under 100 must come with one of the content words around it
//     in the claim (the nearest two before and three after), or the passage's own
//     words around it must be in the claim (so "6" is not found in "six hours" of
//     another passage). A score or small range, "3-1", is one figure, found only
//     as written.
//     A date ("13 January", "Jan. 13") is one figure, found as that date or as a
//     weekday or "today"/"yesterday"/"tomorrow" that the passage's article's
//     published_at makes that day. A weekday in the claim is found as the same
//     weekday, or a date or relative day of a passage that falls on it.
//   - Names. Capitalized words that are not stopwords, weekdays or months, and that
//     the passages never write in lower case (so "Minister" in "Transport Minister
//     Oliver Grant" is a plain word when an article writes "minister"); a sentence's
//     first word only when a passage also writes it capitalized inside a sentence.
//     The words of an article's outlet (its source) count as carried by its
//     passages ("Market Ledger, citing…"). Compared without case;
//     honorifics (Mr, Ms, Dr…) are dropped, so "Mr Kim" is found in "Kim Jong Un";
//     a country and its adjective are one name ("Russia" = "Russian", a table in
//     words.go). A word of a name that the passages do not carry is forgiven when
//     another word of the same name is carried and the request's passages do hold
//     the word elsewhere: "Kim Jong Un" is found in "Mr Kim" when some article
//     writes the full name.
//   - Negation. Each negation ("not", "n't", "no", "never", "without", "nobody"…;
//     the hedge "too early to" reads as "not yet to") has a scope, the next three
//     content words of its clause (a verb of saying right after it, "has not
//     said", counts as the word "say"). A negation of the claim must be matched by
//     one of the passages: the same first scope word negated the same way (of a
//     noun, "no insurer", or of a verb, "not insured"), or two scope words in
//     common. A negation of a supporting passage whose first scope word the claim
//     carries, with the word before the negation (not for "no one", "nobody": they
//     are the subject) or a second scope word at most four words away, must be
//     matched by one of the claim's. Either failure is a missing "negation". Find
//     also fails a claim that a passage carrying half its content words, or half
//     those of one of its clauses (split at semicolons), negates, whichever
//     passages would otherwise support it.
//   - Content words: the other words, stopwords and verbs of saying dropped,
//     stemmed (text.StemLong), a country's adjective as the country, irregular
//     forms as their verb ("struck" = "strike" = "hit", "killed" = "died", "people"
//     = "person"; a table in words.go). Their coverage is the share the passages
//     carry.
//
// A set of passages supports a claim when it carries every figure and name, the
// negations agree, and coverage is at least SupportCoverage: status "supported".
// With figures, names and negations right but coverage between PartialCoverage and
// SupportCoverage the status is "partial"; anything else is "unsupported". The
// missing figures, names, negations and words are listed as the claim writes them.
//
// Check takes the passages a point cites, together. Find looks through every
// passage of the request for the smallest set, at most MaxSupportPassages, that
// supports the claim (the fewest passages; among those, the best coverage).

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// Thresholds of content-word coverage, tuned on eval/cases (eval.MeasureSupport,
// run by measure_test.go) with text.StemLong: at 0.6, 153 of 156 reference
// sentences are supported (the rest fail on wording, a negation in other words
// or a toll told in five passages, not on this threshold alone) and no invented
// sentence is.
const (
	SupportCoverage    = 0.6
	PartialCoverage    = 0.35
	MaxSupportPassages = 3
)

// maxItems bounds the items of one claim (a bit each); content words past it are
// not checked. Hard items (figures, names) come first.
const maxItems = 64

// Result is the checker's answer for one claim.
type Result struct {
	Status string // summarize.SupportSupported, SupportPartial or SupportUnsupported
	// Unsupported lists the figures, names, negations and content words of the
	// claim that the passages do not carry, as the claim writes them.
	Unsupported []summarize.Missing
	// Passages are the ids of the passages that carry the claim, in reading order:
	// for Check the given passages that carry any of it, for Find the set found.
	Passages []string
	// Sentences are those passages' texts (a passage is one sentence).
	Sentences []string
	// Coverage is the share of the claim's content words the passages carry.
	Coverage float64
}

// Supported reports whether the status is "supported".
func (r Result) Supported() bool { return r.Status == summarize.SupportSupported }

// Index holds the passages of one request, read once, for many claims.
type Index struct {
	passages []summarize.Passage
	pos      map[string]int32
	post     map[string][]int32 // key → passages that carry it, ascending
	negs     [][]negation
	lower    map[string]bool // words some passage writes in lower case
	capMid   map[string]bool // words some passage writes capitalized inside a sentence
}

// negation is one negation word and its scope: up to three content stems after it
// in its clause.
type negation struct {
	scope  []string
	before string // the nearest content stem before it in its clause, or ""
	quant  bool   // "no", "none", "nobody"…: it negates a noun, not a verb
}

// NewIndex reads the passages; articles give each passage's published_at (by
// Passage.Article), for dates. Passages without text are kept but carry nothing.
func NewIndex(passages []summarize.Passage, articles []summarize.Article) *Index {
	x := &Index{
		passages: passages,
		pos:      make(map[string]int32, len(passages)),
		post:     make(map[string][]int32, len(passages)*4),
		negs:     make([][]negation, len(passages)),
		lower:    map[string]bool{},
		capMid:   map[string]bool{},
	}
	pub := map[string]time.Time{}
	outlet := map[string][]string{} // an article's outlet, as name keys: "Market Ledger, citing…"
	for _, a := range articles {
		if a.PublishedAt != nil {
			pub[a.ID] = *a.PublishedAt
		}
		for _, t := range lex(a.Source) {
			outlet[a.ID] = append(outlet[a.ID], "n:"+canonical(t.low))
		}
	}
	stems := map[string]string{}
	wordKeys := map[string][2]string{} // lower-case word → its "s:" and "n:" keys
	var keys []string
	for i, p := range passages {
		x.pos[p.ID] = int32(i)
		toks := lex(p.Text)
		keys = keys[:0]
		for _, t := range toks {
			if t.num {
				continue
			}
			if !t.cap {
				x.lower[t.low] = true
			} else if !t.start {
				x.capMid[t.low] = true
			}
			wk, ok := wordKeys[t.low]
			if !ok {
				c := canonical(t.low)
				wk = [2]string{"s:" + stem(c), "n:" + c}
				wordKeys[t.low] = wk
			}
			keys = append(keys, wk[0], wk[1])
		}
		for _, a := range p.Sources {
			keys = append(keys, outlet[a]...)
		}
		var day *time.Time
		if t, ok := pub[p.Article]; ok {
			day = &t
		}
		for _, f := range figures(toks, true) {
			keys = append(keys, "f:"+f.key)
			if f.small {
				for _, nk := range near(toks, f.at) {
					keys = append(keys, "fn:"+f.key+"|"+nk[2:])
				}
			}
		}
		keys = append(keys, dateKeys(toks, day)...)
		x.negs[i] = negations(toks, func(w string) string {
			s, ok := stems[w]
			if !ok {
				s = stem(w)
				stems[w] = s
			}
			return s
		})
		slices.Sort(keys)
		for _, k := range slices.Compact(keys) {
			x.post[k] = append(x.post[k], int32(i))
		}
	}
	return x
}

// item is one thing a claim says that the passages must carry.
type item struct {
	kind string   // summarize.MissingFigure, MissingName or MissingWord
	key  string   // the index key that carries it
	text string   // as the claim writes it
	run  int      // names: which name of the claim it belongs to (-1 otherwise)
	near []string // figures: the content words around it; a passage must carry one
	// clause is the clause of the claim (split at semicolons) it is first read in.
	clause int
}

// claim is a claim read into items.
type claim struct {
	items []item
	hard  uint64 // figures and names
	words uint64 // content words
	negs  []negation
	stems map[string]bool // every content stem of the claim, names included
	// pos are the token positions of each stem, for the scope of a passage's negation.
	pos map[string][]int
	// content are the claim's content stems (s: keys), for a passage's small figures.
	content []string
	// clauses are, by clause (split at semicolons), the bits of its content words
	// and its negations, when the claim has more than one.
	clauses []clause
}

type clause struct {
	words uint64
	negs  []negation
	stems map[string]bool
}

func (x *Index) read(sentence string) *claim {
	toks := lex(sentence)
	c := &claim{stems: map[string]bool{}, pos: map[string][]int{}}
	lowerHere := map[string]bool{}
	clauseOf := make([]int, len(toks))
	nclauses := 1
	for k, t := range toks {
		if !t.cap && !t.num {
			lowerHere[t.low] = true
		}
		clauseOf[k] = nclauses - 1
		if t.semi && k+1 < len(toks) {
			nclauses++
		}
	}
	var hard, words []item
	seen := map[string]bool{}
	add := func(list *[]item, it item) {
		if !seen[it.key] {
			seen[it.key] = true
			if it.kind == summarize.MissingWord {
				c.content = append(c.content, it.key)
			}
			*list = append(*list, it)
		}
	}
	skip := make([]bool, len(toks))
	dates := claimDates(toks)
	for _, d := range dates {
		for _, k := range d.toks {
			skip[k] = true
		}
	}
	for _, f := range figures(toks, false) {
		if !skip[f.at] {
			it := item{kind: summarize.MissingFigure, key: "f:" + f.key, text: f.text, run: -1, clause: clauseOf[f.at]}
			if f.small {
				it.near = near(toks, f.at)
			}
			add(&hard, it)
		}
	}
	for _, d := range dates {
		add(&hard, item{kind: summarize.MissingFigure, key: d.key, text: d.text, run: -1})
	}
	// Name runs (text.NameRuns): a word is a name when capitalized, not opening
	// the sentence unless the articles capitalize it mid-sentence, and not a
	// word the articles or the claim write in lower case; an honorific ("Mr")
	// joins a run without being a name of its own.
	const (
		notName = iota
		isName
		honorific
	)
	kinds := make([]uint8, len(toks))
	for k, t := range toks {
		low := t.low
		switch {
		case skip[k] || t.num || !t.cap:
		case text.IsHonorific(low):
			kinds[k] = honorific
		case (!t.start || x.capMid[low]) && !isStopword(low) && !x.lower[low] && !lowerHere[low] && !isDateWord(low) && !isNegation(low) && !isFigureWord(low):
			kinds[k] = isName
		}
	}
	runOf := make([]int32, len(toks))
	nruns := int32(0)
	text.NameRuns(len(toks), func(k int) text.NameWord {
		return text.NameWord{Name: kinds[k] != notName, BreakAfter: kinds[k] == isName && toks[k].brk}
	}, text.NameOptions{}, func(start, end int) {
		for k := start; k < end; k++ {
			runOf[k] = nruns
		}
		nruns++
	})
	for k, t := range toks {
		if skip[k] || t.num {
			continue
		}
		low := t.low
		st := stem(canonical(low))
		c.stems[st] = true
		c.pos[st] = append(c.pos[st], k)
		if kinds[k] == honorific {
			continue
		}
		if kinds[k] == isName {
			add(&hard, item{kind: summarize.MissingName, key: "n:" + canonical(low), text: t.raw, run: int(runOf[k]), clause: clauseOf[k]})
			continue
		}
		if isStopword(low) || isNegation(low) || isFigureWord(low) || isDateWord(low) || len(low) < 2 ||
			(k > 0 && toks[k-1].num && toks[k-1].glued && isOrdinalSuffix(low)) {
			continue
		}
		add(&words, item{kind: summarize.MissingWord, key: "s:" + st, text: t.raw, run: -1, clause: clauseOf[k]})
	}
	if len(hard) > maxItems {
		hard = hard[:maxItems]
	}
	if room := maxItems - len(hard); len(words) > room {
		words = words[:room]
	}
	c.items = append(hard, words...)
	for i := range c.items {
		if i < len(hard) {
			c.hard |= 1 << i
		} else {
			c.words |= 1 << i
		}
	}
	c.negs = negations(toks, stem)
	if nclauses > 1 {
		c.clauses = make([]clause, nclauses)
		for i := range c.clauses {
			c.clauses[i].stems = map[string]bool{}
		}
		for k, t := range toks {
			if !t.num {
				c.clauses[clauseOf[k]].stems[stem(canonical(t.low))] = true
			}
		}
		for i, it := range c.items {
			if c.words&(1<<i) != 0 {
				c.clauses[it.clause].words |= 1 << i
			}
		}
		ni := 0
		for k, t := range toks {
			if isNegation(t.low) {
				if ni < len(c.negs) {
					c.clauses[clauseOf[k]].negs = append(c.clauses[clauseOf[k]].negs, c.negs[ni])
				}
				ni++
			}
		}
	}
	return c
}

// near returns the keys of the content words around toks[at] in its sentence (the
// nearest two before it and three after it, within eight words, other figures
// skipped): a small whole number is carried only by a passage that has one of
// them too, or whose own words around that number the claim has, so that "6"
// is not found in another passage's "six hours". Larger and decimal figures
// rarely recur by chance and need no company.
func near(toks []token, at int) []string {
	var out []string
	content := func(w token) bool {
		return !w.num && len(w.low) >= 2 && !isStopword(w.low) && !isFigureWord(w.low) && !isDateWord(w.low) && !isNegation(w.low)
	}
	for k, n := at-1, 0; k >= 0 && k >= at-8 && n < 2 && !toks[k+1].start; k-- {
		if content(toks[k]) {
			out = append(out, "s:"+stem(canonical(toks[k].low)))
			n++
		}
	}
	for k, n := at+1, 0; k < len(toks) && k <= at+8 && n < 3 && !toks[k].start; k++ {
		if content(toks[k]) {
			out = append(out, "s:"+stem(canonical(toks[k].low)))
			n++
		}
	}
	return out
}

func isOrdinalSuffix(w string) bool {
	return w == "th" || w == "st" || w == "nd" || w == "rd" || w == "s"
}

func isFigureWord(w string) bool {
	_, n := numberWords[w]
	_, s := scaleWords[w]
	return n || s
}

func isDateWord(w string) bool {
	return text.IsWeekday(w) || text.IsRelativeDay(w)
}

// masks returns, by passage, the bits of the items it carries, and the passages
// that carry any.
func (x *Index) masks(c *claim) ([]uint64, []int32) {
	m := make([]uint64, len(x.passages))
	var cands []int32
	for b, it := range c.items {
		for _, p := range x.post[it.key] {
			if x.carriesNear(c, it, p) {
				if m[p] == 0 {
					cands = append(cands, p)
				}
				m[p] |= 1 << b
			}
		}
	}
	return m, cands
}

// carriesNear says whether passage p has one of the item's near words (or the item
// has none), or has the figure next to a word of the claim.
func (x *Index) carriesNear(c *claim, it item, p int32) bool {
	if len(it.near) == 0 {
		return true
	}
	for _, k := range it.near {
		if _, ok := slices.BinarySearch(x.post[k], p); ok {
			return true
		}
	}
	for _, s := range c.content {
		if _, ok := slices.BinarySearch(x.post["fn:"+it.key[2:]+"|"+s[2:]], p); ok {
			return true
		}
	}
	return false
}

// mask returns the items passage p carries.
func (x *Index) mask(c *claim, p int32) uint64 {
	var m uint64
	for b, it := range c.items {
		if _, ok := slices.BinarySearch(x.post[it.key], p); ok && x.carriesNear(c, it, p) {
			m |= 1 << b
		}
	}
	return m
}

// verdict is the outcome of one set of passages.
type verdict struct {
	status   string
	missing  uint64 // items not carried (after forgiveness)
	negation bool   // the negations disagree
	negated  bool   // a passage negates what the claim (or one of its clauses) states
	coverage float64
}

func (v verdict) rank() int {
	switch v.status {
	case summarize.SupportSupported:
		return 2
	case summarize.SupportPartial:
		return 1
	}
	return 0
}

// judge applies the rules to the items the set carries (m) and the set's passages.
func (x *Index) judge(c *claim, m uint64, set []int32, masks func(int32) uint64) verdict {
	missing := (c.hard | c.words) &^ m
	// A word of a name is forgiven when another word of that name is carried and the
	// request holds the word elsewhere.
	for b := range c.items {
		if missing&(1<<b) == 0 || c.items[b].kind != summarize.MissingName {
			continue
		}
		if len(x.post[c.items[b].key]) == 0 {
			continue
		}
		for o := range c.items {
			if o != b && c.items[o].run == c.items[b].run && c.items[o].kind == summarize.MissingName && m&(1<<o) != 0 {
				missing &^= 1 << b
				break
			}
		}
	}
	v := verdict{missing: missing, coverage: 1}
	if n := bits.OnesCount64(c.words); n > 0 {
		v.coverage = float64(bits.OnesCount64(c.words&m)) / float64(n)
	}
	v.negation = !x.negationsAgree(c, set, masks)
	switch {
	case missing&c.hard != 0 || v.negation || v.coverage < PartialCoverage-1e-9:
		v.status = summarize.SupportUnsupported
	case v.coverage < SupportCoverage-1e-9:
		v.status = summarize.SupportPartial
	default:
		v.status = summarize.SupportSupported
	}
	return v
}

// negationsAgree applies the negation rule to the claim and the set's passages: a
// negation of the claim needs the same negation in one of them; a negation of a
// passage that carries the claim, whose first scope word the claim has (and the
// word before it, if any), needs the same negation in the claim.
func (x *Index) negationsAgree(c *claim, set []int32, masks func(int32) uint64) bool {
	for _, cn := range c.negs {
		ok := false
		for _, p := range set {
			if masks(p) == 0 {
				continue
			}
			for _, pn := range x.negs[p] {
				ok = ok || sameNegation(cn, pn)
			}
		}
		if !ok {
			return false
		}
	}
	for _, p := range set {
		if masks(p) == 0 {
			continue
		}
		for _, pn := range x.negs[p] {
			if !c.negatedBy(pn) {
				continue
			}
			ok := false
			for _, cn := range c.negs {
				ok = ok || sameNegation(cn, pn)
			}
			if !ok {
				return false
			}
		}
	}
	return true
}

// negatedBy says whether a passage's negation bears on the claim: the claim has its
// first scope word and the word before it (when there is one), or its first
// scope word with another of its scope words at most four words away ("the
// bridge was reopened" for "did not reopen the bridge", not "three parties …
// the narrowest possible majority" for "left no party with a majority").
func (c *claim) negatedBy(pn negation) bool { return c.negatedIn(c.stems, pn) }

// negatedIn is negatedBy for the part of the claim whose stems are given (a clause).
func (c *claim) negatedIn(stems map[string]bool, pn negation) bool {
	if len(pn.scope) == 0 || !stems[pn.scope[0]] {
		return false
	}
	if pn.before == "" || stems[pn.before] {
		return true
	}
	for _, s := range pn.scope[1:] {
		if !stems[s] {
			continue
		}
		for _, a := range c.pos[pn.scope[0]] {
			for _, b := range c.pos[s] {
				if a-b <= 4 && b-a <= 4 {
					return true
				}
			}
		}
	}
	return false
}

// contradicted says whether a passage that carries at least half of the claim's
// content words, or of one of its clauses', negates what the claim (that clause)
// states.
func (x *Index) contradicted(c *claim, p int32, m uint64) bool {
	if len(x.negs[p]) == 0 {
		return false
	}
	if x.negates(c, c.words, c.stems, c.negs, nil, p, m) {
		return true
	}
	for _, cl := range c.clauses {
		if x.negates(c, cl.words, cl.stems, cl.negs, c.negs, p, m) {
			return true
		}
	}
	return false
}

// negates says whether passage p negates the part of the claim given by words
// and stems, whose own negations are negs. A passage negation that the claim
// makes too in another clause (elsewhere: the same negation with the same word
// before it) is the claim's own and negates nothing: "talks on a deal resumed;
// no deal was reached" is not contradicted by itself.
func (x *Index) negates(c *claim, words uint64, stems map[string]bool, negs, elsewhere []negation, p int32, m uint64) bool {
	if n := bits.OnesCount64(words); n == 0 || 2*bits.OnesCount64(words&m) < n {
		return false
	}
	for _, pn := range x.negs[p] {
		if !c.negatedIn(stems, pn) {
			continue
		}
		same := false
		for _, cn := range negs {
			same = same || sameNegation(cn, pn)
		}
		for _, cn := range elsewhere {
			same = same || sameNegation(cn, pn) && cn.before == pn.before
		}
		if !same {
			return true
		}
	}
	return false
}

// result turns a verdict on a set into a Result.
func (x *Index) result(c *claim, v verdict, set []int32) Result {
	r := Result{Status: v.status, Coverage: v.coverage}
	if v.status != summarize.SupportSupported {
		for b, it := range c.items {
			if v.missing&(1<<b) != 0 {
				r.Unsupported = append(r.Unsupported, summarize.Missing{Kind: it.kind, Text: it.text})
			}
		}
		if v.negation {
			r.Unsupported = append(r.Unsupported, summarize.Missing{Kind: summarize.MissingNegation, Text: negationText(c, v)})
		}
	}
	set = slices.Clone(set)
	slices.Sort(set)
	for _, p := range set {
		r.Passages = append(r.Passages, x.passages[p].ID)
		r.Sentences = append(r.Sentences, x.passages[p].Text)
	}
	return r
}

func negationText(c *claim, v verdict) string {
	if len(c.negs) > 0 && !v.negated {
		return "the claim's negation is not in the sources"
	}
	return "the sources negate it"
}

// Check judges the claim against the passages named by ids, taken together
// (unknown ids are ignored). Result.Passages are those of them that carry any of
// the claim. A claim with nothing to check is supported by any known passage.
func (x *Index) Check(text string, ids []string) Result { return x.check(x.read(text), ids) }

// check is Check for a claim already read.
func (x *Index) check(c *claim, ids []string) Result {
	var set []int32
	ms := map[int32]uint64{}
	var m uint64
	for _, id := range ids {
		p, ok := x.pos[id]
		if !ok || slices.Contains(set, p) {
			continue
		}
		set = append(set, p)
		ms[p] = x.mask(c, p)
		m |= ms[p]
	}
	if len(set) == 0 {
		return x.result(c, verdict{status: summarize.SupportUnsupported, missing: c.hard | c.words}, nil)
	}
	v := x.judge(c, m, set, func(p int32) uint64 { return ms[p] })
	// As in Find: a cited passage that carries most of the claim (or of one of
	// its clauses) and negates it contradicts the claim.
	for _, p := range set {
		if v.status != summarize.SupportUnsupported && x.contradicted(c, p, ms[p]) {
			v.status, v.negation, v.negated = summarize.SupportUnsupported, true, true
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

// Find looks through every passage for the smallest set of at most
// MaxSupportPassages that supports the claim. When none does, the Result is the
// best set it saw (partial before unsupported, then fewer missing figures and
// names, then coverage) with what it lacks.
func (x *Index) Find(text string) Result { return x.find(x.read(text)) }

// find is Find for a claim already read.
func (x *Index) find(c *claim) Result {
	ms, cands := x.masks(c)
	if len(cands) == 0 || (c.hard|c.words) == 0 {
		return x.result(c, verdict{status: summarize.SupportUnsupported, missing: c.hard | c.words}, nil)
	}
	score := func(m uint64) int { return 4*bits.OnesCount64(m&c.hard) + bits.OnesCount64(m&c.words) }
	scores := make([]int32, len(x.passages))
	for _, p := range cands {
		scores[p] = int32(score(ms[p]))
	}
	slices.SortFunc(cands, func(a, b int32) int {
		if d := scores[b] - scores[a]; d != 0 {
			return int(d)
		}
		return int(a - b)
	})
	get := func(p int32) uint64 { return ms[p] }

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
		if better(v, set, score(m)) {
			best, bestSet, bestScore = v, slices.Clone(set), score(m)
		}
	}
	// A passage of the request that carries most of the claim (or of one of its
	// clauses) and negates it contradicts the claim, whatever other passages say.
	for i, p := range cands {
		if i >= 10 && len(c.clauses) == 0 {
			break
		}
		if x.contradicted(c, p, ms[p]) {
			v := x.judge(c, ms[p], []int32{p}, get)
			v.status, v.negation, v.negated = summarize.SupportUnsupported, true, true
			return x.result(c, v, []int32{p})
		}
	}
	// Singles: the best candidates, and every one that carries all figures and
	// names (no other single can be supported).
	for i, p := range cands {
		if i < 32 || ms[p]&c.hard == c.hard {
			try([]int32{p})
		}
	}
	if best.rank() == 2 {
		return x.result(c, best, bestSet)
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
		return x.result(c, best, bestSet)
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
	return x.result(c, best, bestSet)
}

// figure is one value as written.
type figure struct {
	key  string // the value, canonical ("1500000", "2.5")
	text string // as written ("1.5 million")
	at   int    // its first token
	// small is a whole number under 100: such figures recur by chance.
	small bool
}

// figures reads the numerals and number words of toks. With pool false (a claim),
// a lone "one" is not a figure.
func figures(toks []token, pool bool) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var v float64
		start := i
		switch {
		case t.num && t.dash && i+1 < len(toks) && toks[i+1].num && isSmallInt(t.low) && isSmallInt(toks[i+1].low):
			// A score or a small range, "3-1": one figure, found only as written.
			out = append(out, figure{key: t.low + "-" + toks[i+1].low, text: t.raw + "-" + toks[i+1].raw, at: i})
			if pool {
				continue // a passage's "2-1" also carries 2 and 1
			}
			i++
			continue
		case t.num:
			f, ok := text.ParseNumeral(t.low)
			if !ok {
				continue
			}
			v = f
			if t.glued && i+1 < len(toks) {
				if s, ok := gluedScale[toks[i+1].low]; ok {
					v *= s
					i++
				}
			}
		default:
			n, ok := numberWords[t.low]
			if !ok {
				if t.low == "a" && i+1 < len(toks) && (toks[i+1].low == "dozen" || toks[i+1].low == "million" || toks[i+1].low == "billion" || toks[i+1].low == "thousand" || toks[i+1].low == "hundred") {
					n = 1
					if toks[i+1].low == "dozen" {
						n = 12
						i++
					}
				} else {
					continue
				}
			}
			v = n
			// "twenty-five", "forty two"
			if n >= 20 && n < 100 && int(n)%10 == 0 && i+1 < len(toks) {
				if u, ok := numberWords[toks[i+1].low]; ok && u > 0 && u < 10 {
					v += u
					i++
				}
			}
		}
		scaled := false
		for i+1 < len(toks) {
			s, ok := scaleWords[toks[i+1].low]
			if !ok {
				break
			}
			v *= s
			scaled = true
			i++
		}
		if !t.num && !pool && t.low == "one" && !scaled {
			continue
		}
		if t.low == "a" && !scaled && v == 1 {
			continue
		}
		var text []string
		for k := start; k <= i; k++ {
			text = append(text, toks[k].raw)
		}
		out = append(out, figure{key: valueKey(v), text: strings.Join(text, " "), at: start, small: v < 100 && v == math.Trunc(v)})
	}
	return out
}

func isSmallInt(s string) bool {
	return len(s) <= 2 && s != "" && strings.Trim(s, "0123456789") == ""
}

func valueKey(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}

// date is a date a claim names.
type date struct {
	key  string // "d:1-13" or "w:monday"
	text string
	toks []int // the tokens it takes, which are no figure or word of their own
}

// explicitDates finds "13 January", "January 13" and "Jan. 13, 2026" in toks.
func explicitDates(toks []token, f func(month, day, year int, at []int)) {
	for i, t := range toks {
		mo, ok := text.MonthOf(t.low)
		if !ok || !t.cap {
			continue
		}
		m := int(mo)
		if i+1 < len(toks) && toks[i+1].num {
			if d, err := strconv.Atoi(toks[i+1].low); err == nil && d >= 1 && d <= 31 {
				at := []int{i, i + 1}
				y := 0
				if i+2 < len(toks) && toks[i+2].num && len(toks[i+2].low) == 4 {
					y, _ = strconv.Atoi(toks[i+2].low)
					at = append(at, i+2)
				}
				f(m, d, y, at)
				continue
			}
		}
		if i > 0 && toks[i-1].num {
			if d, err := strconv.Atoi(toks[i-1].low); err == nil && d >= 1 && d <= 31 {
				at := []int{i - 1, i}
				y := 0
				if i+1 < len(toks) && toks[i+1].num && len(toks[i+1].low) == 4 {
					y, _ = strconv.Atoi(toks[i+1].low)
					at = append(at, i+1)
				}
				f(m, d, y, at)
			}
		}
	}
}

// claimDates are a claim's dates and weekdays, each one item.
func claimDates(toks []token) []date {
	var out []date
	explicitDates(toks, func(m, d, _ int, at []int) {
		var text []string
		for _, k := range at {
			text = append(text, toks[k].raw)
		}
		out = append(out, date{key: "d:" + strconv.Itoa(m) + "-" + strconv.Itoa(d), text: strings.Join(text, " "), toks: at[:2]})
	})
	for i, t := range toks {
		if text.IsWeekday(t.low) && t.cap {
			out = append(out, date{key: "w:" + t.low, text: t.raw, toks: []int{i}})
		}
	}
	return out
}

// dateKeys are the days a passage names: its explicit dates ("d:1-13" and, with a
// year, the weekday "w:tuesday"), its weekdays ("w:monday", and with published_at
// the dates of the nearest such day before or after it) and its relative days.
func dateKeys(toks []token, pub *time.Time) []string {
	var out []string
	day := func(t time.Time) {
		out = append(out, "d:"+strconv.Itoa(int(t.Month()))+"-"+strconv.Itoa(t.Day()), "w:"+strings.ToLower(t.Weekday().String()))
	}
	explicitDates(toks, func(m, d, y int, _ []int) {
		out = append(out, "d:"+strconv.Itoa(m)+"-"+strconv.Itoa(d))
		if y == 0 && pub != nil {
			y = pub.Year()
		}
		if y != 0 {
			day(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC))
		}
	})
	if pub == nil {
		for _, t := range toks {
			if text.IsWeekday(t.low) {
				out = append(out, "w:"+t.low)
			}
		}
		return out
	}
	p := time.Date(pub.Year(), pub.Month(), pub.Day(), 12, 0, 0, 0, time.UTC)
	for _, t := range toks {
		if d, ok := text.WeekdayOf(t.low); ok {
			wd := int(d)
			out = append(out, "w:"+t.low)
			back := (int(p.Weekday()) - wd + 7) % 7
			day(p.AddDate(0, 0, -back))
			if fwd := (wd - int(p.Weekday()) + 7) % 7; fwd != 0 {
				day(p.AddDate(0, 0, fwd))
			}
		}
		if off, ok := text.RelativeDay(t.low); ok {
			day(p.AddDate(0, 0, off))
		}
	}
	return out
}

// negations finds the negations of toks with their scopes.
func negations(toks []token, stemOf func(string) string) []negation {
	var out []negation
	content := func(w token) bool {
		return !w.num && !isStopword(w.low) && !isNegation(w.low) && !isFigureWord(w.low) && !isDateWord(w.low)
	}
	for i, t := range toks {
		if !isNegation(t.low) {
			continue
		}
		n := negation{quant: isQuantifierNegation(t.low)}
		// "no one", "nobody", "nothing", "none" are the subject of what they negate:
		// the word before them does not narrow it ("a miracle that no one died").
		pronoun := t.low == "nobody" || t.low == "nothing" || t.low == "none" || t.low == "no" && i+1 < len(toks) && toks[i+1].low == "one"
		for k := i - 1; k >= 0 && !toks[k].brk && !pronoun; k-- {
			if content(toks[k]) {
				n.before = stemOf(canonical(toks[k].low))
				break
			}
		}
		for k := i + 1; k < len(toks) && len(n.scope) < 3 && !t.brk; k++ {
			w := toks[k]
			switch {
			case len(n.scope) == 0 && isReporting(w.low):
				n.scope = append(n.scope, stemOf("say")) // "has not said", "did not disclose"
			case content(w):
				n.scope = append(n.scope, stemOf(canonical(w.low)))
			}
			if w.brk {
				break
			}
		}
		out = append(out, n) // an empty scope ("…, or not.") matches any negation
	}
	return out
}

// sameNegation says whether two negations negate the same thing: the same first
// scope word negated the same way (both of a noun, "no insurer", or both of a
// verb, "not insured"), or scopes that share two stems (all of the shorter one
// when it has fewer). A negation with nothing after it in its clause matches only its like.
func sameNegation(a, b negation) bool {
	if len(a.scope) == 0 || len(b.scope) == 0 {
		return len(a.scope) == len(b.scope)
	}
	if a.scope[0] == b.scope[0] && a.quant == b.quant {
		return true
	}
	n := 0
	for _, s := range a.scope {
		if slices.Contains(b.scope, s) {
			n++
		}
	}
	return n >= min(2, len(a.scope), len(b.scope))
}
