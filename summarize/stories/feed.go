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
// arrives, against the articles before it, and refiles the stories it touched:
//
//   - the article is read and weighed as Group reads it, its term rarities
//     from the feed as it stands (the articles before it and itself);
//   - its candidates are the articles indexed under its indexedTerms heaviest
//     terms (at most postingCap of the latest each, maxCandidates in all),
//     weighed again with today's rarities;
//   - a candidate within Options.Window of it whose cosine with it reaches
//     feedLinkShare (0.6) of Options.Threshold makes its story a candidate;
//   - it joins the candidate story whose centroid (the sum of its latest
//     centroidMembers articles' vectors) is the most similar to it, when that
//     cosine reaches feedCentroidShare (0.7) of Options.Threshold; else it
//     starts a story;
//   - then its neighbourhood is refiled (see refile and Moved): an article of
//     it now closer to another of its stories than to the rest of its own
//     moves there. Two stories are never joined at once.
//
// The cost of an Add grows with the candidates, not with the feed. A Feed is
// not safe for concurrent use.
type Feed struct {
	opt      Options
	v        *vectorizer
	arts     []feedArticle
	postings map[uint32][]int32
	tf       map[uint32]float32
	members  map[string][]int32
	moved    []Move
}

type feedArticle struct {
	id        string
	counts    []term // raw term counts, sorted by term id
	published *time.Time
	story     string
}

// feedLinkShare is the share of Options.Threshold that an Add asks of an
// article's link to a story's article for that story to be a candidate, and
// feedCentroidShare the share it asks of its cosine with the candidate story's
// centroid to join it (measured with briefing stories-eval --incremental on
// MultiLing 2011; see doc.go).
var feedLinkShare, feedCentroidShare = 0.6, 0.7

// nearShare is the share of Options.Threshold a candidate's link must reach
// for its story to be in the new article's neighbourhood (see refile) when it
// is a story of one article; a larger story must reach feedLinkShare (with
// larger ones at nearShare, MultiLing 2011 English loses precision, 1.000 →
// 0.900: refiled stories draw later articles of another event).
var nearShare = 0.3

// maxCandidates bounds the articles one Add compares with.
var maxCandidates = 2048

// NewFeed is an empty feed.
func NewFeed(opt Options) *Feed {
	return &Feed{opt: opt.withDefaults(), v: newVectorizer(64), postings: map[uint32][]int32{}, tf: map[uint32]float32{}, members: map[string][]int32{}}
}

// Len is the number of articles in the feed.
func (f *Feed) Len() int { return len(f.arts) }

// Add files a new article: it returns the id of the story it joins, or, when
// it starts one, StoryID(a.ID) and started true.
func (f *Feed) Add(a Article) (story string, started bool) {
	story, started, near := f.add(a)
	f.moved = f.refile(near)
	return story, started
}

// add files the article and returns the stories of its neighbourhood: the one
// it joined or started and those of its candidates linked closely enough.
func (f *Feed) add(a Article) (story string, started bool, near []string) {
	i := f.read(a)
	vec := f.weigh(f.arts[i].counts)
	f.index(i, vec)
	sorted := slices.Clone(vec)
	sortByID(sorted)

	type score struct{ best float64 }
	byStory := map[string]*score{}
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
		if cos > s.best {
			s.best = cos
		}
	}
	// The story whose centroid is the most similar, among those of a
	// candidate linked closely enough.
	best, bestC := "", 0.0
	for st, sc := range byStory {
		if sc.best >= feedLinkShare*f.opt.Threshold || (len(f.members[st]) == 1 && sc.best >= nearShare*f.opt.Threshold) {
			near = append(near, st)
		}
		if sc.best < feedLinkShare*f.opt.Threshold {
			continue
		}
		c := f.centroidCos(sorted, st)
		if c > bestC+1e-12 || (math.Abs(c-bestC) <= 1e-12 && st < best) {
			best, bestC = st, c
		}
	}
	// The neighbourhood: the new article's story, then the others by their
	// strongest link to it.
	slices.SortFunc(near, func(x, y string) int {
		if c := cmp.Compare(byStory[y].best, byStory[x].best); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	if best != "" && bestC >= feedCentroidShare*f.opt.Threshold {
		f.join(i, best)
		return best, false, append([]string{best}, near...)
	}
	f.join(i, StoryID(a.ID))
	return StoryID(a.ID), true, append([]string{StoryID(a.ID)}, near...)
}

func (f *Feed) join(i int, story string) {
	f.arts[i].story = story
	f.members[story] = append(f.members[story], int32(i))
}

// centroidCos is the cosine of vec (sorted by id) with the centroid of the
// story's articles (at most centroidMembers of its latest).
func (f *Feed) centroidCos(vec vector, story string) float64 {
	m := f.members[story]
	if len(m) > centroidMembers {
		m = m[len(m)-centroidMembers:]
	}
	sum := map[uint32]float64{}
	for _, j := range m {
		for _, t := range f.weigh(f.arts[j].counts) {
			sum[t.id] += float64(t.w)
		}
	}
	norm, d := 0.0, 0.0
	for _, w := range sum {
		norm += w * w
	}
	for _, t := range vec {
		d += float64(t.w) * sum[t.id]
	}
	if norm == 0 {
		return 0
	}
	return d / math.Sqrt(norm)
}

// centroidMembers bounds the articles a story's centroid is made of.
var centroidMembers = 32

// Load puts an article already filed (in a stored feed) back in its story
// without deciding anything.
func (f *Feed) Load(a Article, story string) {
	i := f.read(a)
	f.join(i, story)
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
	f.arts = append(f.arts, feedArticle{id: a.ID, counts: counts, published: pub})
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
	return heaviest(t)
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
