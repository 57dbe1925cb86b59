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

// TestStoryVersionSameSizeOtherArticles: a story that loses one article (moved
// out by a late article of another story) and gains another between two
// reads keeps its size, yet it is a new version: briefed again from its
// articles now, its points marked against the previous version (the points
// both tell unmarked, not every point new), the previous version still
// readable as it was.
func TestStoryVersionSameSizeOtherArticles(t *testing.T) {
	backends(t, func(t *testing.T, base Config) {
		ctx := context.Background()
		cfg := base
		cfg.Pipeline = testPipeline(nil)
		s := open(t, cfg)
		quake, flood := stories.StoryID("q1"), stories.StoryID("f1")
		if _, err := s.AddStoryArticles(ctx, feedOf(t,
			summarize.Article{ID: "q1", Source: "Wire", Title: "Earthquake in Morocco", Text: quakeA, PublishedAt: day(0)},
			summarize.Article{ID: "q2", Source: "Daily", Title: "Morocco quake: rescuers search villages", Text: quakeB, PublishedAt: day(1)},
			summarize.Article{ID: "f1", Source: "Daily", Title: "Libya floods", Text: floodA, PublishedAt: day(3)},
		)); err != nil {
			t.Fatal(err)
		}
		f3 := storedArticle{id: "f3", hash: textHash("Aid reaches Derna", floodB), story: quake, source: "Other",
			title: "Aid reaches Derna", text: floodB, published: toMillis(day(3)), added: 1}
		if _, ok, err := s.st.addStoryArticle(ctx, f3, "Earthquake in Morocco"); err != nil || !ok {
			t.Fatalf("storing f3: %v, %v", ok, err)
		}
		v1, err := s.Story(ctx, quake)
		if err != nil || v1.Version != 1 || !slices.Equal(v1.Articles, []string{"q1", "q2", "f3"}) {
			t.Fatalf("version 1: %+v, %v; want q1, q2, f3", v1, err)
		}

		// q3 joins the quake's story, then f2 takes f3 to the flood's: three
		// articles again, one of them another.
		late := "Derna buried its dead as Storm Daniel's floodwaters receded; the two dams above the Libyan city had collapsed, and the Red Crescent said thousands were still missing."
		added, err := s.AddStoryArticles(ctx, feedOf(t,
			summarize.Article{ID: "q3", Source: "Agency", Title: "Morocco quake toll rises", Text: quakeC, PublishedAt: day(2)},
			summarize.Article{ID: "f2", Source: "Wire", Title: "Derna buries its dead", Text: late, PublishedAt: day(4)},
		))
		if err != nil {
			t.Fatal(err)
		}
		if len(added) != 2 || added[0].Story != quake || added[1].Story != flood ||
			!slices.Equal(added[1].Moved, []stories.Move{{Article: "f3", From: quake, To: flood}}) {
			t.Fatalf("added: %+v; want q3 in the quake's story, f2 in the flood's, f3 moved there", added)
		}
		if row, err := s.st.story(ctx, quake); err != nil || row.size != v1.Size {
			t.Fatalf("the quake's story: size %d (%v), want %d as at version 1", row.size, err, v1.Size)
		}

		v2, err := s.Story(ctx, quake)
		if err != nil {
			t.Fatal(err)
		}
		if v2.Version != 2 || v2.Stored || v2.Size != 3 || !slices.Equal(v2.Articles, []string{"q1", "q2", "q3"}) {
			t.Fatalf("after the swap: version %d stored %v size %d articles %v; want version 2 of q1, q2, q3 briefed now", v2.Version, v2.Stored, v2.Size, v2.Articles)
		}
		for _, p := range v2.Briefing.Points {
			if slices.Contains(p.Citations, "f3") {
				t.Errorf("version 2 cites f3, which left the story: %q", p.Text)
			}
		}
		if want := stories.Changes(v1.Briefing.Points, v2.Briefing.Points); !slices.Equal(v2.Changes, want) {
			t.Errorf("version 2's changes: %+v, want them against version 1: %+v", v2.Changes, want)
		}
		if len(v2.Changes) >= len(v2.Briefing.Points) {
			t.Errorf("version 2 marks all its %d points (%+v): marked as a first version, not against version 1", len(v2.Briefing.Points), v2.Changes)
		}

		again, err := s.Story(ctx, quake)
		if err != nil || !again.Stored || again.Version != 2 || again.Briefing.ID != v2.Briefing.ID {
			t.Fatalf("the story read again: %+v, %v; want version 2 from the store", again, err)
		}
		old, err := s.StoryVersion(ctx, quake, 1)
		if err != nil || !slices.Equal(old.Articles, []string{"q1", "q2", "f3"}) || old.Briefing.ID != v1.Briefing.ID {
			t.Fatalf("version 1 read back: %+v, %v", old, err)
		}
	})
}
