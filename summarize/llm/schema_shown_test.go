package llm_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/llm"
)

// toFake sends every request to the fake model's chat endpoint, whatever host
// and path it names, so that an engine configured for OpenAI's, Azure's or a
// local server's URL can be observed.
type toFake struct{ fake *url.URL }

func (d toFake) Do(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = d.fake.Scheme, d.fake.Host, ""
	r.URL.Path, r.URL.RawPath = "/v1/chat/completions", ""
	return http.DefaultTransport.RoundTrip(r)
}

// TestSchemaShown: a call that sends the answer's schema writes the shape out in
// its system prompt only where the endpoint does not show the model the schema
// (local servers constrain decoding by it unseen); OpenAI and Azure OpenAI show
// it and bill it, so there the shape is not sent twice.
func TestSchemaShown(t *testing.T) {
	yes, no := true, false
	for _, tc := range []struct {
		name    string
		baseURL string
		shown   *bool
		want    bool // the schema-mode system prompt (no written shape)
	}{
		{"OpenAI by default", "", nil, true},
		{"OpenAI's URL", "https://api.openai.com/v1", nil, true},
		{"Azure OpenAI", "https://newsroom.openai.azure.com/openai/deployments/brief", nil, true},
		{"Ollama", "http://localhost:11434/v1", nil, false},
		{"vLLM", "http://10.0.0.7:8000/v1", nil, false},
		{"a local server said to show it", "http://localhost:8000/v1", &yes, true},
		{"OpenAI said not to", "https://api.openai.com/v1", &no, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := okModel(t)
			fake, _ := url.Parse(f.URL)
			e, err := llm.New(llm.Config{BaseURL: tc.baseURL, SchemaShown: tc.shown, HTTPClient: toFake{fake}, ContextTokens: 8192}, tokenizer(t))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.Brief(context.Background(), input(4)); err != nil {
				t.Fatal(err)
			}
			got := f.seen()
			if len(got) == 0 {
				t.Fatal("no call reached the model")
			}
			for _, s := range got {
				if s.req.ResponseFormat == nil || s.req.ResponseFormat.Type != "json_schema" {
					t.Fatalf("response_format %+v, want json_schema", s.req.ResponseFormat)
				}
				sys := s.req.system()
				if written := strings.Contains(sys, `"citations"`); written == tc.want {
					t.Fatalf("shape written out %v, want %v:\n%s", written, !tc.want, sys)
				}
				if tc.want && !strings.Contains(sys, "schema") {
					t.Fatalf("system prompt does not point to the schema:\n%s", sys)
				}
			}
		})
	}
}
