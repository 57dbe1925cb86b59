package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

func TestCheckClaims(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	res := ts.post("/v1/check", `{"articles":[`+artText+`],"claims":[{"text":"The bridge reopened.","citations":["wire-1"]},{"text":"It rained."}]}`)
	if res.Status != http.StatusOK {
		t.Fatalf("status=%d: %s", res.Status, res.Body)
	}
	var got api.CheckResponse
	if err := json.Unmarshal(res.Body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Claims) != 2 || got.Claims[0].Status != "supported" || got.Claims[1].Status != "unsupported" || got.Claims[0].Evidence[0].End != 8 {
		t.Fatalf("claims %+v", got.Claims)
	}
	if !strings.Contains(string(res.Body), `"warnings":[]`) || strings.Contains(string(res.Body), "null") {
		t.Errorf("lists not []: %s", res.Body)
	}
	reqs := ts.fake.checkRequests()
	if len(reqs) != 1 || len(reqs[0].Claims) != 2 || reqs[0].Claims[0].Citations[0] != "wire-1" || reqs[0].Draft != "" {
		t.Fatalf("service got %+v", reqs)
	}
	res = ts.post("/v1/check", `{"articles":[`+artText+`],"draft":"# Bridge\n\nThe bridge reopened on Monday."}`)
	if res.Status != http.StatusOK {
		t.Fatalf("draft: status=%d: %s", res.Status, res.Body)
	}
	if reqs := ts.fake.checkRequests(); len(reqs) != 2 || !strings.Contains(reqs[1].Draft, "reopened") {
		t.Fatalf("service got %+v", reqs)
	}
}

// TestCheckRefusals: the request rules are summarize.CheckRequest.Valid's (the same
// wording as the command line's), the bounds the schema's; nothing reaches the service.
func TestCheckRefusals(t *testing.T) {
	ts := mustOpen(t, api.Config{}, nil)
	many := make([]string, summarize.MaxClaims+1)
	for i := range many {
		many[i] = `{"text":"x"}`
	}
	for _, tt := range []struct {
		name, body string
		header     map[string]string
		status     int
		want       string
	}{
		{"both", `{"articles":[` + artText + `],"claims":[{"text":"a"}],"draft":"b"}`, nil, 422, "both claims and a draft"},
		{"neither", `{"articles":[` + artText + `]}`, nil, 422, "neither claims nor a draft"},
		{"unknown citation", `{"articles":[` + artText + `],"claims":[{"text":"a","citations":["ghost"]}]}`, nil, 422, `cites article "ghost"`},
		{"blank claim", `{"articles":[` + artText + `],"claims":[{"text":"  "}]}`, nil, 422, "claim 1 has no text"},
		{"empty claim", `{"articles":[` + artText + `],"claims":[{"text":""}]}`, nil, 422, "/claims/0/text"},
		{"too many claims", `{"articles":[` + artText + `],"claims":[` + strings.Join(many, ",") + `]}`, nil, 422, "/claims"},
		{"long draft", `{"articles":[` + artText + `],"draft":"` + strings.Repeat("é", summarize.MaxDraftChars+1) + `"}`, nil, 422, "/draft"},
		{"unknown field", `{"articles":[` + artText + `],"draft":"a","settings":{}}`, nil, 422, "settings"},
		{"unknown option", `{"articles":[` + artText + `],"draft":"a","options":{"engine":"llm"}}`, nil, 422, "engine"},
		{"unknown verify", `{"articles":[` + artText + `],"draft":"a","options":{"verify":"both"}}`, nil, 422, "verify"},
		{"no articles", `{"articles":[],"draft":"a"}`, nil, 422, "/articles"},
		{"markdown", `{"articles":[` + artText + `],"draft":"a"}`, map[string]string{"Accept": "text/markdown"}, 406, "application/json"},
		{"not json", `{"articles":[` + artText + `],"draft":"a"}`, map[string]string{"Content-Type": "text/plain"}, 415, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := ts.do(http.MethodPost, "/v1/check", []byte(tt.body), tt.header)
			if res.Status != tt.status {
				t.Fatalf("status=%d, want %d: %s", res.Status, tt.status, res.Body)
			}
			p := res.problem(t)
			if text := p.Detail + strings.Join(p.Errors, "; "); !strings.Contains(text, tt.want) {
				t.Fatalf("problem %+v lacks %q", p, tt.want)
			}
		})
	}
	if n := len(ts.fake.checkRequests()); n != 0 {
		t.Fatalf("service calls=%d, want 0", n)
	}
}

// TestCheckChain: /v1/check has the middleware of /v1/briefings: keys, rate limit,
// and the service's errors as problems.
func TestCheckChain(t *testing.T) {
	ok := `{"articles":[` + artText + `],"draft":"The bridge reopened."}`
	ts := mustOpen(t, api.Config{APIKeys: []string{"k1"}, RateLimit: 2}, nil)
	if res := ts.post("/v1/check", ok); res.Status != http.StatusUnauthorized {
		t.Fatalf("no key: status=%d", res.Status)
	}
	auth := map[string]string{"Authorization": "Bearer k1"}
	for i, want := range []int{200, 200, 429} {
		if res := ts.do(http.MethodPost, "/v1/check", []byte(ok), auth); res.Status != want {
			t.Fatalf("call %d: status=%d, want %d", i+1, res.Status, want)
		}
	}
	fail := mustOpen(t, api.Config{}, &fakeService{CheckFn: func(context.Context, summarize.CheckRequest) (*summarize.CheckReport, error) {
		return nil, summarize.Errorf(summarize.ETOOLARGE, "the draft has 201 sentences; this server checks at most 200 in one request")
	}})
	res := fail.post("/v1/check", ok)
	if res.Status != http.StatusRequestEntityTooLarge || !strings.Contains(res.problem(t).Detail, "201 sentences") {
		t.Fatalf("status=%d: %s", res.Status, res.Body)
	}
}
