package api_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
)

func decode[T any](t *testing.T, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.Body, &v); err != nil {
		t.Fatalf("%d %s: %v", r.Status, r.Body, err)
	}
	return v
}

// The stored feed through the API, on a real job store (SQLite): articles
// added join their story or start one, a duplicate is named, the stories are
// listed, a story is briefed once per set of articles (version 1, then from the
// store), an article more makes version 2 whose points are marked against
// version 1, and version 1 stays readable. Every answer is checked against
// openapi.yaml.
func TestStoredFeedAPI(t *testing.T) {
	ts, _ := jobsServer(t, nil, api.Config{})
	const other = `{"id":"x1","source":"Wire","title":"Budget passes","text":"Lawmakers in the national assembly approved the budget bill by 212 votes to 188 after a night of debate over pension reform and defence spending.","published_at":"2024-03-05T09:00:00Z"}`
	withID := func(id, art, at string) string {
		return `{"id":"` + id + `","published_at":"` + at + `",` + art[1:]
	}
	res := ts.post("/v1/stories/articles", `{"articles":[`+withID("b1", jobArt1, "2024-03-04T10:00:00Z")+`,`+other+`,`+withID("b2", jobArt2, "2024-03-04T12:00:00Z")+`]}`)
	if res.Status != 200 {
		t.Fatalf("add: %d %s", res.Status, res.Body)
	}
	added := decode[api.FeedArticlesResponse](t, res)
	var got []string
	for _, a := range added.Articles {
		got = append(got, a.Id+":"+string(a.Status))
	}
	if strings.Join(got, " ") != "b1:started x1:started b2:joined" || added.Articles[2].Story != added.Articles[0].Story {
		t.Fatalf("added: %s", res.Body)
	}
	bridge := added.Articles[0].Story

	res = ts.post("/v1/stories/articles", `{"articles":[`+withID("b1", jobArt2, "2024-03-04T12:00:00Z")+`]}`)
	if dup := decode[api.FeedArticlesResponse](t, res); res.Status != 200 || dup.Articles[0].Status != api.Duplicate || dup.Articles[0].DuplicateOf == nil || *dup.Articles[0].DuplicateOf != "b1" {
		t.Fatalf("an article sent again: %d %s", res.Status, res.Body)
	}

	res = ts.do("GET", "/v1/stories", nil, nil)
	list := decode[api.StoredStories](t, res)
	if res.Status != 200 || len(list.Stories) != 2 {
		t.Fatalf("list: %d %s", res.Status, res.Body)
	}
	res = ts.do("GET", "/v1/stories?min_size=2", nil, nil)
	if list := decode[api.StoredStories](t, res); len(list.Stories) != 1 || list.Stories[0].Id != bridge || list.Stories[0].Size != 2 {
		t.Fatalf("list of 2 at least: %s", res.Body)
	}

	res = ts.do("GET", "/v1/stories/"+bridge, nil, nil)
	v1 := decode[api.StoryBriefing](t, res)
	if res.Status != 200 || v1.Version != 1 || v1.Stored || v1.Size != 2 || len(v1.Briefing.Points) == 0 || len(v1.Changes) != len(v1.Briefing.Points) {
		t.Fatalf("story: %d %s", res.Status, res.Body)
	}
	res = ts.do("GET", "/v1/stories/"+bridge, nil, nil)
	if again := decode[api.StoryBriefing](t, res); !again.Stored || again.Version != 1 || again.Briefing.Id != v1.Briefing.Id {
		t.Fatalf("story again: %s", res.Body)
	}

	const third = `{"id":"b3","source":"Agency","title":"Aven bridge reopened","text":"The bridge over the Aven reopened on Monday after six weeks of repairs that cost three million, the council said. Buses use it from Tuesday.","published_at":"2024-03-04T15:00:00Z"}`
	res = ts.post("/v1/stories/articles", `{"articles":[`+third+`]}`)
	if a := decode[api.FeedArticlesResponse](t, res); a.Articles[0].Story != bridge || a.Articles[0].Status != api.Joined {
		t.Fatalf("a third article: %s", res.Body)
	}
	res = ts.do("GET", "/v1/stories/"+bridge, nil, nil)
	v2 := decode[api.StoryBriefing](t, res)
	if res.Status != 200 || v2.Version != 2 || v2.Stored || v2.Size != 3 || len(v2.Articles) != 3 {
		t.Fatalf("version 2: %d %s", res.Status, res.Body)
	}
	for _, c := range v2.Changes {
		if c.Point < 0 || c.Point >= len(v2.Briefing.Points) {
			t.Errorf("change of point %d of %d", c.Point, len(v2.Briefing.Points))
		}
	}
	res = ts.do("GET", fmt.Sprintf("/v1/stories/%s/versions/1", bridge), nil, nil)
	if old := decode[api.StoryBriefing](t, res); res.Status != 200 || old.Version != 1 || old.Size != 2 || old.Briefing.Id != v1.Briefing.Id {
		t.Fatalf("version 1: %d %s", res.Status, res.Body)
	}
	for _, path := range []string{"/v1/stories/st_none", "/v1/stories/" + bridge + "/versions/3", "/v1/stories/st_none/versions/1"} {
		res = ts.do("GET", path, nil, nil)
		if res.Status != 404 || res.problem(t).Status != 404 {
			t.Errorf("GET %s: %d %s, want 404", path, res.Status, res.Body)
		}
	}
	res = ts.post("/v1/stories/articles", `{"articles":[{"id":"e","text":""}]}`)
	if res.Status != 422 && res.Status != 400 {
		t.Errorf("an empty article: %d %s", res.Status, res.Body)
	}
}

// Without a job store the stored feed's routes answer 503.
func TestStoredFeedNeedsTheStore(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	for _, r := range []struct{ method, path, body string }{
		{"POST", "/v1/stories/articles", `{"articles":[` + jobArt1 + `]}`},
		{"GET", "/v1/stories", ""},
		{"GET", "/v1/stories/st_1", ""},
		{"GET", "/v1/stories/st_1/versions/1", ""},
	} {
		var b []byte
		if r.body != "" {
			b = []byte(r.body)
		}
		if res := ts.do(r.method, r.path, b, nil); res.Status != 503 {
			t.Errorf("%s %s: %d %s, want 503", r.method, r.path, res.Status, res.Body)
		}
	}
}
