package merge_test

import (
	"slices"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// Sentences of a fictional wire story and light edits of them.
var (
	wire = []string{
		"Council leader Maria Okafor said on Tuesday that the harbour wall in Porthwick would be raised by a metre before the winter.",
		"The work is expected to cost 14 million and will be paid for by the regional flood fund, the council said.",
		"Residents of the old quarter have been flooded four times in the past decade, most recently in March.",
		"Okafor said contractors would start in the autumn and that the quayside would stay open to fishing boats during the work.",
		"Shop owners on the waterfront welcomed the plan but asked for help with lost trade while the road is closed.",
	}
	reprint = []string{ // names shortened, "on Tuesday" → "today", punctuation
		"Okafor said today that the harbour wall in Porthwick would be raised by a metre before the winter.",
		"The work is expected to cost 14 million and will be paid for by the regional flood fund, the council said",
		"Residents of the old quarter have been flooded four times in the past decade - most recently in March.",
		"Okafor said contractors would start in the autumn and that the quayside would stay open to fishing boats during the work.",
		"Shop owners on the waterfront welcomed the plan but asked for help with lost trade while the road is closed.",
	}
	own = []string{
		"A petition calling for the wall to be raised further has gathered more than 2,000 signatures since the spring.",
		"The harbour master told our reporter that the fishing fleet had already moved its winter moorings up the estuary.",
		"Engineers from the university will monitor the old wall with sensors while the new section is built.",
		"The last major repair to the harbour was carried out in 1987 after a storm breached the sea defences.",
		"Local councillors from the opposition said the plan came years too late for families who had already left.",
		"A public meeting about the works will be held at the library in Porthwick next month.",
	}
)

func cat(parts ...[]string) []string { return slices.Concat(parts...) }

func TestSyndication(t *testing.T) {
	tests := []struct {
		name     string
		articles [][]string
		want     []string // SyndicatedOf per article
	}{
		{"reprint with light edits", [][]string{wire, cat(reprint, own[:1])}, []string{"", "a1"}},
		{"rewrite sharing two of six sentences", [][]string{wire, cat(wire[:2], own[:4])}, []string{"", ""}},
		{"exactly 60 percent", [][]string{wire, cat(reprint[:3], own[:2])}, []string{"", "a1"}},
		{"half is not mostly", [][]string{wire, cat(reprint[:3], own[:3])}, []string{"", ""}},
		{"two copied sentences are too few", [][]string{wire, reprint[:2]}, []string{"", ""}},
		{"the original is the earlier article", [][]string{cat(reprint, own[:1]), wire}, []string{"", "a1"}},
		{"two reprints of one wire both name the wire",
			[][]string{cat(own[:1], wire), cat(reprint, own[1:2]), cat(reprint, own[2:3])}, []string{"", "a1", "a1"}},
		{"a copy of a reprint names the reprint it matches best",
			[][]string{cat(own[:1], wire), cat(reprint, own[1:2]), cat(reprint, own[1:2])}, []string{"", "a1", "a2"}},
		{"copies split over two originals",
			[][]string{wire[:3], own[:3], cat(wire[:3], own[:3])}, []string{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := make([]merge.Doc, len(tt.articles))
			for i, a := range tt.articles {
				docs[i] = doc(articleID(i), a)
			}
			res := merge.Merge(docs, words{}, merge.Options{})
			var got []string
			for _, a := range res.Articles {
				got = append(got, a.SyndicatedOf)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("SyndicatedOf=%q, want %q", got, tt.want)
			}
			assertCovered(t, tt.articles, res, merge.Options{})
			syn := map[string]string{}
			for _, a := range res.Articles {
				syn[a.ID] = a.SyndicatedOf
			}
			// IndependentSources differ from Sources exactly by the reprints whose
			// original is also a source.
			for _, p := range res.Passages {
				var want []string
				for _, s := range p.Sources {
					if o := syn[s]; o == "" || !slices.Contains(p.Sources, o) {
						want = append(want, s)
					}
				}
				if !slices.Equal(p.IndependentSources, want) {
					t.Fatalf("%s Sources=%v IndependentSources=%v, want %v", p.ID, p.Sources, p.IndependentSources, want)
				}
			}
		})
	}
}

func TestSyndicationCorroboration(t *testing.T) {
	docs := []merge.Doc{
		doc("wire", wire),
		doc("reprint", cat(reprint, own[:1])),
		doc("rewrite", cat(wire[1:2], own[1:5])),
	}
	res := merge.Merge(docs, words{}, merge.Options{})
	byText := map[string]summarize.Passage{}
	for _, p := range res.Passages {
		byText[p.Text] = p
	}
	tests := []struct {
		text              string
		sources, indep    []string
		wantArticleOfText string
	}{
		{wire[0], []string{"wire", "reprint"}, []string{"wire"}, "wire"},
		{wire[1], []string{"wire", "reprint", "rewrite"}, []string{"wire", "rewrite"}, "wire"},
		{own[0], []string{"reprint"}, []string{"reprint"}, "reprint"},
	}
	for _, tt := range tests {
		p, ok := byText[tt.text]
		if !ok {
			t.Fatalf("no passage %q in %q", tt.text, texts(res))
		}
		if !slices.Equal(p.Sources, tt.sources) || !slices.Equal(p.IndependentSources, tt.indep) {
			t.Errorf("%q: Sources=%v Independent=%v, want %v %v", tt.text[:20], p.Sources, p.IndependentSources, tt.sources, tt.indep)
		}
		if got, want := p.Article, tt.wantArticleOfText; got != want {
			t.Errorf("%q: Article=%q, want %q", tt.text[:20], got, want)
		}
	}
	if got, want := res.Articles[1].SyndicatedOf, "wire"; got != want {
		t.Fatalf("reprint SyndicatedOf=%q, want %q", got, want)
	}
	if got, want := res.Articles[1].UniquePassages, 1; got != want {
		t.Fatalf("reprint UniquePassages=%d, want %d", got, want)
	}
}
