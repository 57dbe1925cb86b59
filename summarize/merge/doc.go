// Package merge folds exact and near-duplicate sentences across articles, keeps the
// most complete variant of each, and records every article that carried it.
//
// Each sentence is normalized (case, punctuation, honorifics, weekday and "today"
// read alike, figures kept) and cut into word shingles. Sentences are read in
// request order; an inverted index from shingles to kept passages proposes the
// passages a sentence shares uncommon shingles with, and the containment of the
// sentence in each, |S∩K|/|S|, is then computed exactly. Containment rather than a
// symmetric similarity (Jaccard, hence MinHash-LSH) because rewrites cut and
// extend wire sentences: a short sentence inside a long one has a low Jaccard
// score but a containment of one. The work per sentence is bounded (common
// shingles are capped, at most 16 candidates are verified), so a merge grows
// about linearly with the number of sentences.
//
// Guards keep folding honest: a figure, a name, a pronoun or a negation never
// changes in a fold, and only a few content words may. A longer sentence that
// contains kept passages replaces their text only if every sentence already
// folded into them stays covered. So nothing unique is lost: every input
// sentence is kept or covered (see Covers) by a passage that cites its article.
//
// An article most of whose sentences fold into passages of one earlier article
// is reported as syndicated of it, and passages count it among their Sources but
// not their IndependentSources.
package merge
