package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

const (
	artText = `{"id":"wire-1","source":"Wire","title":"Bridge reopens","url":"https://example.com/1","published_at":"2026-11-20T08:00:00Z","text":"The bridge reopened on Monday."}`
	artHTML = `{"source":"Daily","html":"<p>The bridge reopened.</p>"}`
	artBare = `{"text":"Traffic resumed at noon."}`
)

func TestBriefings(t *testing.T) {
	upstream := func(code, msg string) func(context.Context, summarize.Request) (*summarize.Briefing, error) {
		return func(context.Context, summarize.Request) (*summarize.Briefing, error) {
			return nil, &summarize.Error{Code: code, Message: msg, Err: errors.New("secret cause sk-123 at 10.0.0.7")}
		}
	}
	tests := []struct {
		name       string
		body       string
		header     map[string]string
		brief      func(context.Context, summarize.Request) (*summarize.Briefing, error)
		wantStatus int
		wantType   string // Content-Type media type
		wantDetail string // substring of the problem detail or errors
		noDetail   bool   // the problem must carry no detail
	}{
		{name: "json", body: body([]string{artText, artHTML}, `{"max_points":5,"max_words":100,"engine":"extractive"}`), wantStatus: 200, wantType: "application/json"},
		{name: "markdown", body: body([]string{artText}, ""), header: map[string]string{"Accept": "text/markdown"}, wantStatus: 200, wantType: "text/markdown"},
		{name: "markdown by q", body: body([]string{artText}, ""), header: map[string]string{"Accept": "application/json;q=0.5, text/markdown"}, wantStatus: 200, wantType: "text/markdown"},
		{name: "json by q", body: body([]string{artText}, ""), header: map[string]string{"Accept": "text/markdown;q=0.2, application/*"}, wantStatus: 200, wantType: "application/json"},
		{name: "any", body: body([]string{artText}, ""), header: map[string]string{"Accept": "*/*"}, wantStatus: 200, wantType: "application/json"},
		{name: "markdown refused", body: body([]string{artText}, ""), header: map[string]string{"Accept": "text/markdown;q=0, */*;q=0.1"}, wantStatus: 200, wantType: "application/json"},
		{name: "tie goes to the first listed", body: body([]string{artText}, ""), header: map[string]string{"Accept": "text/markdown, application/json"}, wantStatus: 200, wantType: "text/markdown"},
		{name: "text wildcard", body: body([]string{artText}, ""), header: map[string]string{"Accept": "text/*"}, wantStatus: 200, wantType: "text/markdown"},
		{name: "unparsable accept", body: body([]string{artText}, ""), header: map[string]string{"Accept": "nonsense"}, wantStatus: 200, wantType: "application/json"},
		{name: "json after 40 other ranges", body: body([]string{artText}, ""), header: map[string]string{"Accept": strings.Repeat("image/png, ", 40) + "application/json"}, wantStatus: 200, wantType: "application/json"},
		{name: "huge max_points", body: body([]string{artText}, `{"max_points":1e999}`), wantStatus: 422, wantDetail: "/options/max_points"},
		{name: "not acceptable", body: body([]string{artText}, ""), header: map[string]string{"Accept": "text/html"}, wantStatus: 406, wantDetail: "text/markdown"},
		{name: "malformed json", body: `{"articles":[`, wantStatus: 400, wantDetail: "malformed"},
		{name: "not json at all", body: `articles=1`, wantStatus: 400, wantDetail: "invalid character"},
		{name: "empty body", body: ``, wantStatus: 400, wantDetail: "empty body"},
		{name: "form content type", body: body([]string{artText}, ""), header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, wantStatus: 415, wantDetail: "application/json"},
		{name: "no content type", body: body([]string{artText}, ""), header: map[string]string{"Content-Type": ""}, wantStatus: 415},
		{name: "json with charset", body: body([]string{artText}, ""), header: map[string]string{"Content-Type": "application/json; charset=utf-8"}, wantStatus: 200, wantType: "application/json"},
		{name: "no articles field", body: `{}`, wantStatus: 422, wantDetail: `"articles" is missing`},
		{name: "empty articles", body: `{"articles":[]}`, wantStatus: 422, wantDetail: "/articles"},
		{name: "neither text nor html", body: body([]string{`{"id":"x","source":"S"}`}, ""), wantStatus: 422, wantDetail: "neither text nor html"},
		{name: "blank text", body: body([]string{`{"text":"   "}`}, ""), wantStatus: 422, wantDetail: "neither text nor html"},
		{name: "both text and html", body: body([]string{`{"text":"a","html":"<p>b</p>"}`}, ""), wantStatus: 422, wantDetail: "both text and html"},
		{name: "repeated id", body: body([]string{artText, artText}, ""), wantStatus: 422, wantDetail: `"wire-1" is used twice`},
		{name: "unknown engine", body: body([]string{artText}, `{"engine":"gpt"}`), wantStatus: 422, wantDetail: "/options/engine"},
		{name: "bad published_at", body: body([]string{`{"text":"x","published_at":"yesterday"}`}, ""), wantStatus: 422, wantDetail: "/articles/0/published_at"},
		{name: "wrong type", body: body([]string{`{"text":42}`}, ""), wantStatus: 422, wantDetail: "/articles/0/text"},
		{name: "max_points out of range", body: body([]string{artText}, `{"max_points":0}`), wantStatus: 422, wantDetail: "/options/max_points"},
		{name: "unknown field", body: body([]string{`{"text":"x","author":"A"}`}, ""), wantStatus: 422, wantDetail: `"author"`},
		{name: "id with space", body: body([]string{`{"id":"a b","text":"x"}`}, ""), wantStatus: 422, wantDetail: "/articles/0/id"},
		{name: "several failures listed", body: body([]string{`{"text":1}`, `{"html":2}`}, `{"engine":"x"}`), wantStatus: 422, wantDetail: "/articles/1/html"},
		{name: "service invalid", body: body([]string{artText}, ""), brief: upstream(summarize.EINVALID, "article wire-1 has no story text left after cleaning"), wantStatus: 422, wantDetail: "no story text"},
		{name: "service too large", body: body([]string{artText}, ""), brief: upstream(summarize.ETOOLARGE, "the request has 300 articles; this server takes at most 200"), wantStatus: 413, wantDetail: "at most 200"},
		{name: "upstream error", body: body([]string{artText}, `{"engine":"llm"}`), brief: upstream(summarize.EUPSTREAM, "the model endpoint answered 500"), wantStatus: 502, wantDetail: "model endpoint"},
		{name: "upstream timeout", body: body([]string{artText}, `{"engine":"llm"}`), brief: upstream(summarize.ETIMEOUT, "the model did not answer in 60s"), wantStatus: 504, wantDetail: "did not answer"},
		{name: "unavailable", body: body([]string{artText}, ""), brief: upstream(summarize.EUNAVAILABLE, "overloaded"), wantStatus: 503, wantDetail: "overloaded"},
		{name: "internal code", body: body([]string{artText}, ""), brief: upstream(summarize.EINTERNAL, "segmenter broke"), wantStatus: 500, noDetail: true},
		{name: "plain error", body: body([]string{artText}, ""), brief: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
			return nil, errors.New("nil pointer in /home/build/pipeline.go:42 with key sk-123")
		}, wantStatus: 500, noDetail: true},
		{name: "panic", body: body([]string{artText}, ""), brief: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
			panic("boom in pipeline.go")
		}, wantStatus: 500, noDetail: true},
		{name: "nil briefing", body: body([]string{artText}, ""), brief: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
			return nil, nil
		}, wantStatus: 500, noDetail: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := mustOpen(t, api.Config{}, &fakeService{BriefFn: tt.brief})
			res := ts.do(http.MethodPost, "/v1/briefings", []byte(tt.body), tt.header)
			if got, want := res.Status, tt.wantStatus; got != want {
				t.Fatalf("status=%d, want %d; body: %s", got, want, res.Body)
			}
			if tt.wantType != "" {
				if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, tt.wantType) {
					t.Fatalf("Content-Type=%q, want %s", got, tt.wantType)
				}
			}
			if res.Status < 400 {
				return
			}
			p := res.problem(t)
			if got, want := p.Status, res.Status; got != want {
				t.Fatalf("problem status=%d, want %d", got, want)
			}
			if got, want := p.Instance, "/v1/briefings"; got != want {
				t.Fatalf("problem instance=%q, want %q", got, want)
			}
			text := p.Detail + " | " + strings.Join(p.Errors, " | ")
			if tt.wantDetail != "" && !strings.Contains(text, tt.wantDetail) {
				t.Fatalf("problem %q lacks %q", text, tt.wantDetail)
			}
			if tt.noDetail && (p.Detail != "" || len(p.Errors) > 0) {
				t.Fatalf("internal problem shows detail %q %v", p.Detail, p.Errors)
			}
			for _, leak := range []string{"sk-123", "10.0.0.7", "pipeline.go", "goroutine", "json.Number", "float64", "Go value"} {
				if strings.Contains(string(res.Body), leak) {
					t.Fatalf("answer leaks %q: %s", leak, res.Body)
				}
			}
		})
	}
}

