package api_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// gate is a test engine named "llm" that reports map progress and waits, at each
// step, until the test lets it go or its context ends (then it says so on gone):
// work that takes as long as the test wants, with no clock involved.
type gate struct {
	steps int
	fail  bool
	// badCite makes the draft's point cite a passage that does not exist too:
	// verify drops the citation and says so in the briefing's warnings.
	badCite bool
	started chan struct{}
	release chan struct{}
	gone    chan struct{}
}

func newGate(steps int) *gate {
	return &gate{steps: steps, started: make(chan struct{}, 100), release: make(chan struct{}, 1000), gone: make(chan struct{}, 100)}
}

func (g *gate) Name() string { return summarize.EngineLLM }

func (g *gate) Brief(ctx context.Context, in *summarize.Input) (*summarize.Draft, error) {
	g.started <- struct{}{}
	for i := range g.steps {
		select {
		case <-ctx.Done():
			g.gone <- struct{}{}
			return nil, &summarize.Error{Code: summarize.ETIMEOUT, Message: "canceled", Err: ctx.Err()}
		case <-g.release:
		}
		summarize.ReportProgress(ctx, summarize.ProgressEvent{Kind: summarize.ProgressProgress, Engine: "llm", Strategy: "map-reduce", Stage: "map", Total: g.steps, Done: i + 1})
	}
	if g.fail {
		return nil, &summarize.Error{Code: summarize.EUPSTREAM, Message: "the model endpoint answered 500"}
	}
	cites := []string{in.Passages[0].ID}
	if g.badCite {
		cites = append(cites, "P999")
	}
	return &summarize.Draft{Headline: "Bridge reopens", Summary: "The bridge reopened.", Model: "gate", PromptVersion: "test",
		Points: []summarize.DraftPoint{{Text: in.Passages[0].Text, Passages: cites}}, Usage: summarize.Usage{PromptTokens: 100, CompletionTokens: 10, LLMCalls: 1}}, nil
}

// jobsServer is a server over a real pipeline (extractive, and the gate as llm)
// with a real job store on SQLite in a temporary directory.
func jobsServer(t testing.TB, g *gate, cfg api.Config) (*testServer, *jobs.Service) {
	t.Helper()
	p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()}, DefaultEngine: summarize.EngineExtractive}
	if g != nil {
		p.Engines[summarize.EngineLLM] = g
	}
	js, err := jobs.Open(context.Background(), jobs.Config{DataDir: t.TempDir(), Pipeline: p, Workers: 2, PollInterval: 10 * time.Millisecond, CleanInterval: -1, Metrics: cfg.Metrics})
	if err != nil {
		t.Fatal(err)
	}
	if err := js.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		js.Stop(ctx) //nolint:errcheck
	})
	cfg.Jobs = js
	s, err := api.New(cfg, p)
	if err != nil {
		t.Fatal(err)
	}
	return wrap(t, s), js
}

const (
	jobArt1 = `{"source":"Wire","title":"Bridge reopens","text":"The bridge over the Aven reopened on Monday after six weeks of repairs. Traffic resumed at noon. The council said the work cost two million."}`
	jobArt2 = `{"source":"Daily","title":"Bridge open again","text":"The Aven bridge opened again on Monday. Repairs took six weeks, the council said. Buses use it from Tuesday."}`
)

// sse is one event read from a stream.
type sse struct {
	ID   int64
	Kind string
	Data string
}

// readSSE parses a whole event stream; comments are counted.
func readSSE(t *testing.T, r io.Reader) (evs []sse, comments int) {
	t.Helper()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur sse
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.Kind != "" {
				evs = append(evs, cur)
			}
			cur = sse{}
		case strings.HasPrefix(line, ":"):
			comments++
		case strings.HasPrefix(line, "id: "):
			n, err := strconv.ParseInt(line[4:], 10, 64)
			if err != nil {
				t.Fatalf("id line %q", line)
			}
			cur.ID = n
		case strings.HasPrefix(line, "event: "):
			cur.Kind = line[7:]
		case strings.HasPrefix(line, "data: "):
			cur.Data = line[6:]
		default:
			t.Fatalf("unexpected line %q", line)
		}
	}
	return evs, comments
}

