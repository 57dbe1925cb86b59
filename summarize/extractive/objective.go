package extractive

import (
	"math"
	"slices"
)

// objective is the function selection maximizes (see doc.go, "Selection"):
//
//	f(S) = Σ_c w_c · max_{s ∈ S, c ∈ s} q_s
//
// over the concepts c of the cluster (content stems and adjacent word pairs), w_c
// the concept's weight and q_s the quality factor of sentence s. It is monotone and
// submodular: a concept counts once, by the best sentence that carries it, so a
// second sentence saying the same thing adds nothing.
type objective struct {
	ids   map[string]int32
	items [][]int32 // concept ids of each passage, each once
	w     []float64 // weight of each concept
	q     []float64 // how well each passage conveys its concepts
}

// concepts are the units of content the objective counts: each content stem
// (a word that is no stopword), and each pair of adjacent words of which at least
// one is a content word, as stems ("prime minister", "minister of"). Pairs of two
// stopwords ("of the") carry nothing.
func (c *corpus) concepts() *objective {
	if c.obj != nil {
		return c.obj
	}
	n := len(c.in.Passages)
	o := &objective{ids: map[string]int32{}, items: make([][]int32, n)}
	for i, ts := range c.toks {
		o.items[i] = o.conceptIDs(ts, true)
	}
	o.w = make([]float64, len(o.ids))
	o.q = make([]float64, n)
	top := 1.0
	if len(c.order) > 0 && c.score[c.order[0]] > 0 {
		top = c.score[c.order[0]]
	}
	for i := range o.q {
		o.q[i] = c.score[i] / top
	}
	// A concept's weight is the sum, over the independent articles that carry
	// it, of the importance of the most important sentence that carries it in
	// that article: its position (lead sentences carry a news story) and its
	// news cycle (an earlier cycle's report weighs staleWeight).
	byArticle := map[string][]int{}
	for i, p := range c.in.Passages {
		for _, a := range independent(p.IndependentSources, p.Sources, p.Article) {
			byArticle[a] = append(byArticle[a], i)
		}
	}
	best := map[int32]float64{}
	df := make([]int, len(o.w))
	bestImp := make([]float64, len(o.w))
	for _, ps := range byArticle {
		clear(best)
		for _, i := range ps {
			imp := c.pos[i]
			if c.old[i] {
				imp *= staleWeight
			}
			for _, v := range o.items[i] {
				best[v] = max(best[v], imp)
			}
		}
		for v, imp := range best {
			df[v]++
			bestImp[v] = max(bestImp[v], imp)
		}
	}
	for v := range o.w {
		o.w[v] = bestImp[v] * math.Log1p(float64(df[v]))
	}
	c.obj = o
	return o
}

// conceptIDs lists the concepts of a token sequence, each once; with grow, new
// concepts get ids, else they are left out.
func (o *objective) conceptIDs(ts []token, grow bool) []int32 {
	out := make([]int32, 0, 2*len(ts))
	var seen map[int32]bool // for long passages; a short one's list is scanned
	if len(ts) > 64 {
		seen = map[int32]bool{}
	}
	add := func(k string) {
		v, ok := o.ids[k]
		if !ok {
			if !grow {
				return
			}
			v = int32(len(o.ids))
			o.ids[k] = v
		}
		if seen != nil {
			if seen[v] {
				return
			}
			seen[v] = true
		} else if slices.Contains(out, v) {
			return
		}
		out = append(out, v)
	}
	for j, t := range ts {
		if !t.stop {
			add(t.stem)
		}
		if j > 0 && (!t.stop || !ts[j-1].stop) {
			add(ts[j-1].stem + " " + t.stem)
		}
	}
	return out
}

// independent is the articles that reported a passage on their own: its
// independent sources, else its sources, else its article.
func independent(ind, src []string, article string) []string {
	switch {
	case len(ind) > 0:
		return ind
	case len(src) > 0:
		return src
	case article != "":
		return []string{article}
	}
	return []string{""}
}

// cover is the state of the greedy: the best quality that already covers each
// concept.
type cover struct {
	o   *objective
	got []float64
}

func (c *corpus) newCover() *cover {
	o := c.concepts()
	return &cover{o: o, got: make([]float64, len(o.w))}
}

// gain is what a sentence of concepts items adds to f, at quality q.
func (cv *cover) gain(items []int32, q float64) float64 {
	g := 0.0
	for _, v := range items {
		if d := q - cv.got[v]; d > 0 {
			g += cv.o.w[v] * d
		}
	}
	return g
}

// add counts a sentence of concepts items at quality q.
func (cv *cover) add(items []int32, q float64) {
	for _, v := range items {
		cv.got[v] = max(cv.got[v], q)
	}
}

// items is the concepts of pick pk: its passage's, or those of the words it
// shows when it is cut.
func (c *corpus) items(pk pick) []int32 {
	o := c.concepts()
	if pk.text == "" || len(pk.text) >= len(c.in.Passages[pk.idx].Text) {
		return o.items[pk.idx]
	}
	return o.conceptIDs(tokenize(pk.text), false)
}

// planValue is f of a plan: the excluded passages (headline's, lede's) and the
// picks.
func (c *corpus) planValue(exclude []int, picks []pick) float64 {
	cv := c.newCover()
	for _, x := range exclude {
		if x >= 0 {
			cv.add(c.obj.items[x], c.obj.q[x])
		}
	}
	s := 0.0
	for _, pk := range picks {
		items := c.items(pk)
		s += cv.gain(items, c.obj.q[pk.idx])
		cv.add(items, c.obj.q[pk.idx])
	}
	return s
}
