package jobs

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/stories"
)

const (
	quakeA = "A magnitude 6.8 earthquake struck the High Atlas mountains south of Marrakesh late on Friday, killing at least 2,012 people and flattening villages. Rescuers dug through rubble in Amizmiz and Talat N'Yaaqoub as aftershocks shook the region. Morocco's King Mohammed VI declared three days of mourning."
	quakeB = "Rescuers in Morocco searched collapsed mud-brick homes in the High Atlas villages near Amizmiz after the magnitude 6.8 earthquake, as the death toll rose to 2,012. Aftershocks rattled Marrakesh and survivors slept outdoors."
	quakeC = "The death toll of the magnitude 6.8 earthquake in Morocco's High Atlas rose to 2,946, the interior ministry said on Sunday, as rescuers reached cut-off villages near Amizmiz. Spain and Britain sent rescue teams to Marrakesh. Aftershocks shook the region again."
	floodA = "Floodwaters from two collapsed dams swept through Derna in eastern Libya, washing entire neighbourhoods into the sea. The Red Crescent said thousands were missing after Storm Daniel dumped torrential rain on the coastal city."
	floodB = "Aid began reaching Derna, the Libyan city where Storm Daniel burst two dams and sent a torrent through its centre; the Red Crescent counted thousands missing and bodies washed ashore along the coast."
)

func day(d int) *time.Time {
	t := time.Date(2023, 9, 8, 22, 0, 0, 0, time.UTC).AddDate(0, 0, d)
	return &t
}

