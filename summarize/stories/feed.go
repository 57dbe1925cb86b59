package stories

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Feed is a feed that grows one article at a time: Add files each new article
// in the story it belongs to, or starts a story of its own, without grouping
// the feed again. Group is the better grouping of a whole feed (its rounds
// join stories through their centroids); a Feed decides once, when an article
// arrives, against the articles before it:
//
//   - the article is read and weighed as Group reads it, its term rarities
//     from the feed as it stands (the articles before it and itself);
//   - its candidates are the articles indexed under its indexedTerms heaviest
//     terms (at most postingCap of the latest each, maxCandidates in all),
//     weighed again with today's rarities;
//   - it joins the story of the candidate it is most similar to when that
//     cosine reaches Options.Threshold, their times are within Options.Window,
//     and its mean cosine with that story's candidates reaches Options.Cohesion;
//     else it starts a story.
//
// The cost of an Add grows with the candidates, not with the feed. A Feed is
// not safe for concurrent use.
type Feed struct {
	opt      Options
	v        *vectorizer
	arts     []feedArticle
	postings map[uint32][]int32
	tf       map[uint32]float32
}

type feedArticle struct {
	counts    []term // raw term counts, sorted by term id
	published *time.Time
	story     string
}

// maxCandidates bounds the articles one Add compares with.
var maxCandidates = 2048

// NewFeed is an empty feed.
func NewFeed(opt Options) *Feed {
	return &Feed{opt: opt.withDefaults(), v: newVectorizer(64), postings: map[uint32][]int32{}, tf: map[uint32]float32{}}
}

// Len is the number of articles in the feed.
func (f *Feed) Len() int { return len(f.arts) }

// Add files a new article: it returns the id of the story it joins, or, when
// it starts one, StoryID(a.ID) and started true.
func (f *Feed) Add(a Article) (story string, started bool) {
	i := f.read(a)
	vec := f.weigh(f.arts[i].counts)
	f.index(i, vec)
	sorted := slices.Clone(vec)
	sortByID(sorted)

	type score struct {
		best, sum float64
		n         int
	}
	byStory := map[string]*score{}
	var bestStory string
	bestCos := 0.0
	for _, c := range f.candidates(i, vec) {
		ca := &f.arts[c]
		if !withinWindow(a.Published, ca.published, f.opt.Window) {
			continue
		}
		cv := f.weigh(ca.counts)
		sortByID(cv)
		cos := dot(sorted, cv)
		s := byStory[ca.story]
		if s == nil {
			s = &score{}
			byStory[ca.story] = s
		}
		s.sum += cos
		s.n++
		if cos > s.best {
			s.best = cos
		}
		if cos > bestCos+1e-12 || (math.Abs(cos-bestCos) <= 1e-12 && ca.story < bestStory) {
			bestCos, bestStory = cos, ca.story
		}
	}
	if s := byStory[bestStory]; s != nil && s.best >= f.opt.Threshold && s.sum/float64(s.n) >= f.opt.Cohesion {
		f.arts[i].story = bestStory
		return bestStory, false
	}
	f.arts[i].story = StoryID(a.ID)
	return f.arts[i].story, true
}

// Load puts an article already filed (in a stored feed) back in its story
// without deciding anything.
func (f *Feed) Load(a Article, story string) {
	i := f.read(a)
	f.arts[i].story = story
	f.index(i, f.weigh(f.arts[i].counts))
}

// read counts the article's terms into the feed's vocabulary and document
// frequencies, and appends it.
func (f *Feed) read(a Article) int {
	f.v.counts(a, f.tf)
	counts := make([]term, 0, len(f.tf))
	for id, c := range f.tf {
		counts = append(counts, term{id: id, w: c})
		f.v.df[id]++
	}
	sortByID(counts)
	var pub *time.Time
	if a.Published != nil {
		t := *a.Published
		pub = &t
	}
	f.arts = append(f.arts, feedArticle{counts: counts, published: pub})
	return len(f.arts) - 1
}

// weigh is vectors' weighing of one article's counts with the feed's rarities
// as they stand: its heaviest keptTerms terms, normalized, heaviest first.
func (f *Feed) weigh(counts []term) vector {
	n := float64(len(f.arts))
	t := make(vector, 0, len(counts))
	for _, c := range counts {
		df := float64(f.v.df[c.id])
		if df > commonShare*(n+pseudoDocs) {
			continue
		}
		k := 1.0
		switch f.v.kinds[c.id] {
		case nameKey:
			k = nameKind
		case figureKey:
			k = figureKind
		}
		idf := math.Log((n + pseudoDocs) / (df + 0.5))
		t = append(t, term{id: c.id, w: float32((1 + math.Log(float64(c.w))) * idf * k)})
	}
	slices.SortFunc(t, func(a, b term) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	if len(t) > keptTerms {
		t = t[:keptTerms]
	}
	norm := 0.0
	for _, x := range t {
		norm += float64(x.w) * float64(x.w)
	}
	norm = math.Sqrt(norm)
	for k := range t {
		t[k].w = float32(float64(t[k].w) / norm)
	}
	return t
}

// index files article i under its heaviest terms.
func (f *Feed) index(i int, vec vector) {
	for k, t := range vec {
		if k == indexedTerms {
			break
		}
		f.postings[t.id] = append(f.postings[t.id], int32(i))
	}
}

// candidates are the earlier articles filed under the heaviest terms of vec,
// the latest first, at most maxCandidates.
func (f *Feed) candidates(i int, vec vector) []int32 {
	seen := map[int32]bool{}
	var out []int32
	for k, t := range vec {
		if k == indexedTerms {
			break
		}
		p := f.postings[t.id]
		taken := 0
		for j := len(p) - 1; j >= 0 && taken < postingCap; j-- {
			c := p[j]
			if int(c) == i {
				continue
			}
			taken++
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	if len(out) > maxCandidates {
		out = out[len(out)-maxCandidates:]
	}
	return out
}
