package extractive

import (
	"context"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// corpus is one request's passages as vectors and scores.
type corpus struct {
	in     *summarize.Input
	toks   [][]token
	vecs   []vector // unit-length TF-IDF vectors over stems
	words  []int    // wordCount of each passage
	qual   []float64
	cent   []float64 // centrality, scaled to [0, 1]
	corr   []float64 // corroboration, scaled to [0, 1]
	pos    []float64 // position, in (0, 1]
	score  []float64 // final score: quality × weighted sum
	order  []int     // passage indexes by score, best first
	nDocs  int       // articles in the request
	vocab  map[string]int
	stems  []string // term id → stem
	df     []int    // term id → passages carrying it
	graphN int      // passages that went into the LexRank graph
	ents   []entity // the names that recur most, best first
	terms  []string // the topic words, best first
	pub    map[string]*time.Time
	old    []bool // carried only by an earlier news cycle's articles (stale)
	obj    *objective
	unread []bool                // the caption test cannot read the passage's language (verbless)
	langs  map[string]*text.Lang // by article id, its language's toolkit when not English (lang)
	// langWeights are by passage its score's factor for its language (languageWeight)
	langWeights []float64
}

// A story that runs over days is briefed from its latest news cycle first: a
// passage whose articles were all published staleAfter or more before the
// cluster's newest article (a day-old "will visit" beside today's "arrived")
// has its score multiplied by staleWeight. It stays a candidate: a fact only the
// older report carries can still be a point. Articles of one news cycle (the
// hours of a developing story) are never stale, nor any article without a
// publication time, nor any cluster where fewer than two articles have one.
const (
	staleAfter  = 18 * time.Hour
	staleWeight = 0.8
)

// stale says, by passage, whether every article carrying it is from an earlier
// news cycle than the cluster's newest (staleAfter).
func (c *corpus) stale() []bool {
	out := make([]bool, len(c.in.Passages))
	var newest time.Time
	dated := 0
	for _, a := range c.in.Articles {
		if a.PublishedAt != nil {
			dated++
			if a.PublishedAt.After(newest) {
				newest = *a.PublishedAt
			}
		}
	}
	if dated < 2 {
		return out
	}
	for i, p := range c.in.Passages {
		ids := p.Sources
		if len(ids) == 0 {
			ids = []string{p.Article}
		}
		old := true
		for _, id := range ids {
			if t := c.published(id); t == nil || newest.Sub(*t) < staleAfter {
				old = false
				break
			}
		}
		out[i] = old
	}
	return out
}

// published is the publication time of article id, or nil.
func (c *corpus) published(id string) *time.Time {
	if c.pub == nil {
		c.pub = map[string]*time.Time{}
		for _, a := range c.in.Articles {
			c.pub[a.ID] = a.PublishedAt
		}
	}
	return c.pub[id]
}

// vector is a sparse vector: term ids ascending, with their weights.
type vector struct {
	ids []int
	w   []float64
}

func dot(a, b vector) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] == b.ids[j]:
			s += a.w[i] * b.w[j]
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// analyze tokenizes the passages and builds their TF-IDF vectors. IDF is
// ln(1 + N/df) over passages; TF is 1 + ln(tf).
func (e *Engine) analyze(ctx context.Context, in *summarize.Input) (*corpus, error) {
	n := len(in.Passages)
	c := &corpus{in: in, toks: make([][]token, n), words: make([]int, n), qual: make([]float64, n), unread: make([]bool, n), vocab: map[string]int{}}
	tfs := make([]map[int]int, n)
	for i, p := range in.Passages {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, cancelled(err)
			}
		}
		c.toks[i] = tokenizeIn(p.Text, c.lang(p.Article))
		c.words[i] = text.Count(p.Text)
		shown := realQuotes(p.Text)
		c.qual[i] = quality(shown, c.words[i])
		c.unread[i] = !looksEnglish(strings.TrimSpace(shown))
		tf := map[int]int{}
		for _, t := range c.toks[i] {
			if t.stop {
				continue
			}
			id, ok := c.vocab[t.stem]
			if !ok {
				id = len(c.stems)
				c.vocab[t.stem] = id
				c.stems = append(c.stems, t.stem)
				c.df = append(c.df, 0)
			}
			if tf[id] == 0 {
				c.df[id]++
			}
			tf[id]++
		}
		tfs[i] = tf
	}
	c.vecs = make([]vector, n)
	for i, tf := range tfs {
		v := vector{ids: make([]int, 0, len(tf))}
		for id := range tf {
			v.ids = append(v.ids, id)
		}
		sort.Ints(v.ids)
		v.w = make([]float64, len(v.ids))
		norm := 0.0
		for k, id := range v.ids {
			w := (1 + math.Log(float64(tf[id]))) * math.Log(1+float64(n)/float64(c.df[id]))
			v.w[k] = w
			norm += w * w
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for k := range v.w {
				v.w[k] /= norm
			}
		}
		c.vecs[i] = v
	}
	articles := map[string]struct{}{}
	for _, a := range in.Articles {
		articles[a.ID] = struct{}{}
	}
	for _, p := range in.Passages {
		for _, s := range p.Sources {
			articles[s] = struct{}{}
		}
		if p.Article != "" {
			articles[p.Article] = struct{}{}
		}
	}
	c.nDocs = max(1, len(articles))
	c.topical(tfs)
	return c, nil
}

