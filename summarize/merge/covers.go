package merge

import "context"

// Covers reports whether sentence would fold into passage under opts: the same
// rule Merge applies (an exact normalized match, or, for a sentence of at least
// opts.MinWords words, shingle containment ≥ opts.Containment with every figure
// and inner capitalized word of sentence present in passage, and the other
// guards documented on Options). Tests and callers
// use it to check that nothing was lost: every input sentence is covered by a
// passage that names its article.
func Covers(sentence, passage string, opts Options) bool {
	m := &merger{opt: opts.withDefaults()}
	_ = m.prepare(context.Background(), []Doc{{Paragraphs: [][]string{{sentence, passage}}}}, nil)
	if len(m.sents) != 2 {
		return len(m.sents) == 0 || (len(m.sents) == 1 && sentence == passage)
	}
	S, P := &m.sents[0], &m.sents[1]
	if S.exact == P.exact {
		return true
	}
	if S.short || P.short {
		return false
	}
	return m.fits(S, P, -1)
}
