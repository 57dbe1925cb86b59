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
	"github.com/briefing-news/briefing/summarize"
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
