package verify

import (
	"slices"

	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// Roles: the two sides of a verb that claim and source share, reversed
// (rolesSwapped), read in the source's sentences with passives and relative
// clauses taken into account.

// argument is a side of a verb: the word next to it, with only auxiliaries
// ("has", "was", "will") between a subject and its verb and only determiners
// ("the", "its") between a verb and its object; a preposition, a figure or
// punctuation between them, and the verb has no such side ("helped in 340
// arrests", "ease on Wednesday").
func argument(toks []token, i, dir int) (key string, at int) {
	for k, n := i+dir, 0; k >= 0 && k < len(toks) && n < 4; k, n = k+dir, n+1 {
		t := toks[k]
		if dir < 0 && t.Brk || dir > 0 && toks[k-1].Brk || t.Num {
			return "", -1
		}
		if dir < 0 && isAuxiliary(t.Low) || dir > 0 && isDeterminer(t.Low) || dir > 0 && n == 0 && t.Low == "by" {
			continue
		}
		if isStopword(t.Low) || isNegation(t.Low) || isLight(t.Low) && (dir > 0 || isReporting(t.Low) && t.Low != "report") {
			return "", -1
		}
		if dir > 0 && k+1 < len(toks) && !toks[k].Brk && !toks[k+1].Num && !isFigureWord(toks[k+1].Low) && !isStopword(toks[k+1].Low) && !toks[k].Cap {
			return "", -1 // "repair cost", a noun before a noun: not the verb's object
		}
		return slotKey(t), k
	}
	return "", -1
}

func isAuxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "did", "does", "do", "also", "then":
		return true
	}
	return false
}

// isBe says whether w is a form of "be" that makes a passive.
func isBe(w string) bool {
	switch w {
	case "be", "been", "being", "was", "were", "is", "are":
		return true
	}
	return false
}

// passiveAfter says whether "by" follows toks[i] before toks[end], within
// passiveReach tokens: "was beaten by Roma", "was beaten 2-1 on Sunday by
// Roma". (Bounded, so that a long sentence is read in linear time.)
func passiveAfter(toks []token, i, end int) bool {
	for k := i + 1; k < end && k < len(toks) && k <= i+passiveReach; k++ {
		if toks[k].Low == "by" {
			return true
		}
	}
	return false
}

// rolesSwapped looks for a verb of the claim whose two sides a passage has
// reversed. The claim's sides are the words right beside its verb (argument;
// "by" may come between a passive verb and its agent: "Rossi was replaced by
// Bianchi"). A passage is read when it is of the set, or among the request's
// passages that write the verb (its stem): the reverse may be stated anywhere
// in the sources. In a passage's sentence (a side written more than once is
// read as reversedAround says), the side before the verb may stand anywhere
// before it in the sentence ("Kestrel
// Town, beaten 2-1, …" or "Alexander Vinokourov of Kazakhstan failed a blood
// test"); the side after it must be its object, within objectReach words after
// it, or a name anywhere after it (a common noun far after the verb is no
// object: "cracks found in the hangers during an inspection" is no inspection
// found by cracks). A passive ("was beaten by") turns the sides around, in the
// claim and in the passage. It returns the verb as the claim writes it.
func (x *Index) rolesSwapped(c *claim, read []int32) (string, bool) {
	for k, t := range c.toks {
		if t.Num || t.Cap || isStopword(t.Low) && !actsOnObject(t.Low) || isNegation(t.Low) || isLight(t.Low) || len(t.Low) < 3 || !lexicon.CanBeVerb(t.Low) ||
			k > 0 && isDeterminer(c.toks[k-1].Low) {
			continue
		}
		a, ai := argument(c.toks, k, -1)
		b, bi := argument(c.toks, k, +1)
		if a == "" || b == "" || a == b || x.saidAsClaimed(c, ai, bi, read) {
			continue
		}
		if passiveAfter(c.toks, k, bi) {
			a, b = b, a // a is the agent, b the patient
		} else if k > 0 && isBe(c.toks[k-1].Low) {
			continue // "would be released immediately": a passive with no agent
		}
		st := stem(canonical(t.Low))
		// The claim's subject read as a passage's object alone, where no
		// passage read writes its object (agentAsObject).
		oneSided := true
		for _, p := range read {
			oneSided = oneSided && !slices.Contains(x.stems[p], b)
		}
		// Beyond the passages read, those that write the verb and both sides
		// (the postings of their stems, intersected).
		cands := read
		if more := intersect(x.post[key{keyStem, st}], x.post[key{keyStem, a}], x.post[key{keyStem, b}]); len(more) > 0 {
			cands = slices.Clone(read)
			for _, p := range more[:min(len(more), 64)] {
				if !slices.Contains(cands, p) {
					cands = append(cands, p)
				}
			}
		}
		for i, p := range cands {
			// In the passages read, the verb may be another form of the claim's
			// ("leading" for "led"); elsewhere only its stem is looked up.
			if x.reversedIn(p, st, a, b, i < len(read), isStopword(t.Low), t.Low, oneSided) {
				return t.Raw, true
			}
		}
	}
	return "", false
}

