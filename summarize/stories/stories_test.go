package stories_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize/stories"
)

func at(day int) *time.Time {
	t := time.Date(2023, 9, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, day)
	return &t
}

const (
	quake  = "A magnitude 6.8 earthquake struck the High Atlas mountains south of Marrakesh late on Friday, killing at least 2,946 people and flattening villages. Rescuers dug through rubble in Amizmiz and Talat N'Yaaqoub as aftershocks shook the region. Morocco's King Mohammed VI declared three days of mourning."
	quake2 = "Rescuers in Morocco searched collapsed mud-brick homes in the High Atlas villages near Amizmiz after the magnitude 6.8 earthquake, as the death toll rose to 2,946. Aftershocks rattled Marrakesh and survivors slept outdoors."
	flood  = "Floodwaters from two collapsed dams swept through Derna in eastern Libya, washing entire neighbourhoods into the sea. The Red Crescent said thousands were missing after Storm Daniel dumped torrential rain on the coastal city."
	flood2 = "Aid began reaching Derna, the Libyan city where Storm Daniel burst two dams and sent a torrent through its centre; the Red Crescent counted thousands missing and bodies washed ashore along the coast."
	vote   = "Lawmakers in the national assembly approved the budget bill by 212 votes to 188 after a night of debate over pension reform and defence spending."
)

// place returns, for each article id, the story it is in ("" for a singleton),
// and fails when an article is in none or in two.
func place(t *testing.T, ids []string, res stories.Result) map[string]string {
	t.Helper()
	where := map[string]string{}
	for _, s := range res.Stories {
		if len(s.Articles) < 2 {
			t.Errorf("story %s has %d articles", s.ID, len(s.Articles))
		}
		for _, id := range s.Articles {
			if _, dup := where[id]; dup {
				t.Errorf("article %s is in two places", id)
			}
			where[id] = s.ID
		}
	}
	for _, id := range res.Singletons {
		if _, dup := where[id]; dup {
			t.Errorf("article %s is in two places", id)
		}
		where[id] = ""
	}
	for _, id := range ids {
		if _, ok := where[id]; !ok {
			t.Errorf("article %s is nowhere", id)
		}
	}
	if len(where) != len(ids) {
		t.Errorf("%d places for %d articles", len(where), len(ids))
	}
	return where
}

func TestGroup(t *testing.T) {
	type art = stories.Article
	tests := []struct {
		name     string
		articles []art
		same     [][]string // groups of ids that must share a story
		apart    [][2]string
		alone    []string
	}{
		{
			name: "two events and a stray",
			articles: []art{
				{ID: "q1", Source: "AP", Text: quake, Published: at(0)},
				{ID: "f1", Source: "Reuters", Text: flood, Published: at(1)},
				{ID: "q2", Source: "BBC", Text: quake2, Published: at(1)},
				{ID: "v", Source: "AFP", Text: vote, Published: at(1)},
				{ID: "f2", Source: "AP", Text: flood2, Published: at(2)},
			},
			same:  [][]string{{"q1", "q2"}, {"f1", "f2"}},
			apart: [][2]string{{"q1", "f1"}},
			alone: []string{"v"},
		},
		{
			name: "syndicated copies are one story",
			articles: []art{
				{ID: "w1", Source: "AP", Text: quake, Published: at(0)},
				{ID: "w2", Source: "Star", Text: "(AP) " + quake, Published: at(0)},
				{ID: "w3", Source: "Post", Title: "Quake kills thousands", Text: quake, Published: at(0)},
				{ID: "v", Text: vote},
			},
			same:  [][]string{{"w1", "w2", "w3"}},
			alone: []string{"v"},
		},
		{
			name: "the same words a month apart are two stories",
			articles: []art{
				{ID: "sep1", Text: quake, Published: at(0)},
				{ID: "sep2", Text: quake2, Published: at(1)},
				{ID: "oct1", Text: quake, Published: at(31)},
				{ID: "oct2", Text: quake2, Published: at(32)},
			},
			same:  [][]string{{"sep1", "sep2"}, {"oct1", "oct2"}},
			apart: [][2]string{{"sep1", "oct1"}, {"sep2", "oct2"}},
		},
		{
			name: "unknown times do not split",
			articles: []art{
				{ID: "a", Text: quake},
				{ID: "b", Text: quake2, Published: at(40)},
			},
			same: [][]string{{"a", "b"}},
		},
		{
			name:     "empty and wordless articles are singletons",
			articles: []art{{ID: "e"}, {ID: "p", Text: "… — !!"}, {ID: "q", Text: quake}},
			alone:    []string{"e", "p", "q"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for _, a := range tt.articles {
				ids = append(ids, a.ID)
			}
			res := stories.Group(tt.articles, stories.Options{})
			where := place(t, ids, res)
			for _, g := range tt.same {
				for _, id := range g[1:] {
					if where[id] == "" || where[id] != where[g[0]] {
						t.Errorf("%s and %s are not in one story: %+v", g[0], id, res)
					}
				}
			}
			for _, p := range tt.apart {
				if where[p[0]] == where[p[1]] {
					t.Errorf("%s and %s share a story: %+v", p[0], p[1], res)
				}
			}
			for _, id := range tt.alone {
				if where[id] != "" {
					t.Errorf("%s is in story %s, want a singleton", id, where[id])
				}
			}
			again := stories.Group(tt.articles, stories.Options{})
			if fmt.Sprint(again) != fmt.Sprint(res) {
				t.Errorf("not deterministic:\n%+v\n%+v", res, again)
			}
		})
	}
}