func feedOf(t testing.TB, arts ...summarize.Article) summarize.Checked {
	t.Helper()
	c, err := summarize.Request{Articles: arts}.Check(summarize.Limits{}.ForFeed(0))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func statuses(added []StoryArticleAdded) string {
	var b []string
	for _, a := range added {
		b = append(b, a.ID+":"+a.Status)
	}
	return strings.Join(b, " ")
}

// Stories persist: articles join their story or start one, an article sent
// twice (same id, or same text) is one, a story's briefing is stored as a
// version and re-briefed only when articles arrived, each version marks its
// points against the one before, and a service opened again on the store (or,
// on Postgres, another one beside it) files a new article in the story its
// event has.
func TestStoriesPersist(t *testing.T) {
	backends(t, func(t *testing.T, base Config) {
		ctx := context.Background()
		cfg := base
		cfg.Pipeline = testPipeline(nil)
		s := open(t, cfg)
		added, err := s.AddStoryArticles(ctx, feedOf(t,
			summarize.Article{ID: "q1", Source: "Wire", Title: "Earthquake in Morocco", Text: quakeA, PublishedAt: day(0)},
			summarize.Article{ID: "f1", Source: "Daily", Title: "Libya floods", Text: floodA, PublishedAt: day(3)},
			summarize.Article{ID: "q2", Source: "Daily", Title: "Morocco quake: rescuers search villages", Text: quakeB, PublishedAt: day(1)},
		))
		if err != nil {
			t.Fatal(err)
		}
		// Sent again: by its id (another text), and its text under another id.
		again, err := s.AddStoryArticles(ctx, feedOf(t,
			summarize.Article{ID: "q2", Source: "Daily", Title: "Rescuers search villages", Text: quakeB + " Updated.", PublishedAt: day(1)},
			summarize.Article{ID: "q2-copy", Source: "Other", Title: "MOROCCO QUAKE: rescuers  search villages", Text: strings.ReplaceAll(quakeB, " ", "  "), PublishedAt: day(1)},
		))
		if err != nil {
			t.Fatal(err)
		}
		added = append(added, again...)
		if got, want := statuses(added), "q1:started f1:started q2:joined q2:duplicate q2-copy:duplicate"; got != want {
			t.Fatalf("added: %s, want %s", got, want)
		}
		quake := stories.StoryID("q1")
		if added[2].Story != quake || added[4].DuplicateOf != "q2" || added[4].Story != quake {
			t.Errorf("added: %+v", added)
		}
		list, err := s.Stories(ctx, 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 {
			t.Fatalf("stories: %+v, want 2", list)
		}
		for _, st := range list {
			if st.ID == quake && (st.Size != 2 || !st.FirstPublished.Equal(*day(0)) || !st.LastPublished.Equal(*day(1)) || st.Label != "Earthquake in Morocco") {
				t.Errorf("the quake story: %+v", st)
			}
		}
		if list, _ := s.Stories(ctx, 2, 0); len(list) != 1 || list[0].ID != quake {
			t.Errorf("stories of 2 articles at least: %+v, want the quake's", list)
		}

		v1, err := s.Story(ctx, quake)
		if err != nil {
			t.Fatal(err)
		}
		if v1.Version != 1 || v1.Size != 2 || v1.Stored || len(v1.Briefing.Points) == 0 || len(v1.Changes) != len(v1.Briefing.Points) {
			t.Fatalf("first version: version %d size %d stored %v, %d points, %d changes", v1.Version, v1.Size, v1.Stored, len(v1.Briefing.Points), len(v1.Changes))
		}
		for _, p := range v1.Briefing.Points {
			for _, c := range p.Citations {
				if c != "q1" && c != "q2" {
					t.Errorf("the quake's briefing cites %s", c)
				}
			}
		}
		same, err := s.Story(ctx, quake)
		if err != nil || !same.Stored || same.Version != 1 || same.Briefing.ID != v1.Briefing.ID {
			t.Fatalf("the story again, no article since: %+v, %v; want version 1 from the store", same, err)
		}
		if _, err := s.Story(ctx, "st_none"); summarize.ErrorCode(err) != summarize.ENOTFOUND {
			t.Errorf("an unknown story: %v, want ENOTFOUND", err)
		}

		// Another service on the store: the feed is read back from it.
		s2 := s
		if base.DatabaseURL == "" {
			stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
			s.Stop(stopCtx) //nolint:errcheck
			cancel()
		}
		s2 = open(t, cfg)
		added, err = s2.AddStoryArticles(ctx, feedOf(t, summarize.Article{ID: "q3", Source: "Agency", Title: "Morocco quake toll rises", Text: quakeC, PublishedAt: day(2)}))
		if err != nil {
			t.Fatal(err)
		}
		if len(added) != 1 || added[0].Status != AddedJoined || added[0].Story != quake {
			t.Fatalf("a new article of the quake, in a new service: %+v", added)
		}
		v2, err := s2.Story(ctx, quake)
		if err != nil {
			t.Fatal(err)
		}
		if v2.Version != 2 || v2.Size != 3 || v2.Stored || len(v2.Articles) != 3 {
			t.Fatalf("second version: version %d size %d stored %v articles %v", v2.Version, v2.Size, v2.Stored, v2.Articles)
		}
		// The toll rose between the versions: the point that tells it is marked.
		rose := false
		for _, c := range v2.Changes {
			rose = rose || (c.Kind == stories.ChangeUpdated && c.Note == "from 2,012 to 2,946")
		}
		if !rose {
			t.Errorf("version 2 changes %+v: none says the toll rose from 2,012 to 2,946", v2.Changes)
		}
		// Every point of v2 is one of v1's word for word or is marked.
		was := map[string]bool{}
		for _, p := range v1.Briefing.Points {
			was[p.Text] = true
		}
		marked := map[int]bool{}
		for _, c := range v2.Changes {
			marked[c.Point] = true
			if c.Kind == stories.ChangeUpdated && !was[c.Was] {
				t.Errorf("change %+v: was is no point of version 1", c)
			}
		}
		for i, p := range v2.Briefing.Points {
			if !was[p.Text] && !marked[i] {
				t.Errorf("point %d %q is new but not marked", i, p.Text)
			}
			if was[p.Text] && marked[i] {
				t.Errorf("point %d %q is unchanged but marked", i, p.Text)
			}
		}
		old, err := s2.StoryVersion(ctx, quake, 1)
		if err != nil || old.Size != 2 || old.Briefing.ID != v1.Briefing.ID || !old.Stored {
			t.Errorf("version 1 after version 2: %+v, %v", old, err)
		}
		if _, err := s2.StoryVersion(ctx, quake, 3); summarize.ErrorCode(err) != summarize.ENOTFOUND {
			t.Errorf("version 3: %v, want ENOTFOUND", err)
		}
		if base.DatabaseURL != "" {
			// The first service, beside the second, sees the article it added.
			added, err = s.AddStoryArticles(ctx, feedOf(t, summarize.Article{ID: "f2", Source: "Wire", Title: "Aid reaches Derna", Text: floodB, PublishedAt: day(4)},
				summarize.Article{ID: "q3", Source: "Agency", Title: "Morocco quake toll rises", Text: quakeC, PublishedAt: day(2)}))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := statuses(added), "f2:joined q3:duplicate"; got != want {
				t.Errorf("the first service: %s, want %s", got, want)
			}
		}
	})
}

// synthArticles is a feed of n articles on n/8 events (each article draws a
// third of its words from its event's, the rest from a common vocabulary),
// within a day of its event, the events over 60 days.
func synthArticles(n int, seed uint64) []summarize.Article {
	r := rand.New(rand.NewPCG(seed, 11))
	word := func(i int) string {
		const letters, vowels = "bcdfghjklmnprstvwz", "aeiou"
		var b strings.Builder
		for x := i + 1; x > 0; x /= 7 {
			b.WriteByte(letters[(x*7+i)%len(letters)])
			b.WriteByte(vowels[x%len(vowels)])
		}
		b.WriteByte('n')
		return b.String()
	}
	events := max(1, n/8)
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]summarize.Article, n)
	for i := range out {
		e := r.IntN(events)
		var b strings.Builder
		for k := range 120 {
			if k%3 == 0 {
				b.WriteString(word(20000 + e*20 + r.IntN(20)))
			} else {
				b.WriteString(word(int(r.ExpFloat64() * 2000)))
			}
			if k%15 == 14 {
				b.WriteString(". ")
			} else {
				b.WriteByte(' ')
			}
		}
		at := base.Add(time.Duration(e) * 60 * 24 * time.Hour / time.Duration(events)).Add(time.Duration(r.IntN(24)) * time.Hour)
		out[i] = summarize.Article{ID: fmt.Sprint("s", i), Source: fmt.Sprint("Outlet ", i%7), Title: word(20000+e*20) + " " + word(i), Text: b.String(), PublishedAt: &at}
	}
	return out
}

