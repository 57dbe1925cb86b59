package api_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
)

// waitJob reads the job until it is over (bounded by the number of reads, not
// by a clock) and returns it.
func waitJob(t *testing.T, ts *testServer, id string) api.Job {
	t.Helper()
	for range 1000 {
		res := ts.do(http.MethodGet, "/v1/jobs/"+id, nil, nil)
		if res.Status != http.StatusOK {
			t.Fatalf("get job → %d %s", res.Status, res.Body)
		}
		var j api.Job
		if err := json.Unmarshal(res.Body, &j); err != nil {
			t.Fatal(err)
		}
		switch j.Status {
		case "succeeded", "failed", "canceled":
			return j
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the job did not end after 1000 reads")
	return api.Job{}
}

// TestGroupStoriesJob: with Prefer: respond-async, POST /v1/stories queues the
// grouping as a job (202, Location) and the job's result is the stories the
// request would have answered; its event stream ends with a stories event.
func TestGroupStoriesJob(t *testing.T) {
	ts, _ := jobsServer(t, nil, api.Config{})
	feed := fmt.Sprintf(`{"articles":[
		{"id":"q1","source":"AP","published_at":"2023-09-09T08:00:00Z","text":%q},
		{"id":"f1","source":"Reuters","published_at":"2023-09-12T08:00:00Z","text":%q},
		{"id":"q2","source":"BBC","published_at":"2023-09-10T08:00:00Z","text":%q}
	],"options":{"window_hours":96}}`, quakeText, floodText, quakeText2)
	direct := ts.post("/v1/stories", feed)
	if direct.Status != http.StatusOK {
		t.Fatalf("without Prefer: %d %s", direct.Status, direct.Body)
	}
	var want api.StoriesResponse
	if err := json.Unmarshal(direct.Body, &want); err != nil {
		t.Fatal(err)
	}

	res := ts.do(http.MethodPost, "/v1/stories", []byte(feed), map[string]string{"Content-Type": "application/json", "Prefer": "wait=5, respond-async"})
	if res.Status != http.StatusAccepted {
		t.Fatalf("with Prefer: respond-async: %d %s", res.Status, res.Body)
	}
	var acc api.JobAccepted
	if err := json.Unmarshal(res.Body, &acc); err != nil {
		t.Fatal(err)
	}
	if loc := res.Header.Get("Location"); acc.Id == "" || loc != "/v1/jobs/"+acc.Id || acc.Status != "queued" {
		t.Fatalf("Location=%q accepted=%+v", loc, acc)
	}
	j := waitJob(t, ts, acc.Id)
	if j.Status != "succeeded" || j.Stories == nil || j.Result != nil || j.Error != nil {
		t.Fatalf("job %+v", j)
	}
	got, _ := json.Marshal(j.Stories)
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Fatalf("the job's stories\n%s\ndiffer from the request's\n%s", got, wantJSON)
	}
	if len(j.Stories.Stories) != 1 || strings.Join(j.Stories.Stories[0].Articles, ",") != "q1,q2" {
		t.Fatalf("stories %+v, want q1 and q2 in one", j.Stories.Stories)
	}

	ev := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id+"/events", nil, map[string]string{"Accept": "text/event-stream"})
	evs, _ := readSSE(t, strings.NewReader(string(ev.Body)))
	last := checkStream(t, evs, "stories")
	if last.Data != string(wantJSON) {
		t.Fatalf("the stream's stories\n%s\ndiffer from the request's\n%s", last.Data, wantJSON)
	}

	// The same Idempotency-Key and body: the same job.
	hdr := map[string]string{"Content-Type": "application/json", "Prefer": "respond-async", "Idempotency-Key": "feed-1"}
	first := ts.do(http.MethodPost, "/v1/stories", []byte(feed), hdr)
	again := ts.do(http.MethodPost, "/v1/stories", []byte(feed), hdr)
	var a1, a2 api.JobAccepted
	_ = json.Unmarshal(first.Body, &a1)
	_ = json.Unmarshal(again.Body, &a2)
	if first.Status != 202 || again.Status != 202 || a1.Id != a2.Id || !a2.Existing {
		t.Fatalf("idempotent resubmission: %d %s then %d %s", first.Status, first.Body, again.Status, again.Body)
	}

	// Bad feeds are refused before any job, as problems.
	for _, bad := range []string{`{"articles":[]}`, `{"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}`} {
		res := ts.do(http.MethodPost, "/v1/stories", []byte(bad), map[string]string{"Content-Type": "application/json", "Prefer": "respond-async"})
		if res.Status != http.StatusUnprocessableEntity || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/problem+json") {
			t.Fatalf("%s → %d %s, want 422 problem", bad, res.Status, res.Body)
		}
	}
}

