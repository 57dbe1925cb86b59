package api_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestTimelineRendered: the timeline is in the JSON (dates as days) and in the
// Markdown, each entry with its source notes; an off-topic article is in
// coverage.off_topic.
func TestTimelineRendered(t *testing.T) {
	b := &summarize.Briefing{
		Headline: "Kim arrives in Russia",
		Sources:  []summarize.Source{{ID: "a1", Source: "AP"}, {ID: "a2", Source: "BBC"}},
		Timeline: []summarize.TimelineEntry{
			{Date: time.Date(2023, 9, 10, 0, 0, 0, 0, time.UTC), Text: "Kim boarded his train on Sunday [10 Sept].", Citations: []string{"a1", "a2"}},
			{Date: time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC), Text: "Kim arrived in Russia.", Citations: []string{"a2"}},
		},
		Coverage: summarize.Coverage{OffTopic: []string{"a3"}},
	}
	j := api.BriefingJSON(b)
	if len(j.Timeline) != 2 || j.Timeline[0].Date.String() != "2023-09-10" || strings.Join(j.Timeline[0].Citations, ",") != "a1,a2" {
		t.Errorf("JSON timeline %+v", j.Timeline)
	}
	if j.Coverage.OffTopic == nil || strings.Join(*j.Coverage.OffTopic, ",") != "a3" {
		t.Errorf("coverage.off_topic %v", j.Coverage.OffTopic)
	}
	md := api.BriefingMarkdown(b)
	for _, want := range []string{"## Timeline", "- 10 Sep 2023: Kim boarded his train on Sunday \\[10 Sept\\]. [1][2]", "- 12 Sep 2023: Kim arrived in Russia. [2]"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
