package jobs

import (
	"context"
	"slices"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/stories"
)

// TestStoryArticleMoves: a flood article stored in the quake's story (as an
// early decision may file it) is pulled back to the flood's story by a late
// flood article; the store files it there (each article in one story, both
// stories counted again), the move is reported, and the quake's story is
// briefed again without it.
func TestStoryArticleMoves(t *testing.T) {
	backends(t, func(t *testing.T, base Config) {
		ctx := context.Background()
		cfg := base
		cfg.Pipeline = testPipeline(nil)
		s := open(t, cfg)
		quake, flood := stories.StoryID("q1"), stories.StoryID("f1")
		added, err := s.AddStoryArticles(ctx, feedOf(t,
			summarize.Article{ID: "q1", Source: "Wire", Title: "Earthquake in Morocco", Text: quakeA, PublishedAt: day(0)},
			summarize.Article{ID: "q2", Source: "Daily", Title: "Morocco quake: rescuers search villages", Text: quakeB, PublishedAt: day(1)},
			summarize.Article{ID: "f1", Source: "Daily", Title: "Libya floods", Text: floodA, PublishedAt: day(3)},
		))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := statuses(added), "q1:started q2:joined f1:started"; got != want {
			t.Fatalf("added: %s, want %s", got, want)
		}
		// f3 misfiled in the quake's story.
		f3 := storedArticle{id: "f3", hash: textHash("Aid reaches Derna", floodB), story: quake, source: "Other",
			title: "Aid reaches Derna", text: floodB, published: toMillis(day(3)), added: 1}
		if _, ok, err := s.st.addStoryArticle(ctx, f3, "Earthquake in Morocco"); err != nil || !ok {
			t.Fatalf("storing f3: %v, %v", ok, err)
		}
		if v, err := s.Story(ctx, quake); err != nil || !slices.Equal(v.Articles, []string{"q1", "q2", "f3"}) {
			t.Fatalf("the quake's story before: %+v, %v", v, err)
		}
		late := "Derna buried its dead as Storm Daniel's floodwaters receded; the two dams above the Libyan city had collapsed, and the Red Crescent said thousands were still missing."
		added, err = s.AddStoryArticles(ctx, feedOf(t, summarize.Article{ID: "f2", Source: "Wire", Title: "Derna buries its dead", Text: late, PublishedAt: day(4)}))
		if err != nil {
			t.Fatal(err)
		}
		want := []stories.Move{{Article: "f3", From: quake, To: flood}}
		if len(added) != 1 || added[0].Story != flood || !slices.Equal(added[0].Moved, want) {
			t.Fatalf("added: %+v, want f2 joined to the flood's story and f3 moved there", added)
		}
		for st, ids := range map[string][]string{quake: {"q1", "q2"}, flood: {"f1", "f3", "f2"}} {
			got, err := s.st.storyArticleIDs(ctx, st, 100)
			if err != nil || !slices.Equal(got, ids) {
				t.Errorf("story %s holds %v (%v), want %v", st, got, err, ids)
			}
			row, err := s.st.story(ctx, st)
			if err != nil || row.size != len(ids) {
				t.Errorf("story %s: size %d (%v), want %d", st, row.size, err, len(ids))
			}
		}
		v, err := s.Story(ctx, quake)
		if err != nil || v.Version != 2 || v.Stored || !slices.Equal(v.Articles, []string{"q1", "q2"}) {
			t.Fatalf("the quake's story after the move: %+v, %v; want version 2 of q1, q2", v, err)
		}
	})
}