// TestStoryFields checks a story's id, label, times, outlets and the order of
// stories (size, then the latest published).
func TestStoryFields(t *testing.T) {
	res := stories.Group([]stories.Article{
		{ID: "f1", Source: "Reuters", Title: "Libya floods: thousands missing in Derna", Text: flood, Published: at(1)},
		{ID: "q2", Source: "BBC", Text: quake2, Published: at(2)},
		{ID: "q1", Source: "AP", Title: "Morocco earthquake kills thousands", Text: quake, Published: at(0)},
		{ID: "q3", Source: "AP", Text: quake, Published: at(3)},
		{ID: "f2", Source: "AP", Text: flood2, Published: at(2)},
	}, stories.Options{})
	if len(res.Stories) != 2 || len(res.Singletons) != 0 {
		t.Fatalf("got %+v, want two stories", res)
	}
	q := res.Stories[0]
	if !slices.Equal(q.Articles, []string{"q1", "q2", "q3"}) {
		t.Errorf("first story %v, want the three quake articles oldest first", q.Articles)
	}
	if q.ID != stories.StoryID("q1") {
		t.Errorf("id %s, want the one of its earliest article", q.ID)
	}
	if !q.FirstPublished.Equal(*at(0)) || !q.LastPublished.Equal(*at(3)) {
		t.Errorf("times %v..%v", q.FirstPublished, q.LastPublished)
	}
	if !slices.Equal(q.Outlets, []string{"AP", "BBC"}) {
		t.Errorf("outlets %v", q.Outlets)
	}
	if q.Label == "" || !strings.Contains(strings.ToLower(q.Label), "quake") && !strings.Contains(q.Label, "Morocco") {
		t.Errorf("label %q says nothing of the quake", q.Label)
	}
	if f := res.Stories[1]; !slices.Equal(f.Articles, []string{"f1", "f2"}) || !strings.Contains(f.Label, "Derna") {
		t.Errorf("second story %+v", f)
	}
}

// TestSyntheticFeedQuality groups a synthetic feed of 2,000 articles and checks
// that the grouping finds its events (B-cubed F1 computed here, as eval does)
// and that its cosines are few: the candidate index, not all pairs.
func TestSyntheticFeedQuality(t *testing.T) {
	arts, gold := synthFeed(2000, 3)
	res := stories.Group(arts, stories.Options{})
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	where := place(t, ids, res)
	group := func(id string) string {
		if where[id] == "" {
			return "single:" + id
		}
		return where[id]
	}
	type pair struct{ g, e string }
	both, byG, byE := map[pair]int{}, map[string]int{}, map[string]int{}
	for id, e := range gold {
		both[pair{group(id), e}]++
		byG[group(id)]++
		byE[e]++
	}
	var p, r float64
	for id, e := range gold {
		n := float64(both[pair{group(id), e}])
		p += n / float64(byG[group(id)])
		r += n / float64(byE[e])
	}
	p /= float64(len(gold))
	r /= float64(len(gold))
	f1 := 2 * p * r / (p + r)
	t.Logf("synthetic 2,000: %d stories, %d singletons, B-cubed P %.3f R %.3f F1 %.3f", len(res.Stories), len(res.Singletons), p, r, f1)
	if f1 < 0.95 {
		t.Errorf("B-cubed F1 %.3f on the synthetic feed, want at least 0.95", f1)
	}
}
