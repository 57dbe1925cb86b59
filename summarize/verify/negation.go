package verify

import (
	"slices"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// negation is one negation word, or one word of modality, and its scope: up to
// three content stems after it in its clause.
type negation struct {
	scope  []string
	before string // the nearest content stem before it in its clause, or ""
	titled bool   // before is a title or an office ("the prime minister did not resign"), which a name may stand for
	// pron is the personal pronoun that stands between it and before, its
	// subject ("Rick said that he wasn't happy"), or "": two negations after
	// the same pronoun may be said of one subject whatever words stand
	// before them (ofAnother, carriesNegationStrict)
	pron  string
	quant bool   // "no", "none", "nobody"…: it negates a noun, not a verb
	class modal  // a negation, or the modality it gives what follows
	word  string // as written, for the verdict
	// denial: "denied", whose scope is a clause: its first word alone is too
	// little to say that another negation negates the same ("denied that they
	// applied the techniques" is not "the conventions did not apply").
	denial bool
	// reach are the content stems after it to the end of its clause: a
	// coordinated verb shares it ("could take a year and cost 400,000 euros").
	reach []string
	// cond: a negation that stands in a condition ("if agreement can not be
	// reached", "unless no deal is struck"): it says what would follow, not
	// what is. (Modality is hypothetical already: "we may lose 5 mln bucks" in
	// "If the deal slips, …" is "may lose … if the deal slips".)
	cond bool
	// tried: "in an effort to", "a bid to" (triedNouns)
	tried bool
	// scheduled: an uncertain marker that puts what follows on a schedule or
	// an expectation ("was due to be sworn in", "is expected to", "set to"),
	// not an attempt or a wish ("trying to find", "hopes to")
	scheduled bool
	at        int // the token it stands at
	// partial is the universal a negation denies ("all" of "not all known
	// photographs had been released"): it says that some were not, and bears
	// only on a claim that writes the universal too (negatedIn)
	partial string
	// words are the scope's words as written (lower case, canonical), for
	// the lexicon, one for each of scope ("" for the "say" or "deny" that
	// stands for a verb of saying or denial)
	words []string
}

// modal is what a marker does to the statement after it: negate it, or leave it
// uncertain: possible only ("could", "may", "might") or expected and not yet
// done ("expected to", "plans to", "hopes to"). A claim may write one uncertain
// word for another ("plans to" for "hoped to", "may" for "would be allowed
// to"), never a certain one for it, nor an uncertain one for a certain one.
// Certain words ("will", "did", "would" in reported speech) mark nothing: a
// claim may write "will" for the sources' "would".
type modal uint8

const (
	modNegation modal = iota
	modUncertain
)

// uncertainBefore are the verbs that, before "to", leave what follows undone
// (with text.ModalityAt's "expected to", "plans to"…).
var uncertainBefore = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "hoping": true, "want": true, "wants": true, "wanted": true,
	"seek": true, "seeks": true, "sought": true, "allowed": true, "permitted": true, "try": true, "tries": true,
	"tried": true, "trying": true, "expect": true, "expects": true, "proposed": true, "proposes": true,
	"attempted": true, "attempting": true,
}

// expectsObject are the verbs of expecting that may take what they expect as
// an object before "to" ("expects revenue to rise").
var expectsObject = map[string]bool{
	"expect": true, "expects": true, "expected": true, "expecting": true,
	"anticipate": true, "anticipates": true, "anticipated": true, "anticipating": true,
	"forecast": true, "forecasts": true, "projected": true, // not "project": mostly a noun
}

// scheduledWords open a scheduled marker (negation.scheduled).
var scheduledWords = map[string]bool{"due": true, "expected": true, "set": true, "scheduled": true, "slated": true, "poised": true, "likely": true}

// triedNouns, before "to", say what was tried and is not done: "in an effort to
// reduce violence", "in a bid to end the strike", "an attempt to land".
var triedNouns = map[string]bool{"effort": true, "efforts": true, "bid": true, "attempt": true, "attempts": true}