// saidAsClaimed says whether a passage read writes the claim's words from
// c.toks[from] to c.toks[to] (a side, the verb, the other side) in the claim's
// order, word for word by stem: the source the claim stands on says who did
// what as the claim does, and another passage's reverse is then a disagreement
// between sources, not a swap by the claim. (Without it, a sentence briefed word
// for word from its source, "The London bomb suspect … has arrived in London",
// was refused for a passage that reads "bomb" the other way round.)
func (x *Index) saidAsClaimed(c *claim, from, to int, read []int32) bool {
	n := to - from + 1
	if from < 0 || n < 2 {
		return false
	}
	word := func(t token, st string) string {
		if t.Num {
			return "#" + t.Low
		}
		return st
	}
	want := make([]string, n)
	for i := range n {
		t := c.toks[from+i]
		want[i] = word(t, x.stem(canonical(t.Low)))
	}
	for _, p := range read {
		toks, stems := x.toks[p], x.stems[p]
	next:
		for j := 0; j+n <= len(toks); j++ {
			for i := range n {
				if word(toks[j+i], stems[j+i]) != want[i] {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// intersect returns the passages in all three ascending lists.
func intersect(a, b, c []int32) []int32 {
	if len(b) < len(a) {
		a, b = b, a
	}
	if len(c) < len(a) {
		a, c = c, a
	}
	var out []int32
	for _, p := range a {
		if _, ok := slices.BinarySearch(b, p); !ok {
			continue
		}
		if _, ok := slices.BinarySearch(c, p); ok {
			out = append(out, p)
		}
	}
	return out
}

// passiveReach is how far after a verb passiveAfter looks for "by".
const passiveReach = 8

// objectReach is how many words after its verb a common noun may stand and be
// read as its object (or as a passive verb's agent, "by" and determiners
// among them).
const objectReach = 5

// reversedIn says whether passage p states that patient did what verb st says
// to agent: in a sentence of p that writes the verb, the sides stand in the
// reverse order (see rolesSwapped). With forms, a word of p that is another
// form of the claim's verb (word) is the verb too. A verb of saying (literal)
// is matched by its own stem, not by its canonical "say": "published" is not
// "said". Each sentence is read once, whatever its length: where the verb and
// the sides stand, then each place of the verb against those lists.
func (x *Index) reversedIn(p int32, st, agent, patient string, forms, literal bool, word string, oneSided bool) bool {
	toks, stems := x.toks[p], x.stems[p]
	own := stem(word)
	var verbs, as, bs []int
	for from := 0; from < len(toks); {
		to := from + 1
		for to < len(toks) && !toks[to].Start {
			to++
		}
		verbs, as, bs = verbs[:0], as[:0], bs[:0]
		for k := from; k < to; k++ {
			switch stems[k] {
			case agent:
				as = append(as, k-from)
			case patient:
				bs = append(bs, k-from)
			}
			t := toks[k]
			if t.Num {
				continue
			}
			switch {
			case literal:
				if stem(t.Low) != own {
					continue
				}
			case stems[k] == st:
			case !forms || t.Cap || len(t.Low) < 3 || isStopword(t.Low) || x.rel.relate(word, t.Low) != wayInflection:
				continue
			}
			verbs = append(verbs, k-from)
		}
		if oneSided && len(verbs) > 0 && len(as) > 0 && len(bs) == 0 {
			s := sentence{toks: toks[from:to]}
			for _, j := range verbs {
				if s.agentAsObject(j, as) {
					return true
				}
			}
		}
		if len(verbs) > 0 && len(as) > 0 && len(bs) > 0 {
			s := sentence{toks: toks[from:to]}
			for _, j := range verbs {
				if s.reversedAround(j, as, bs) {
					return true
				}
			}
		}
		from = to
	}
	return false
}

// sentence is one sentence of a passage, read for swapped roles; its clauses'
// bounds are worked out once, when first asked for.
type sentence struct {
	toks         []token
	clause, ends []int // by token: where its clause starts, and where it ends
	first        []int // by token: its clause's first content word, or -1 (firstContent)
}

func (s *sentence) clauseOf(j int) (from, to int) {
	if s.clause == nil {
		n := len(s.toks)
		s.clause, s.ends = make([]int, n), make([]int, n)
		for k := range n {
			if k > 0 && !s.toks[k-1].Brk {
				s.clause[k] = s.clause[k-1]
			} else {
				s.clause[k] = k
			}
		}
		for k := n - 1; k >= 0; k-- {
			if k < n-1 && !s.toks[k].Brk {
				s.ends[k] = s.ends[k+1]
			} else {
				s.ends[k] = k + 1
			}
		}
	}
	return s.clause[j], s.ends[j]
}

// reversedAround is reversedIn at one place of the verb, toks[j], with the
// places of the sides in the sentence (as, bs, ascending); a side written more
// than once in it is read where it stands nearest the verb when all its
// places are on one side of the verb ("Hincapie was given the honor of leading
// his team and the peloton …, guided team mates": his team is led twice; one
// more of MultiLing's 14 swaps caught, nothing else moved), and in the verb's
// clause alone when they are on both sides (one more). (Reading it nearest the
// verb wherever it stands caught two more swaps but refused 13 more of
// SciTLDR's 145 consistent summaries: balanced accuracy 57.3 → 55.8.)
func (s *sentence) reversedAround(j int, as, bs []int) bool {
	toks := s.toks
	// at finds a side among its places ps within [from, to); two reports it
	// on both sides of the verb.
	at := func(ps []int, from, to int) (i int, two bool) {
		lo, _ := slices.BinarySearch(ps, from)
		hi, _ := slices.BinarySearch(ps, to)
		if lo >= hi {
			return -1, false
		}
		first, last := ps[lo], ps[hi-1]
		switch {
		case first == last:
			return first, false // there once
		case last < j:
			return last, false // there twice, before the verb: the nearer
		case first > j:
			return first, false // there twice, after the verb: the nearer
		}
		return -1, true // on both sides of the verb
	}
	pa, twoA := at(as, 0, len(toks))
	pb, twoB := at(bs, 0, len(toks))
	if twoA || twoB {
		// Read in the verb's clause alone: "the cyclists passed the area
		// before the devices went off, while others report that the devices
		// were detonated before the cyclists passed".
		from, to := s.clauseOf(j)
		pa, _ = at(as, from, to)
		pb, _ = at(bs, from, to)
	}
	if pa < 0 || pb < 0 {
		return false
	}
	after := func(i int) bool { // i, after the verb, is its object or a name
		if toks[i].Cap {
			return true
		}
		if i-j > objectReach {
			return false
		}
		for k := j; k < i; k++ {
			if toks[k].Brk {
				return false
			}
		}
		return true
	}
	switch {
	case pa < j && pb > j && after(pb):
		// "agent V patient", or "agent was V by patient": reversed when passive.
		return passiveAfter(toks, j, pb)
	case pb < j && pa > j && after(pa):
		// "patient V agent": reversed unless "patient was V by agent".
		return !passiveAfter(toks, j, pa)
	case pb < pa && pa < j && !isBe(toks[j-1].Low) && (isAuxiliary(toks[j-1].Low) || toks[j-1].Brk) && relativeBetween(toks, pb, pa):
		// "patient who … agent … V": the patient is the subject of the
		// verb, the agent stands in a relative clause about it ("the
		// bombers who mounted an attack had rehearsed their plan" does not
		// say the attacks rehearsed the bombers; MultiLing swaps caught 7 →
		// 8 of 14, with a number word after the claim's object read as no
		// noun: "the bombers nine days earlier"). A passive verb ("were
		// killed") has the patient for its subject already. The verb must
		// stand after the relative clause, an auxiliary or a break right
		// before it: in "the suspect who police officers arrested" the verb
		// is the relative clause's own.
		return true
	}
	return false
}

// relativeBetween says whether a relative pronoun opens a clause right after
// toks[i] (with no break before it) whose verb follows it at once, and
// toks[k] stands in that clause after the verb, no break between them: "the
// bombers who mounted an attack", not "the deal, which the companies value"
// (the verb of the sentence may stand in that clause).
func relativeBetween(toks []token, i, k int) bool {
	if i+2 >= k || toks[i].Brk {
		return false
	}
	switch toks[i+1].Low {
	case "who", "which", "that":
	default:
		return false
	}
	if v := toks[i+2]; v.Num || v.Cap || isStopword(v.Low) || !lexicon.CanBeVerb(v.Low) {
		return false
	}
	for m := i + 1; m < k; m++ {
		if toks[m].Brk {
			return false
		}
	}
	return true
}

// actsOnObject says whether a verb of saying, a stopword, takes an object
// whose role a claim may swap ("a report published Human Rights Watch" where
// the passage says "a report is published by Human Rights Watch"); "say"
// takes a clause. (MultiLing swaps caught 6 → 7 of 14, nothing else moved.)
func actsOnObject(w string) bool {
	return isReporting(w) && w != "say" && w != "says" && w != "said" && w != "saying"
}

// agentAsObject says whether the claim's agent, at its places as
// (ascending), stands after the verb toks[j] as its object (within
// objectReach words, only determiners between or "to" right before it) and
// nowhere before the verb in its clause, with a content word before the
// verb in its clause for a subject and no form of "be" right before it (a
// passive's subject is its patient): "the sailors have admitted the
// violation" does not say that the violation admitted anyone. It is read
// only where no passage read writes the claim's object (rolesSwapped): "Obama
// met Merkel" is no swap of "Sarkozy met Obama" where another passage says
// "Obama and Merkel met". (MultiLing swaps caught 8 → 9 of 14; nothing else
// moved. Without the words between read, "someone claiming to be from the
// ETA" refused "ETA claimed responsibility".) Each place of the verb costs
// at most objectReach steps past the clause's first content word, found once
// a sentence.
func (s *sentence) agentAsObject(j int, as []int) bool {
	toks := s.toks
	from, _ := s.clauseOf(j)
	if lo, _ := slices.BinarySearch(as, from); lo < len(as) && as[lo] < j {
		return false // the agent stands before the verb in its clause
	}
	if f := s.firstContent(from); f < 0 || f >= j || j > 0 && isBe(toks[j-1].Low) {
		return false
	}
	lo, _ := slices.BinarySearch(as, j+1)
	for _, a := range as[lo:] {
		if a-j > objectReach {
			break
		}
		// only determiners between, or "to" right before it ("admitted to
		// violating"; not "claiming to be from the ETA")
		ok := !toks[j].Brk
		for k := j + 1; k < a && ok; k++ {
			ok = !toks[k].Brk && (isDeterminer(toks[k].Low) || toks[k].Low == "to" && k == a-1)
		}
		if ok {
			return true
		}
	}
	return false
}

// firstContent returns the first content word (contentToken) of the clause
// that starts at token from, or -1; worked out for every clause once.
func (s *sentence) firstContent(from int) int {
	if len(s.toks) == 0 {
		return -1
	}
	if s.first == nil {
		s.clauseOf(0)
		n := len(s.toks)
		s.first = make([]int, n)
		for c := 0; c < n; c = s.ends[c] {
			f := -1
			for k := c; k < s.ends[c]; k++ {
				if contentToken(s.toks[k]) {
					f = k
					break
				}
			}
			for k := c; k < s.ends[c]; k++ {
				s.first[k] = f
			}
		}
	}
	return s.first[from]
}
