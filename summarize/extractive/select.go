package extractive

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
)

// minQuality is the quality factor below which a passage is never a point: a
// fragment, a question cut short, a bare dateline.
const minQuality = 0.2

// choose picks points by the coverage objective (objective, doc.go
// "Selection"): greedily, each step taking the passage whose gain in f per word
// is highest among those that still fit the words left (whole, or cut at a clause
// boundary), are not near-paraphrases (cosine above RedundancyCap) of a taken or
// excluded passage, and pass minQuality; then, as the budgeted-submodular
// guarantee asks (Khuller et al. 1999, Lin and Bilmes 2010), the best single
// passage that fits is compared with the greedy's whole set, and when it alone
// is worth more the greedy starts again from it. Excluded passages (the
// headline's and the lede's) count as taken, for coverage and redundancy, but are
// not returned. The result is in pick order.
func (e *Engine) choose(ctx context.Context, c *corpus, exclude []int, maxPoints, budget int) ([]pick, error) {
	if budget <= 0 || maxPoints <= 0 || len(c.order) == 0 {
		return nil, nil
	}
	picked, val, err := e.greedy(ctx, c, exclude, nil, maxPoints, budget)
	if err != nil {
		return nil, err
	}
	// The best single passage, whole, that fits.
	cv := c.baseCover(exclude)
	maxSim := c.maxSims(exclude)
	best, bestGain := -1, 0.0
	for _, i := range c.order {
		if slices.Contains(exclude, i) || c.qual[i] < minQuality || maxSim[i] > e.cfg.RedundancyCap || c.words[i] > budget {
			continue
		}
		if g := cv.gain(c.obj.items[i], c.obj.q[i]); g > bestGain {
			best, bestGain = i, g
		}
	}
	if best >= 0 && bestGain > val && (len(picked) == 0 || picked[0].idx != best) {
		seed := []pick{{idx: best, text: c.in.Passages[best].Text}}
		if picked, _, err = e.greedy(ctx, c, exclude, seed, maxPoints, budget); err != nil {
			return nil, err
		}
	}
	e.join(c, picked, exclude)
	return picked, nil
}

// baseCover is the cover of the excluded passages.
func (c *corpus) baseCover(exclude []int) *cover {
	cv := c.newCover()
	for _, x := range exclude {
		if x >= 0 {
			cv.add(c.obj.items[x], c.obj.q[x])
		}
	}
	return cv
}

// maxSims is each candidate's largest cosine to the given passages.
func (c *corpus) maxSims(taken []int) []float64 {
	maxSim := make([]float64, len(c.in.Passages))
	for _, t := range taken {
		if t < 0 {
			continue
		}
		for _, i := range c.order {
			maxSim[i] = max(maxSim[i], dot(c.vecs[i], c.vecs[t]))
		}
	}
	return maxSim
}

// greedy adds passages to seed by gain in f per word until no passage fits or
// maxPoints are taken; it returns the picks and f's gain over the excluded
// passages' cover.
func (e *Engine) greedy(ctx context.Context, c *corpus, exclude []int, seed []pick, maxPoints, budget int) ([]pick, float64, error) {
	cv := c.baseCover(exclude)
	taken := append([]int(nil), exclude...)
	used := make(map[int]bool, len(c.order))
	for _, i := range exclude {
		used[i] = true
	}
	picked := append([]pick(nil), seed...)
	left, val := budget, 0.0
	for _, pk := range seed {
		used[pk.idx] = true
		taken = append(taken, pk.idx)
		items := c.items(pk)
		val += cv.gain(items, c.obj.q[pk.idx])
		cv.add(items, c.obj.q[pk.idx])
		left -= c.shownWords(pk)
	}
	// maxSim[i] is i's largest cosine to any taken passage, kept up to date
	// incrementally so each step costs one pass over the candidates.
	maxSim := c.maxSims(taken)
	for len(picked) < maxPoints && left > 0 {
		if err := ctx.Err(); err != nil {
			return nil, 0, cancelled(err)
		}
		best, bestRatio, bestGain, bestText := -1, 0.0, 0.0, ""
		for _, i := range c.order {
			if used[i] || c.qual[i] < minQuality || maxSim[i] > e.cfg.RedundancyCap {
				continue
			}
			items, shown, n := c.obj.items[i], c.in.Passages[i].Text, c.words[i]
			if n > left {
				// A cut gains at most what the whole passage would, at the
				// cost of fillMinWords at least.
				if g := cv.gain(items, c.obj.q[i]); g/pointCost(fillMinWords, budget, maxPoints) <= bestRatio {
					continue
				}
				// Too long for the words left: its first clauses may fit.
				extra := c.words[i] - text.Count(shown) // time anchors
				if shown = cutClause(strings.TrimSpace(shown), left-extra, fillMinWords); shown == "" {
					continue
				}
				items = c.obj.conceptIDs(tokenize(shown), false)
				n = text.Count(shown) + extra
			}
			g := cv.gain(items, c.obj.q[i])
			if r := g / pointCost(n, budget, maxPoints); g > 0 && r > bestRatio {
				best, bestRatio, bestGain, bestText = i, r, g, shown
			}
		}
		if best < 0 {
			break
		}
		pk := pick{idx: best, text: bestText}
		used[best] = true
		picked = append(picked, pk)
		val += bestGain
		cv.add(c.items(pk), c.obj.q[best])
		left -= c.shownWords(pk)
		for _, i := range c.order {
			if !used[i] {
				maxSim[i] = max(maxSim[i], dot(c.vecs[i], c.vecs[best]))
			}
		}
	}
	return picked, val, nil
}

// costScale scales a point's share of the words in its cost, as Lin and Bilmes
// (2010) scale a sentence's cost (their r): above 1, a long sentence costs more
// than its words' share, and the more so the smaller the budget.
const costScale = 1.5

// pointCost is what a point of words words costs the greedy: its share of the
// words, scaled (costScale), plus its share of the point cap. At 250 words
// the first is small beside the second, and the greedy chooses by gain per
// point; at 100 words a 45-word sentence, half the budget, costs 1.5 times a
// 30-word one, not 1.36 times.
func pointCost(words, budget, maxPoints int) float64 {
	return math.Pow(float64(words)/float64(budget), costScale) + 1/float64(maxPoints)
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

// refitMinGain is the fewest words left that refit tries to spend.
const refitMinGain = 3

// refit spends words that selection left over because no passage fit them: a
// whole point cut at a clause boundary (as choose cuts, attribution kept) frees
// words for one more point or a longer one, chosen again as choose chooses. Each
// whole point is tried, from the last, and so is a longer last point
// (longerLast); the plan of the highest objective value (planValue) is kept when
// it is worth more than the points as they are: a cut that loses more than the
// words it frees buy is not made. The points keep their order, the new ones
// after them, and their joined passages are found again.
func (e *Engine) refit(ctx context.Context, c *corpus, exclude []int, picked []pick, maxPoints, left int) ([]pick, error) {
	if len(picked) == 0 || left < refitMinGain {
		return picked, nil
	}
	best, changed := picked, false
	bestVal := c.planValue(exclude, picked)
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
		if v := c.planValue(exclude, trial); v > bestVal {
			best, bestVal, changed = trial, v, true
		}
	}
	if len(picked) < maxPoints {
		// Nothing fit the words left; a longer last point may. (With every point
		// taken, the words left are the point cap's, not the budget's: a longer,
		// lower-ranked point would trade ranking for length.)
		if trial, _, ok := e.longerLast(c, exclude, picked, left); ok && c.planValue(exclude, trial) > bestVal {
			best, changed = trial, true
		}
	}
	if !changed {
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