// marker reads a negation or a word of modality at toks[i]: its class and the
// tokens it takes (0 when there is none). "denied" negates what follows it, as
// "said … not" does.
func marker(toks []token, i int) (modal, int) {
	w := toks[i].Low
	if isNegation(w) {
		return modNegation, 1
	}
	switch w {
	case "deny", "denies", "denied", "denying":
		return modNegation, 1
	case "due":
		// "was due to be sworn in" is expected, not done; "due to the rain" is a
		// cause.
		if i+2 < len(toks) && toks[i+1].Low == "to" && toks[i+2].Low == "be" && !toks[i].Brk && !toks[i+1].Brk {
			return modUncertain, 2
		}
		return 0, 0
	case "would", "can", "should":
		return 0, 0 // reported speech, ability, advice: too often no modality at all
	}
	if toks[i].Cap && !toks[i].Start {
		return 0, 0 // "in May"
	}
	if i+1 < len(toks) && isNegation(toks[i+1].Low) {
		return 0, 0 // "could not be determined": the negation says it
	}
	if i+2 < len(toks) && toks[i+1].Low == "to" && (toks[i+2].Num || isDeterminer(toks[i+2].Low)) {
		return 0, 0 // "insurance plans to a new client": "to" before a noun is no infinitive
	}
	if triedNouns[w] && i+1 < len(toks) && toks[i+1].Low == "to" && !toks[i].Brk {
		return modUncertain, 2
	}
	if i > 0 && isDeterminer(toks[i-1].Low) {
		return 0, 0 // "the plan to cut emissions" is a noun
	}
	if uncertainBefore[w] && i+1 < len(toks) && toks[i+1].Low == "to" && !toks[i].Brk {
		return modUncertain, 2
	}
	switch c, n := text.ModalityAt(toks, i); c {
	case text.Possible, text.Expected:
		return modUncertain, n
	}
	return 0, 0
}

