package stories

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"
	"time"
)

// link is a candidate pair of articles and their cosine.
type link struct {
	a, b int32
	sim  float32
}

// unit is what one round of grouping links: an article, or a group of them
// from the round before, with its vector (heaviest terms first) and the span
// of its published times (nil when none is known).
type unit struct {
	vec     vector
	lo, hi  *time.Time
	members []int
}

// roundShare is the share of Threshold and Cohesion that links groups after
// the first round: a centroid holds only what its articles share.
var roundShare = 0.7

// maxRounds bounds the rounds of grouping (see doc.go).
var maxRounds = 10

// Group groups a feed into stories (see the package documentation).
func Group(articles []Article, opt Options) Result {
	opt = opt.withDefaults()
	vecs := vectors(articles)
	units := groupVectors(vecs, articles, opt)
	roots := make([]int32, len(articles))
	for u, un := range units {
		for _, m := range un.members {
			roots[m] = int32(u)
		}
	}
	for i := range vecs {
		slices.SortFunc(vecs[i], func(a, b term) int { return cmp.Compare(a.id, b.id) })
	}
	return assemble(articles, vecs, roots)
}

// groupVectors is Group's grouping of articles read as vecs (heaviest terms
// first; of the articles, only their published times are read): steps 2 to
// 6 of the package documentation.
func groupVectors(vecs []vector, articles []Article, opt Options) []unit {
	units := make([]unit, len(articles))
	for i, a := range articles {
		units[i] = unit{vec: slices.Clone(vecs[i]), lo: a.Published, hi: a.Published, members: []int{i}}
	}
	for round := range maxRounds {
		o := opt
		if round > 0 {
			o.Threshold *= roundShare
			o.Cohesion *= roundShare
		}
		links := candidateLinks(units, o)
		roots := cluster(units, links, o.Cohesion)
		next := regroup(units, roots)
		if len(next) == len(units) {
			break
		}
		units = next
	}
	units = attach(units, opt)
	return refine(units, vecs, articles, opt)
}

// attachShare is the share of Options.Threshold at which an article left alone
// after the rounds joins the story closest to it.
var attachShare = 0.6

// attach joins each unit of one article to the group whose centroid is the
// most similar to it, when that cosine reaches attachShare·Threshold (and
// their times fit the window): a centroid carries the story's words better
// than any one article.
func attach(units []unit, opt Options) []unit {
	o := opt
	o.Threshold = attachShare * opt.Threshold
	links := candidateLinks(units, o)
	roots := make([]int32, len(units))
	for i := range roots {
		roots[i] = int32(i)
	}
	joined := false
	for _, l := range links {
		a, b := l.a, l.b
		if len(units[a].members) == 1 && len(units[b].members) > 1 {
			a, b = b, a
		}
		if len(units[a].members) > 1 && len(units[b].members) == 1 && roots[b] == b {
			roots[b] = a
			joined = true
		}
	}
	if !joined {
		return units
	}
	return regroup(units, roots)
}

// regroup makes one unit of each group of units: its members, its time span
// and its centroid (the sum of its members' article vectors, normalized, its
// heaviest keptTerms kept). Units are in order of their first member.
func regroup(units []unit, roots []int32) []unit {
	groups := map[int32][]int{}
	var order []int32
	for i, r := range roots {
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], i)
	}
	if len(order) == len(units) {
		return units
	}
	out := make([]unit, 0, len(order))
	for _, r := range order {
		g := groups[r]
		if len(g) == 1 {
			out = append(out, units[g[0]])
			continue
		}
		var u unit
		sum := map[uint32]float64{}
		for _, i := range g {
			un := units[i]
			u.members = append(u.members, un.members...)
			w := float64(len(un.members)) // a unit's vector is normalized: weigh it by its articles
			for _, t := range un.vec {
				sum[t.id] += w * float64(t.w)
			}
			if un.lo != nil && (u.lo == nil || un.lo.Before(*u.lo)) {
				u.lo = un.lo
			}
			if un.hi != nil && (u.hi == nil || un.hi.After(*u.hi)) {
				u.hi = un.hi
			}
		}
		slices.Sort(u.members)
		u.vec = topTerms(sum)
		out = append(out, u)
	}
	return out
}

