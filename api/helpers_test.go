package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// fakeService is a hand-written api.Service: each call goes to its function field and is
// recorded.
type fakeService struct {
	BriefFn func(ctx context.Context, req summarize.Request) (*summarize.Briefing, error)
	MergeFn func(ctx context.Context, req summarize.Request) (*summarize.MergeReport, error)
	CheckFn func(ctx context.Context, req summarize.CheckRequest) (*summarize.CheckReport, error)

	mu     sync.Mutex
	reqs   []summarize.Request
	checks []summarize.CheckRequest
}

var _ api.Service = (*fakeService)(nil)

func (f *fakeService) BriefChecked(ctx context.Context, checked summarize.Checked) (*summarize.Briefing, error) {
	req := checked.Sent()
	f.record(req)
	if f.BriefFn == nil {
		return echoBriefing(req), nil
	}
	return f.BriefFn(ctx, req)
}

func (f *fakeService) MergeChecked(ctx context.Context, checked summarize.Checked) (*summarize.MergeReport, error) {
	req := checked.Sent()
	f.record(req)
	if f.MergeFn == nil {
		return echoMerge(req), nil
	}
	return f.MergeFn(ctx, req)
}

func (f *fakeService) CheckClaims(ctx context.Context, checked summarize.CheckedClaims) (*summarize.CheckReport, error) {
	req := checked.Request()
	f.mu.Lock()
	f.checks = append(f.checks, req)
	f.mu.Unlock()
	if f.CheckFn == nil {
		return echoCheck(req), nil
	}
	return f.CheckFn(ctx, req)
}

// checkRequests returns the check requests the fake has received.
func (f *fakeService) checkRequests() []summarize.CheckRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]summarize.CheckRequest(nil), f.checks...)
}

// echoCheck is a check report with one verdict per claim: supported by the claim's
// citations when it has some, unsupported otherwise.
func echoCheck(req summarize.CheckRequest) *summarize.CheckReport {
	rep := &summarize.CheckReport{}
	claims := req.Claims
	if len(claims) == 0 {
		claims = []summarize.Claim{{Text: req.Draft}}
	}
	for _, c := range claims {
		r := summarize.ClaimResult{Text: c.Text, Status: summarize.SupportUnsupported, Unsupported: []summarize.Missing{{Kind: summarize.MissingWord, Text: "claim"}}}
		if len(c.Citations) > 0 {
			r = summarize.ClaimResult{Text: c.Text, Status: summarize.SupportSupported, Citations: c.Citations,
				Evidence: []summarize.Evidence{{ArticleID: c.Citations[0], PassageID: "P1", Quote: "A quote.", Start: 0, End: 8}}}
		}
		rep.Claims = append(rep.Claims, r)
	}
	return rep
}

func (f *fakeService) record(req summarize.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reqs = append(f.reqs, req)
}

// requests returns the requests the fake has received.
func (f *fakeService) requests() []summarize.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]summarize.Request(nil), f.reqs...)
}

// withIDs assigns a1, a2, … by position to articles without an id, as the pipeline does.
func withIDs(arts []summarize.Article) []summarize.Article {
	out := append([]summarize.Article(nil), arts...)
	for i := range out {
		if out[i].ID == "" {
			out[i].ID = "a" + strconv.Itoa(i+1)
		}
	}
	return out
}

// echoBriefing is a briefing built from the request: one point per article citing it.
func echoBriefing(req summarize.Request) *summarize.Briefing {
	arts := withIDs(req.Articles)
	b := &summarize.Briefing{
		ID:       "b-test",
		Engine:   "extractive",
		Headline: "Bridge reopens after repairs",
		Summary:  "Traffic is back on the river crossing.",
		Merge:    summarize.MergeStats{Articles: len(arts), Passages: 10, UniquePassages: 6, DuplicatesRemoved: 4, TokensBefore: 200, TokensAfter: 120},
	}
	for i, a := range arts {
		b.Sources = append(b.Sources, summarize.Source{ID: a.ID, Source: a.Source, Title: a.Title, URL: a.URL})
		b.Points = append(b.Points, summarize.Point{
			Text:                    "Point from " + a.ID + ".",
			Citations:               []string{a.ID},
			Evidence:                []summarize.Evidence{{ArticleID: a.ID, PassageID: "P" + strconv.Itoa(i+1), Quote: "A quote."}},
			SourcesCount:            1,
			IndependentSourcesCount: 1,
		})
	}
	return b
}

// echoMerge is a merge report with one passage per article.
func echoMerge(req summarize.Request) *summarize.MergeReport {
	arts := withIDs(req.Articles)
	r := &summarize.MergeReport{Articles: arts}
	r.Result.Stats = summarize.MergeStats{Articles: len(arts), Passages: len(arts), UniquePassages: len(arts)}
	for i, a := range arts {
		r.Result.Passages = append(r.Result.Passages, summarize.Passage{
			ID: "P" + strconv.Itoa(i+1), Text: "Passage of " + a.ID + ".", Sources: []string{a.ID}, IndependentSources: []string{a.ID}, Tokens: 4,
		})
		r.Result.Articles = append(r.Result.Articles, summarize.ArticleStats{ID: a.ID, Passages: 1, UniquePassages: 1, UniqueShare: 1})
	}
	return r
}

