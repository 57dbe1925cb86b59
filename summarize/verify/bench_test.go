package verify_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
	"github.com/briefing-news/briefing/summarize/verify"
)

// cluster50 generates a 50-article cluster about one event: 30 sentences an
// article, each article rewording the shared facts and adding its own.
func cluster50() ([]summarize.Passage, []summarize.Article, []string) {
	pub := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	subjects := []string{"The harbour master", "A coast guard officer", "The ferry operator", "Transport Minister Lena Voss", "The mayor of Port Aven", "A marine engineer", "The regional governor", "Rescue chief Omar Haddad"}
	verbs := []string{"said", "confirmed", "told reporters", "estimated", "did not confirm", "wrote"}
	objects := []string{"that %d people were aboard the ferry", "that the hull had a %d-metre gash", "that fuel leaked near pier %d", "that tugs arrived within %d minutes", "that the crossing costs %d euros", "that an inquiry opens on Monday with %d investigators", "that %d,500 litres of diesel were recovered", "that radar failed %d times"}
	var ps []summarize.Passage
	var arts []summarize.Article
	for a := 0; a < 50; a++ {
		id := fmt.Sprintf("a%d", a+1)
		arts = append(arts, summarize.Article{ID: id, Source: fmt.Sprintf("Outlet %d", a%12), PublishedAt: &pub})
		for s := 0; s < 30; s++ {
			k := a*30 + s
			text := fmt.Sprintf("%s %s "+objects[(k/7)%len(objects)]+", in the %s of district %c.", subjects[k%len(subjects)], verbs[(k/3)%len(verbs)], k%97+3, []string{"north", "south", "harbour", "old town"}[k%4], 'A'+rune(k%26))
			ps = append(ps, summarize.Passage{ID: fmt.Sprintf("P%d", k+1), Text: text, Article: id, Sources: []string{id}})
		}
	}
	// points: faithful copies, reworded ones, a changed figure, an invented claim
	claims := []string{
		ps[10].Text,
		"Transport Minister Lena Voss said 45 people were aboard the ferry.",
		"The harbour master said that 9,999 people were aboard the ferry.",
		"The two governments signed a treaty on shipbuilding worth 4.2 billion euros.",
		"Rescue chief Omar Haddad confirmed the tugs arrived within 20 minutes in the north.",
		ps[700].Text,
		"Mr Haddad said the hull had a gash of 30 metres.",
		"The regional governor did not confirm that fuel leaked near the pier.",
	}
	return ps, arts, claims
}

// BenchmarkCheck is the check of one point on a 50-article cluster (1,500
// passages): its cited passage first, then the search for a set that supports it,
// as verify does for a point its citation does not support.
func BenchmarkCheck(b *testing.B) {
	ps, arts, claims := cluster50()
	x := verify.NewIndex(ps, arts)
	lexicon.Default() // the lexicon is loaded once per process, not per point (BenchmarkLoad in its package)
	b.ResetTimer()
	points := 0
	for b.Loop() {
		for i, c := range claims {
			if r := x.Check(c, []string{ps[i*97%len(ps)].ID}); !r.Supported() {
				x.Find(c)
			}
			points++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(points), "ns/point")
}

// BenchmarkIndex is reading the 1,500 passages once per briefing.
func BenchmarkIndex(b *testing.B) {
	ps, arts, _ := cluster50()
	for b.Loop() {
		verify.NewIndex(ps, arts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ps)), "ns/passage")
}

// BenchmarkRolesLongSentence checks a claim whose verb and sides a hostile
// passage writes again and again in one sentence with no full stop: the swapped
// roles rule reads each sentence once, so the time per byte must not grow with
// the sentence (ratio: 4× the text against 1×, in the same run; about 1).
// "one side" writes the verb again and again with only the claim's subject,
// as its object at the end, and not the claim's object (agentAsObject).
func BenchmarkRolesLongSentence(b *testing.B) {
	cases := []struct{ name, unit, end, claim string }{
		{"both sides", "the cyclists passed the police and ", "then stopped.", "The police passed the cyclists."},
		{"one side", "the cyclists passed and ", "then passed the police.", "The police passed the riders."},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			index := func(n int) (*verify.Index, int) {
				text := strings.Repeat(tc.unit, n) + tc.end
				ps := []summarize.Passage{{ID: "P1", Text: text, Article: "a1", Sources: []string{"a1"}}}
				return verify.NewIndex(ps, []summarize.Article{{ID: "a1"}}), len(text)
			}
			small, ns := index(250)
			large, nl := index(1000)
			small.Check(tc.claim, []string{"P1"}) // the lexicon, loaded once per process
			large.Check(tc.claim, []string{"P1"})
			var ts, tl time.Duration
			for b.Loop() {
				t0 := time.Now()
				small.Check(tc.claim, []string{"P1"})
				t1 := time.Now()
				large.Check(tc.claim, []string{"P1"})
				ts += t1.Sub(t0)
				tl += time.Since(t1)
			}
			perS, perL := float64(ts)/float64(ns), float64(tl)/float64(nl)
			b.ReportMetric(perS/float64(b.N), "ns/byte-1x")
			b.ReportMetric(perL/float64(b.N), "ns/byte-4x")
			b.ReportMetric(perL/perS, "4x/1x")
		})
	}
}