// checkStream checks the rules of every stream: increasing ids, exactly one
// terminal event, last; data JSON of the declared schema for the terminal one.
func checkStream(t *testing.T, evs []sse, wantTerminal string) sse {
	t.Helper()
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for i, ev := range evs {
		if i > 0 && ev.ID <= evs[i-1].ID {
			t.Fatalf("ids do not increase: %+v", evs)
		}
		if !json.Valid([]byte(ev.Data)) {
			t.Fatalf("event %d data is not JSON: %q", ev.ID, ev.Data)
		}
		terminal := ev.Kind == "briefing" || ev.Kind == "stories" || ev.Kind == "error"
		if terminal != (i == len(evs)-1) {
			t.Fatalf("terminal event not exactly once and last: %+v", evs)
		}
	}
	last := evs[len(evs)-1]
	if last.Kind != wantTerminal {
		t.Fatalf("terminal=%s (%s), want %s", last.Kind, last.Data, wantTerminal)
	}
	c, err := loadContract()
	if err != nil {
		t.Fatal(err)
	}
	schema := "BriefingResponse"
	switch last.Kind {
	case "error":
		schema = "Problem"
	case "stories":
		schema = "StoriesResponse"
	}
	var v any
	_ = json.Unmarshal([]byte(last.Data), &v)
	if err := c.doc.Components.Schemas[schema].Value.VisitJSON(v); err != nil {
		t.Fatalf("%s event does not match %s: %v", last.Kind, schema, err)
	}
	return last
}

func TestJobsNotEnabled(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	for _, r := range []struct{ method, path string }{
		{http.MethodPost, "/v1/jobs"}, {http.MethodGet, "/v1/jobs/x"}, {http.MethodPost, "/v1/jobs/x/cancel"}, {http.MethodGet, "/v1/jobs/x/events"},
	} {
		var b []byte
		if r.path == "/v1/jobs" {
			b = []byte(body([]string{jobArt1}, ""))
		}
		res := ts.do(r.method, r.path, b, nil)
		if res.Status != 503 || res.problem(t).Detail != "jobs are not enabled" {
			t.Fatalf("%s %s → %d %s, want 503 jobs are not enabled", r.method, r.path, res.Status, res.Body)
		}
	}
	// Without a store, briefings are not cached and say nothing of it.
	res := ts.post("/v1/briefings", body([]string{jobArt1}, ""))
	if res.Status != 200 || res.Header.Get("X-Cache") != "" {
		t.Fatalf("status=%d X-Cache=%q", res.Status, res.Header.Get("X-Cache"))
	}
}

