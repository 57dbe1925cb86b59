package pipeline_test

import (
	"context"
	"slices"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
)

// TestTimelineOnEvalCases briefs every eval case and checks its timeline:
// oldest first, no day and text twice, every entry citing articles of the
// briefing's sources, and some case with published times has one.
func TestTimelineOnEvalCases(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs every eval case")
	}
	cases, err := eval.LoadCases("../../eval/cases")
	if err != nil {
		t.Fatal(err)
	}
	p := newPipeline(t, extractive.New())
	withTimeline := 0
	for _, c := range cases {
		opts := c.Options
		opts.Engine = summarize.EngineExtractive
		b, err := p.Brief(context.Background(), summarize.Request{Articles: c.Articles, Options: opts})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if len(b.Timeline) > 0 {
			withTimeline++
		}
		seen := map[string]bool{}
		for i, e := range b.Timeline {
			if i > 0 && e.Date.Before(b.Timeline[i-1].Date) {
				t.Errorf("%s: entry %d is older than the one before", c.Name, i)
			}
			key := e.Date.String() + e.Text
			if seen[key] {
				t.Errorf("%s: %q twice", c.Name, e.Text)
			}
			seen[key] = true
			if len(e.Citations) == 0 || len(e.Passages) == 0 {
				t.Errorf("%s: entry %q cites nothing", c.Name, e.Text)
			}
			for _, id := range e.Citations {
				if !slices.ContainsFunc(b.Sources, func(s summarize.Source) bool { return s.ID == id }) {
					t.Errorf("%s: entry %q cites %s, not a source", c.Name, e.Text, id)
				}
			}
		}
	}
	if withTimeline == 0 {
		t.Error("no eval case has a timeline")
	}
	t.Logf("%d of %d cases have a timeline", withTimeline, len(cases))
}
