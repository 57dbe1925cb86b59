package api_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize/stories"
)

// Through the HTTP API, on a real job store: an aid article that names the
// quake's villages and the flooded city is filed, when it comes, with the
// quake's story (the flood's has one article then); a late flood article that
// carries what it shares with the flood pulls it back. The response lists the
// move (article, from, to, and the article that moved it), the first one an
// empty list, and the stories read afterwards hold each article once, where it
// moved. The articles are those of api/jobs' story_move_test.go, with the
// misfiled one sent rather than stored by hand. Every answer is checked
// against openapi.yaml.
func TestStoredFeedMovesAPI(t *testing.T) {
	ts, _ := jobsServer(t, nil, api.Config{})
	art := func(id, source, title, text, at string) string {
		b, err := json.Marshal(map[string]string{"id": id, "source": source, "title": title, "text": text, "published_at": at})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	const (
		quakeA = "A magnitude 6.8 earthquake struck the High Atlas mountains south of Marrakesh late on Friday, killing at least 2,012 people and flattening villages. Rescuers dug through rubble in Amizmiz and Talat N'Yaaqoub as aftershocks shook the region. Morocco's King Mohammed VI declared three days of mourning."
		quakeB = "Rescuers in Morocco searched collapsed mud-brick homes in the High Atlas villages near Amizmiz after the magnitude 6.8 earthquake, as the death toll rose to 2,012. Aftershocks rattled Marrakesh and survivors slept outdoors."
		floodA = "Floodwaters from two collapsed dams swept through Derna in eastern Libya, washing entire neighbourhoods into the sea. The Red Crescent said thousands were missing after Storm Daniel dumped torrential rain on the coastal city."
		aid    = "Rescuers who searched the rubble in Amizmiz flew to Derna; survivors slept outdoors."
		late   = "Rescuers searched the rubble in Derna, where survivors slept outdoors after Storm Daniel burst two dams above the Libyan city."
	)
	quake, flood := stories.StoryID("q1"), stories.StoryID("f1")
	res := ts.post("/v1/stories/articles", `{"articles":[`+strings.Join([]string{
		art("q1", "Wire", "Earthquake in Morocco", quakeA, "2023-09-08T12:00:00Z"),
		art("q2", "Daily", "Morocco quake: rescuers search villages", quakeB, "2023-09-09T12:00:00Z"),
		art("f1", "Daily", "Libya floods", floodA, "2023-09-11T12:00:00Z"),
		art("f3", "Other", "Rescuers stretched", aid, "2023-09-11T12:00:00Z"),
	}, ",")+`]}`)
	first := decode[api.FeedArticlesResponse](t, res)
	var got []string
	for _, a := range first.Articles {
		got = append(got, a.Id+":"+string(a.Status)+":"+a.Story)
	}
	if want := "q1:started:" + quake + " q2:joined:" + quake + " f1:started:" + flood + " f3:joined:" + quake; res.Status != 200 || strings.Join(got, " ") != want {
		t.Fatalf("first add: %d %s\nwant %s", res.Status, res.Body, want)
	}
	if first.Moved == nil || len(first.Moved) != 0 || !strings.Contains(string(res.Body), `"moved":[]`) {
		t.Fatalf("first add moved something, or moved is not an empty list: %s", res.Body)
	}

	res = ts.post("/v1/stories/articles", `{"articles":[`+art("f2", "Wire", "Derna buries its dead", late, "2023-09-12T12:00:00Z")+`]}`)
	second := decode[api.FeedArticlesResponse](t, res)
	want := []api.StoryArticleMove{{Article: "f3", From: quake, To: flood, By: "f2"}}
	if res.Status != 200 || len(second.Articles) != 1 || second.Articles[0].Story != flood || !slices.Equal(second.Moved, want) {
		t.Fatalf("the late article: %d %s\nwant f2 in %s and moved %+v", res.Status, res.Body, flood, want)
	}

	for id, ids := range map[string][]string{quake: {"q1", "q2"}, flood: {"f1", "f3", "f2"}} {
		res := ts.do("GET", "/v1/stories/"+id, nil, nil)
		v := decode[api.StoryBriefing](t, res)
		if res.Status != 200 || v.Size != len(ids) || v.Story.Size != len(ids) || !sameSet(v.Articles, ids) {
			t.Errorf("story %s after the move: %d %s\nwant articles %v", id, res.Status, res.Body, ids)
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