func TestJobLifecycle(t *testing.T) {
	ts, _ := jobsServer(t, nil, api.Config{})
	res := ts.post("/v1/jobs", body([]string{jobArt1, jobArt2}, ""))
	if res.Status != 202 {
		t.Fatalf("status=%d %s", res.Status, res.Body)
	}
	var acc api.JobAccepted
	if err := json.Unmarshal(res.Body, &acc); err != nil {
		t.Fatal(err)
	}
	if loc := res.Header.Get("Location"); loc != "/v1/jobs/"+acc.Id || acc.Id == "" {
		t.Fatalf("Location=%q id=%q", loc, acc.Id)
	}
	if n, err := strconv.Atoi(res.Header.Get("Retry-After")); err != nil || n < 1 {
		t.Fatalf("Retry-After=%q", res.Header.Get("Retry-After"))
	}
	if acc.Existing || acc.Status != "queued" {
		t.Fatalf("accepted=%+v", acc)
	}

	// The stream ends after the terminal event.
	ev := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id+"/events", nil, map[string]string{"Accept": "text/event-stream"})
	if ev.Status != 200 || !strings.HasPrefix(ev.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("events → %d %q", ev.Status, ev.Header.Get("Content-Type"))
	}
	evs, _ := readSSE(t, strings.NewReader(string(ev.Body)))
	last := checkStream(t, evs, "briefing")
	if evs[0].Kind != "merge" {
		t.Fatalf("first event %s, want merge", evs[0].Kind)
	}

	// Replay after Last-Event-ID: only what came after.
	replay := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id+"/events", nil, map[string]string{"Last-Event-ID": strconv.FormatInt(evs[len(evs)-2].ID, 10)})
	revs, _ := readSSE(t, strings.NewReader(string(replay.Body)))
	if len(revs) != 1 || revs[0].ID != last.ID || revs[0].Data != last.Data {
		t.Fatalf("replay=%+v, want the last event only", revs)
	}

	got := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id, nil, nil)
	if got.Status != 200 {
		t.Fatalf("get → %d %s", got.Status, got.Body)
	}
	var j api.Job
	if err := json.Unmarshal(got.Body, &j); err != nil {
		t.Fatal(err)
	}
	if j.Status != "succeeded" || j.Result == nil || j.Error != nil || !j.ExpiresAt.After(j.CreatedAt) {
		t.Fatalf("job=%s", got.Body)
	}
	var fromStream api.BriefingResponse
	if err := json.Unmarshal([]byte(last.Data), &fromStream); err != nil {
		t.Fatal(err)
	}
	if fromStream.Headline != j.Result.Headline || len(fromStream.Points) != len(j.Result.Points) {
		t.Fatalf("the stream's briefing and the job's result differ")
	}

	// Cancelling a job that is over changes nothing.
	c := ts.do(http.MethodPost, "/v1/jobs/"+acc.Id+"/cancel", nil, nil)
	if c.Status != 200 || !strings.Contains(string(c.Body), `"status":"succeeded"`) {
		t.Fatalf("cancel → %d %s", c.Status, c.Body)
	}

	for _, path := range []string{"/v1/jobs/nope", "/v1/jobs/nope/events"} {
		if res := ts.do(http.MethodGet, path, nil, nil); res.Status != 404 {
			t.Fatalf("%s → %d, want 404", path, res.Status)
		}
	}
	if res := ts.do(http.MethodPost, "/v1/jobs/nope/cancel", nil, nil); res.Status != 404 {
		t.Fatalf("cancel unknown → %d, want 404", res.Status)
	}
	// The request rules are those of /v1/briefings: repeated ids pass the schema
	// and only summarize.Request.Valid refuses them.
	dup := `{"articles":[{"id":"x","text":"The quay closed."},{"id":"x","text":"The quay reopened."}]}`
	if res := ts.post("/v1/jobs", dup); res.Status != 422 || !strings.Contains(string(res.Body), "x") {
		t.Fatalf("repeated ids → %d %s, want 422 naming the id", res.Status, res.Body)
	}
	if res := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id+"/events", nil, map[string]string{"Accept": "application/json"}); res.Status != 406 {
		t.Fatalf("events as JSON → %d, want 406", res.Status)
	}
}

func TestJobIdempotencyKey(t *testing.T) {
	ts, _ := jobsServer(t, nil, api.Config{APIKeys: []string{"key-one", "key-two"}})
	submit := func(key, idem, b string) (response, api.JobAccepted) {
		res := ts.do(http.MethodPost, "/v1/jobs", []byte(b), map[string]string{"Authorization": "Bearer " + key, "Idempotency-Key": idem})
		var acc api.JobAccepted
		if res.Status == 202 {
			_ = json.Unmarshal(res.Body, &acc)
		}
		return res, acc
	}
	b1 := body([]string{jobArt1, jobArt2}, "")
	r1, a1 := submit("key-one", "k1", b1)
	r2, a2 := submit("key-one", "k1", b1)
	if r1.Status != 202 || r2.Status != 202 || a1.Id != a2.Id || a1.Existing || !a2.Existing {
		t.Fatalf("same key, same body: %d %+v, %d %+v %s", r1.Status, a1, r2.Status, a2, r2.Body)
	}
	if r3, _ := submit("key-one", "k1", body([]string{jobArt1}, "")); r3.Status != 422 {
		t.Fatalf("same key, other body → %d %s, want 422", r3.Status, r3.Body)
	}
	// Another API key is another scope.
	r4, a4 := submit("key-two", "k1", b1)
	if r4.Status != 202 || a4.Id == a1.Id || a4.Existing {
		t.Fatalf("other API key: %d %+v", r4.Status, a4)
	}
	if res := ts.do(http.MethodGet, "/v1/jobs/"+a1.Id, nil, nil); res.Status != 401 {
		t.Fatalf("no key → %d, want 401", res.Status)
	}
}