// TestGroupStoriesJobLargeBody: a feed whose body is over what the waiting
// room lets one request hold is refused (413) as a request but accepted as a
// job, whose body limit is 16 KiB an article; over that, a job is refused too.
func TestGroupStoriesJobLargeBody(t *testing.T) {
	const articles = 40
	cfg := api.Config{MaxBody: 64 << 10, MaxWaitingBytes: 256 << 10, MaxFeedArticles: articles}
	ts, _ := jobsServer(t, nil, cfg)
	// The request's limit: half the waiting room less its overhead, 112 KiB;
	// the job's: 40 × 16 KiB = 640 KiB.
	feed := func(n, size int) []byte {
		var b strings.Builder
		b.WriteString(`{"articles":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			text := strings.Repeat(fmt.Sprintf("Dock workers in port %d went on strike over pay. ", i), size/50)
			fmt.Fprintf(&b, `{"id":"a%d","text":%q}`, i, text)
		}
		b.WriteString(`]}`)
		return []byte(b.String())
	}
	body := feed(articles, 10<<10) // about 400 KiB
	if len(body) < 300<<10 || len(body) > 600<<10 {
		t.Fatalf("the feed is %d bytes", len(body))
	}
	plain := map[string]string{"Content-Type": "application/json"}
	if res := ts.do(http.MethodPost, "/v1/stories", body, plain); res.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("as a request: %d %s, want 413", res.Status, res.Body)
	} else {
		res.problem(t)
	}
	async := map[string]string{"Content-Type": "application/json", "Prefer": "respond-async"}
	res := ts.do(http.MethodPost, "/v1/stories", body, async)
	if res.Status != http.StatusAccepted {
		t.Fatalf("as a job: %d %s, want 202", res.Status, res.Body)
	}
	var acc api.JobAccepted
	_ = json.Unmarshal(res.Body, &acc)
	if j := waitJob(t, ts, acc.Id); j.Status != "succeeded" || j.Stories == nil {
		t.Fatalf("job %+v", j)
	}
	big := feed(articles, 20<<10) // about 800 KiB: over 16 KiB an article
	if res := ts.do(http.MethodPost, "/v1/stories", big, async); res.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("a job over its limit: %d %s, want 413", res.Status, res.Body)
	} else {
		res.problem(t)
	}
}

// BenchmarkGroupStoriesJob5000 sends a feed of 5,000 articles of about 4 KB
// each (some 21 MB, over the 16 MiB a request's feed may weigh) as a job with
// the default limits and waits for its stories; it reports the body's size,
// the seconds to 202 and to the stories, and the bytes allocated (server and
// client, one process) per byte of body: memory follows the bytes received.
//
//	go test -run '^$' -bench BenchmarkGroupStoriesJob5000 -benchtime 1x ./api/
func BenchmarkGroupStoriesJob5000(b *testing.B) {
	ts, _ := jobsServer(b, nil, api.Config{})
	var sb strings.Builder
	sb.WriteString(`{"articles":[`)
	for i := range 5000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		ev := i / 8
		var text strings.Builder
		for s := range 28 {
			fmt.Fprintf(&text, "Officials in district %d said on day %d that crews cleared %d roads after the storm, and %d families were given shelter. ", ev, s, 10+(i*7+s)%90, 100+(ev*13+s)%900)
		}
		day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(ev) * 6 * time.Hour)
		fmt.Fprintf(&sb, `{"id":"a%d","source":"Outlet %d","published_at":%q,"title":"Storm clean-up in district %d","text":%q}`, i, i%40, day.Format(time.RFC3339), ev, text.String())
	}
	sb.WriteString(`]}`)
	body := []byte(sb.String())
	if len(body) <= 16<<20 {
		b.Fatalf("the feed is %d bytes, want more than 16 MiB", len(body))
	}
	hdr := map[string]string{"Content-Type": "application/json", "Prefer": "respond-async"}
	var accepted, done float64
	b.ResetTimer()
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		res := ts.do(http.MethodPost, "/v1/stories", body, hdr)
		if res.Status != http.StatusAccepted {
			b.Fatalf("%d %s", res.Status, res.Body)
		}
		accepted = time.Since(start).Seconds()
		var acc api.JobAccepted
		_ = json.Unmarshal(res.Body, &acc)
		for {
			res := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id, nil, nil)
			var j api.Job
			_ = json.Unmarshal(res.Body, &j)
			if j.Status == "succeeded" {
				if j.Stories == nil || len(j.Stories.Stories) == 0 {
					b.Fatal("no stories")
				}
				break
			}
			if j.Status == "failed" || j.Status == "canceled" {
				b.Fatalf("job %s", res.Body)
			}
			time.Sleep(50 * time.Millisecond)
		}
		done = time.Since(start).Seconds()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(len(body)), "alloc-B/body-B")
	}
	b.ReportMetric(float64(len(body))/(1<<20), "body-MiB")
	b.ReportMetric(accepted, "s-to-202")
	b.ReportMetric(done, "s-to-stories")
}