// testServer is a running API over a fake service, whose every answer is checked against
// openapi.yaml.
type testServer struct {
	t    testing.TB
	srv  *httptest.Server
	fake *fakeService
}

// mustOpen starts a server over fake with cfg.
func mustOpen(t testing.TB, cfg api.Config, fake *fakeService) *testServer {
	t.Helper()
	if fake == nil {
		fake = &fakeService{}
	}
	s, err := api.New(cfg, fake)
	if err != nil {
		t.Fatalf("api.New: %v", err)
	}
	ts := wrap(t, s)
	ts.fake = fake
	return ts
}

// wrap serves s on an httptest server closed at the end of the test.
func wrap(t testing.TB, s *api.Server) *testServer {
	hs := httptest.NewServer(s.Handler())
	t.Cleanup(hs.Close)
	return &testServer{t: t, srv: hs}
}

// response is an answer read in full.
type response struct {
	Status int
	Header http.Header
	Body   []byte
}

// problem decodes the body as a problem.
func (r response) problem(t testing.TB) api.Problem {
	t.Helper()
	var p api.Problem
	if err := json.Unmarshal(r.Body, &p); err != nil {
		t.Fatalf("problem body %q: %v", r.Body, err)
	}
	return p
}

// do sends a request, validates the answer against openapi.yaml and returns it.
func (ts *testServer) do(method, path string, body []byte, header map[string]string) response {
	ts.t.Helper()
	req, err := http.NewRequest(method, ts.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		ts.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		if v == "" {
			req.Header.Del(k)
			continue
		}
		req.Header.Set(k, v)
	}
	res, err := ts.srv.Client().Do(req)
	if err != nil {
		ts.t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		ts.t.Fatal(err)
	}
	out := response{Status: res.StatusCode, Header: res.Header, Body: data}
	validateResponse(ts.t, req, out)
	return out
}

// post sends a JSON body to path.
func (ts *testServer) post(path, body string) response {
	ts.t.Helper()
	return ts.do(http.MethodPost, path, []byte(body), nil)
}

// contract is openapi.yaml at the repository root, loaded once for every test.
type contract struct {
	doc    *openapi3.T
	router routers.Router
}

var loadContract = sync.OnceValues(func() (*contract, error) {
	data, err := os.ReadFile("../openapi.yaml")
	if err != nil {
		return nil, err
	}
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		return nil, err
	}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		return nil, err
	}
	// The spec answers text/markdown; kin-openapi has no decoder for it by default.
	openapi3filter.RegisterBodyDecoder("text/markdown", openapi3filter.PlainBodyDecoder)
	// GET /openapi.yaml is declared as a string (the document's text), not as its parse.
	openapi3filter.RegisterBodyDecoder("application/yaml", openapi3filter.PlainBodyDecoder)
	// The reporters' page and its files are declared as strings.
	for _, mt := range []string{"text/html", "text/javascript", "text/css", "text/event-stream"} {
		openapi3filter.RegisterBodyDecoder(mt, openapi3filter.PlainBodyDecoder)
	}
	return &contract{doc: doc, router: router}, nil
})

// validateResponse checks an answer against openapi.yaml: the status must be declared
// for the operation, the Content-Type and body must match it. Answers for paths or
// methods the spec does not have (404, 405) must be problems.
func validateResponse(t testing.TB, req *http.Request, res response) {
	t.Helper()
	c, err := loadContract()
	if err != nil {
		t.Fatalf("loading openapi.yaml: %v", err)
	}
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		if ct := res.Header.Get("Content-Type"); ct != api.ProblemContentType {
			t.Fatalf("%s %s: Content-Type=%q, want %q", req.Method, req.URL.Path, ct, api.ProblemContentType)
		}
		var v any
		if err := json.Unmarshal(res.Body, &v); err != nil {
			t.Fatalf("%s %s: problem is not JSON: %v", req.Method, req.URL.Path, err)
		}
		if err := c.doc.Components.Schemas["Problem"].Value.VisitJSON(v); err != nil {
			t.Fatalf("%s %s: problem does not match the schema: %v", req.Method, req.URL.Path, err)
		}
		return
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 res.Status,
		Header:                 res.Header,
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	in.SetBodyBytes(res.Body)
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		t.Fatalf("%s %s → %d does not match openapi.yaml: %v\nbody: %s", req.Method, req.URL.Path, res.Status, err, truncateForLog(res.Body))
	}
	if res.Status >= 400 && res.Header.Get("Content-Type") != api.ProblemContentType {
		t.Fatalf("%s %s → %d: Content-Type=%q, want %q", req.Method, req.URL.Path, res.Status, res.Header.Get("Content-Type"), api.ProblemContentType)
	}
}

func truncateForLog(b []byte) string {
	s := string(b)
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// body builds a request body from articles and optional options JSON.
func body(articles []string, options string) string {
	s := `{"articles":[` + strings.Join(articles, ",") + `]`
	if options != "" {
		s += `,"options":` + options
	}
	return s + "}"
}