func TestJobCancel(t *testing.T) {
	g := newGate(3)
	ts, _ := jobsServer(t, g, api.Config{})
	res := ts.post("/v1/jobs", body([]string{jobArt1, jobArt2}, `{"engine":"llm"}`))
	var acc api.JobAccepted
	if err := json.Unmarshal(res.Body, &acc); err != nil || res.Status != 202 {
		t.Fatalf("%d %s", res.Status, res.Body)
	}
	<-g.started
	g.release <- struct{}{} // one step done, then cancel
	c := ts.do(http.MethodPost, "/v1/jobs/"+acc.Id+"/cancel", nil, nil)
	if c.Status != 200 {
		t.Fatalf("cancel → %d %s", c.Status, c.Body)
	}
	ev := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id+"/events", nil, nil)
	evs, _ := readSSE(t, strings.NewReader(string(ev.Body)))
	checkStream(t, evs, "error")
	got := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id, nil, nil)
	var j api.Job
	_ = json.Unmarshal(got.Body, &j)
	if j.Status != "canceled" || j.Error == nil || j.Result != nil {
		t.Fatalf("job=%s", got.Body)
	}
}

func TestBriefingResultCache(t *testing.T) {
	m := api.NewMetrics()
	ts, _ := jobsServer(t, nil, api.Config{Metrics: m})
	b := body([]string{jobArt1, jobArt2}, "")
	first := ts.post("/v1/briefings", b)
	second := ts.post("/v1/briefings", b)
	bypass := ts.do(http.MethodPost, "/v1/briefings", []byte(b), map[string]string{"Cache-Control": "no-cache"})
	md := ts.do(http.MethodPost, "/v1/briefings", []byte(b), map[string]string{"Accept": "text/markdown"})
	for i, c := range []struct {
		res  response
		want string
	}{{first, "miss"}, {second, "hit"}, {bypass, "miss"}, {md, "hit"}} {
		if c.res.Status != 200 || c.res.Header.Get("X-Cache") != c.want {
			t.Fatalf("request %d: status=%d X-Cache=%q, want %s", i, c.res.Status, c.res.Header.Get("X-Cache"), c.want)
		}
	}
	var a, h api.BriefingResponse
	_ = json.Unmarshal(first.Body, &a)
	_ = json.Unmarshal(second.Body, &h)
	if a.Headline != h.Headline || len(a.Points) != len(h.Points) || a.Id != h.Id {
		t.Fatal("the hit is not the briefing first written")
	}
	// The id is the request's, the same with the cache as without.
	p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()}, DefaultEngine: summarize.EngineExtractive}
	plain, err := api.New(api.Config{}, p)
	if err != nil {
		t.Fatal(err)
	}
	var direct api.BriefingResponse
	_ = json.Unmarshal(wrap(t, plain).post("/v1/briefings", b).Body, &direct)
	if direct.Id != a.Id {
		t.Fatalf("id with the cache %s, without %s", a.Id, direct.Id)
	}
	if h.Usage.PromptTokens != 0 || h.Usage.CompletionTokens != 0 || h.Usage.LlmCalls != 0 || len(h.Usage.Steps) != 0 {
		t.Fatalf("a hit's usage=%+v, want zero", h.Usage)
	}
	text := string(ts.do(http.MethodGet, "/metrics", nil, nil).Body)
	for _, want := range []string{`briefing_cache_lookups_total{kind="result",result="hit"} 2`, `briefing_cache_lookups_total{kind="result",result="miss"} 1`} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// postStream sends a briefing request asking for events and returns the open answer.
