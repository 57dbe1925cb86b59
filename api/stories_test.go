package api_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

const (
	quakeText  = "A magnitude 6.8 earthquake struck the High Atlas mountains south of Marrakesh late on Friday, killing at least 2,946 people and flattening villages. Rescuers dug through rubble in Amizmiz as aftershocks shook the region."
	quakeText2 = "Rescuers in Morocco searched collapsed homes in the High Atlas villages near Amizmiz after the magnitude 6.8 earthquake, as the death toll rose to 2,946 and aftershocks rattled Marrakesh."
	floodText  = "Floodwaters from two collapsed dams swept through Derna in eastern Libya, washing neighbourhoods into the sea, and the Red Crescent said thousands were missing after Storm Daniel."
)

// TestGroupStories sends a feed through the real pipeline: two quake articles
// (one as html) are one story, the flood article a singleton, and the answer
// matches openapi.yaml (do validates it).
func TestGroupStories(t *testing.T) {
	ts := mustOpenPipeline(t)
	feed := fmt.Sprintf(`{"articles":[
		{"id":"q1","source":"AP","published_at":"2023-09-09T08:00:00Z","text":%q},
		{"id":"f1","source":"Reuters","published_at":"2023-09-12T08:00:00Z","text":%q},
		{"id":"q2","source":"BBC","published_at":"2023-09-10T08:00:00Z","html":%q}
	],"options":{"window_hours":96}}`, quakeText, floodText, "<html><body><article><h1>Morocco quake</h1><p>"+quakeText2+"</p></article></body></html>")
	res := ts.post("/v1/stories", feed)
	if res.Status != http.StatusOK {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	var got api.StoriesResponse
	if err := json.Unmarshal(res.Body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Stories) != 1 || strings.Join(got.Stories[0].Articles, ",") != "q1,q2" || got.Stories[0].Size != 2 {
		t.Fatalf("stories %+v, want q1 and q2 in one", got.Stories)
	}
	if s := got.Stories[0]; strings.Join(s.Outlets, ",") != "AP,BBC" || s.FirstPublished == nil || s.LastPublished == nil || s.Id == "" || s.Label == "" {
		t.Errorf("story fields %+v", s)
	}
	if strings.Join(got.Singletons, ",") != "f1" {
		t.Errorf("singletons %v, want f1", got.Singletons)
	}
}

// TestGroupStoriesBadInput answers every bad feed with problem+json.
func TestGroupStoriesBadInput(t *testing.T) {
	ts := mustOpenPipeline(t)
	many := make([]string, 5001)
	for i := range many {
		many[i] = `{"text":"x"}`
	}
	tests := []struct {
		name, body string
		status     int
	}{
		{"malformed", `{"articles":[`, http.StatusBadRequest},
		{"no articles", `{"articles":[]}`, http.StatusUnprocessableEntity},
		{"unknown field", `{"articles":[{"text":"a"}],"window":3}`, http.StatusUnprocessableEntity},
		{"window out of range", `{"articles":[{"text":"a"}],"options":{"window_hours":0}}`, http.StatusUnprocessableEntity},
		{"duplicate ids", `{"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}`, http.StatusUnprocessableEntity},
		{"neither text nor html", `{"articles":[{"id":"a"}]}`, http.StatusUnprocessableEntity},
		{"too many", `{"articles":[` + strings.Join(many, ",") + `]}`, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ts.post("/v1/stories", tt.body)
			if res.Status != tt.status {
				t.Fatalf("status %d, want %d: %s", res.Status, tt.status, res.Body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
				t.Errorf("content type %q", ct)
			}
			res.problem(t)
		})
	}
}

// TestGroupStoriesAsyncWithoutJobs: without the job store, Prefer:
// respond-async is ignored and the stories come at once.
func TestGroupStoriesAsyncWithoutJobs(t *testing.T) {
	ts := mustOpenPipeline(t)
	body := fmt.Sprintf(`{"articles":[{"id":"q1","text":%q},{"id":"q2","text":%q}]}`, quakeText, quakeText2)
	res := ts.do(http.MethodPost, "/v1/stories", []byte(body), map[string]string{"Prefer": "respond-async"})
	if res.Status != http.StatusOK {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	var got api.StoriesResponse
	if err := json.Unmarshal(res.Body, &got); err != nil || len(got.Stories) != 1 {
		t.Fatalf("stories %s (%v), want one", res.Body, err)
	}
}

// TestGroupStoriesWithoutService: a Service that cannot group answers 503.
func TestGroupStoriesWithoutService(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	res := ts.post("/v1/stories", `{"articles":[{"text":"a"}]}`)
	if res.Status != http.StatusServiceUnavailable {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
}

// FuzzDecodeFeed: any body decodes to a feed or to a malformed or invalid error
// that names no Go code; a decoded feed passes or fails the rules with a client
// error.
func FuzzDecodeFeed(f *testing.F) {
	for _, s := range []string{
		`{"articles":[{"id":"x","source":"S","published_at":"2026-01-02T03:04:05Z","text":"t"}],"options":{"window_hours":48}}`,
		`{"articles":[{"html":"<p>a</p>"},{"text":"b"}]}`,
		`{"articles":[{"text":"a"}],"options":{"window_hours":0}}`,
		`{"articles":[]}`, `{`, `[]`, `null`, `{"articles":[{"text":"\u0000\ud800"}],"options":{}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		req, opt, err := api.DecodeFeed(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, api.ErrMalformed) && summarize.ErrorCode(err) != summarize.EINVALID {
				t.Fatalf("error %v is neither malformed nor invalid", err)
			}
			for _, goName := range goNames {
				if strings.Contains(summarize.ErrorMessage(err), goName) {
					t.Fatalf("message %q names Go code", summarize.ErrorMessage(err))
				}
			}
			return
		}
		if opt.Window < 0 {
			t.Fatalf("window %v", opt.Window)
		}
		if _, err := req.Check(summarize.Limits{}.ForFeed(0)); err != nil {
			if c := summarize.ErrorCode(err); c != summarize.EINVALID && c != summarize.ETOOLARGE {
				t.Fatalf("Check: code %s", c)
			}
		}
	})
}