func TestBriefingKeepsIDsAndPassesOptions(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	res := ts.post("/v1/briefings", body([]string{artText, artBare, artHTML}, `{"max_points":3,"max_words":50,"engine":"extractive"}`))
	if got, want := res.Status, 200; got != want {
		t.Fatalf("status=%d, want %d: %s", got, want, res.Body)
	}
	reqs := ts.fake.requests()
	if got, want := len(reqs), 1; got != want {
		t.Fatalf("service calls=%d, want %d", got, want)
	}
	got := reqs[0]
	if g, w := got.Options, (summarize.Options{MaxPoints: 3, MaxWords: 50, Engine: "extractive"}); g != w {
		t.Fatalf("options=%+v, want %+v", g, w)
	}
	// Ids are passed as sent; the pipeline assigns the missing ones.
	for i, want := range []string{"wire-1", "", ""} {
		if g := got.Articles[i].ID; g != want {
			t.Fatalf("article %d id=%q, want %q", i, g, want)
		}
	}
	a := got.Articles[0]
	if a.Source != "Wire" || a.Title != "Bridge reopens" || a.URL != "https://example.com/1" || a.Text == "" || a.HTML != "" {
		t.Fatalf("article 0 = %+v", a)
	}
	if a.PublishedAt == nil || !a.PublishedAt.Equal(time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)) {
		t.Fatalf("published_at=%v", a.PublishedAt)
	}
	if got.Articles[2].HTML == "" {
		t.Fatalf("article 2 lost its html")
	}

	var br api.BriefingResponse
	if err := json.Unmarshal(res.Body, &br); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range br.Sources {
		ids = append(ids, s.Id)
	}
	if g, w := strings.Join(ids, ","), "wire-1,a2,a3"; g != w {
		t.Fatalf("source ids=%s, want %s", g, w)
	}
	if g, w := br.Points[0].Citations[0], "wire-1"; g != w {
		t.Fatalf("citation=%s, want %s", g, w)
	}
}