// topTerms is a normalized vector of the heaviest keptTerms of sum, heaviest
// first (ties by term id).
func topTerms(sum map[uint32]float64) vector {
	t := make([]term, 0, len(sum))
	for id, w := range sum {
		t = append(t, term{id: id, w: float32(w)})
	}
	return heaviest(t)
}

// candidateLinks proposes pairs of units through an inverted index over each
// unit's heaviest terms and keeps those whose cosine reaches the threshold and
// whose times fit the window.
func candidateLinks(units []unit, opt Options) []link {
	keys := make([][]uint32, len(units))
	postings := make(map[uint32][]int32)
	for i, u := range units {
		n := min(indexedTerms, len(u.vec))
		k := make([]uint32, n)
		for j := range n {
			k[j] = u.vec[j].id
		}
		keys[i] = k
	}
	// The cosine wants the vectors by term id.
	byID := make([]vector, len(units))
	for i, u := range units {
		byID[i] = slices.Clone(u.vec)
		slices.SortFunc(byID[i], func(a, b term) int { return cmp.Compare(a.id, b.id) })
	}
	var links []link
	seen := make([]int32, len(units))
	for i := range seen {
		seen[i] = -1
	}
	for i := range units {
		// Candidates among the units indexed before i, then i joins the index.
		for _, t := range keys[i] {
			for _, j := range postings[t] {
				if seen[j] == int32(i) {
					continue
				}
				seen[j] = int32(i)
				if !spansWithin(units[i], units[j], opt.Window) {
					continue
				}
				if s := dot(byID[i], byID[j]); s >= opt.Threshold {
					links = append(links, link{a: j, b: int32(i), sim: float32(s)})
				}
			}
		}
		for _, t := range keys[i] {
			if p := postings[t]; len(p) < postingCap {
				postings[t] = append(p, int32(i))
			}
		}
	}
	slices.SortFunc(links, func(x, y link) int {
		if c := cmp.Compare(y.sim, x.sim); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	return links
}

// spansWithin says whether two units' time spans come within window of each
// other (always, when either has none).
func spansWithin(a, b unit, window time.Duration) bool {
	if a.lo == nil || b.lo == nil {
		return true
	}
	if a.hi.Before(*b.lo) {
		return withinWindow(a.hi, b.lo, window)
	}
	if b.hi.Before(*a.lo) {
		return withinWindow(b.hi, a.lo, window)
	}
	return true
}

func withinWindow(a, b *time.Time, window time.Duration) bool {
	if a == nil || b == nil {
		return true
	}
	d := a.Sub(*b)
	if d < 0 {
		d = -d
	}
	return d <= window
}

// centroid is the sum of a group's vectors, as a map, with its squared norm.
type centroid struct {
	sum  map[uint32]float64
	norm float64 // squared
}

func (c *centroid) dot(o *centroid) float64 {
	a, b := c.sum, o.sum
	if len(a) > len(b) {
		a, b = b, a
	}
	s := 0.0
	for id, w := range a {
		s += w * b[id]
	}
	return s
}

// cluster joins the linked articles by union-find, strongest links first; a link
// joins two groups only when their centroids' cosine reaches cohesion. It
// returns each article's group root.
func cluster(units []unit, links []link, cohesion float64) []int32 {
	n := len(units)
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	cents := make(map[int32]*centroid)
	cent := func(r int32) *centroid {
		if c, ok := cents[r]; ok {
			return c
		}
		c := &centroid{sum: make(map[uint32]float64, len(units[r].vec))}
		for _, t := range units[r].vec {
			c.sum[t.id] = float64(t.w)
			c.norm += float64(t.w) * float64(t.w)
		}
		cents[r] = c
		return c
	}
	for _, l := range links {
		ra, rb := find(l.a), find(l.b)
		if ra == rb {
			continue
		}
		ca, cb := cent(ra), cent(rb)
		d := ca.dot(cb)
		if d < cohesion*math.Sqrt(ca.norm*cb.norm) {
			continue
		}
		if len(ca.sum) < len(cb.sum) || (len(ca.sum) == len(cb.sum) && ra > rb) {
			ra, rb, ca, cb = rb, ra, cb, ca
		}
		for id, w := range cb.sum {
			ca.sum[id] += w
		}
		ca.norm += cb.norm + 2*d
		parent[rb] = ra
		delete(cents, rb)
	}
	roots := make([]int32, n)
	for i := range roots {
		roots[i] = find(int32(i))
	}
	return roots
}

// assemble builds the stories and singletons from the groups.
func assemble(articles []Article, vecs []vector, roots []int32) Result {
	groups := make(map[int32][]int)
	var order []int32
	for i, r := range roots {
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], i)
	}
	var res Result
	for _, r := range order {
		members := groups[r]
		if len(members) == 1 {
			res.Singletons = append(res.Singletons, articles[members[0]].ID)
			continue
		}
		res.Stories = append(res.Stories, story(articles, vecs, members))
	}
	slices.SortFunc(res.Stories, func(a, b Story) int {
		if c := cmp.Compare(len(b.Articles), len(a.Articles)); c != 0 {
			return c
		}
		if c := compareTimes(b.LastPublished, a.LastPublished); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return res
}

// compareTimes orders times, nil first.
func compareTimes(a, b *time.Time) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return a.Compare(*b)
}

// byTime orders articles oldest first, unknown times last, then by id.
func byTime(articles []Article) func(i, j int) int {
	return func(i, j int) int {
		a, b := articles[i].Published, articles[j].Published
		switch {
		case a != nil && b == nil:
			return -1
		case a == nil && b != nil:
			return 1
		case a != nil && b != nil:
			if c := a.Compare(*b); c != 0 {
				return c
			}
		}
		return cmp.Compare(articles[i].ID, articles[j].ID)
	}
}

func story(articles []Article, vecs []vector, members []int) Story {
	slices.SortFunc(members, byTime(articles))
	s := Story{ID: StoryID(articles[members[0]].ID)}
	outlets := map[string]bool{}
	for _, m := range members {
		a := articles[m]
		s.Articles = append(s.Articles, a.ID)
		if a.Source != "" && !outlets[a.Source] {
			outlets[a.Source] = true
			s.Outlets = append(s.Outlets, a.Source)
		}
		if a.Published != nil {
			if s.FirstPublished == nil || a.Published.Before(*s.FirstPublished) {
				t := *a.Published
				s.FirstPublished = &t
			}
			if s.LastPublished == nil || a.Published.After(*s.LastPublished) {
				t := *a.Published
				s.LastPublished = &t
			}
		}
	}
	slices.Sort(s.Outlets)
	s.Label = label(articles[central(vecs, members)])
	return s
}

// central returns the member whose vector is closest to the group's centroid
// (the first, oldest, on a tie).
func central(vecs []vector, members []int) int {
	sum := make(map[uint32]float64)
	for _, m := range members {
		for _, t := range vecs[m] {
			sum[t.id] += float64(t.w)
		}
	}
	best, bestS := members[0], math.Inf(-1)
	for _, m := range members {
		s := 0.0
		for _, t := range vecs[m] {
			s += float64(t.w) * sum[t.id]
		}
		if s > bestS+1e-12 {
			best, bestS = m, s
		}
	}
	return best
}

// label is an article's title, or else the opening of its text, at most
// labelRunes characters, cut at a word.
func label(a Article) string {
	s := strings.Join(strings.Fields(a.Title), " ")
	if s == "" {
		s = strings.Join(strings.Fields(a.Text), " ")
		if i := strings.Index(s, ". "); i > 0 {
			s = s[:i+1]
		}
	}
	return cut(s, labelRunes)
}

const labelRunes = 120

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	t := string(r[:n])
	if i := strings.LastIndexByte(t, ' '); i > n/2 {
		t = t[:i]
	}
	return strings.TrimRight(t, " ,;:") + "…"
}

