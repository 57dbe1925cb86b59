package stories

import (
	"math"
	"slices"
	"time"
)

// Move is an article that Feed.Add took from one story to another after
// filing a new article: the refile step (see Feed.Moved).
type Move struct {
	Article, From, To string
}

// Moved is what the last Add moved, besides filing its article: each article
// of the new article's neighbourhood that is now closer to another story of
// it than to the rest of its own (refile). Each article is still in exactly
// one story; a story an article leaves may be left with one, or none.
func (f *Feed) Moved() []Move { return f.moved }

// refileMembers bounds the articles of one story that refile weighs (its
// latest) and refileStories the stories of a neighbourhood (the new article's
// own, then those of the strongest links to it).
var refileMembers, refileStories = 64, 16

// refile is Group's refine step on a neighbourhood: the stories near (the
// one the new article joined or started, then its candidates': each story
// one of whose articles links to it at feedLinkShare of the threshold, and
// each story of one article that links to it at nearShare). Up to
// refineRounds rounds, each article of them moves to the neighbourhood's story
// of two or more articles whose centroid it is the most similar to, when that
// is another story's, its cosine beats the one with the rest of its own
// story's centroid and reaches refineShare of the threshold (and the window
// allows); the moves of a round are decided together. A late article that
// carries what two stories share pulls back an article an early decision
// filed apart.
func (f *Feed) refile(near []string) []Move {
	seen := map[string]bool{}
	near = slices.DeleteFunc(near, func(st string) bool {
		dup := seen[st]
		seen[st] = true
		return dup
	})
	if len(near) > refileStories {
		near = near[:refileStories]
	}
	if len(near) < 2 {
		return nil
	}
	vecs := map[int32]vector{}
	for _, st := range near {
		m := f.members[st]
		if len(m) > refileMembers {
			m = m[len(m)-refileMembers:]
		}
		for _, j := range m {
			v := f.weigh(f.arts[j].counts)
			sortByID(v)
			vecs[j] = v
		}
	}
	from := map[int32]string{}
	type cent struct {
		sum    map[uint32]float64
		norm   float64
		lo, hi *time.Time
		n      int
	}
	for range refineRounds {
		cents := make([]cent, len(near))
		for k, st := range near {
			c := cent{sum: map[uint32]float64{}}
			for _, j := range f.members[st] {
				v, ok := vecs[j]
				if !ok {
					continue
				}
				c.n++
				for _, t := range v {
					c.sum[t.id] += float64(t.w)
				}
				if p := f.arts[j].published; p != nil {
					if c.lo == nil || p.Before(*c.lo) {
						c.lo = p
					}
					if c.hi == nil || p.After(*c.hi) {
						c.hi = p
					}
				}
			}
			for _, w := range c.sum {
				c.norm += w * w
			}
			cents[k] = c
		}
		type mv struct {
			j  int32
			to int
		}
		var moves []mv
		for k, st := range near {
			for _, j := range f.members[st] {
				v, ok := vecs[j]
				if !ok {
					continue
				}
				own := 0.0
				if c := cents[k]; c.n > 1 {
					d, nn := 0.0, c.norm
					for _, t := range v {
						w, s := float64(t.w), c.sum[t.id]
						d += w * (s - w)
						nn += w*w - 2*s*w
					}
					if nn > 1e-12 {
						own = d / math.Sqrt(nn)
					}
				}
				best, bestC := -1, max(own, refineShare*f.opt.Threshold)
				for h, c := range cents {
					if h == k || c.n < 2 || c.norm == 0 {
						continue
					}
					p := f.arts[j].published
					if !spansWithin(unit{lo: p, hi: p}, unit{lo: c.lo, hi: c.hi}, f.opt.Window) {
						continue
					}
					d := 0.0
					for _, t := range v {
						d += float64(t.w) * c.sum[t.id]
					}
					if s := d / math.Sqrt(c.norm); s > bestC+1e-12 {
						best, bestC = h, s
					}
				}
				if best >= 0 {
					moves = append(moves, mv{j, best})
				}
			}
		}
		if len(moves) == 0 {
			break
		}
		for _, m := range moves {
			old := f.arts[m.j].story
			if _, ok := from[m.j]; !ok {
				from[m.j] = old
			}
			f.leave(m.j, old)
			to := near[m.to]
			f.arts[m.j].story = to
			ms := f.members[to]
			at, _ := slices.BinarySearch(ms, m.j)
			f.members[to] = slices.Insert(ms, at, m.j)
		}
	}
	var out []Move
	for j, old := range from {
		if to := f.arts[j].story; to != old {
			out = append(out, Move{Article: f.arts[j].id, From: old, To: to})
		}
	}
	slices.SortFunc(out, func(a, b Move) int {
		if a.Article < b.Article {
			return -1
		}
		if a.Article > b.Article {
			return 1
		}
		return 0
	})
	return out
}

// leave takes article j out of story st's members.
func (f *Feed) leave(j int32, st string) {
	ms := f.members[st]
	if at, ok := slices.BinarySearch(ms, j); ok {
		ms = slices.Delete(ms, at, at+1)
	}
	if len(ms) == 0 {
		delete(f.members, st)
		return
	}
	f.members[st] = ms
}
