package verify

import (
	"slices"

	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// Slots: a claim that keeps a source sentence's words around a place and
// changes the word in it. Two changes are read this way, each a hard failure:
//
//   - An antonym: in a place where the source has a word, the claim has its
//     opposite ("publicly" for "secretly", "uncontrolled" for "controlled",
//     "fell" for "rose"; from the lexicon), or the opposite function word of a
//     short closed list ("before" for "after", "less" for "more", "below" for
//     "above"). A place is the same when the nearest word before it or after
//     it that is not a stopword is the same in both (by stem or value), and the
//     claim does not also write the source's word.
//   - Swapped roles: around a verb that claim and source share, the words
//     right beside it (subject and object) are the source's, reversed:
//     "Lazio beat Roma" for "Roma beat Lazio". A passive ("was beaten by")
//     turns the sides around before they are compared.

// opposites are function words that say the reverse of one another; content
// words take their opposites from the lexicon.
var opposites = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range [][2]string{
		{"before", "after"}, {"more", "less"}, {"more", "fewer"}, {"most", "least"}, {"above", "below"},
		{"over", "under"}, {"up", "down"}, {"higher", "lower"}, {"highest", "lowest"}, {"first", "last"},
		{"inside", "outside"}, {"earlier", "later"}, {"early", "late"}, {"maximum", "minimum"},
		{"increase", "decrease"}, {"increased", "decreased"}, {"rise", "fall"}, {"rose", "fell"},
		{"gained", "lost"}, {"won", "lost"}, {"opened", "closed"}, {"open", "closed"},
	} {
		m[p[0]] = append(m[p[0]], p[1])
		m[p[1]] = append(m[p[1]], p[0])
	}
	return m
}()

// neighbours are the words that stand around a word of a sentence: the
// nearest two before it and two after it, within five tokens, that are neither
// stopwords nor opposites, not crossing a sentence break.
type neighbours []string

// slotKey is how a word is compared as a neighbour: a figure by its value, a
// word by its stem.
func slotKey(t token) string {
	if t.Num {
		if v, ok := text.ParseNumeral(t.Low); ok {
			return "#" + text.ValueKey(v)
		}
		return "#" + t.Low
	}
	return stem(canonical(t.Low))
}

func slotWord(t token) bool { return t.Num || !isStopword(t.Low) && opposites[t.Low] == nil }

func around(toks []token, i int) neighbours {
	var n neighbours
	for k, got := i-1, 0; k >= 0 && k >= i-5 && got < 2; k-- {
		if toks[k].Brk && k < i-1 {
			break
		}
		if slotWord(toks[k]) {
			n = append(n, slotKey(toks[k]))
			got++
		}
	}
	for k, got := i+1, 0; k < len(toks) && k <= i+5 && got < 2; k++ {
		if slotWord(toks[k]) {
			n = append(n, slotKey(toks[k]))
			got++
		}
		if toks[k].Brk {
			break
		}
	}
	return n
}