func postStream(t *testing.T, ts *testServer, b string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.srv.URL+"/v1/briefings", strings.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	res, err := ts.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("status=%d Content-Type=%q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	return res
}

func TestBriefingStream(t *testing.T) {
	for _, withStore := range []bool{false, true} {
		t.Run(fmt.Sprintf("store=%v", withStore), func(t *testing.T) {
			g := newGate(2)
			g.release <- struct{}{}
			g.release <- struct{}{}
			var ts *testServer
			if withStore {
				ts, _ = jobsServer(t, g, api.Config{})
			} else {
				p := &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New(), summarize.EngineLLM: g}, DefaultEngine: summarize.EngineExtractive}
				s, err := api.New(api.Config{}, p)
				if err != nil {
					t.Fatal(err)
				}
				ts = wrap(t, s)
			}
			res := postStream(t, ts, body([]string{jobArt1, jobArt2}, `{"engine":"llm"}`))
			evs, _ := readSSE(t, res.Body)
			checkStream(t, evs, "briefing")
			kinds := map[string]int{}
			for _, ev := range evs {
				kinds[ev.Kind]++
			}
			if kinds["merge"] != 1 || kinds["plan"] < 1 || kinds["progress"] != 2 {
				t.Fatalf("events=%+v", evs)
			}
			var p struct{ Done, Total int }
			for _, ev := range evs {
				if ev.Kind == "progress" {
					_ = json.Unmarshal([]byte(ev.Data), &p)
				}
			}
			if p.Done != 2 || p.Total != 2 {
				t.Fatalf("last progress %+v, want 2/2", p)
			}
		})
	}
}

