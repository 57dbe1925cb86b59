package stories

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// Defaults of Options.
const (
	DefaultThreshold = 0.12
	DefaultCohesion  = 0.12
	DefaultWindow    = 96 * time.Hour
)

// Tuning that is not an option (see doc.go).
var (
	keptTerms    = 128  // the heaviest terms an article keeps
	indexedTerms = 24   // the heaviest terms it is indexed under
	postingCap   = 256  // a term proposes at most this many articles
	pseudoDocs   = 20.0 // N₀: the articles on other events idf assumes besides the feed
	nameKind     = 1.5
	figureKind   = 1.2
	stemRunes    = 6
	commonShare  = 0.4 // a term in more than this share of the feed (N + N₀) is left out
)

// Article is one article of a feed.
type Article struct {
	ID     string
	Source string
	Title  string
	Text   string
	// Published is when the article was published; nil when unknown (then
	// the time window does not apply to it).
	Published *time.Time
}

// Options tune Group; zero values mean the defaults.
type Options struct {
	// Threshold is the least cosine between two articles that links them (0.2).
	Threshold float64
	// Cohesion is the least cosine between two groups' centroids for a link to
	// join them (0.15).
	Cohesion float64
	// Window is the most time between two articles' published times for them to
	// be linked (4 days); it applies only when both give one.
	Window time.Duration
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Cohesion <= 0 {
		o.Cohesion = DefaultCohesion
	}
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	return o
}

// Story is a group of at least two articles that report one event.
type Story struct {
	ID    string
	Label string
	// Articles are the ids of its articles, oldest first (by published time,
	// unknown last, then by id).
	Articles       []string
	FirstPublished *time.Time
	LastPublished  *time.Time
	// Outlets are the distinct sources of its articles, sorted.
	Outlets []string
}

// Result is a feed grouped: each article is in exactly one story or among the
// singletons.
type Result struct {
	Stories    []Story
	Singletons []string // ids, in the feed's order
}

// term is one entry of an article's vector.
type term struct {
	id uint32
	w  float32
}

// vector is an article's normalized vector, sorted by term id.
type vector []term

func dot(a, b vector) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// vectorizer reads articles into vectors over one feed's vocabulary.
type vectorizer struct {
	ids   map[string]uint32
	df    []int32
	kinds []byte // each term's kind: wordKey, nameKey or figureKey
	scan  text.Scanner
	buf   []byte
}

func newVectorizer(n int) *vectorizer {
	return &vectorizer{ids: make(map[string]uint32, 64*n/4+16)}
}

func (v *vectorizer) intern(b []byte) uint32 {
	if id, ok := v.ids[string(b)]; ok {
		return id
	}
	id := uint32(len(v.df))
	v.ids[string(b)] = id
	v.df = append(v.df, 0)
	v.kinds = append(v.kinds, b[0])
	return id
}

// kinds of terms, by the first byte of their key.
const (
	wordKey   = 'w'
	nameKey   = 'n'
	figureKey = 'f'
)

// counts reads an article's term counts: its title twice, then its text.
func (v *vectorizer) counts(a Article, tf map[uint32]float32) {
	clear(tf)
	for range 2 {
		v.read(a.Title, tf)
	}
	v.read(a.Text, tf)
}

type scanned struct {
	norm  string
	upper bool
	digit bool
	brk   bool
	opens bool
}

func (v *vectorizer) read(s string, tf map[uint32]float32) {
	s = stripArabicMarks(s)
	var ws []scanned
	opens := true
	for i := 0; ; {
		w, next, ok := v.scan.Next(s, i)
		if !ok {
			break
		}
		// A sentence opens after a full stop, question or exclamation mark.
		gap := s[i : next-len(w.Norm)]
		if strings.ContainsAny(gap, ".!?\n") {
			opens = true
		}
		i = next
		if text.IsHonorific(string(w.Norm)) {
			continue
		}
		ws = append(ws, scanned{norm: string(w.Norm), upper: w.Upper && !w.Digit, digit: w.Digit, brk: w.Break, opens: opens})
		opens = false
	}
	for _, w := range ws {
		switch {
		case w.digit:
			if len(w.norm) >= 2 {
				v.count(figureKey, w.norm, tf)
			}
		case utf8.RuneCountInString(w.norm) < 3 || text.TopicWords.Has(w.norm) || text.IsMonth(w.norm) || text.IsWeekday(w.norm) || text.IsRelativeDay(w.norm):
		default:
			v.count(wordKey, stem(w.norm), tf)
		}
	}
	text.NameRuns(len(ws), func(i int) text.NameWord {
		return text.NameWord{Name: ws[i].upper, BreakBefore: ws[i].brk, Opens: ws[i].opens}
	}, text.NameOptions{DropLoneOpener: true}, func(start, end int) {
		parts := make([]string, 0, end-start)
		for _, w := range ws[start:end] {
			parts = append(parts, w.norm)
		}
		name := strings.Join(parts, " ")
		if end-start == 1 && (text.TopicWords.Has(name) || text.IsMonth(name) || text.IsWeekday(name)) {
			return
		}
		v.count(nameKey, name, tf)
	})
}

func (v *vectorizer) count(kind byte, key string, tf map[uint32]float32) {
	v.buf = append(append(v.buf[:0], kind), key...)
	tf[v.intern(v.buf)]++
}

// stem cuts a word to its first stemRunes letters; an Arabic word is read by
// arabicStem first (its clitics and endings cut, its letters unified).
func stem(w string) string {
	if isArabic(w) {
		w = arabicStem(w)
	}
	n := 0
	for i := range w {
		if n == stemRunes {
			return w[:i]
		}
		n++
	}
	return w
}

// vectors reads every article and weighs its terms (see doc.go).
func vectors(articles []Article) []vector {
	v := newVectorizer(len(articles))
	tfs := make([][]term, len(articles))
	tf := make(map[uint32]float32)
	for i, a := range articles {
		v.counts(a, tf)
		t := make([]term, 0, len(tf))
		for id, c := range tf {
			t = append(t, term{id: id, w: c})
			v.df[id]++
		}
		tfs[i] = t
	}
	kind := make([]float32, len(v.df))
	for key, id := range v.ids {
		switch key[0] {
		case nameKey:
			kind[id] = float32(nameKind)
		case figureKey:
			kind[id] = float32(figureKind)
		default:
			kind[id] = 1
		}
	}
	n := float64(len(articles))
	out := make([]vector, len(articles))
	for i, t := range tfs {
		for k := range t {
			df := float64(v.df[t[k].id])
			if df > commonShare*(n+pseudoDocs) {
				t[k].w = 0 // in most of the feed: says nothing of which event
				continue
			}
			idf := math.Log((n + pseudoDocs) / (df + 0.5))
			t[k].w = float32((1 + math.Log(float64(t[k].w))) * idf * float64(kind[t[k].id]))
		}
		t = slices.DeleteFunc(t, func(x term) bool { return x.w == 0 })
		kept := slices.Clone(heaviest(t))
		// kept is by weight: its first indexedTerms are the article's index keys.
		out[i] = kept
	}
	return out
}

// heaviest keeps the keptTerms heaviest terms of t (ties by id, so that the
// result is deterministic) and scales them to unit length. It reuses t.
func heaviest(t []term) vector {
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
