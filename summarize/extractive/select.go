package extractive

import (
	"context"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
)

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
func (e *Engine) choose(ctx context.Context, c *corpus, exclude []int, maxPoints, budget int) ([]pick, error) {
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
	var picked []pick
	left := budget
	for len(picked) < maxPoints {
		if err := ctx.Err(); err != nil {
			return nil, cancelled(err)
		}
		best, bestVal, bestText := -1, 0.0, ""
		for _, i := range c.order {
			if used[i] || c.qual[i] < minQuality || maxSim[i] > e.cfg.RedundancyCap {
				continue
			}
			v := lambda*c.score[i]/top - (1-lambda)*maxSim[i]
			if best >= 0 && v <= bestVal {
				continue
			}
			shown := c.in.Passages[i].Text
			if c.words[i] > left {
				// Too long for the words left: its first clauses may fit.
				extra := c.words[i] - text.Count(shown) // time anchors
				if shown = cutClause(strings.TrimSpace(shown), left-extra, fillMinWords); shown == "" {
					continue
				}
				if v -= cutCost; best >= 0 && v <= bestVal {
					continue
				}
			}
			best, bestVal, bestText = i, v, shown
		}
		if best < 0 {
			break
		}
		used[best] = true
		picked = append(picked, pick{idx: best, text: bestText})
		left -= c.words[best] - text.Count(c.in.Passages[best].Text) + text.Count(bestText)
		for _, i := range c.order {
			if !used[i] {
				maxSim[i] = max(maxSim[i], dot(c.vecs[i], c.vecs[best]))
			}
		}
	}
	e.join(c, picked, exclude)
	return picked, nil
}

// pick is one chosen point: its passage, the words shown (the passage, or its
// start cut at a clause boundary), and the passages joined to it as the same fact.
type pick struct {
	idx    int
	text   string
	joined []int
}

// joinCap is the cosine to a chosen point above which a passage left out reports
// the same fact: its articles are cited with the point's. joinMax bounds the
// passages joined to one point.
const (
	joinCap = 0.4
	joinMax = 4
)

// join gives each pick the passages that say the same thing in other words: a
// passage not taken whose cosine to the pick is at least joinCap and higher than
// to any other taken or excluded passage. The pick's wording is kept (it ranked
// higher: more central, more corroborated or earlier), and the citations of all
// are joined, so one fact is one point however many outlets wrote it.
func (e *Engine) join(c *corpus, picked []pick, exclude []int) {
	if len(picked) == 0 {
		return
	}
	taken := map[int]bool{}
	for _, x := range exclude {
		taken[x] = true
	}
	for _, pk := range picked {
		taken[pk.idx] = true
	}
	for _, i := range c.order {
		if taken[i] || c.qual[i] < minQuality {
			continue
		}
		best, bestSim := -1, 0.0
		for k, pk := range picked {
			if s := dot(c.vecs[i], c.vecs[pk.idx]); s > bestSim {
				best, bestSim = k, s
			}
		}
		for _, x := range exclude {
			if dot(c.vecs[i], c.vecs[x]) >= bestSim {
				best = -1
			}
		}
		if best >= 0 && bestSim >= joinCap && len(picked[best].joined) < joinMax {
			picked[best].joined = append(picked[best].joined, i)
		}
	}
}

// cutCost is what a passage cut to the words left loses in MMR value against one
// taken whole.
const cutCost = 0.1

// fillMinWords is the shortest point that fill cuts to the words left.
const fillMinWords = 8