// topical lowers the quality of a passage that carries none (×colourFactor) or one
// (×thinFactor) of the cluster's topic stems, those carried by at least half of
// the articles (and two): a sentence of colour ("Blood and soot-blackened water
// ran in rivulets from the charred wreckage") or of scene-setting tells the
// reader no news. One article alone has no such stems and is left as it is.
func (c *corpus) topical(tfs []map[int]int) {
	if c.nDocs < 2 {
		return
	}
	arts := make([]map[string]bool, len(c.stems))
	for i, tf := range tfs {
		p := c.in.Passages[i]
		srcs := p.Sources
		if len(srcs) == 0 {
			srcs = []string{p.Article}
		}
		for id := range tf {
			if arts[id] == nil {
				arts[id] = map[string]bool{}
			}
			for _, s := range srcs {
				arts[id][s] = true
			}
		}
	}
	need := max(2, (c.nDocs+1)/2)
	for i, tf := range tfs {
		k := 0
		for id := range tf {
			if len(arts[id]) >= need {
				k++
			}
		}
		switch k {
		case 0:
			c.qual[i] *= colourFactor
		case 1:
			c.qual[i] *= thinFactor
		}
	}
}

// colourFactor and thinFactor weigh passages with no or one topic stem.
const (
	colourFactor = 0.4
	thinFactor   = 0.75
)

// reReply matches a reply reported without what it answers: a reply verb
// next to the quotation ("Estrada replied, “That's all right.”", "“No,” she
// answered."). "replied to questions about the budget" names what it answers
// and is not matched.
var reReply = regexp.MustCompile(`(?i)\b(?:replied|responded|answered|retorted|shot back)\s*[,:]?\s*["“]|["”]\s*,?\s*(?:\p{L}+\s+){1,3}(?:replied|responded|answered|retorted)\s*\.?$|["”]\s*,?\s*(?:replied|responded|answered|retorted)\s+(?:\p{L}+\s*){1,3}\.?$`)

// reTeaser matches a line that points elsewhere instead of telling: a teaser or
// a call to act ("Read more: …", "Watch: …", "Click here to …").
var reTeaser = regexp.MustCompile(`(?i)^(?:read more|related|watch|see also|more on this|click here|sign up|subscribe|listen|photos?|video)\b\s*[:|-]?`)

// reSaidPronoun matches a sentence that ends by attributing a quote to a pronoun.
var reSaidPronoun = regexp.MustCompile(`[,.!?]["”’']\s+(he|she|they|it|we) (said|says|added|told [a-z ]+)\.$`)

// quality is a factor in (0, 1] that keeps poor briefing points down: questions,
// fragments too short to stand alone, run-ons, and pieces that look cut out of
// something else (a lower-case start, no closing punctuation, an unbalanced quote).
func quality(text string, words int) float64 {
	q := 1.0
	t := strings.TrimSpace(text)
	if t == "" {
		return 0.01
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, `"'”’»)]`))
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, `"'“‘«([`))
	switch {
	case words < 4:
		q *= 0.1
	case words < 6:
		q *= 0.3
	case words > 60:
		q *= 0.5
	}
	if last == '?' {
		q *= 0.15
	}
	if last != '.' && last != '!' && last != '?' {
		q *= 0.3
		if words <= 15 {
			q *= 0.5 // a subhead or caption: never a point on its own
		}
	}
	if strings.HasPrefix(t, "By ") && words <= 10 {
		q *= 0.2 // a byline
	}
	if reReply.MatchString(t) {
		q *= 0.15 // a reply without what it answers: never a point
	}
	if reTeaser.MatchString(t) {
		q *= 0.1 // a teaser or a caption credit: never a point
	}
	if reSaidPronoun.MatchString(t) {
		q *= 0.6 // a quote whose speaker the reader has not met
	}
	if unicode.IsLower(first) || unicode.IsPunct(first) && first != '"' && first != '“' {
		q *= 0.4
	}
	if strings.Count(t, `"`)%2 == 1 || strings.Count(t, "“") != strings.Count(t, "”") {
		q *= 0.15 // a piece of a quotation cut out of a longer one: never a point
	} else if speakerless(t) {
		q *= 0.15 // a quotation whose speaker the reader never meets
	}
	if strings.Contains(t, "http://") || strings.Contains(t, "https://") || strings.Contains(t, "www.") {
		q *= 0.3
	}
	// A lead-in that points back to a sentence the reader has not seen; a
	// pronoun subject is someone the reader has not met.
	switch strings.ToLower(strings.Trim(firstWord(t), quoteMarks+",")) {
	case "he", "she", "they", "it", "this", "these", "those", "his", "her", "their", "its", "i", "we", "my", "our":
		q *= 0.5
	case "but", "and", "or", "so", "however", "also", "that", "there", "meanwhile", "still":
		q *= 0.8
	}
	if first == '"' || first == '“' {
		q *= 0.6 // a reaction in someone's words: seldom the news itself
	}
	if verbless(t) {
		q *= captionFactor // a caption or a title: no one does anything
	}
	return q
}

