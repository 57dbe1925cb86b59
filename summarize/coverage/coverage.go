package coverage

import (
	"sort"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// analysis holds one request's articles, sentences and passages.
type analysis struct {
	articles []summarize.Article
	docs     []merge.Doc
	sents    []*sentence
	kept     map[place]*sentence // by where it stands, for the passages that keep it
	passages []summarize.Passage
	stats    []summarize.ArticleStats
}

// Analyze reads the merged articles and reports where they differ, who said what
// and who reported the story. articles and docs are in request order, one doc per
// article (docs[i].ID == articles[i].ID); res is the merge of docs. It is
// deterministic and needs no model.
func Analyze(articles []summarize.Article, docs []merge.Doc, res summarize.MergeResult) summarize.CoverageReport {
	a := &analysis{articles: articles, docs: docs, passages: res.Passages, stats: res.Articles, kept: map[place]*sentence{}}
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
				ts := tokens(s)
				sent := &sentence{art: i, para: p, idx: n, text: s, toks: ts, figs: figures(s, ts, year), stems: contentStems(s)}
				a.sents = append(a.sents, sent)
				a.kept[place{d.ID, p, strings.TrimSpace(s)}] = sent
				n++
			}
		}
	}
	return summarize.CoverageReport{
		Differences: a.differences(),
		Quotes:      a.quotes(),
		Coverage:    a.coverage(),
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
			UniqueShare: st.UniqueShare, SyndicatedOf: st.SyndicatedOf})
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
