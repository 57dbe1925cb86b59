package coverage

import (
	"context"
	"sort"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// analysis holds one request's articles, sentences and passages.
type analysis struct {
	ctx      context.Context
	steps    int // loop steps so far (tick)
	articles []summarize.Article
	docs     []merge.Doc
	sents    []*sentence
	kept     map[place]*sentence // by where it stands, for the passages that keep it
	passages []summarize.Passage
	stats    []summarize.ArticleStats
	// byText and holding index the passages for passagesStating (passageIndex)
	byText, holding map[string][]int
}

// Analyze reads the merged articles and reports where they differ, who said what
// and who reported the story. articles and docs are in request order, one doc per
// article (docs[i].ID == articles[i].ID); res is the merge of docs. It is
// deterministic and needs no model.
func Analyze(articles []summarize.Article, docs []merge.Doc, res summarize.MergeResult) summarize.CoverageReport {
	r, _ := AnalyzeContext(context.Background(), articles, docs, res)
	return r
}

// AnalyzeContext is Analyze under ctx: it checks ctx every checkEvery steps of
// its loops and returns ctx.Err() once ctx is done, with an empty report.
func AnalyzeContext(ctx context.Context, articles []summarize.Article, docs []merge.Doc, res summarize.MergeResult) (summarize.CoverageReport, error) {
	a := &analysis{ctx: ctx, articles: articles, docs: docs, passages: res.Passages, stats: res.Articles, kept: map[place]*sentence{}}
	for i, d := range docs {
		if i >= len(articles) {
			break
		}
		year := 0
		if t := articles[i].PublishedAt; t != nil {
			year = t.Year()
		}
		n := 0
		for p, para := range d.Paragraphs {
			for _, s := range para {
				if err := a.tick(); err != nil {
					return summarize.CoverageReport{}, err
				}
				l := a.langOf(i)
				ts := tokensIn(s, l)
				sent := &sentence{art: i, para: p, idx: n, text: s, toks: ts, figs: figures(s, ts, year), stems: contentStems(s)}
				if l != nil {
					sent.lang, sent.keyed = true, keyedIn(s, l, year)
				}
				sent.read()
				a.sents = append(a.sents, sent)
				a.kept[place{d.ID, p, strings.TrimSpace(s)}] = sent
				n++
			}
		}
	}
	diffs, err := a.differences()
	if err != nil {
		return summarize.CoverageReport{}, err
	}
	quotes, err := a.quotes()
	if err != nil {
		return summarize.CoverageReport{}, err
	}
	return summarize.CoverageReport{
		Differences: diffs,
		Quotes:      quotes,
		Coverage:    a.coverage(),
	}, nil
}

// checkEvery is how many steps of a loop run between two looks at the context.
const checkEvery = 64

// tick counts one step of a loop and, every checkEvery steps, returns the
// context's error once it is done.
func (a *analysis) tick() error {
	a.steps++
	if a.steps%checkEvery != 0 || a.ctx == nil {
		return nil
	}
	return a.ctx.Err()
}

// read fills the sentence's stem key and slots from its tokens and figures,
// once: aligned compares them many times.
func (s *sentence) read() {
	ks := make([]string, 0, len(s.stems))
	for k := range s.stems {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	s.stemKey = strings.Join(ks, " ")
	for k, kind := range kindNames {
		s.slots[k] = slots(s, kind)
	}
}

// place is where a sentence stands: its article's id, its paragraph and its
// text as the merge keeps it (white space trimmed).
type place struct {
	article string
	para    int
	text    string
}

// read returns the tokens and content stems of a passage's text: those of the
// sentence it keeps, read once by Analyze, or read now when the passage names
// no sentence of the docs.
func (a *analysis) read(p summarize.Passage) ([]tok, map[string]bool) {
	if s := a.kept[place{p.Article, p.Paragraph, p.Text}]; s != nil {
		return s.toks, s.stems
	}
	return tokens(p.Text), contentStems(p.Text)
}

// coverage lists the outlets, the wire groups and what each article adds.
func (a *analysis) coverage() summarize.Coverage {
	var c summarize.Coverage
	seen := map[string]bool{}
	stats := map[string]summarize.ArticleStats{}
	for _, s := range a.stats {
		stats[s.ID] = s
	}
	groups := map[string]*summarize.WireGroup{}
	var order []string
	source := map[string]string{}
	for _, art := range a.articles {
		source[art.ID] = art.Source
	}
	for _, art := range a.articles {
		if art.Source != "" && !seen[art.Source] {
			seen[art.Source] = true
			c.Outlets = append(c.Outlets, art.Source)
		}
		st := stats[art.ID]
		c.Articles = append(c.Articles, summarize.ArticleCoverage{ID: art.ID, Source: art.Source, PublishedAt: art.PublishedAt,
			UniqueShare: st.UniqueShare, SyndicatedOf: st.SyndicatedOf, Language: art.Language})
		if t := art.PublishedAt; t != nil {
			if c.FirstPublished == nil || t.Before(*c.FirstPublished) {
				c.FirstPublished = t
			}
			if c.LastPublished == nil || t.After(*c.LastPublished) {
				c.LastPublished = t
			}
		}
		if st.SyndicatedOf == "" {
			c.IndependentArticles++
			continue
		}
		root := st.SyndicatedOf
		for hops := 0; hops < len(a.articles) && stats[root].SyndicatedOf != ""; hops++ {
			root = stats[root].SyndicatedOf
		}
		g, ok := groups[root]
		if !ok {
			g = &summarize.WireGroup{Original: root, Source: source[root]}
			groups[root] = g
			order = append(order, root)
		}
		g.Reprints = append(g.Reprints, art.ID)
	}
	c.OutletCount = len(c.Outlets)
	idx := map[string]int{}
	for i, art := range a.articles {
		idx[art.ID] = i
	}
	sort.Slice(order, func(i, j int) bool { return idx[order[i]] < idx[order[j]] })
	for _, r := range order {
		c.WireGroups = append(c.WireGroups, *groups[r])
	}
	c.SingleSource = len(a.articles) > 1 && c.IndependentArticles == 1
	return c
}
