package verify

import "slices"

// negation is one negation word and its scope: up to three content stems after it
// in its clause.
type negation struct {
	scope  []string
	before string // the nearest content stem before it in its clause, or ""
	quant  bool   // "no", "none", "nobody"…: it negates a noun, not a verb
}

// negations finds the negations of toks with their scopes.
func negations(toks []token, stemOf func(string) string) []negation {
	var out []negation
	content := func(w token) bool {
		return !w.Num && !isStopword(w.Low) && !isNegation(w.Low) && !isFigureWord(w.Low) && !isDateWord(w.Low)
	}
	for i, t := range toks {
		if !isNegation(t.Low) {
			continue
		}
		n := negation{quant: isQuantifierNegation(t.Low)}
		// "no one", "nobody", "nothing", "none" are the subject of what they negate:
		// the word before them does not narrow it ("a miracle that no one died").
		pronoun := t.Low == "nobody" || t.Low == "nothing" || t.Low == "none" || t.Low == "no" && i+1 < len(toks) && toks[i+1].Low == "one"
		for k := i - 1; k >= 0 && !toks[k].Brk && !pronoun; k-- {
			if content(toks[k]) {
				n.before = stemOf(canonical(toks[k].Low))
				break
			}
		}
		for k := i + 1; k < len(toks) && len(n.scope) < 3 && !t.Brk; k++ {
			w := toks[k]
			switch {
			case len(n.scope) == 0 && isReporting(w.Low):
				n.scope = append(n.scope, stemOf("say")) // "has not said", "did not disclose"
			case content(w):
				n.scope = append(n.scope, stemOf(canonical(w.Low)))
			}
			if w.Brk {
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