func TestBriefingJSONHasArraysNotNull(t *testing.T) {
	ts := mustOpen(t, api.Config{}, &fakeService{BriefFn: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
		return &summarize.Briefing{Engine: "extractive"}, nil
	}})
	res := ts.post("/v1/briefings", body([]string{artText}, ""))
	for _, key := range []string{`"points":[]`, `"sources":[]`, `"warnings":[]`} {
		if !strings.Contains(string(res.Body), key) {
			t.Fatalf("body lacks %s: %s", key, res.Body)
		}
	}
}

func TestMerge(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	res := ts.post("/v1/merge", body([]string{artText, artBare}, ""))
	if got, want := res.Status, 200; got != want {
		t.Fatalf("status=%d, want %d: %s", got, want, res.Body)
	}
	var mr api.MergeResponse
	if err := json.Unmarshal(res.Body, &mr); err != nil {
		t.Fatal(err)
	}
	if got, want := len(mr.Passages), 2; got != want {
		t.Fatalf("passages=%d, want %d", got, want)
	}
	if got, want := mr.Articles[1].Id, "a2"; got != want {
		t.Fatalf("article id=%s, want %s", got, want)
	}

	res = ts.do(http.MethodPost, "/v1/merge", []byte(body([]string{artText}, "")), map[string]string{"Accept": "text/markdown"})
	if got, want := res.Status, 200; got != want {
		t.Fatalf("markdown status=%d, want %d", got, want)
	}
	if !strings.Contains(string(res.Body), "## Passages") {
		t.Fatalf("markdown merge lacks passages: %s", res.Body)
	}

	res = ts.post("/v1/merge", body([]string{`{"id":"x"}`}, ""))
	if got, want := res.Status, 422; got != want {
		t.Fatalf("status=%d, want %d", got, want)
	}
}

