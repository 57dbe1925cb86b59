package merge_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

const (
	w1      = "Floodwater from the Arlen river reached the old market square in Kelmsby on Tuesday, forcing 340 households to leave."
	w1short = "Floodwater from the Arlen river reached the old market square in Kelmsby today."
	w2      = "The county emergency office said two pumping stations had failed overnight after their power supply was cut."
	u1      = "Shopkeepers on Mill Lane stacked sandbags against their doors while volunteers handed out hot drinks."
	u2      = "A spokeswoman for the rail operator said trains to the coast would run on a reduced timetable until Friday."
	u3      = "Local historians noted that the last flood of this scale in the valley was recorded in 1953."
)

func TestMergeResult(t *testing.T) {
	docs := []merge.Doc{
		doc("a1", p(w1short, u1), p(w2)),
		doc("a2", p(w1, w2), p(u2)),
		doc("a3", p(u3, w1short)),
	}
	res := merge.Merge(docs, words{}, merge.Options{})
	type pas struct {
		ID, Text, Article string
		Sources           []string
		Paragraph, Sent   int
	}
	var got []pas
	for _, p := range res.Passages {
		got = append(got, pas{p.ID, p.Text, p.Article, p.Sources, p.Paragraph, p.Sentence})
	}
	want := []pas{
		{"P1", w1, "a2", []string{"a1", "a2", "a3"}, 0, 0},
		{"P2", u1, "a1", []string{"a1"}, 0, 1},
		{"P3", w2, "a1", []string{"a1", "a2"}, 1, 2},
		{"P4", u2, "a2", []string{"a2"}, 1, 2},
		{"P5", u3, "a3", []string{"a3"}, 0, 0},
	}
	if d := cmp.Diff(got, want); d != "" {
		t.Fatalf("passages (-got +want):\n%s", d)
	}
	tokens := 0
	for _, p := range res.Passages {
		if got, want := p.Tokens, (words{}).Count(p.Text); got != want {
			t.Errorf("%s Tokens=%d, want %d", p.ID, got, want)
		}
		tokens += p.Tokens
	}
	before := 0
	for _, d := range docs {
		for _, para := range d.Paragraphs {
			for _, s := range para {
				before += (words{}).Count(s)
			}
		}
	}
	wantStats := summarize.MergeStats{Articles: 3, Passages: 8, UniquePassages: 5, DuplicatesRemoved: 3, TokensBefore: before, TokensAfter: tokens}
	if d := cmp.Diff(res.Stats, wantStats); d != "" {
		t.Fatalf("Stats (-got +want):\n%s", d)
	}
	wantArticles := []summarize.ArticleStats{
		{ID: "a1", Passages: 3, UniquePassages: 1, UniqueShare: 1.0 / 3},
		{ID: "a2", Passages: 3, UniquePassages: 1, UniqueShare: 1.0 / 3},
		{ID: "a3", Passages: 2, UniquePassages: 1, UniqueShare: 0.5},
	}
	if d := cmp.Diff(res.Articles, wantArticles); d != "" {
		t.Fatalf("Articles (-got +want):\n%s", d)
	}
}

func TestMergeEmpty(t *testing.T) {
	res := merge.Merge([]merge.Doc{doc("a1"), doc("a2", p("", "  "))}, nil, merge.Options{})
	if got, want := len(res.Passages), 0; got != want {
		t.Fatalf("passages=%d, want %d", got, want)
	}
	if got, want := res.Stats, (summarize.MergeStats{Articles: 2}); got != want {
		t.Fatalf("Stats=%+v, want %+v", got, want)
	}
	if got, want := len(res.Articles), 2; got != want {
		t.Fatalf("Articles=%d, want %d", got, want)
	}
}

