package merge_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/merge"
)

// FuzzMerge merges random articles ("|" separates articles, newlines paragraphs,
// ". " sentences) under random options (the high bits of shingle pick the
// number of MinHash functions, those of containment the posting cap, down to
// one function and one posting): no panic, ids P1..Pn, every sentence
// covered by a passage citing its article, and the statistics add up.
func FuzzMerge(f *testing.F) {
	f.Add("The river rose. Crews worked all night on the wall.|The river rose. Crews worked all night on the old wall today.", uint8(0), uint8(0))
	f.Add("Officials said 12 people were rescued from the tunnel on Tuesday.|Officials said 15 people were rescued from the tunnel today.", uint8(1), uint8(3))
	f.Add("He did not resign from the council after the vote.\nHe did resign from the council after the vote.|a|b", uint8(2), uint8(9))
	f.Add("...|  |\n\n|Ünïcödé wörds’s, 1,200 and 3.5 and Mr. Ä.", uint8(3), uint8(200))
	f.Fuzz(func(t *testing.T, text string, shingle, containment uint8) {
		var articles [][]string
		var docs []merge.Doc
		for i, a := range strings.Split(text, "|") {
			var paras [][]string
			var all []string
			for _, para := range strings.Split(a, "\n") {
				sents := strings.SplitAfter(para, ". ")
				paras = append(paras, sents)
				all = append(all, sents...)
			}
			articles = append(articles, all)
			docs = append(docs, merge.Doc{ID: articleID(i), Paragraphs: paras})
		}
		opts := merge.Options{
			Shingle:     int(shingle % 5),
			Containment: float64(containment) / 200,
			MinHashes:   int(shingle >> 3),
			MaxPostings: int(containment >> 6),
		}
		res := merge.Merge(docs, words{}, opts)
		assertCovered(t, articles, res, opts)
		st := res.Stats
		if st.Articles != len(docs) || st.DuplicatesRemoved != st.Passages-st.UniquePassages || st.UniquePassages != len(res.Passages) {
			t.Fatalf("Stats %+v inconsistent with %d docs, %d passages", st, len(docs), len(res.Passages))
		}
		if st.TokensAfter > st.TokensBefore {
			t.Fatalf("TokensAfter %d > TokensBefore %d", st.TokensAfter, st.TokensBefore)
		}
		for _, p := range res.Passages {
			if len(p.Sources) == 0 || len(p.IndependentSources) == 0 {
				t.Fatalf("%s has Sources %v, IndependentSources %v", p.ID, p.Sources, p.IndependentSources)
			}
		}
	})
}