// fill spends the words left after the points on one more: the best passage not
// taken, fit to be a point and no paraphrase of a taken or excluded one, cut at a
// clause boundary to the words left (cutClause). ok is false when none fits.
func (e *Engine) fill(c *corpus, exclude []int, picked []pick, left int) (pick, bool) {
	if left < fillMinWords {
		return pick{}, false
	}
	taken := append([]int(nil), exclude...)
	for _, pk := range picked {
		taken = append(taken, pk.idx)
		taken = append(taken, pk.joined...)
	}
	for _, i := range c.order {
		if c.qual[i] < minQuality || slices.Contains(taken, i) {
			continue
		}
		redundant := false
		for _, t := range taken {
			if t >= 0 && dot(c.vecs[i], c.vecs[t]) > e.cfg.RedundancyCap {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		body := strings.TrimSpace(c.in.Passages[i].Text)
		if c.words[i] <= left {
			continue // it would have been chosen whole: something else kept it out
		}
		extra := c.words[i] - text.Count(body) // time anchors
		if cut := cutClause(body, left-extra, fillMinWords); cut != "" {
			return pick{idx: i, text: cut}, true
		}
	}
	return pick{}, false
}

// shownWords is what pick pk costs in the budget: its words as shown, time
// anchors included.
func (c *corpus) shownWords(pk pick) int {
	return c.words[pk.idx] - text.Count(c.in.Passages[pk.idx].Text) + text.Count(pk.text)
}

// refitMinGain is the fewest words a refit must add to the points to be taken.
const refitMinGain = 3

// refit spends words that selection left over because no passage fit them: a
// whole point cut at a clause boundary (as choose cuts, attribution kept) frees
// words for one more point or a longer one, chosen again as choose chooses. Each
// whole point is tried, from the last; the plan whose points use the most words
// is kept when it adds at least refitMinGain. The points keep their order, the
// new ones after them, and their joined passages are found again.
func (e *Engine) refit(ctx context.Context, c *corpus, exclude []int, picked []pick, maxPoints, left int) ([]pick, error) {
	if len(picked) == 0 || left < refitMinGain {
		return picked, nil
	}
	best, bestLeft := picked, left
	for k := len(picked) - 1; k >= 0; k-- {
		pk := picked[k]
		body := strings.TrimSpace(c.in.Passages[pk.idx].Text)
		if strings.TrimSpace(pk.text) != body {
			continue // cut already
		}
		cut := cutClause(body, text.Count(body)-1, fillMinWords)
		if cut == "" {
			continue
		}
		trial := make([]pick, len(picked))
		for i, p := range picked {
			trial[i] = pick{idx: p.idx, text: p.text}
		}
		trial[k].text = cut
		tleft := left + c.shownWords(pk) - c.shownWords(trial[k])
		ex := append([]int(nil), exclude...)
		for _, p := range trial {
			ex = append(ex, p.idx)
		}
		more, err := e.choose(ctx, c, ex, maxPoints-len(trial), tleft)
		if err != nil {
			return nil, err
		}
		for _, p := range more {
			trial = append(trial, pick{idx: p.idx, text: p.text})
			tleft -= c.shownWords(p)
		}
		if tleft < bestLeft {
			best, bestLeft = trial, tleft
		}
	}
	if len(picked) < maxPoints {
		// Nothing fit the words left; a longer last point may. (With every point
		// taken, the words left are the point cap's, not the budget's: a longer,
		// lower-ranked point would trade ranking for length.)
		if trial, tleft, ok := e.longerLast(c, exclude, picked, left); ok && tleft < bestLeft {
			best, bestLeft = trial, tleft
		}
	}
	if left-bestLeft < refitMinGain {
		return picked, nil
	}
	e.join(c, best, exclude)
	return best, nil
}

// longerLast replaces the last point with a longer one that spends the words
// left, whole or cut at a clause boundary: the best by MMR value against the
// other points, if that is at most cutCost below the last point's own. It
// returns the new points and the words then left.
func (e *Engine) longerLast(c *corpus, exclude []int, picked []pick, left int) ([]pick, int, bool) {
	k := len(picked) - 1
	last := picked[k]
	room := c.shownWords(last) + left
	others := append([]int(nil), exclude...)
	for _, p := range picked[:k] {
		others = append(others, p.idx)
	}
	top := c.score[c.order[0]]
	if top <= 0 {
		top = 1
	}
	value := func(i int) (float64, bool) {
		sim := 0.0
		for _, t := range others {
			if t == i {
				return 0, false
			}
			sim = max(sim, dot(c.vecs[i], c.vecs[t]))
		}
		if sim > e.cfg.RedundancyCap {
			return 0, false
		}
		return e.cfg.Lambda*c.score[i]/top - (1-e.cfg.Lambda)*sim, true
	}
	floor, ok := value(last.idx)
	if !ok {
		return nil, 0, false
	}
	if strings.TrimSpace(last.text) != strings.TrimSpace(c.in.Passages[last.idx].Text) {
		floor -= cutCost
	}
	floor -= cutCost
	best, bestVal, bestText := -1, 0.0, ""
	for _, i := range c.order {
		if i == last.idx || c.qual[i] < minQuality {
			continue
		}
		v, ok := value(i)
		if !ok || v < floor || best >= 0 && v <= bestVal {
			continue
		}
		shown := c.in.Passages[i].Text
		if c.words[i] > room {
			extra := c.words[i] - text.Count(shown)
			if shown = cutClause(strings.TrimSpace(shown), room-extra, fillMinWords); shown == "" {
				continue
			}
			if v -= cutCost; v < floor || best >= 0 && v <= bestVal {
				continue
			}
		}
		if c.shownWords(pick{idx: i, text: shown}) < c.shownWords(last)+refitMinGain {
			continue
		}
		best, bestVal, bestText = i, v, shown
	}
	if best < 0 {
		return nil, 0, false
	}
	trial := make([]pick, len(picked))
	for i, p := range picked {
		trial[i] = pick{idx: p.idx, text: p.text}
	}
	trial[k] = pick{idx: best, text: bestText}
	return trial, room - c.shownWords(trial[k]), true
}
