package verify

// Accounting: once a claim is aligned to the passages that carry it, each of its
// content words that no passage writes with the same stem is looked for in
// those passages' words through the lexicon (summarize/text/lexicon, WordNet
// 3.0): an inflected or derived form ("threatened" for "threat", "admitted" for
// "admission"), a synonym, or a more general word than the source's ("vehicle"
// for "car"; never a more specific one). A word that is the first part or the
// last of a longer source word ("cliff" in "clifftop") is accounted for as the
// more general word it is. A content word of the claim that a passage's word is
// the opposite of ("publicly" where the source says "secretly", "uncontrolled"
// for "controlled") is an antonym: the claim says the reverse, unless the
// passage writes that word with a negation right before it: "refused" is
// accounted for by "did not accept" (SummEdits qmsumm: 2 consistent
// summaries more accepted; nothing else moved).

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// lexOptions are the lexicon's limits for the checker: the first three senses
// of a word (WordNet orders them by frequency), four hypernym steps.
var lexOptions = lexicon.Options{MaxSense: 3, MaxDepth: 4}

// way says how a claim's content word is accounted for.
type way uint8

const (
	wayNone         way = iota
	wayExact            // the same stem
	wayInflection       // another form of the same lemma
	wayDerivation       // a derived form ("threat" for "threatened")
	waySynonym          // a synonym
	wayGeneral          // a more general word than the source's
	wayCompound         // part of a longer source word ("cliff" in "clifftop")
	wayAntonym          // the opposite of a source word: not accounted for
	wayLooseAntonym     // opposite only through derived forms ("publicly" for "secretly")
	wayNarrower         // more specific than the source's word ("tractor" for "vehicle"): not accounted for
)

// relations answers how two words stand to each other through the lexicon.
// Each word is prepared once per process (lexicon.Prepare) and kept in a shared
// table, so that a comparison is a few lookups: claims and passages ask about
// the same words again and again. The table holds at most maxPrepared words; a
// word past that is prepared for the call alone, so that no input grows it
// without bound.
type relations struct{}

const maxPrepared = 200_000

// preparedTable keeps words prepared for the lexicon under one set of
// options, at most maxPrepared of them.
type preparedTable struct {
	o     lexicon.Options
	words sync.Map // string → *lexicon.Word
	count atomic.Int64
}

func (t *preparedTable) get(w string) *lexicon.Word {
	if pw, ok := t.words.Load(w); ok {
		return pw.(*lexicon.Word)
	}
	pw := lexicon.Prepare(w, t.o)
	if t.count.Load() < maxPrepared {
		if _, loaded := t.words.LoadOrStore(w, pw); !loaded {
			t.count.Add(1)
		}
	}
	return pw
}

// lexWords are the words prepared at lexOptions; lexWordsAll at every
// sense (directAnySense).
var (
	lexWords    = &preparedTable{o: lexOptions}
	lexWordsAll = &preparedTable{o: lexicon.Options{MaxSense: 0, MaxDepth: lexOptions.MaxDepth}}
)

func (relations) prepared(w string) *lexicon.Word { return lexWords.get(w) }

// relate says how claim word cw (lower case) stands to source word sw.
func (r relations) relate(cw, sw string) way {
	return relatePrepared(cw, r.prepared(cw), sw, r.prepared(sw))
}

// relatePrepared is relate for words already prepared (pc for cw, ps for sw).
func relatePrepared(cw string, pc *lexicon.Word, sw string, ps *lexicon.Word) way {
	switch rel := lexicon.RelateWords(pc, ps); rel {
	case lexicon.Same:
		return wayExact
	case lexicon.Inflection:
		return wayInflection
	case lexicon.Derivation:
		return wayDerivation
	case lexicon.Synonym:
		return waySynonym
	case lexicon.Hypernym:
		return wayGeneral
	case lexicon.Hyponym:
		return wayNarrower
	case lexicon.Antonym, lexicon.LooseAntonym:
		if numberWord(cw) || numberWord(sw) {
			return wayNone // "thousands" and "third": WordNet's cardinal and ordinal
		}
		if rel == lexicon.LooseAntonym {
			return wayLooseAntonym
		}
		return wayAntonym
	}
	if len(cw) >= 4 && len(sw) >= len(cw)+3 && (strings.HasPrefix(sw, cw) || strings.HasSuffix(sw, cw)) {
		return wayCompound
	}
	return wayNone
}

