package extractive_test

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
)

// visit is a story told over two days: a1 and a4 report on Monday that the
// envoy will visit; a2 and a3 report on Tuesday that she has arrived. dates are
// the articles' by id; an id not in it has none.
func visit(dates map[string]*time.Time) *summarize.Input {
	in := cluster(
		p{"The foreign ministry said envoy Lena Varga would visit Tallinn and meet the prime minister this week.", []string{"a1", "a4"}, 0},
		p{"Envoy Lena Varga arrived in Tallinn on Tuesday for talks with the prime minister on energy links.", []string{"a2"}, 0},
		p{"Lena Varga landed in Tallinn on Tuesday morning and went straight to talks with the prime minister.", []string{"a3"}, 0},
		p{"The talks are expected to cover a new power cable under the Baltic Sea.", []string{"a1", "a2"}, 1},
		p{"Officials said the cable would cost about 600 million euros.", []string{"a3"}, 1},
	)
	for i, a := range in.Articles {
		in.Articles[i].PublishedAt = dates[a.ID]
	}
	return in
}

// twoDays dates the Monday reports a day before the Tuesday ones.
func twoDays() map[string]*time.Time {
	return map[string]*time.Time{"a1": at(2, 9), "a4": at(2, 11), "a2": at(3, 8), "a3": at(3, 12)}
}

func at(day, hour int) *time.Time {
	t := time.Date(2026, 3, day, hour, 0, 0, 0, time.UTC)
	return &t
}

// TestStaleNewsCycle: a passage only an earlier news cycle's articles carry (18
// hours or more before the newest) is scored at 0.8 of its worth; every other
// score is what it is without dates, and dates within one news cycle, or on
// fewer than two articles, change nothing.
func TestStaleNewsCycle(t *testing.T) {
	scores := func(in *summarize.Input) []float64 {
		t.Helper()
		s, err := extractive.New().Scores(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	undated := scores(visit(nil))
	for _, tc := range []struct {
		name  string
		dates map[string]*time.Time
		stale []bool // by passage
	}{
		// P4 is carried by a Monday and a Tuesday report: not stale.
		{"a day apart", twoDays(), []bool{true, false, false, false, false}},
		{"one news cycle (14 hours)", map[string]*time.Time{"a1": at(2, 6), "a4": at(2, 7), "a2": at(2, 12), "a3": at(2, 20)}, make([]bool, 5)},
		{"one article dated", map[string]*time.Time{"a1": at(1, 9)}, make([]bool, 5)},
		{"one of the older articles undated", map[string]*time.Time{"a1": at(2, 9), "a2": at(3, 8), "a3": at(3, 12)}, make([]bool, 5)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := scores(visit(tc.dates))
			for i := range got {
				want := undated[i]
				if tc.stale[i] {
					want *= 0.8
				}
				if math.Abs(got[i]-want) > 1e-12 {
					t.Errorf("P%d: score %.4f, want %.4f (undated %.4f)", i+1, got[i], want, undated[i])
				}
			}
		})
	}
}

// TestBriefLeadsWithLatest: over two days, the briefing's headline and first
// point are Tuesday's arrival, not Monday's announcement of the visit, which
// leads when the articles carry no dates.
func TestBriefLeadsWithLatest(t *testing.T) {
	const monday = "The foreign ministry said"
	// Undated, Monday's report (P1) leads as the first point (checked below), so
	// the headline is no clause of it: a point says it whole (unrepeatHeadline).
	if d := brief(t, visit(nil), 3, 80); strings.HasPrefix(d.Headline, monday) {
		t.Errorf("undated: headline %q repeats the first clause of a point", d.Headline)
	} else {
		for _, p := range d.Points {
			if h := strings.TrimSuffix(d.Headline, " …"); h != "" && strings.HasPrefix(p.Text, h) {
				t.Errorf("undated: headline %q repeats point %q", d.Headline, p.Text)
			}
		}
	}
	if h := brief(t, visit(twoDays()), 3, 80).Headline; strings.HasPrefix(h, monday) {
		t.Errorf("a day apart: headline %q is Monday's report; want Tuesday's", h)
	}
	first := func(in *summarize.Input) string {
		d := brief(t, in, 3, 80)
		if len(d.Points) == 0 {
			t.Fatal("no points")
		}
		return d.Points[0].Passages[0]
	}
	if got := first(visit(nil)); got != "P1" {
		t.Fatalf("undated: first point from %s; the fixture means P1 to rank first without dates", got)
	}
	if got := first(visit(twoDays())); got == "P1" {
		t.Errorf("a day apart: first point from %s, Monday's report; want Tuesday's", got)
	}
}
