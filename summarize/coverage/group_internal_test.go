package coverage

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// groupAllPairs is group as it was before issue 22: every quotation compared
// with every variant of every group before it. The reference group must equal.
func (a *analysis) groupAllPairs(all []found) []summarize.Quote {
	type variant struct {
		text string
		arts map[int]bool
	}
	type group struct {
		variants []*variant
		speakers map[string]int
		order    []string
	}
	var groups []*group
	for _, f := range all {
		var g *group
		for _, h := range groups {
			for _, v := range h.variants {
				if sameQuote(v.text, f.text) {
					g = h
					break
				}
			}
			if g != nil {
				break
			}
		}
		if g == nil {
			g = &group{speakers: map[string]int{}}
			groups = append(groups, g)
		}
		var v *variant
		for _, w := range g.variants {
			if strings.EqualFold(normQuote(w.text), normQuote(f.text)) {
				v = w
			}
		}
		if v == nil {
			v = &variant{text: f.text, arts: map[int]bool{}}
			g.variants = append(g.variants, v)
		}
		v.arts[f.art] = true
		if f.speaker != "" {
			if g.speakers[f.speaker] == 0 {
				g.order = append(g.order, f.speaker)
			}
			g.speakers[f.speaker]++
		}
	}
	var out []summarize.Quote
	for _, g := range groups {
		q := summarize.Quote{}
		best := 0
		for _, s := range g.order {
			if g.speakers[s] > best {
				q.Speaker, best = s, g.speakers[s]
			}
		}
		// the variant most articles carry is the quote's text
		bi := 0
		for i, v := range g.variants {
			if len(v.arts) > len(g.variants[bi].arts) {
				bi = i
			}
		}
		g.variants[0], g.variants[bi] = g.variants[bi], g.variants[0]
		arts := map[int]bool{}
		for _, v := range g.variants {
			qv := summarize.QuoteVariant{Text: v.text}
			for i, art := range a.articles {
				if v.arts[i] {
					qv.Citations = append(qv.Citations, art.ID)
					arts[i] = true
				}
			}
			q.Variants = append(q.Variants, qv)
		}
		q.Text = q.Variants[0].Text
		for i, art := range a.articles {
			if arts[i] {
				q.Citations = append(q.Citations, art.ID)
			}
		}
		out = append(out, q)
	}
	return out
}

// TestGroupEqualsAllPairs: quotations grouped with the memo of wordings give
// the quotes of the all-pairs grouping, on generated quotations that repeat,
// reword a few words, and share words with other quotations.
func TestGroupEqualsAllPairs(t *testing.T) {
	words := strings.Fields("the flood water rose over the river banks and the town was cut off for days we will rebuild every house")
	r := rand.New(rand.NewPCG(22, 3))
	speakers := []string{"", "Marit Dahl", "Oliver Grant"}
	for round := range 40 {
		var all []found
		var base []string
		for range 1 + r.IntN(5) {
			n := 4 + r.IntN(8)
			start := r.IntN(len(words) - n)
			base = append(base, strings.Join(words[start:start+n], " "))
		}
		arts := 2 + r.IntN(8)
		for i := range 20 + r.IntN(60) {
			q := strings.Fields(base[r.IntN(len(base))])
			for range r.IntN(3) {
				q[r.IntN(len(q))] = words[r.IntN(len(words))]
			}
			if r.IntN(3) == 0 {
				q = q[:max(1, len(q)-r.IntN(3))]
			}
			text := strings.Join(q, " ")
			if r.IntN(4) == 0 {
				text = strings.ToUpper(text[:1]) + text[1:]
			}
			all = append(all, found{art: i % arts, text: text, speaker: speakers[r.IntN(len(speakers))]})
		}
		a := &analysis{}
		for i := range arts {
			a.articles = append(a.articles, summarize.Article{ID: fmt.Sprintf("a%d", i+1)})
		}
		got, err := a.group(all)
		if err != nil {
			t.Fatal(err)
		}
		if want := a.groupAllPairs(all); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d:\n got %+v\nwant %+v", round, got, want)
		}
	}
}

// sameQuote and normQuote are the old grouping's, on wordings as written.
func sameQuote(x, y string) bool { return sameWords(readQuote(x), readQuote(y)) }

func normQuote(s string) string { return strings.Join(wordsOf(s), " ") }
