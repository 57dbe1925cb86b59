// Package merge folds exact and near-duplicate sentences across articles, keeps the
// most complete variant of each, and records every article that carried it.
//
// Each sentence is normalized (case, punctuation, honorifics, weekday and "today"
// read alike, figures kept) and cut into word shingles. Sentences are read in
// request order. Each gets a MinHash signature of its shingles (64 functions),
// and an LSH index over the signatures of kept passages proposes the passages it
// may fold into; the containment of the sentence in each, |S∩K|/|S|, is then
// computed exactly. The LSH is tuned for containment rather than for Jaccard
// similarity, because rewrites cut and extend wire sentences: a short sentence
// inside a long one has a low Jaccard similarity with it but a containment of
// one. So every MinHash value is a band of its own (one row per band), which
// finds a passage at Jaccard 0.1 with probability 0.9988; the number of shared
// values then estimates the containment both ways, passages that cannot reach
// the threshold are dropped, and at most 16 are verified (see minhash.go and
// Options.MinHashes). No sentence is compared with every kept passage, and a
// merge grows about linearly with the number of sentences; TestLSHRecall
// measures the index against verifying every passage. MergeContext looks at
// its context every 64 sentences it reads or folds.
//
// Guards keep folding honest: a figure, a name, a pronoun or a negation never
// changes in a fold, and only a few content words may. A longer sentence that
// contains kept passages replaces their text only if every sentence already
// folded into them stays covered. So nothing unique is lost: every input
// sentence is kept or covered (see Covers) by a passage that cites its article.
// Within one article a near-duplicate folds only between whole sentences (ending
// with a full stop, a question or exclamation mark): a standfirst that the lede
// restates and extends folds into it, as a wire sentence does across articles,
// while a subheading or a pull-quote line (no final stop) folds only into an exact
// repeat of itself and keeps its place in the article.
//
// An article most of whose sentences fold into passages of one earlier article
// is reported as syndicated of it, and passages count it among their Sources but
// not their IndependentSources.
package merge