// captionFactor is the quality factor of a sentence with no verb the caption
// test can see (verbless).
const captionFactor = 0.5

// verbless reports whether a sentence shows no finite verb: none that hasVerb
// knows, no negative contraction ("didn't"), no short past form ("used") and
// none of presentVerbs. It is a caption ("Ambulances at Russell Square, London
// after the July 7, 2005 bombings.") or a title line, not a point. The lists
// are short: a present-tense verb they miss costs its sentence half its score.
//
// The lists are English, and a sentence they cannot read (looksEnglish: one
// in French, Czech or Arabic) is taken to be verbless, whatever its words:
// they matched other languages' words by chance ("před", Czech for "before",
// ends in -ed; French "face"), and a Czech sentence with "před" scored twice
// one without. Every sentence of such a language now takes the same factor, so
// the factor no longer orders them; flawed ones still fall below minQuality as
// before. (Taking them all to have a verb instead cost the written
// multilingual cases a fifth of their key facts, .516 → .409, measured in
// 634b402 and again here.) The lede, which needs a sentence without a flaw,
// does not count this factor against such a sentence (lede).
func verbless(t string) bool {
	if !looksEnglish(t) {
		return true
	}
	if hasEnglishVerb(t) {
		return false
	}
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, quoteMarks+",.;:!?()")
		if w == "" || unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || len(w) == 4 && strings.HasSuffix(w, "ed") {
			return false
		}
		if _, ok := presentVerbs[w]; ok {
			return false
		}
	}
	return true
}

// presentVerbs are present-tense verbs common in news that hasVerb's list leaves
// out ("Each carries a load of 40 tonnes", "The Social Democrats keep health").
var presentVerbs = setOf(`carry carries keep keeps feel feels look looks seem seems include includes contain
contains lie lies stay stays sit sits offer offers serve serves mean means live lives work works use uses move
moves try tries help helps play plays turn turns allow allows provide provides cover covers cost costs argue
argues believe believes know knows think thinks stand run become becomes continue continues account accounts
employ employs own owns operate operates represent represents require requires cause causes affect affects
lead hold apply applies owe owes risk risks fear fears insist insists deny denies admit admits`)

// speakerless reports whether t is a quotation and nothing else: it opens with a
// quotation mark and closes one after its last punctuation, with no words outside.
func speakerless(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if r != '"' && r != '“' {
		return false
	}
	end := strings.TrimRight(t, " ")
	if !strings.HasSuffix(end, `"`) && !strings.HasSuffix(end, "”") {
		return false
	}
	inner := strings.TrimRight(strings.TrimLeft(end, `"“`), `"”`)
	return !strings.ContainsAny(inner, `"“”`)
}

func firstWord(t string) string {
	if i := strings.IndexFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }); i >= 0 {
		return t[:i]
	}
	return t
}

// positionDecay is the sentence index at which position falls to 1/e: lead
// sentences carry a news story, and by the fifteenth little is left.
const positionDecay = 5