// BenchmarkAddStoryArticle adds one article to a stored feed of 5,000 on SQLite
// (the target: under 50 ms), store and index together, and the first
// add of a process, which reads the stored feed into its index.
//
//	go test -run '^$' -bench BenchmarkAddStoryArticle -benchtime 50x ./api/jobs/
func BenchmarkAddStoryArticle(b *testing.B) {
	const stored = 5000
	arts := synthArticles(stored+2000, 1)
	s, err := Open(context.Background(), Config{DataDir: b.TempDir(), Pipeline: testPipeline(nil), CleanInterval: -1})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Stop(context.Background()) //nolint:errcheck
	ctx := context.Background()
	for i := 0; i < stored; i += 1000 {
		if _, err := s.AddStoryArticles(ctx, feedOf(b, arts[i:i+1000]...)); err != nil {
			b.Fatal(err)
		}
	}
	// A process's first add reads the stored feed into its index: once.
	s.storyFeed.feed = nil
	cold := time.Now()
	if _, err := s.AddStoryArticles(ctx, feedOf(b, arts[stored+1999])); err != nil {
		b.Fatal(err)
	}
	first := time.Since(cold)
	i := stored
	for b.Loop() {
		a := arts[stored+(i-stored)%2000]
		a.ID = fmt.Sprint("x", i)
		a.Text = fmt.Sprint(a.Text, " ", i)
		if _, err := s.AddStoryArticles(ctx, feedOf(b, a)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/add")
	b.ReportMetric(float64(first.Microseconds())/1000, "ms-first-add")
}

// An article sent at once to two services on one store (on Postgres two
// processes; on SQLite two services of one process on its file) is stored
// once: one of them adds it, the other answers duplicate, and both then file
// the next article of its event in the same story.
func TestStoriesSameArticleTwice(t *testing.T) {
	backends(t, func(t *testing.T, base Config) {
		ctx := context.Background()
		cfg := base
		cfg.Pipeline = testPipeline(nil)
		a, b := open(t, cfg), open(t, cfg)
		for round := range 5 {
			art := summarize.Article{ID: fmt.Sprint("r", round), Source: "Wire", Title: fmt.Sprint("Round ", round), Text: fmt.Sprint(floodA, " Round ", round, "."), PublishedAt: day(round)}
			results := make(chan []StoryArticleAdded, 2)
			errs := make(chan error, 2)
			for _, s := range []*Service{a, b} {
				go func() {
					added, err := s.AddStoryArticles(ctx, feedOf(t, art))
					errs <- err
					results <- added
				}()
			}
			var statuses []string
			for range 2 {
				if err := <-errs; err != nil {
					t.Fatal(err)
				}
				statuses = append(statuses, (<-results)[0].Status)
			}
			dups := 0
			for _, st := range statuses {
				if st == AddedDuplicate {
					dups++
				}
			}
			if dups != 1 {
				t.Fatalf("round %d: %v, want one of them duplicate", round, statuses)
			}
		}
		list, err := a.Stories(ctx, 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, st := range list {
			total += st.Size
		}
		if total != 5 {
			t.Errorf("%d articles stored in %d stories, want 5", total, len(list))
		}
		next := summarize.Article{ID: "next", Source: "Daily", Title: "Aid reaches Derna", Text: floodB, PublishedAt: day(2)}
		x, err := a.AddStoryArticles(ctx, feedOf(t, next))
		if err != nil {
			t.Fatal(err)
		}
		next.ID = "next-b"
		next.Text += " More to follow."
		y, err := b.AddStoryArticles(ctx, feedOf(t, next))
		if err != nil {
			t.Fatal(err)
		}
		if x[0].Story != y[0].Story || x[0].Status != AddedJoined {
			t.Errorf("the next articles: %+v and %+v, want both joined to one story", x, y)
		}
	})
}