// negations finds the negations of toks with their scopes.
func negations(toks []token, stemOf func(string) string) []negation {
	var out []negation
	content := func(w token) bool {
		return !w.Num && !isStopword(w.Low) && !isNegation(w.Low) && !isFigureWord(w.Low) && !isDateWord(w.Low)
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		class, width := marker(toks, i)
		if width == 0 {
			continue
		}
		n := negation{quant: isQuantifierNegation(t.Low), class: class, word: t.Raw, denial: isDenial(t.Low), cond: class == modNegation && conditional(toks, i),
			tried: triedNouns[t.Low], scheduled: class == modUncertain && scheduledWords[t.Low], at: i}
		if width > 1 {
			n.word += " " + toks[i+width-1].Raw
		}
		if j := i + width; class == modNegation && j < len(toks) && !toks[j-1].Brk && universals[toks[j].Low] {
			n.partial = toks[j].Low
		}
		// "no one", "nobody", "nothing", "none" are the subject of what they negate:
		// the word before them does not narrow it ("a miracle that no one died").
		pronoun := t.Low == "nobody" || t.Low == "nothing" || t.Low == "none" || t.Low == "no" && i+1 < len(toks) && toks[i+1].Low == "one"
		for k := i - 1; k >= 0 && !toks[k].Brk && !pronoun; k-- {
			if n.pron == "" && subjectPronoun(toks[k].Low) {
				n.pron = toks[k].Low
			}
			if content(toks[k]) {
				n.before, n.titled = stemOf(canonical(toks[k].Low)), text.English.IsTitle(toks[k].Low)
				break
			}
		}
		for k := i + width; k < len(toks) && len(n.reach) < 12 && !toks[i+width-1].Brk; k++ {
			if content(toks[k]) {
				n.reach = append(n.reach, stemOf(canonical(toks[k].Low)))
			}
			if toks[k].Brk && !text.Abbreviated(toks, k) {
				break
			}
		}
		for k := i + width; k < len(toks) && len(n.scope) < 3 && !toks[i+width-1].Brk; k++ {
			w := toks[k]
			switch {
			case len(n.scope) == 0 && isReporting(w.Low):
				n.scope = append(n.scope, stemOf("say")) // "has not said", "did not disclose"
				n.words = append(n.words, "")
			case len(n.scope) == 0 && isDenial(w.Low) && !n.denial:
				// "did not deny any approval": the negation negates the denial,
				// and only another "not deny" says the same
				n.scope = append(n.scope, stemOf("deny"))
				n.words = append(n.words, "")
			case content(w):
				n.scope = append(n.scope, stemOf(canonical(w.Low)))
				n.words = append(n.words, canonical(w.Low))
			}
			if w.Brk && !text.Abbreviated(toks, k) {
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
	if a.class != b.class {
		return false
	}
	if len(a.scope) == 0 || len(b.scope) == 0 {
		return len(a.scope) == len(b.scope)
	}
	if (a.scope[0] == denyStem) != (b.scope[0] == denyStem) {
		return false // "did not deny any approval" is no denial of it
	}
	// A denial's scope is a clause: matched by a plain negation, its first word
	// alone says too little unless both scopes are that word ("denied that
	// they applied the techniques" is not "the conventions did not apply,").
	// Two denials match on their first word with the same word before them, or
	// when either scope is that word alone.
	oneDenial := a.denial != b.denial
	short := len(a.scope) < 2 && len(b.scope) < 2
	same := !a.denial && !b.denial || a.before == b.before
	switch {
	case oneDenial:
		same = same || short
	case a.denial:
		same = same || len(a.scope) < 2 || len(b.scope) < 2
	}
	if a.scope[0] == b.scope[0] && a.quant == b.quant && same {
		return true
	}
	n := sharedScope(a, b)
	if oneDenial && !short {
		return n >= 2
	}
	return n >= min(2, len(a.scope), len(b.scope))
}

func isDenial(w string) bool {
	switch w {
	case "deny", "denies", "denied", "denying":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// conditional says whether toks[i] stands in a condition: "if", "unless" or
// "whether" before it in its clause (back to the last break), or in a sentence
// that opens with "if" or "unless" ("If we don't have permission to bring
// them, we can't fly the mission": its consequence is as hypothetical).
func conditional(toks []token, i int) bool {
	inClause := true
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Low {
		case "if", "unless", "whether":
			if inClause || toks[k].Start && toks[k].Low != "whether" {
				return true
			}
		}
		if toks[k].Start {
			return false
		}
		if toks[k].Brk {
			inClause = false
		}
	}
	return false
}

// denyStem opens the scope of a negation that negates a denial ("did not deny").
var denyStem = stem("deny")

// sharedScope counts the words of a's scope that b's scope has.
func sharedScope(a, b negation) int {
	n := 0
	for _, s := range a.scope {
		if slices.Contains(b.scope, s) {
			n++
		}
	}
	return n
}

// subjectPronoun: a personal pronoun that may be the subject of a clause.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i", "you", "it":
		return true
	}
	return false
}

// negatedOnly looks for a content word of the claim that the set found does
// not account for (missing) and that every passage writing it writes negated
// (negatedAt, not in a condition), with a content word of the claim near it
// (reachShared), where the claim writes it plainly: "Steve defends himself by
// claiming he was ill and drunk" where the only line that says "drunk" is
// "Steve: I was ill not drunk". The search for a set leaves out a passage whose
// negation fails the claim when others carry the rest, and the coverage
// threshold lets the claim through without the word; this reads the word where
// the sources write it. A claim's word after "to" or a modal (unasserted) is
// not stated, and English only: negatedAt reads English negations (MultiLing
// negation flips caught 363 → 364, SummEdits sales_call inconsistent caught
// 224 → 225, samsum 321 → 322 with one summary labelled consistent refused,
// "he was ill, but also a little bit drunk" against "I was ill not drunk";
// nothing else moved). It returns the claim's word.
func (x *Index) negatedOnly(c *claim, missing uint64) (claimWord string, ok bool) {
	if !x.english() {
		return "", false // negatedAt reads English negations ("ne … pas" stands around its verb)
	}
	for b, it := range c.items {
		if it.kind != summarize.MissingWord || missing&(1<<b) == 0 || len(it.word) < 3 {
			continue
		}
		post := x.post[it.key]
		if len(post) == 0 || len(post) > maxNegatedPostings {
			continue
		}
		ks := c.pos[it.key.s]
		if len(ks) == 0 || slices.ContainsFunc(ks, func(k int) bool { return x.negatedAt(c.toks, k) || conditional(c.toks, k) || unasserted(c.toks, k) }) {
			continue
		}
		negated, plain := false, false
		for _, p := range post {
			for j, s := range x.stems[p] {
				if s != it.key.s {
					continue
				}
				switch {
				case !x.negatedAt(x.toks[p], j) || conditional(x.toks[p], j):
					plain = true
				case x.reachShared(c.toks, ks[0], p, j):
					negated = true
				}
			}
		}
		if negated && !plain {
			return it.text, true
		}
	}
	return "", false
}

// unasserted says whether the claim's token k follows "to" or a modal verb:
// what it says is wanted, needed or possible, not done ("the need for a model
// to represent it" where the meeting says "we don't have it represented").
func unasserted(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k-1].Low {
	case "to", "would", "could", "should", "might", "may", "must", "can":
		return true
	}
	return false
}

// maxNegatedPostings bounds the passages negatedOnly reads for one word.
const maxNegatedPostings = 8

// universals are the words whose negation right before them ("not all", "not
// every", "not always") denies them, not what follows.
var universals = map[string]bool{"all": true, "every": true, "everyone": true, "everybody": true, "everything": true, "always": true}