// rank scores every passage:
//
//	score = quality × (wc·centrality + wr·corroboration + wp·position)
//
// centrality is LexRank (continuous, edges at cosine ≥ SimilarityThreshold,
// damping 0.85, power iteration) divided by its maximum; corroboration is
// ln(1+k)/ln(1+K) with k the passage's independent sources and K the most any
// passage has; position is exp(−s/positionDecay) with s the sentence index in its
// article.
// Over MaxGraph passages, only the MaxGraph best by a centroid prior enter the graph;
// the others keep centrality 0.
func (e *Engine) rank(ctx context.Context, c *corpus) error {
	n := len(c.in.Passages)
	c.corr = make([]float64, n)
	c.pos = make([]float64, n)
	maxK := 1
	ks := make([]int, n)
	for i, p := range c.in.Passages {
		k := len(p.IndependentSources)
		if k == 0 {
			k = len(p.Sources)
		}
		ks[i] = max(k, 1)
		maxK = max(maxK, ks[i])
		c.pos[i] = math.Exp(-float64(max(p.Sentence, 0)) / positionDecay)
	}
	for i, k := range ks {
		if maxK > 1 {
			c.corr[i] = math.Log1p(float64(k)) / math.Log1p(float64(maxK))
		}
	}

	graph := make([]int, n)
	for i := range graph {
		graph[i] = i
	}
	if n > e.cfg.MaxGraph {
		prior := centroidScores(c.vecs)
		w := e.cfg.Weights
		for i := range prior {
			prior[i] = c.qual[i] * (w.Centrality*prior[i] + w.Corroboration*c.corr[i] + w.Position*c.pos[i])
		}
		sort.SliceStable(graph, func(a, b int) bool { return prior[graph[a]] > prior[graph[b]] })
		graph = graph[:e.cfg.MaxGraph]
		sort.Ints(graph)
	}
	c.graphN = len(graph)
	lr, err := lexRank(ctx, c.vecs, graph, e.cfg.SimilarityThreshold)
	if err != nil {
		return err
	}
	c.cent = make([]float64, n)
	top := 0.0
	for _, v := range lr {
		top = max(top, v)
	}
	for k, i := range graph {
		if top > 0 {
			c.cent[i] = lr[k] / top
		}
	}

	w := e.cfg.Weights
	c.score = make([]float64, n)
	c.order = make([]int, 0, n)
	c.old = c.stale()
	for i := range n {
		c.score[i] = c.qual[i] * (w.Centrality*c.cent[i] + w.Corroboration*c.corr[i] + w.Position*c.pos[i])
		if c.old[i] {
			c.score[i] *= staleWeight
		}
		c.score[i] *= c.languageWeight(i) // a mixed cluster: the briefing's language first (language.go)
		if n > e.cfg.MaxGraph && c.cent[i] == 0 {
			continue // outside the candidate set
		}
		c.order = append(c.order, i)
	}
	sort.SliceStable(c.order, func(a, b int) bool { return c.score[c.order[a]] > c.score[c.order[b]] })
	return nil
}

// centroidScores is each vector's cosine with the mean of all vectors.
func centroidScores(vecs []vector) []float64 {
	sum := map[int]float64{}
	for _, v := range vecs {
		for k, id := range v.ids {
			sum[id] += v.w[k]
		}
	}
	out := make([]float64, len(vecs))
	for i, v := range vecs {
		s := 0.0
		for k, id := range v.ids {
			s += v.w[k] * sum[id]
		}
		out[i] = s
	}
	return out
}

// lexRank returns the stationary distribution of the similarity graph over the
// given passages (continuous LexRank, Erkan and Radev 2004).
func lexRank(ctx context.Context, vecs []vector, nodes []int, threshold float64) ([]float64, error) {
	const damping, eps, maxIter = 0.85, 1e-7, 200
	n := len(nodes)
	// Each similar pair is stored once, under its lower index, in 8 bytes: the
	// graph of MaxGraph passages stays within tens of megabytes even when every
	// pair is similar.
	type edge struct {
		to int32
		w  float32
	}
	adj := make([][]edge, n)
	deg := make([]float64, n)
	for a := range n {
		if a%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, cancelled(err)
			}
		}
		va := vecs[nodes[a]]
		for b := a + 1; b < n; b++ {
			if s := dot(va, vecs[nodes[b]]); s >= threshold {
				adj[a] = append(adj[a], edge{int32(b), float32(s)})
				deg[a] += float64(float32(s))
				deg[b] += float64(float32(s))
			}
		}
	}
	out := make([]float64, n)
	share := make([]float64, n)
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	for iter := 0; iter < maxIter; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, cancelled(err)
		}
		dangling := 0.0
		for a := range n {
			if deg[a] == 0 {
				dangling += p[a]
			}
		}
		base := (1-damping)/float64(n) + damping*dangling/float64(n)
		for i := range out {
			out[i] = base
		}
		for a := range n {
			if deg[a] > 0 {
				share[a] = damping * p[a] / deg[a]
			}
		}
		for a, es := range adj {
			for _, ed := range es {
				w := float64(ed.w)
				out[ed.to] += share[a] * w
				out[a] += share[ed.to] * w
			}
		}
		diff := 0.0
		for i := range out {
			diff += math.Abs(out[i] - p[i])
		}
		p, out = out, p
		if diff < eps {
			break
		}
	}
	return p, nil
}
