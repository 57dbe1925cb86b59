package coverage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// alignedAllPairs is aligned as it was before issue 22: every sentence
// compared with every later one of another article, its slots read again for
// each pair. It is the reference the indexed aligned must equal.
func (a *analysis) alignedAllPairs(keyed []claim) []claim {
	covered := map[*sentence]bool{}
	for _, c := range keyed {
		covered[c.s] = true
	}
	var out []claim
	seen := map[string]bool{}
	add := func(c claim) {
		k := c.kind + "\x00" + c.about + "\x00" + c.dateKey + "\x00" + strconv.Itoa(c.s.art) + "\x00" + strconv.Itoa(c.s.idx)
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	for i, x := range a.sents {
		if len(x.stems) < minAlignedWords {
			continue
		}
		for _, y := range a.sents[i+1:] {
			if y.art == x.art || len(y.stems) < minAlignedWords || jaccard(x.stems, y.stems) < minAligned {
				continue
			}
			for _, kind := range []string{summarize.KindNumber, summarize.KindDate, summarize.KindName} {
				if kind == summarize.KindNumber && (covered[x] || covered[y]) {
					continue
				}
				dx, dy, ok := oneDiff(slots(x, kind), slots(y, kind))
				if !ok || kind == summarize.KindName && sharesWord(dx.key, dy.key) {
					continue
				}
				about := dx.about
				if about == "" || about != dy.about {
					continue
				}
				add(claim{kind: kind, about: about, fig: dx.fig, dateKey: dx.key, s: x})
				add(claim{kind: kind, about: about, fig: dy.fig, dateKey: dy.key, s: y})
			}
		}
	}
	return out
}

// newAnalysis reads articles of paragraphs as Analyze does, without analysing.
func newAnalysis(texts [][]string) *analysis {
	a := &analysis{ctx: context.Background(), kept: map[place]*sentence{}}
	n := 0
	for i, paras := range texts {
		a.articles = append(a.articles, summarize.Article{ID: fmt.Sprintf("a%d", i+1)})
		for p, s := range paras {
			ts := tokens(s)
			sent := &sentence{art: i, para: p, idx: n, text: s, toks: ts, figs: figures(s, ts, 0), stems: contentStems(s)}
			sent.read()
			a.sents = append(a.sents, sent)
			n++
		}
	}
	return a
}

func sameClaims(t *testing.T, name string, got, want []claim) {
	t.Helper()
	show := func(c claim) string {
		return fmt.Sprintf("%s|%s|%s|%s|a%d s%d", c.kind, c.about, c.dateKey, c.fig.value, c.s.art, c.s.idx)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d claims, want %d", name, len(got), len(want))
	}
	for i := 0; i < len(got) && i < len(want); i++ {
		if show(got[i]) != show(want[i]) || got[i].s != want[i].s {
			t.Errorf("%s: claim %d = %s, want %s", name, i, show(got[i]), show(want[i]))
			return
		}
	}
}

// keyedClaims are the claims differences makes before aligning.
func (a *analysis) keyedClaims() []claim {
	var claims []claim
	for _, s := range a.sents {
		for _, f := range s.figs {
			if !f.skip && !f.ref && f.about != "" {
				claims = append(claims, claim{kind: summarize.KindNumber, about: f.about + unitSuffix(f.unit), fig: f, s: s})
			}
		}
	}
	return claims
}

// TestAlignedEqualsAllPairs: the indexed aligned gives the claims of the
// all-pairs scan, in its order, on the eval cases' articles (read from the
// repository's eval/cases, sentences cut at full stops) and on generated
// articles whose sentences differ from one another in a figure, a date or a
// name, with repeats, swaps within an article and sentences sharing most but
// not all content words.
func TestAlignedEqualsAllPairs(t *testing.T) {
	total := map[bool]int{} // claims found, in the eval cases (true) and generated
	check := func(name string, texts [][]string) {
		a := newAnalysis(texts)
		keyed := a.keyedClaims()
		got, err := a.aligned(keyed)
		if err != nil {
			t.Fatal(err)
		}
		sameClaims(t, name, got, a.alignedAllPairs(keyed))
		total[!strings.HasPrefix(name, "generated")] += len(got)
	}
	dirs, _ := filepath.Glob("../../eval/cases/*")
	cases := 0
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "a*"))
		var texts [][]string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var paras []string
			for _, s := range strings.SplitAfter(strings.ReplaceAll(string(b), `\n`, "\n"), ". ") {
				if s = strings.TrimSpace(s); s != "" {
					paras = append(paras, s)
				}
			}
			texts = append(texts, paras)
		}
		if len(texts) > 1 {
			cases++
			check(filepath.Base(dir), texts)
		}
	}
	if cases < 10 {
		t.Fatalf("read %d eval cases", cases)
	}
	templates := []string{
		"The storm killed %d people in the town of %s on %s, officials said on Monday.",
		"Rescuers found %d survivors near the harbour of %s late on %s, the mayor said.",
		"Minister %s said the repairs would cost %d million euros and begin on %s.",
		"At least %d homes were flooded in %s when the river burst its banks on %s.",
	}
	names := []string{"Veldhaven", "Orsa", "Oliver Grant", "Grant", "Marit Dahl", "Lindholm"}
	dates := []string{"March 14", "March 16", "Friday", "Saturday", "June 2"}
	r := rand.New(rand.NewPCG(22, 2))
	for round := range 30 {
		arts := 2 + r.IntN(6)
		texts := make([][]string, arts)
		for i := range texts {
			for range 3 + r.IntN(8) {
				tpl := templates[r.IntN(len(templates))]
				var s string
				n, name, date := []int{3, 4, 12, 40}[r.IntN(4)], names[r.IntN(len(names))], dates[r.IntN(len(dates))]
				if strings.HasPrefix(tpl, "Minister") {
					s = fmt.Sprintf(tpl, name, n, date)
				} else {
					s = fmt.Sprintf(tpl, n, name, date)
				}
				if r.IntN(5) == 0 {
					s = strings.Replace(s, " said", " told reporters", 1)
				}
				texts[i] = append(texts[i], s)
			}
		}
		check(fmt.Sprintf("generated %d", round), texts)
	}
	t.Logf("claims: %d in the eval cases, %d generated", total[true], total[false])
	if total[false] < 100 {
		t.Errorf("too few claims to compare: %v", total)
	}
}