func TestBriefingStreamError(t *testing.T) {
	g := newGate(1)
	g.fail = true
	g.release <- struct{}{}
	ts, _ := jobsServer(t, g, api.Config{})
	res := postStream(t, ts, body([]string{jobArt1, jobArt2}, `{"engine":"llm"}`))
	evs, _ := readSSE(t, res.Body)
	last := checkStream(t, evs, "error")
	var p api.Problem
	_ = json.Unmarshal([]byte(last.Data), &p)
	if p.Status != 502 || p.Detail == "" {
		t.Fatalf("problem=%+v", p)
	}
	// A request that breaks the rules (repeated ids: the schema lets them
	// through) is refused before the stream starts.
	req, _ := http.NewRequest(http.MethodPost, ts.srv.URL+"/v1/briefings", strings.NewReader(`{"articles":[{"id":"x","text":"The quay closed."},{"id":"x","text":"The quay reopened."}]}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	bad, err := ts.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	bad.Body.Close()
	if bad.StatusCode != 422 {
		t.Fatalf("repeated ids → %d, want 422", bad.StatusCode)
	}
	// The merge answers no events.
	if r := ts.do(http.MethodPost, "/v1/merge", []byte(body([]string{jobArt1}, "")), map[string]string{"Accept": "text/event-stream"}); r.Status != 406 {
		t.Fatalf("merge as events → %d, want 406", r.Status)
	}
}

func TestBriefingStreamKeepAliveAndGone(t *testing.T) {
	g := newGate(2)
	ts, _ := jobsServer(t, g, api.Config{KeepAlive: time.Millisecond})
	res := postStream(t, ts, body([]string{jobArt1, jobArt2}, `{"engine":"llm", "max_words": 120}`))
	<-g.started
	// While the model call runs, comments keep the connection alive.
	rd := bufio.NewReader(res.Body)
	for {
		line, err := rd.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if line == ": keep-alive\n" {
			break
		}
	}
	// The client goes away: its work is canceled.
	res.Body.Close()
	<-g.gone
}

// TestStreamAndJobEventsAgree: a briefing streamed to its client and the same
// request run as a job send the same events, kinds and data in the same order
// (ids aside), the briefing's own warnings included.
func TestStreamAndJobEventsAgree(t *testing.T) {
	g := newGate(2)
	g.badCite = true
	for range 4 { // two steps, two briefings
		g.release <- struct{}{}
	}
	ts, _ := jobsServer(t, g, api.Config{})
	b := body([]string{jobArt1, jobArt2}, `{"engine":"llm"}`)
	streamed, _ := readSSE(t, postStream(t, ts, b).Body)
	checkStream(t, streamed, "briefing")

	// The job bypasses the result cache the stream filled: the pipeline runs again.
	res := ts.do(http.MethodPost, "/v1/jobs", []byte(b), map[string]string{"Cache-Control": "no-cache"})
	var acc api.JobAccepted
	if err := json.Unmarshal(res.Body, &acc); err != nil || res.Status != 202 {
		t.Fatalf("submit → %d %s", res.Status, res.Body)
	}
	ev := ts.do(http.MethodGet, "/v1/jobs/"+acc.Id+"/events", nil, nil)
	stored, _ := readSSE(t, strings.NewReader(string(ev.Body)))
	checkStream(t, stored, "briefing")

	warned := false
	for _, e := range streamed {
		warned = warned || (e.Kind == "warning" && strings.Contains(e.Data, "P999"))
	}
	if !warned {
		t.Fatalf("the stream has no warning of the dropped citation: %+v", streamed)
	}
	if len(streamed) != len(stored) {
		t.Fatalf("%d events streamed, %d stored:\nstream %+v\njob    %+v", len(streamed), len(stored), streamed, stored)
	}
	for i := range streamed {
		if streamed[i].Kind != stored[i].Kind || streamed[i].Data != stored[i].Data {
			t.Fatalf("event %d: streamed %s %s, stored %s %s", i, streamed[i].Kind, streamed[i].Data, stored[i].Kind, stored[i].Data)
		}
	}
}

// TestRequestRulesRunOnce: the API applies the request rules, and the pipeline
// and the job store take its check without applying them again. The pipeline
// here would refuse two articles: each route that answered 413 from a second
// check now serves them under the API's limits.
func TestRequestRulesRunOnce(t *testing.T) {
	strict := func() *pipeline.Pipeline {
		return &pipeline.Pipeline{Engines: map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()}, DefaultEngine: summarize.EngineExtractive,
			Limits: summarize.Limits{MaxArticles: 1}}
	}
	p := strict()
	js, err := jobs.Open(context.Background(), jobs.Config{DataDir: t.TempDir(), Pipeline: p, CleanInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { js.Stop(context.Background()) }) //nolint:errcheck
	stored, err := api.New(api.Config{Limits: summarize.Limits{MaxArticles: 5}, Jobs: js}, p)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := api.New(api.Config{Limits: summarize.Limits{MaxArticles: 5}}, strict())
	if err != nil {
		t.Fatal(err)
	}
	two := []string{jobArt1, jobArt2}
	for _, tt := range []struct {
		name, path, body string
		ts               *testServer
	}{
		{"briefing through the job store", "/v1/briefings", body(two, ""), wrap(t, stored)},
		{"briefing", "/v1/briefings", body(two, ""), wrap(t, plain)},
		{"merge", "/v1/merge", body(two, ""), wrap(t, plain)},
		{"check", "/v1/check", `{"articles":[` + jobArt1 + `,` + jobArt2 + `],"claims":[{"text":"The bridge reopened on Monday."}]}`, wrap(t, plain)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if res := tt.ts.post(tt.path, tt.body); res.Status != 200 {
				t.Fatalf("%s → %d %s, want 200: the rules ran again after the API's", tt.path, res.Status, res.Body)
			}
		})
	}
}