// A longer sentence that contains two kept passages joins them into one.
func TestMergeSupersedesTwo(t *testing.T) {
	a := "The mayor of Kelmsby opened the new flood barrier on the river front."
	b := "Engineers said the barrier could hold back a surge of nearly three metres."
	c := "The mayor of Kelmsby opened the new flood barrier on the river front, and engineers said the barrier could hold back a surge of nearly three metres."
	res := merge.Merge([]merge.Doc{doc("a1", p(a)), doc("a2", p(b)), doc("a3", p(c))}, words{}, merge.Options{})
	if got, want := texts(res), []string{c}; !slices.Equal(got, want) {
		t.Fatalf("passages %q, want %q", got, want)
	}
	if got, want := res.Passages[0].Sources, []string{"a1", "a2", "a3"}; !slices.Equal(got, want) {
		t.Fatalf("Sources=%v, want %v", got, want)
	}
}

// A longer variant does not replace the kept text when a sentence already folded
// into it would no longer be contained in the new text.
func TestMergeSupersedeKeepsMembersCovered(t *testing.T) {
	a := "Crews from three counties worked through the night to clear the fallen trees from the coast road near Penhallow."
	b := "Crews from three counties worked through the night to clear the fallen trees from the coast road."
	c := "Crews worked through the night to clear the fallen trees from the coast road, which reopened at dawn to light traffic and buses only."
	res := merge.Merge([]merge.Doc{doc("a1", p(b)), doc("a2", p(a)), doc("a3", p(c))}, words{}, merge.Options{})
	assertCovered(t, [][]string{{b}, {a}, {c}}, res, merge.Options{})
}

func TestOptionsZeroMeansDefaults(t *testing.T) {
	g := generate(loadCorpus(t), 20, 400, 3)
	zero := merge.Merge(g.docs, words{}, merge.Options{})
	explicit := merge.Merge(g.docs, words{}, merge.Options{
		Containment:      merge.DefaultContainment,
		WordsPerSwap:     merge.DefaultWordsPerSwap,
		MinWords:         merge.DefaultMinWords,
		Shingle:          merge.DefaultShingle,
		SyndicationShare: merge.DefaultSyndicationShare,
		SyndicationMin:   merge.DefaultSyndicationMin,
		MinHashes:        merge.DefaultMinHashes,
		MaxPostings:      merge.DefaultMaxPostings,
	})
	if d := cmp.Diff(zero, explicit); d != "" {
		t.Fatalf("zero Options differ from the defaults (-zero +explicit):\n%s", d)
	}
	strict := merge.Merge(g.docs, words{}, merge.Options{Containment: 1, WordsPerSwap: -1})
	if got, limit := strict.Stats.UniquePassages, zero.Stats.UniquePassages; got < limit {
		t.Fatalf("stricter options kept %d passages, fewer than the defaults' %d", got, limit)
	}
}

// panicCounter fails a test that expects the counts to come with the docs.
type panicCounter struct{}

func (panicCounter) Count(string) int { panic("Merge counted a sentence whose count it was given") }

func TestMergeReadsGivenTokensAndSpans(t *testing.T) {
	docs := []merge.Doc{doc("a1", p(w1short, u1)), doc("a2", p(w1, w2))}
	docs[0].Tokens = [][]int{{3, 5}}
	docs[0].Spans = [][]summarize.Span{{{Start: 0, End: len(w1short)}, {Start: len(w1short) + 1, End: len(w1short) + 1 + len(u1)}}}
	docs[1].Tokens = [][]int{{7, 11}}
	docs[1].Spans = [][]summarize.Span{{{Start: 10, End: 10 + len(w1)}, {Start: 12 + len(w1), End: 12 + len(w1) + len(w2)}}}
	res := merge.Merge(docs, panicCounter{}, merge.Options{})
	if res.Stats.TokensBefore != 3+5+7+11 {
		t.Fatalf("TokensBefore=%d, want the given counts' sum %d", res.Stats.TokensBefore, 3+5+7+11)
	}
	for _, ps := range res.Passages {
		want := map[string][3]int{
			w1: {7, 10, 10 + len(w1)}, u1: {5, len(w1short) + 1, len(w1short) + 1 + len(u1)},
			w2: {11, 12 + len(w1), 12 + len(w1) + len(w2)},
		}[ps.Text]
		if got := [3]int{ps.Tokens, ps.Start, ps.End}; got != want {
			t.Fatalf("passage %q: tokens, start, end = %v, want %v", ps.Text, got, want)
		}
	}
}
