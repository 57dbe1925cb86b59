package verify

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// Agreement of negations and modality: whether the set found says what the
// claim says with the same polarity and certainty (negationsAgree), read
// with the negations negation.go finds in claim and passages. A failure is
// named by negationText.

// negationsAgree applies the negation rule to the claim and the set's passages: a
// negation (or a modality) of the claim needs the same in one of them; a
// negation or modality of a passage that carries the claim, whose first scope
// word the claim has (and the word before it, if any), needs the same in the
// claim. It returns the first that is not matched: the claim's own (mine) or a
// passage's.
func (x *Index) negationsAgree(c *claim, set []int32, masks func(int32) uint64) (failed *negation, mine bool) {
	// The loops read the negations in place and copy the one returned: a loop
	// variable whose address is returned is allocated at every turn. A
	// passage that carries none of the claim's items is not read, unless the
	// claim has none: then the passages given are all it has ("A did no"
	// cited with itself; FuzzSupport).
	skip := func(p int32) bool { return masks(p) == 0 && len(c.items) > 0 }
	for i := range c.negs {
		cn := &c.negs[i]
		if cn.tried {
			// a claim's "efforts to", "a bid to" hedges what a source may
			// state plainly: it needs no match (but answers a passage's)
			continue
		}
		if cn.class == modUncertain && len(cn.scope) == 0 && c.nothingAfter(cn) {
			// a modality with no content word after it in its clause holds
			// nothing uncertain: "any further questions the client may
			// have", "values such as \"false\" and \"maybe\"" (SummEdits
			// sales_call consistent summaries accepted 138 → 152 of 173;
			// 11 inconsistent ones whose change lies elsewhere pass: 73.2 →
			// 75.6)
			continue
		}
		// ok: a passage carries the negation; best is the passage that carries
		// most of its clause without it (bestN words), negN the most a passage
		// that carries it does.
		ok := false
		clause := c.clauseWords(cn)
		best, bestN, negN := int32(-1), 0, 0
		for _, p := range set {
			if skip(p) {
				continue
			}
			n := bits.OnesCount64(masks(p) & clause)
			carried := false
			switch {
			case cn.denial && 2*bits.OnesCount64(masks(p)&c.words) < bits.OnesCount64(c.words):
				// A denial is carried by a passage that carries what it
				// denies, not by another's negation of some of its words:
				// "There was no tsunami warning" does not carry "the Center
				// denied that a tsunami warning was in effect" where the
				// passage that carries the rest says it announced one.
			case !cn.denial && 2*n < bits.OnesCount64(clause):
				// A passage that carries less than half of the negation's
				// clause carries the negation only with its subject or two
				// of its words: "The equipment was not returned." does not
				// carry "After a ceremony they did not return to London".
				carried = x.carriesNegationStrict(cn, p)
			default:
				carried = x.carriesNegation(cn, p)
			}
			switch {
			case carried:
				ok, negN = true, max(negN, n)
			case n > bestN:
				best, bestN = p, n
			}
		}
		if ok && x.copiedPlain(cn, clause, best, bestN, negN) {
			// the passage the claim copies says it without the negation: "This
			// agreement is not expected to include" where one passage has the
			// sentence as it is, and another "targets were not to be expected"
			ok = false
		}
		if !ok {
			n := *cn
			return &n, true
		}
	}
	for _, p := range set {
		if skip(p) {
			continue
		}
		for j := range x.negs[p] {
			pn := &x.negs[p][j]
			if pn.cond || !c.negatedBy(*pn) {
				continue
			}
			ok := false
			for i := range c.negs {
				cn := &c.negs[i]
				ok = ok || sameNegation(*cn, *pn) || cn.class == pn.class && len(pn.scope) > 0 && slices.Contains(cn.reach, pn.scope[0])
			}
			if !ok {
				n := *pn
				return &n, false
			}
		}
	}
	return nil, false
}

