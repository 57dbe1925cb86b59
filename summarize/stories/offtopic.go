package stories

import "math"

// OffTopicShare is the share of Options.Threshold under which an article of a
// briefing shares no event with the rest (see OffTopic).
const OffTopicShare = 0.75

// OffTopic returns the indexes of the articles of one briefing that share no
// event with the rest, in order: an article whose cosine (the vectors of
// Group, over these articles) with every other article and with the centroid
// of all the others stays under OffTopicShare·Threshold, while the others do
// share one. It decides nothing with fewer than three articles (which of two
// would be the stray?), and leaves every article in when more than a third
// would go: a request that mixes events is not one event with strays.
func OffTopic(articles []Article, opt Options) []int {
	scores := Relatedness(articles)
	if scores == nil {
		return nil
	}
	limit := OffTopicShare * opt.withDefaults().Threshold
	var off []int
	for i, s := range scores {
		if s < limit {
			off = append(off, i)
		}
	}
	if 3*len(off) > len(articles) {
		return nil
	}
	return off
}

// Relatedness is, for each article, the larger of its greatest cosine with
// another article and its cosine with the centroid of all the others: how much
// it shares with the rest. It is nil for fewer than three articles.
func Relatedness(articles []Article) []float64 {
	n := len(articles)
	if n < 3 {
		return nil
	}
	vecs := vectors(articles)
	byID := make([]vector, n)
	total := map[uint32]float64{}
	for i, v := range vecs {
		byID[i] = v
		for _, t := range v {
			total[t.id] += float64(t.w)
		}
	}
	for i := range byID {
		sortByID(byID[i])
	}
	out := make([]float64, n)
	for i := range n {
		best := 0.0
		for j := range n {
			if j != i {
				best = math.Max(best, dot(byID[i], byID[j]))
			}
		}
		// The centroid of the others: the total less this article.
		d, norm := 0.0, 0.0
		own := map[uint32]float64{}
		for _, t := range byID[i] {
			own[t.id] = float64(t.w)
		}
		for id, w := range total {
			rest := w - own[id]
			norm += rest * rest
			d += rest * own[id]
		}
		if norm > 0 {
			best = math.Max(best, d/math.Sqrt(norm))
		}
		out[i] = best
	}
	return out
}
