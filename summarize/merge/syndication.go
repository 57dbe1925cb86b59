package merge

// syndication returns, for each article, the index of the earlier article it
// mostly copies, or -1: at least opts.SyndicationMin of its sentences, and at
// least opts.SyndicationShare of them, belong to passages that one single earlier
// article also carries. Ties go to the earliest such article.
func (m *merger) syndication(docs []Doc) []int32 {
	syn := make([]int32, len(docs))
	for i := range syn {
		syn[i] = -1
	}
	count := make([]int32, len(docs))
	var touched []int32
	s := 0
	for s < len(m.sents) {
		a := m.sents[s].doc
		start := s
		touched = touched[:0]
		for ; s < len(m.sents) && m.sents[s].doc == a; s++ {
			for _, b := range m.fams[m.famOf[s]].sources {
				if b >= a {
					break
				}
				if count[b] == 0 {
					touched = append(touched, b)
				}
				count[b]++
			}
		}
		n := s - start
		best, bestN := int32(-1), int32(0)
		for _, b := range touched {
			if c := count[b]; c > bestN || (c == bestN && b < best) {
				best, bestN = b, c
			}
			count[b] = 0
		}
		if best >= 0 && int(bestN) >= m.opt.SyndicationMin && float64(bestN) >= m.opt.SyndicationShare*float64(n)-1e-9 {
			syn[a] = best
		}
	}
	return syn
}