func TestRoutes(t *testing.T) {
	ready := errors.New("model endpoint 10.0.0.7 refused")
	tests := []struct {
		name       string
		cfg        api.Config
		method     string
		path       string
		wantStatus int
		wantType   string
		wantBody   string
	}{
		{name: "healthz", method: "GET", path: "/healthz", wantStatus: 200, wantType: "application/json", wantBody: `{"status":"ok"}`},
		{name: "readyz", method: "GET", path: "/readyz", wantStatus: 200, wantType: "application/json"},
		{name: "readyz failing", cfg: api.Config{Ready: func(context.Context) error { return ready }}, method: "GET", path: "/readyz", wantStatus: 503, wantType: api.ProblemContentType},
		{name: "metrics", cfg: api.Config{Metrics: api.NewMetrics()}, method: "GET", path: "/metrics", wantStatus: 200, wantType: "text/plain", wantBody: "briefing_http_requests_total"},
		{name: "metrics off", method: "GET", path: "/metrics", wantStatus: 404, wantType: api.ProblemContentType},
		{name: "openapi", method: "GET", path: "/openapi.yaml", wantStatus: 200, wantType: "application/yaml", wantBody: "openapi: 3.0.3"},
		{name: "unknown path", method: "GET", path: "/v1/nothing", wantStatus: 404, wantType: api.ProblemContentType, wantBody: `"status":404`},
		{name: "page", method: "GET", path: "/", wantStatus: 200, wantType: "text/html", wantBody: `<script src="/app.js" defer></script>`},
		{name: "page script", method: "GET", path: "/app.js", wantStatus: 200, wantType: "text/javascript", wantBody: "textContent"},
		{name: "page style", method: "GET", path: "/app.css", wantStatus: 200, wantType: "text/css"},
		{name: "wrong method", method: "GET", path: "/v1/briefings", wantStatus: 405, wantType: api.ProblemContentType, wantBody: `"status":405`},
		{name: "delete healthz", method: "DELETE", path: "/healthz", wantStatus: 405, wantType: api.ProblemContentType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := mustOpen(t, tt.cfg, nil)
			if tt.name == "metrics" { // something to count
				ts.do("GET", "/healthz", nil, nil)
			}
			res := ts.do(tt.method, tt.path, nil, nil)
			if got, want := res.Status, tt.wantStatus; got != want {
				t.Fatalf("status=%d, want %d: %s", got, want, res.Body)
			}
			if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, tt.wantType) {
				t.Fatalf("Content-Type=%q, want %s", got, tt.wantType)
			}
			if !strings.Contains(string(res.Body), tt.wantBody) {
				t.Fatalf("body lacks %q: %s", tt.wantBody, truncateForLog(res.Body))
			}
			if strings.Contains(string(res.Body), "10.0.0.7") {
				t.Fatalf("answer leaks the readiness cause: %s", res.Body)
			}
		})
	}
}