// shared counts the words two places have in common.
func (a neighbours) shared(b neighbours) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// antonymIn looks in the passages read for a word whose place the claim keeps
// with the opposite word in it. It returns the claim's word and the source's. A
// claim word that some passage read writes (or a word accounting for it) in the
// same place is the claim's own, whatever else the passages say; an opposite
// through derived forms only ("publicly" for "secretly") needs two words of
// the place in common, not one.
func (x *Index) antonymIn(c *claim, read []int32) (claimWord, sourceWord string, ok bool) {
	for k, t := range c.toks {
		if t.Num || len(t.Low) < 2 {
			continue
		}
		fn := opposites[t.Low]
		if fn == nil && (isStopword(t.Low) || isNegation(t.Low) || !c.stems[stem(canonical(t.Low))]) {
			continue
		}
		st := stem(canonical(t.Low))
		here := around(c.toks, k)
		// First, the cheap test: a passage writes the claim's own word in the same
		// place, and the place is the claim's.
		own := false
		for _, p := range read {
			for j, s := range x.toks[p] {
				if !s.Num && x.stems[p][j] == st && here.shared(around(x.toks[p], j)) > 0 {
					own = true
					break
				}
			}
			if own {
				break
			}
		}
		if own {
			continue
		}
		type hit struct {
			word  string
			loose bool
		}
		var found *hit
		for _, p := range read {
			for j, s := range x.toks[p] {
				if s.Num || found != nil {
					continue
				}
				sst := x.stems[p][j]
				if sst == st || c.stems[sst] {
					continue // the claim's word, or one the claim writes too
				}
				opposite, loose, same := false, false, false
				if fn != nil {
					opposite = slices.Contains(fn, s.Low)
				} else if !isStopword(s.Low) && len(s.Low) >= 3 {
					switch w := x.rel.relate(t.Low, s.Low); {
					case w == wayAntonym:
						opposite = true
					case w == wayLooseAntonym:
						opposite, loose = true, true
					case w.accounted():
						same = true
					}
				}
				if !opposite && !same {
					continue
				}
				n := here.shared(around(x.toks[p], j))
				switch {
				case same && n > 0:
					own = true
				case opposite && (n >= 2 || n == 1 && !loose):
					found = &hit{word: s.Raw, loose: loose}
				}
			}
		}
		if found != nil && !own {
			return t.Raw, found.word, true
		}
	}
	return "", "", false
}

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
		if dir < 0 && isAuxiliary(t.Low) || dir > 0 && isDeterminer(t.Low) {
			continue
		}
		if isStopword(t.Low) || isNegation(t.Low) || isLight(t.Low) {
			return "", -1
		}
		if dir > 0 && k+1 < len(toks) && !toks[k].Brk && !toks[k+1].Num && !isStopword(toks[k+1].Low) && !toks[k].Cap {
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

// passiveAfter says whether "by" follows toks[i] before toks[end]: "was beaten
// by Roma".
func passiveAfter(toks []token, i, end int) bool {
	for k := i + 1; k < end && k < len(toks); k++ {
		if toks[k].Low == "by" {
			return true
		}
	}
	return false
}

// rolesSwapped looks for a verb of the claim whose two sides a passage of the set
// has reversed. The claim's sides are the words right beside its verb
// (argument); in a passage, which writes each side once, they may stand
// anywhere in the sentence, and what counts is which stands before the verb:
// "Portmere Athletic won the cup, beating Kestrel Town" has Kestrel Town after
// "beating", so "Kestrel Town beat Portmere Athletic" swaps them. It returns
// the verb as the claim writes it.
func (x *Index) rolesSwapped(c *claim, set []int32) (string, bool) {
	for k, t := range c.toks {
		if t.Num || t.Cap || isStopword(t.Low) || isNegation(t.Low) || isLight(t.Low) || len(t.Low) < 3 || !lexicon.CanBeVerb(t.Low) ||
			k > 0 && isDeterminer(c.toks[k-1].Low) {
			continue
		}
		a, ai := argument(c.toks, k, -1)
		b, bi := argument(c.toks, k, +1)
		if a == "" || b == "" || a == b {
			continue
		}
		// Names may stand anywhere in the source's sentence; common nouns only
		// right beside its verb ("cracks found in the hangers during an
		// inspection" is no inspection found by cracks).
		names := c.toks[ai].Cap && c.toks[bi].Cap
		if passiveAfter(c.toks, k, bi) {
			a, b = b, a
		}
		st := stem(canonical(t.Low))
		for _, p := range set {
			toks, stems := x.toks[p], x.stems[p]
			if !names {
				for j := range toks {
					if toks[j].Num || stems[j] != st {
						continue
					}
					pa, _ := argument(toks, j, -1)
					pb, pbi := argument(toks, j, +1)
					if pa == "" || pb == "" {
						continue
					}
					if passiveAfter(toks, j, pbi) {
						pa, pb = pb, pa
					}
					if pa == b && pb == a {
						return t.Raw, true
					}
				}
				continue
			}
			at := func(s string) int {
				i := slices.Index(stems, s)
				if i < 0 || slices.Index(stems[i+1:], s) >= 0 {
					return -1 // not there, or there twice
				}
				return i
			}
			j := at(st)
			pa, pb := at(a), at(b)
			if j < 0 || pa < 0 || pb < 0 {
				continue
			}
			agentBefore := pa < j && pb > j
			swapped := pb < j && pa > j
			if pb < j && pa > j && passiveAfter(toks, j, pa) || pa < j && pb > j && passiveAfter(toks, j, pb) {
				agentBefore, swapped = swapped, agentBefore // "Lazio were beaten by Roma"
			}
			if swapped && !agentBefore {
				return t.Raw, true
			}
		}
	}
	return "", false
}