// direct says whether claim word cw and source word sw are opposites by the
// lexicon's narrow test (lexicon.DirectAntonyms).
func (r relations) direct(cw, sw string) bool {
	return !numberWord(cw) && !numberWord(sw) && lexicon.DirectAntonyms(r.prepared(cw), r.prepared(sw))
}

// numberWord says whether w is a number word, a scale word or a spelled-out
// ordinal ("three", "thousands", "third"): WordNet puts the cardinals and
// ordinals under two adjectives it makes antonyms ("cardinal", "ordinal"),
// and "thousands feared dead" was the opposite of "a third of Haiti's
// population". A number word that is part of a figure is read by the figure
// rules (figures.go); a bare "thousands" is read by none. "first" against
// "last" is the closed list's, and an ordinal put in a copied place is still
// an opposite by any sense ("for the second time" for "for the first time":
// directAnySense, for substituted, keeps them).
func numberWord(w string) bool {
	_, ord := text.OrdinalWord(w)
	return text.IsFigureWord(w) || ord
}

// directAnySense says whether cw and sw are direct opposites in any of their
// senses ("loss" and "gain" are only past the third sense of "loss"). It is
// for a word put in the very place of the source's, where the place says
// which sense is meant (substituted).
func (relations) directAnySense(cw, sw string) bool {
	return lexicon.DirectAntonyms(lexWordsAll.get(cw), lexWordsAll.get(sw))
}

// accounted says whether a way accounts for the claim's word.
func (w way) accounted() bool { return w != wayNone && w <= wayCompound }

// lexMask returns the content words of c, among those passage p does not carry
// by stem (m), that p's words account for through the lexicon.
func (x *Index) lexMask(c *claim, p int32, m uint64) uint64 {
	var out uint64
	var pws []*lexicon.Word
	for b := range c.items {
		it := &c.items[b]
		if c.words&(1<<b) == 0 || m&(1<<b) != 0 {
			continue
		}
		if pws == nil {
			pws = x.preparedWords(p)
		}
		pc := c.preparedWord(b, x.rel)
		// A word accounted for only through a more general word or part of a
		// compound is not when the passage writes its direct opposite:
		// "defeat" is more general than "mates" (checkmate) in a passage that
		// says "victory". A synonym still accounts for it: "climbed 5% before
		// they fell back" carries "rose 5%".
		form, meaning, opposite := false, false, false
		for j, w := range x.words[p] {
			switch relatePrepared(it.word, pc, w, pws[j]) {
			case wayExact, wayInflection, wayDerivation, waySynonym:
				form = true
			case wayGeneral, wayCompound:
				meaning = true
			case wayAntonym:
				if lexicon.DirectAntonyms(pc, pws[j]) {
					if x.negatesWord(p, w) {
						form = true // "refused" for "did not accept"
					} else {
						opposite = true
					}
				}
			}
			if form {
				break
			}
		}
		if form || meaning && !opposite {
			out |= 1 << b
		}
	}
	return out
}

// negatesWord says whether passage p writes word w (as x.words[p] holds it)
// with a negation right before it (negatedAt): the passage says its
// opposite.
func (x *Index) negatesWord(p int32, w string) bool {
	toks := x.toks[p]
	for j, t := range toks {
		if t.Low == w && x.negatedAt(toks, j) {
			return true
		}
	}
	return false
}

// preparedWords returns passage p's words (x.words[p]) prepared for the
// lexicon, kept on the index once asked for: many claims are accounted for
// against the same passages. Two goroutines may both prepare a passage; either
// answer is the same.
func (x *Index) preparedWords(p int32) []*lexicon.Word {
	if pw := x.prepared[p].Load(); pw != nil {
		return *pw
	}
	pw := make([]*lexicon.Word, len(x.words[p]))
	for j, w := range x.words[p] {
		pw[j] = x.rel.prepared(w)
	}
	x.prepared[p].Store(&pw)
	return pw
}

// preparedWord returns item b's word prepared for the lexicon, once per claim.
func (c *claim) preparedWord(b int, r relations) *lexicon.Word {
	if c.prepared == nil {
		c.prepared = make([]*lexicon.Word, len(c.items))
	}
	if c.prepared[b] == nil {
		c.prepared[b] = r.prepared(c.items[b].word)
	}
	return c.prepared[b]
}
