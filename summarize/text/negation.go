package text

// Negation and modality: the words that say whether, and how surely, something
// happened. One list for the support checker, merge (a fold may neither add nor
// drop a negation) and the eval's perturbations. Words are lower case; Lex reads
// "n't" as "not" and "too early to" as "not yet to".

// IsNegation reports whether w turns a statement around: "not", "no", "never",
// "nor", "none", "nobody", "nothing", "neither", "without".
func IsNegation(w string) bool {
	switch w {
	case "not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without":
		return true
	}
	return false
}

// IsQuantifierNegation reports whether the negation w negates a noun ("no
// insurer", "none", "nobody", "nothing", "neither") rather than a verb or a
// phrase ("not insured", "never", "without").
func IsQuantifierNegation(w string) bool {
	switch w {
	case "no", "none", "nobody", "nothing", "neither":
		return true
	}
	return false
}

// NegationOpposite returns what a negation becomes when it is taken out of a
// sentence: "" for "not" and "never" (the word goes), "a" for "no", "with" for
// "without", "someone" for "no one", "somebody" for "nobody", "something" for
// "nothing". ok is false for the negations with no plain opposite ("none",
// "nor", "neither") and for any other word. w is lower case; "no one" is two
// words.
func NegationOpposite(w string) (opposite string, ok bool) {
	switch w {
	case "not", "never":
		return "", true
	case "no":
		return "a", true
	case "without":
		return "with", true
	case "no one":
		return "someone", true
	case "nobody":
		return "somebody", true
	case "nothing":
		return "something", true
	}
	return "", false
}

// A ModalClass says how surely a word presents what it is said of.
type ModalClass uint8

const (
	// NotModal: the word says nothing of certainty.
	NotModal ModalClass = iota
	// Certain: it happened or will: "will", "shall", "did", "does", "do", "has",
	// "have", "had".
	Certain
	// Possible: it may happen: "could", "may", "might", "would", "can",
	// "possibly", "perhaps", "maybe".
	Possible
	// Expected: it is planned or foreseen, not done: "expected to", "likely to",
	// "set to", "due to" (before a verb), "plans to", "planned to", "intends
	// to", "aims to", "should"; see ModalityAt for the phrases.
	Expected
	// Denial: someone says it is not so: "denied", "rejected", "refused",
	// "dismissed", "disputed" (and their other forms).
	Denial
	// Affirming: someone says it is so: "confirmed", "admitted",
	// "acknowledged" (and their other forms).
	Affirming
)

// String names the class: "certain", "possible", "expected", "denial",
// "affirming", or "" for NotModal.
func (c ModalClass) String() string {
	switch c {
	case Certain:
		return "certain"
	case Possible:
		return "possible"
	case Expected:
		return "expected"
	case Denial:
		return "denial"
	case Affirming:
		return "affirming"
	}
	return ""
}

var modalWords = map[string]ModalClass{
	"will": Certain, "shall": Certain, "did": Certain, "does": Certain, "do": Certain, "has": Certain,
	"have": Certain, "had": Certain,

	"could": Possible, "may": Possible, "might": Possible, "would": Possible, "can": Possible,
	"possibly": Possible, "perhaps": Possible, "maybe": Possible,

	"should": Expected,

	"deny": Denial, "denies": Denial, "denied": Denial, "denying": Denial, "denial": Denial,
	"reject": Denial, "rejects": Denial, "rejected": Denial, "rejecting": Denial,
	"refuse": Denial, "refuses": Denial, "refused": Denial, "refusing": Denial,
	"dismiss": Denial, "dismisses": Denial, "dismissed": Denial,
	"dispute": Denial, "disputes": Denial, "disputed": Denial,

	"confirm": Affirming, "confirms": Affirming, "confirmed": Affirming, "confirming": Affirming,
	"admit": Affirming, "admits": Affirming, "admitted": Affirming, "admitting": Affirming,
	"acknowledge": Affirming, "acknowledges": Affirming, "acknowledged": Affirming,
}

// expectedBefore are the words that, before "to", make an Expected phrase
// ("expected to", "plans to").
var expectedBefore = map[string]bool{
	"expected": true, "likely": true, "set": true, "due": true, "plans": true, "plan": true, "planned": true,
	"planning": true, "intends": true, "intend": true, "intended": true, "aims": true, "aim": true,
	"aimed": true, "poised": true, "scheduled": true, "slated": true, "expects": true,
}

// Modality returns the class of a single lower-case word (see ModalClass);
// the phrases of Expected ("expected to") need ModalityAt.
func Modality(w string) ModalClass { return modalWords[w] }

// ModalityAt returns the class of the word or phrase at toks[i] and how many
// tokens it takes: "expected to" (Expected, 2), "could" (Possible, 1), or
// NotModal and 0. "set to" and "due to" count only before a word that is not a
// figure or "the" ("due to the storm" is a cause, "set to 5%" a value).
func ModalityAt(toks []Token, i int) (ModalClass, int) {
	if i < 0 || i >= len(toks) {
		return NotModal, 0
	}
	w := toks[i].Low
	if expectedBefore[w] && i+1 < len(toks) && toks[i+1].Low == "to" && !toks[i].Brk {
		if w == "set" || w == "due" {
			if i+2 >= len(toks) || toks[i+2].Num || IsFigureWord(toks[i+2].Low) || toks[i+2].Low == "the" || toks[i+2].Low == "a" {
				return NotModal, 0
			}
		}
		return Expected, 2
	}
	if c := modalWords[w]; c != NotModal {
		return c, 1
	}
	return NotModal, 0
}