// carriesNegation says whether passage p writes the claim's negation cn: the
// same negation (sameNegation), or one of a wider clause that holds all it
// negates (coveredBy); a condition's negation carries only a condition's ("if
// we don't have permission" does not say that there was none).
func (x *Index) carriesNegation(cn *negation, p int32) bool {
	for j := range x.negs[p] {
		pn := &x.negs[p][j]
		if ofAnother(cn, pn) {
			continue
		}
		if cn.cond == pn.cond && (sameNegation(*cn, *pn) || coveredBy(*cn, *pn) || x.sameNegationLex(cn, pn)) {
			return true
		}
	}
	return cn.class == modUncertain && x.expects(cn, p)
}

// ofAnother says whether a passage's negation pn of one word (a break or the
// sentence's end follows it) is said of another subject than the claim's
// negation cn of more words: "the Geneva Conventions did not apply," does not
// carry "they did not apply interrogation techniques" (MultiLing negation
// flips caught 359 → 360, our modality edits 36 → 37; nothing else moved). A
// title or an office may stand for the claim's name: "The prime minister did
// not resign." still carries "Kerr did not resign over the budget". Two
// negations after the same personal pronoun may be of one subject, whatever
// words stand before the pronoun ("he was telling them that he wasn't very
// happy here" for "Rick said that he wasn't happy living with him").
func ofAnother(cn, pn *negation) bool {
	return len(pn.scope) == 1 && len(cn.scope) >= 2 && !cn.denial && !pn.denial &&
		pn.before != "" && cn.before != "" && pn.before != cn.before && !pn.titled && (cn.pron == "" || cn.pron != pn.pron)
}

