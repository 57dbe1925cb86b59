package stories_test

import (
	"reflect"

	"fmt"
	"testing"

	"github.com/briefing-news/briefing/summarize"

	"github.com/briefing-news/briefing/summarize/stories"
)

// bcubed is B-cubed precision, recall and F1 of a placement (article id to
// story) against the gold events.
func bcubed(where, gold map[string]string) (p, r, f1 float64) {
	type pair struct{ g, e string }
	both, byG, byE := map[pair]int{}, map[string]int{}, map[string]int{}
	for id, e := range gold {
		both[pair{where[id], e}]++
		byG[where[id]]++
		byE[e]++
	}
	for id, e := range gold {
		n := float64(both[pair{where[id], e}])
		p += n / float64(byG[where[id]])
		r += n / float64(byE[e])
	}
	p /= float64(len(gold))
	r /= float64(len(gold))
	return p, r, 2 * p * r / (p + r)
}

func TestFeedAdd(t *testing.T) {
	type art = stories.Article
	f := stories.NewFeed(stories.Options{})
	steps := []struct {
		a       art
		story   string // the article whose story it must join; "" starts one
		started bool
	}{
		{art{ID: "q1", Title: "Earthquake in Morocco", Text: quake, Published: at(0)}, "", true},
		{art{ID: "f1", Title: "Libya floods", Text: flood, Published: at(2)}, "", true},
		{art{ID: "q2", Title: "Morocco quake toll rises", Text: quake2, Published: at(1)}, "q1", false},
		{art{ID: "v1", Title: "Budget passes", Text: vote, Published: at(1)}, "", true},
		{art{ID: "f2", Title: "Aid reaches Derna", Text: flood2, Published: at(3)}, "f1", false},
		// the same event a month later is another story: the window
		{art{ID: "q3", Title: "Morocco quake toll rises", Text: quake2, Published: at(40)}, "", true},
	}
	for _, s := range steps {
		got, started := f.Add(s.a)
		want := stories.StoryID(s.a.ID)
		if s.story != "" {
			want = stories.StoryID(s.story)
		}
		if got != want || started != s.started {
			t.Errorf("Add(%s) = %s, %v; want %s, %v", s.a.ID, got, started, want, s.started)
		}
	}
	if f.Len() != len(steps) {
		t.Errorf("Len %d, want %d", f.Len(), len(steps))
	}
}

// TestFeedLoadThenAdd: a feed loaded from what was filed decides as the feed
// that filed it would.
func TestFeedLoadThenAdd(t *testing.T) {
	arts, _ := synthFeed(400, 5)
	a := stories.NewFeed(stories.Options{})
	b := stories.NewFeed(stories.Options{})
	for _, x := range arts[:399] {
		s, _ := a.Add(x)
		b.Load(x, s)
	}
	sa, _ := a.Add(arts[399])
	sb, _ := b.Add(arts[399])
	if sa != sb {
		t.Errorf("a loaded feed files the next article in %s, the feed that filed the rest in %s", sb, sa)
	}
}

// TestFeedQuality adds a synthetic feed of 2,000 articles one at a time, in a
// shuffled order (the feed's articles are not in time order), and measures
// the placement with B-cubed against the events.
func TestFeedQuality(t *testing.T) {
	arts, gold := synthFeed(2000, 3)
	f := stories.NewFeed(stories.Options{})
	where := map[string]string{}
	stories := map[string]bool{}
	for _, a := range arts {
		s, _ := f.Add(a)
		where[a.ID] = s
		stories[s] = true
	}
	p, r, f1 := bcubed(where, gold)
	t.Logf("synthetic 2,000 one at a time: %d stories, B-cubed P %.3f R %.3f F1 %.3f", len(stories), p, r, f1)
	if f1 < 0.95 {
		t.Errorf("B-cubed F1 %.3f, want at least 0.95", f1)
	}
}

// BenchmarkFeedAdd adds one article to a feed of 5,000 already filed (the
// domain's share of POST /v1/stories/articles; the store's is in
// api/jobs' BenchmarkAddStoryArticle).
//
//	go test -run '^$' -bench BenchmarkFeedAdd -cpu 1 ./summarize/stories/
func BenchmarkFeedAdd(b *testing.B) {
	arts, _ := synthFeed(5000+1000, 9)
	f := stories.NewFeed(stories.Options{})
	for _, a := range arts[:5000] {
		f.Add(a)
	}
	i := 5000
	cpu := cpuTime()
	for b.Loop() {
		a := arts[i%len(arts)]
		a.ID = fmt.Sprint("x", i)
		f.Add(a)
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/add")
	b.ReportMetric((cpuTime()-cpu).Seconds()*1000/float64(b.N), "cpu-ms/add")
}

func TestChanges(t *testing.T) {
	pt := func(s string) summarize.Point { return summarize.Point{Text: s} }
	prev := []summarize.Point{
		pt("The earthquake killed at least 9 people in the High Atlas villages."),
		pt("King Mohammed VI declared three days of mourning."),
	}
	cur := []summarize.Point{
		pt("King Mohammed VI declared three days of mourning."),
		pt("The earthquake killed at least 14 people in the High Atlas villages."),
		pt("Spain and Britain sent rescue teams to Marrakesh."),
	}
	got := stories.Changes(prev, cur)
	want := []stories.Change{
		{Point: 1, Kind: stories.ChangeUpdated, Was: prev[0].Text, Note: "from 9 to 14"},
		{Point: 2, Kind: stories.ChangeNew},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Changes:\n got %+v\nwant %+v", got, want)
	}
	// The briefing's way of telling a toll that rose: a difference point.
	got = stories.Changes(
		[]summarize.Point{pt("Rescuers searched the villages near Amizmiz as the death toll rose to 2,012.")},
		[]summarize.Point{pt("The figure for people killed rose: 2,012 according to [q1], 2,946 according to [q3].")})
	if len(got) != 1 || got[0].Kind != stories.ChangeUpdated || got[0].Note != "from 2,012 to 2,946" {
		t.Errorf("a toll that rose, told as a difference: %+v", got)
	}
	if got := stories.Changes(cur, cur); len(got) != 0 {
		t.Errorf("a version against itself: %+v, want no change", got)
	}
	if got := stories.Changes(nil, cur[:1]); len(got) != 1 || got[0].Kind != stories.ChangeNew {
		t.Errorf("the first version: %+v, want every point new", got)
	}
}