// StoryID is the id of a story whose earliest article has the given id.
func StoryID(articleID string) string {
	h := sha256.Sum256([]byte(articleID))
	return "st_" + hex.EncodeToString(h[:8])
}

func sortByID(v vector) {
	slices.SortFunc(v, func(a, b term) int { return cmp.Compare(a.id, b.id) })
}

// Label is the label a story gets from one article: its title, or else the
// opening of its text, cut at a word.
func Label(a Article) string { return label(a) }

// refineRounds bounds the rounds of refine; refineShare is the share of
// Options.Threshold an article's cosine with another story's centroid must
// reach for it to move there (measured with briefing stories-eval on MultiLing
// 2011; see doc.go).
var (
	refineRounds = 3
	refineShare  = 0.7
)

// refine moves each article to the story whose centroid it is the most
// similar to, when that is another story's and its cosine beats the one with
// the centroid of the rest of its own story (and reaches refineShare of the
// threshold, within the window): single links put an article where its
// strongest link went, and a story's centroid says better where it belongs.
// Moves are decided together against the centroids of the round before, up
// to refineRounds rounds or until nothing moves. Candidate stories come from
// an index over their centroids' heaviest terms, as candidateLinks does.
func refine(units []unit, vecs []vector, articles []Article, opt Options) []unit {
	type entry struct {
		g int32
		w float32
	}
	for range refineRounds {
		n := len(units)
		sums := make([]map[uint32]float64, n)
		norms := make([]float64, n)
		postings := map[uint32][]entry{}
		group := make([]int32, len(articles))
		for g, u := range units {
			for _, a := range u.members {
				group[a] = int32(g)
			}
			if len(u.members) < 2 {
				continue
			}
			m := make(map[uint32]float64, len(vecs[u.members[0]]))
			for _, a := range u.members {
				for _, t := range vecs[a] {
					m[t.id] += float64(t.w)
				}
			}
			for _, w := range m {
				norms[g] += w * w
			}
			sums[g] = m
			// An index of the centroids at unit length: the dot products of
			// one article with every story that shares a term with it.
			inv := 1 / math.Sqrt(norms[g])
			for id, w := range m {
				postings[id] = append(postings[id], entry{int32(g), float32(w * inv)})
			}
		}
		dest := slices.Clone(group)
		acc := make([]float64, n)
		var touched []int32
		moved := false
		for a := range articles {
			g := group[a]
			own := 0.0
			if m := sums[g]; m != nil {
				d, nn := 0.0, norms[g]
				for _, t := range vecs[a] {
					w, c := float64(t.w), m[t.id]
					d += w * (c - w)
					nn += w*w - 2*c*w
				}
				if nn > 1e-12 {
					own = d / math.Sqrt(nn)
				}
			}
			touched = touched[:0]
			for _, t := range vecs[a] {
				for _, e := range postings[t.id] {
					if acc[e.g] == 0 {
						touched = append(touched, e.g)
					}
					acc[e.g] += float64(t.w) * float64(e.w)
				}
			}
			best, bestC := int32(-1), max(own, refineShare*opt.Threshold)
			for _, h := range touched {
				c := acc[h]
				acc[h] = 0
				if h == g || !spansWithin(unit{lo: articles[a].Published, hi: articles[a].Published}, units[h], opt.Window) {
					continue
				}
				if c > bestC+1e-12 || (best >= 0 && c >= bestC-1e-12 && h < best) {
					best, bestC = h, c
				}
			}
			if best >= 0 {
				dest[a] = best
				moved = true
			}
		}
		if !moved {
			break
		}
		// The groups again, each rooted at its first article.
		first := make(map[int32]int32, n)
		roots := make([]int32, len(articles))
		base := make([]unit, len(articles))
		for a, g := range dest {
			if _, ok := first[g]; !ok {
				first[g] = int32(a)
			}
			roots[a] = first[g]
			base[a] = unit{vec: vecs[a], lo: articles[a].Published, hi: articles[a].Published, members: []int{a}}
		}
		units = regroup(base, roots)
	}
	return units
}