// expects says whether passage p holds as expected what the claim's uncertain
// marker cn does: a verb of expecting ("we expect net sales to be up 4% to
// 7%", "the company anticipates") with the first word of cn's scope, or the
// word before cn ("net sales are expected to grow"), within expectReach words
// after it, in its sentence.
func (x *Index) expects(cn *negation, p int32) bool {
	if len(cn.scope) == 0 {
		return false
	}
	toks, stems := x.toks[p], x.stems[p]
	for j, t := range toks {
		if !expectsObject[t.Low] {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+expectReach && !toks[k-1].Brk; k++ {
			if stems[k] == cn.scope[0] || cn.before != "" && stems[k] == cn.before {
				return true
			}
		}
		if x.expectedVerb(cn, toks, stems, j) {
			return true
		}
	}
	return false
}

// expectedVerb says whether the verb that a verb of expecting at toks[j]
// takes ("expect … to exceed", the first word after "to" that is no stopword,
// in its clause, at most expectVerbReach words on) is the first word of the
// claim's uncertain marker's scope, by stem or through the lexicon: "is
// expected to surpass $460,000" for "we expect the average selling price for
// 2020 fourth quarter unit deliveries to again exceed $460,000".
func (x *Index) expectedVerb(cn *negation, toks []token, stems []string, j int) bool {
	if len(cn.words) == 0 || cn.words[0] == "" || !x.english() {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+expectVerbReach && !toks[k-1].Brk; k++ {
		if toks[k].Low != "to" {
			continue
		}
		for v := k + 1; v < len(toks) && v <= k+3 && !toks[v-1].Brk; v++ {
			if t := toks[v]; !t.Num && !isStopword(t.Low) && !isLight(t.Low) {
				return stems[v] == cn.scope[0] || x.rel.relate(cn.words[0], t.Low).accounted()
			}
		}
		return false
	}
	return false
}

// expectVerbReach is how far after a verb of expecting expectedVerb looks for
// "to".
const expectVerbReach = 16

// expectReach is how far after a verb of expecting expects looks.
const expectReach = 8

// negatedBy says whether a passage's negation bears on the claim: the claim has its
// first scope word and the word before it (when there is one), or its first
// scope word with another of its scope words at most four words away ("the
// bridge was reopened" for "did not reopen the bridge", not "three parties …
// the narrowest possible majority" for "left no party with a majority"). A
// negation with no word before it bears by its first scope word alone only
// when it has no other ("no one died" on "someone died"): "We can't get
// through anymore", in a quote that goes on, bore on "Survivors are using
// their hands to help get trapped people out", copied from the same quote,
// and "we can't enter into some basis of bargaining" on "British ships had
// entered Iranian waters". (MultiLing English faithful 360 → 362 of 414,
// peers' sentences supported 868 → 877 of 931, SummEdits consistent
// summaries accepted: sales_email 118 → 127, samsum 111 → 113;
// inconsistent ones caught: sales_email 329 → 322, samsum 323 → 322, whose
// only refusal had been such a negation; every perturbation kind and our
// cases the same.)
func (c *claim) negatedBy(pn negation) bool { return c.negatedIn(c.stems, pn) }

// negatedIn is negatedBy for the part of the claim whose stems are given (a clause).
func (c *claim) negatedIn(stems map[string]bool, pn negation) bool {
	if len(pn.scope) == 0 || !stems[pn.scope[0]] || pn.class == modNegation && c.refusedAt(pn.scope[0]) {
		return false
	}
	if pn.partial != "" && !c.writes(pn.partial) {
		return false
	}
	if pn.before != "" && stems[pn.before] && c.writesBefore(pn.before, pn.scope[0]) || pn.before == "" && pn.class == modNegation && len(pn.scope) < 2 {
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

// contradicted returns the negation, or the uncertain marker, of a passage
// that carries at least half of the claim's content words, or of one of its
// clauses', and negates what the claim (that clause) states, or holds it
// uncertain where the claim states it as certain ("emergency vehicles may
// cross" against "emergency vehicles will cross"), or of any passage whose
// uncertain marker has a whole scope of three words or more that the claim
// writes as certain (negates); nil when there is none.
func (x *Index) contradicted(c *claim, p int32, m uint64) *negation {
	if len(x.negs[p]) == 0 {
		return nil
	}
	if n := x.negates(c, c.words, c.stems, c.negs, nil, p, m); n != nil {
		return n
	}
	for _, cl := range c.clauses {
		if n := x.negates(c, cl.words, cl.stems, cl.negs, c.negs, p, m); n != nil {
			return n
		}
	}
	return nil
}

// negates returns the negation (or uncertain marker) of passage p that
// contradicts the part of the claim given by words and stems, whose own
// negations are negs, or nil. A passage negation that the claim makes too in
// another clause (elsewhere: the same negation with the same word before it)
// is the claim's own and negates nothing: "talks on a deal resumed; no deal was
// reached" is not contradicted by itself.
func (x *Index) negates(c *claim, words uint64, stems map[string]bool, negs, elsewhere []negation, p int32, m uint64) *negation {
	n := bits.OnesCount64(words)
	if n == 0 {
		return nil
	}
	half := 2*bits.OnesCount64(words&m) >= n
	for i, pn := range x.negs[p] {
		// An uncertain marker bears on the claim also when the word before it
		// differs, if the claim states its first scope word as certain ("what
		// an officer will see" against "what any officer standing in a square
		// could see").
		certain := pn.class == modUncertain && len(pn.scope) > 0 && c.certainBefore(pn.scope[0], pn.scheduled)
		bears := c.negatedIn(stems, pn) || certain && stems[pn.scope[0]]
		if pn.cond || !bears || pn.class == modUncertain && !certain {
			continue
		}
		if !half && !(certain && len(pn.scope) >= wholeScope && allIn(stems, pn.scope)) {
			// a passage that carries less than half the claim bears only
			// with an uncertain marker whose whole scope the claim writes,
			// stating its first word as certain: "could face charges of
			// espionage" against "… and that they will face charges of
			// espionage", where the set found otherwise carries the
			// claim's other words at 0.40 from passages that do not tell
			// of it (MultiLing modality edits caught 50 → 51 of 56, qmsumm
			// inconsistent summaries 170 → 171; nothing else moved)
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
			return &x.negs[p][i]
		}
	}
	return nil
}

// certainBefore says whether the claim states the word of stem w as certain
// to come or done: "will", "did" or "is set to" right before it ("will take",
// "will be elected"). A claim in the past tense may report what an earlier
// article held uncertain ("the black boxes were found" where the searchers
// were trying to find them); one that predicts must not be surer than its
// sources. What was scheduled (negation.scheduled) is the exception: "was sworn in"
// right before the word states as done what the sources say "was due to be
// sworn in", and no attempt was needed for it.
func (c *claim) certainBefore(w string, scheduled bool) bool {
	for _, k := range c.pos[w] {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch c.toks[j].Low {
			case "will", "did", "shall":
				return true
			case "was", "were":
				if scheduled && j == k-1 {
					return true
				}
			case "be", "been", "to", "set", "also", "still", "then", "have", "has", "had":
				continue // "will have been torn apart"
			}
			break
		}
	}
	return false
}

// contradiction marks v as contradicted by a passage's negation or uncertain
// marker n.
func (v *verdict) contradiction(n *negation) {
	v.status, v.negation, v.negated, v.unmatched, v.mine = summarize.SupportUnsupported, true, n.class == modNegation, n, false
}

func negationText(c *claim, v verdict) string {
	switch {
	case v.negated:
		return "the sources negate it"
	case v.unmatched != nil && v.unmatched.class != modNegation && v.mine:
		return "the claim's \"" + v.unmatched.word + "\" is not in the sources"
	case v.unmatched != nil && v.unmatched.class != modNegation:
		return "the sources say \"" + v.unmatched.word + "\""
	case v.unmatched != nil && !v.mine:
		return "the sources negate it"
	}
	return "the claim's negation is not in the sources"
}

// sayStem is the stem a reporting verb's negation scope opens with ("has not
// said", "did not disclose").
var sayStem = stem("say")

// coveredBy says whether passage negation pn negates a clause that holds all of
// what the claim's negation cn negates: cn's scope (two words or more) is in
// pn's reach ("would not view it as necessary to attend the major emitters
// meeting" for "would not attend the major emitters meeting").
func coveredBy(cn, pn negation) bool {
	if cn.class != pn.class || cn.quant != pn.quant || cn.denial || pn.denial || len(cn.scope) < 2 || len(pn.scope) == 0 || pn.scope[0] == sayStem {
		return false // "did not say whether the bridge would reopen" negates a saying only
	}
	for _, s := range cn.scope {
		if !slices.Contains(pn.reach, s) {
			return false
		}
	}
	return true
}

// carriesNegationStrict is carriesNegation for a passage that carries little
// of the claim: the same negation (not one of a wider clause), with the same
// word before it, after the same personal pronoun, or with two scope words in
// common (SummEdits samsum consistent summaries accepted 92 → 100 of 242,
// where the sources' "wasn't very happy" carried no "Sam overheard Rick
// saying that he wasn't happy living with him"; the edits of that dialogue
// that only this refusal caught pass: 334 → 322 of 422).
func (x *Index) carriesNegationStrict(cn *negation, p int32) bool {
	for j := range x.negs[p] {
		pn := &x.negs[p][j]
		if cn.cond != pn.cond || !sameNegation(*cn, *pn) {
			continue
		}
		if cn.before != "" && cn.before == pn.before || cn.pron != "" && cn.pron == pn.pron {
			return true
		}
		if sharedScope(*cn, *pn) >= 2 {
			return true
		}
	}
	return false
}

// clauseWords returns the content words of the claim's clause that holds cn
// (all the claim's when it has one clause).
func (c *claim) clauseWords(cn *negation) uint64 {
	for _, cl := range c.clauses {
		for i := range cl.negs {
			if cl.negs[i].at == cn.at {
				return cl.words
			}
		}
	}
	return c.words
}

// copiedPlain says whether the passage best, which carries most (bestN) of
// the claim's negation's clause without the negation, carries all of it and
// its first scope word, while every passage that carries the negation carries
// less of the clause (negN): the claim copies a sentence and adds a negation
// that another, looser passage happens to write (MultiLing negation flips
// caught 360 → 362; nothing else moved).
func (x *Index) copiedPlain(cn *negation, clause uint64, best int32, bestN, negN int) bool {
	if best < 0 || len(cn.scope) == 0 || bestN <= negN || bestN < bits.OnesCount64(clause) {
		return false
	}
	return slices.Contains(x.stems[best], cn.scope[0])
}

// writesBefore says whether the claim writes a word of stem a before one of
// stem b: the subject of a passage's negation stands before what it negates
// in the claim too. "actual targets for emission reductions were not to be
// expected" does not bear on "This agreement is expected to include … reduction
// targets", where the claim writes "reduction" after "expected" (MultiLing
// faithful 360 → 361; SummEdits sales_email 62.3 → 62.7; no perturbation
// kind moved).
func (c *claim) writesBefore(a, b string) bool {
	for _, j := range c.pos[b] {
		for _, i := range c.pos[a] {
			if i < j {
				return true
			}
		}
	}
	return false
}

// nothingAfter says whether no word follows the marker n in its clause but
// stopwords and punctuation: no content word, no figure, no date ("could
// be 200" holds a figure uncertain, "may be in March" a date).
func (c *claim) nothingAfter(n *negation) bool {
	k := n.at + 1 + strings.Count(n.word, " ")
	if k > 0 && k-1 < len(c.toks) && c.toks[k-1].Brk {
		return true
	}
	for ; k < len(c.toks); k++ {
		t := c.toks[k]
		if t.Num || isFigureWord(t.Low) || isDateWord(t.Low) || contentToken(t) {
			return false
		}
		if t.Brk {
			break
		}
	}
	return true
}

// refusedAt says whether every place of the claim's word of stem w stands
// after a verb of refusal or denial (text.Denial: "refused", "rejected",
// "denied", "disputed") in its clause, at most refusalReach words before
// it: "Taiwan refused China's request on welcoming the torch" does not state
// that Taiwan welcomes it, and a passage's "can not welcome the torch" does
// not bear on it (negatedIn): it neither contradicts the claim nor needs the
// claim's match.
func (c *claim) refusedAt(w string) bool {
	at := c.pos[w]
	if len(at) == 0 {
		return false
	}
	for _, k := range at {
		found := false
		for j := k - 1; j >= 0 && j >= k-refusalReach && !c.toks[j].Brk; j-- {
			if text.Modality(c.toks[j].Low) == text.Denial {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// refusalReach is how far before a word refusedAt looks for a verb of refusal.
const refusalReach = 5

// sameNegationLex is sameNegation with the claim's scope words accounted for
// through the lexicon by the passage's (a synonym, a more general word):
// "without permissions" is carried by "without the government's consent",
// "plans to grow by constructing" by "plans to expand by building". A
// negation of more than one word needs its words by stem, as before: the
// lexicon's loose senses carried "was not acting under orders" by "No Blood,
// No Foul: Soldiers' Accounts" (a MultiLing negation flip let through).
// (MultiLing faithful 362 → 363, SummEdits ectsum consistent summaries
// accepted 205 → 212 of 242; one antonym edit of the sentence now supported
// passes, "released" for "arrested", which that passage does not write.)
func (x *Index) sameNegationLex(cn, pn *negation) bool {
	if cn.class != pn.class || len(cn.scope) == 0 || len(pn.scope) == 0 || cn.denial || pn.denial || !x.english() {
		return false
	}
	if cn.class == modNegation && len(cn.scope) > 1 {
		return false
	}
	n := 0
	for i, s := range cn.scope {
		if slices.Contains(pn.scope, s) {
			n++
			continue
		}
		if i >= len(cn.words) || cn.words[i] == "" {
			continue
		}
		for _, w := range pn.words {
			if w != "" && x.rel.relate(cn.words[i], w).accounted() {
				n++
				break
			}
		}
	}
	return n >= min(2, len(cn.scope), len(pn.scope))
}

// wholeScope is the fewest scope words an uncertain marker needs to bear on a
// claim from a passage that carries less than half of it (negates).
const wholeScope = 3

// allIn says whether every word of ws is among stems.
func allIn(stems map[string]bool, ws []string) bool {
	for _, w := range ws {
		if !stems[w] {
			return false
		}
	}
	return true
}

// writes says whether the claim writes the lower-case word w.
func (c *claim) writes(w string) bool {
	for _, t := range c.toks {
		if t.Low == w {
			return true
		}
	}
	return false
}
