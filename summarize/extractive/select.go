package extractive

import "context"

// minQuality is the quality factor below which a passage is never a point: a
// fragment, a question cut short, a bare dateline.
const minQuality = 0.2

// choose picks points by maximal marginal relevance (Carbonell and Goldstein 1998):
// at each step the passage maximising
//
//	λ·score/maxScore − (1−λ)·max cosine to the passages already taken
//
// among those that still fit the word budget, are not near-paraphrases (cosine
// above RedundancyCap) of a taken or excluded passage, and pass minQuality.
// Excluded passages (the headline's) count as taken for redundancy but are not
// returned. The result is in pick order, which is rank order.
func (e *Engine) choose(ctx context.Context, c *corpus, exclude []int, maxPoints, budget int) ([]int, error) {
	if budget <= 0 || maxPoints <= 0 || len(c.order) == 0 {
		return nil, nil
	}
	top := c.score[c.order[0]]
	if top <= 0 {
		top = 1
	}
	lambda := e.cfg.Lambda
	taken := append([]int(nil), exclude...)
	used := make(map[int]bool, len(c.order))
	for _, i := range exclude {
		used[i] = true
	}
	// maxSim[i] is i's largest cosine to any taken passage, kept up to date
	// incrementally so each step costs one pass over the candidates.
	maxSim := make([]float64, len(c.in.Passages))
	for _, t := range taken {
		for _, i := range c.order {
			maxSim[i] = max(maxSim[i], dot(c.vecs[i], c.vecs[t]))
		}
	}
	var picked []int
	left := budget
	for len(picked) < maxPoints {
		if err := ctx.Err(); err != nil {
			return nil, cancelled(err)
		}
		best, bestVal := -1, 0.0
		for _, i := range c.order {
			if used[i] || c.words[i] > left || c.qual[i] < minQuality || maxSim[i] > e.cfg.RedundancyCap {
				continue
			}
			v := lambda*c.score[i]/top - (1-lambda)*maxSim[i]
			if best < 0 || v > bestVal {
				best, bestVal = i, v
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		picked = append(picked, best)
		left -= c.words[best]
		for _, i := range c.order {
			if !used[i] {
				maxSim[i] = max(maxSim[i], dot(c.vecs[i], c.vecs[best]))
			}
		}
	}
	return picked, nil
}