// TestAlignedReadsSlotsOnce: the slots aligned compares are those read when
// the sentence was read (sentence.read), the same as slots gives.
func TestAlignedReadsSlotsOnce(t *testing.T) {
	a := newAnalysis([][]string{{"Minister Oliver Grant said on March 14 that 40 homes were flooded in Orsa on Friday."}})
	s := a.sents[0]
	for k, kind := range kindNames {
		if fmt.Sprint(s.slots[k]) != fmt.Sprint(slots(s, kind)) {
			t.Errorf("%s: read %v, want %v", kind, s.slots[k], slots(s, kind))
		}
		if len(s.slots[k]) == 0 {
			t.Errorf("%s: no slot read", kind)
		}
	}
}

// TestAlignedLinearInSlots: a sentence of many figures is filed under each of
// them without writing out the rest of its figures each time: the bytes
// aligned allocates grow about as the figures, not as their square.
func TestAlignedLinearInSlots(t *testing.T) {
	allocated := func(n int) uint64 {
		var texts [][]string
		for a := range 2 {
			var b strings.Builder
			b.WriteString("The harbour master counted boats in every port along the coast:")
			for i := range n {
				fmt.Fprintf(&b, " %d boats,", i*2+a)
			}
			texts = append(texts, []string{b.String()})
		}
		an := newAnalysis(texts)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := an.aligned(nil); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(500), allocated(5000)
	if ratio := float64(large) / float64(small); ratio > 25 {
		t.Errorf("%d bytes for 500 figures, %d for 5,000 (×%.0f, want about ×10)", small, large, ratio)
	} else {
		t.Logf("%d bytes for 500 figures, %d for 5,000 (×%.1f)", small, large, ratio)
	}
}