func TestOpenAPIServedEqualsRootFile(t *testing.T) {
	root, err := os.ReadFile("../openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytesEqual(api.Spec(), root) {
		t.Fatalf("api/openapi.gen.yaml differs from openapi.yaml: run go generate ./api/")
	}
	ts := mustOpen(t, api.Config{}, nil)
	res := ts.do("GET", "/openapi.yaml", nil, nil)
	if !bytesEqual(res.Body, root) {
		t.Fatalf("GET /openapi.yaml differs from openapi.yaml")
	}
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// TestEveryOperationIsRouted sends each operation of openapi.yaml and checks that the
// server has a route for it (no 404 or 405 from the router).
func TestEveryOperationIsRouted(t *testing.T) {
	c, err := loadContract()
	if err != nil {
		t.Fatal(err)
	}
	ts := mustOpen(t, api.Config{Metrics: api.NewMetrics()}, nil)
	n := 0
	for path, item := range c.doc.Paths.Map() {
		for method := range item.Operations() {
			n++
			var b []byte
			if method == http.MethodPost {
				b = []byte(body([]string{artText}, ""))
			}
			res := ts.do(method, path, b, nil)
			if res.Status == 404 || res.Status == 405 {
				t.Errorf("%s %s → %d: not routed", method, path, res.Status)
			}
		}
	}
	if got, want := n, 19; got != want { // 14, POST /v1/stories, and the stored feed: POST /v1/stories/articles, GET /v1/stories, …/{id}, …/{id}/versions/{n}
		t.Fatalf("operations=%d, want %d", got, want)
	}
}

func TestBodyLimit(t *testing.T) {
	ts := mustOpen(t, api.Config{MaxBody: 1024}, nil)
	big := body([]string{`{"text":"` + strings.Repeat("word ", 400) + `"}`}, "")
	res := ts.post("/v1/briefings", big)
	if got, want := res.Status, 413; got != want {
		t.Fatalf("status=%d, want %d", got, want)
	}
	if p := res.problem(t); !strings.Contains(p.Detail, "1024") {
		t.Fatalf("detail %q does not name the limit", p.Detail)
	}
	if got, want := len(ts.fake.requests()), 0; got != want {
		t.Fatalf("service calls=%d, want %d", got, want)
	}

	// Without Content-Length (chunked), MaxBytesReader cuts the body.
	req, _ := http.NewRequest(http.MethodPost, ts.srv.URL+"/v1/briefings", strings.NewReader(big))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	hres, err := ts.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	hres.Body.Close()
	if got, want := hres.StatusCode, 413; got != want {
		t.Fatalf("chunked status=%d, want %d", got, want)
	}

	// Under the limit it passes.
	if got, want := ts.post("/v1/briefings", body([]string{artText}, "")).Status, 200; got != want {
		t.Fatalf("small body status=%d, want %d", got, want)
	}
}

func TestInternalErrorLoggedOnce(t *testing.T) {
	var logs strings.Builder
	logger := slog.New(slog.NewJSONHandler(&syncWriter{w: &logs}, nil))
	ts := mustOpen(t, api.Config{Logger: logger}, &fakeService{BriefFn: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
		return nil, fmt.Errorf("wrapped: %w", errors.New("disk on fire"))
	}})
	res := ts.post("/v1/briefings", body([]string{artText}, ""))
	if got, want := res.Status, 500; got != want {
		t.Fatalf("status=%d, want %d", got, want)
	}
	if got, want := strings.Count(logs.String(), "disk on fire"), 1; got != want {
		t.Fatalf("cause logged %d times, want %d:\n%s", got, want, logs.String())
	}
}

// TestErrorBranches answers each error path of problemFor that a request can
// reach and that no other test walks: several rule failures listed one by one,
// and echo's 400 from the generated header binding, with its own message.
func TestErrorBranches(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	dup := `{"articles":[{"id":"x","text":"The quay closed."},{"id":"x","text":"The quay reopened."},{"id":"x","text":"The quay was closed again."}]}`
	for _, tt := range []struct {
		name       string
		body       string
		header     http.Header
		status     int
		detail     string
		listedRule int // how many failures Errors lists
	}{
		{"several rule failures", dup, nil, 422, "the request cannot be served (2 problems)", 2},
		{"a header sent twice", body([]string{artText}, ""), http.Header{"Cache-Control": {"no-cache", "no-store"}}, 400, "Expected one value for Cache-Control, got 2", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, ts.srv.URL+"/v1/briefings", strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			for k, vs := range tt.header {
				for _, v := range vs {
					req.Header.Add(k, v)
				}
			}
			res, err := ts.srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var p api.Problem
			if err := json.NewDecoder(res.Body).Decode(&p); err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != tt.status || p.Status != tt.status || p.Detail != tt.detail || len(p.Errors) != tt.listedRule {
				t.Fatalf("→ %d %+v, want %d %q with %d failures listed", res.StatusCode, p, tt.status, tt.detail, tt.listedRule)
			}
		})
	}
}
