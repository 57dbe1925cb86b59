package llm_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

func TestEndpoint(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "https://api.openai.com:443/v1"},
		{"https://api.openai.com/v1", "https://api.openai.com:443/v1"},
		{"https://API.OpenAI.com:443/v1/", "https://api.openai.com:443/v1"},
		{"http://localhost:11434/v1", "http://localhost:11434/v1"},
		{"http://localhost/v1", "http://localhost:80/v1"},
		{"http://user:s3cret-password@10.0.0.2:8000/openai/v1?api-key=sk-live-SECRET#x", "http://10.0.0.2:8000/openai/v1"},
		{"http://[::1]:8080/v1", "http://[::1]:8080/v1"},
		{"::not a url", "invalid"},
		{"localhost:8080", "invalid"},
	} {
		got := llm.Endpoint(c.in)
		if got != c.want {
			t.Errorf("Endpoint(%q) = %q, want %q", c.in, got, c.want)
		}
		if strings.Contains(got, "SECRET") || strings.Contains(got, "s3cret") {
			t.Errorf("Endpoint(%q) = %q holds a secret", c.in, got)
		}
	}
}

// Two endpoints serving the same model name, one step cache: the second endpoint
// gets every call of its own, none answered by the first's steps; the same
// endpoint with another key and password is the same answerer and hits.
func TestStepCacheKeysOnTheEndpoint(t *testing.T) {
	answer := func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		completion(w, echoAnswer(req), "stop", 0, 0)
	}
	a, b := newFakeModel(t, answer), newFakeModel(t, answer)
	cache := &memCache{}
	ctx := summarize.WithStepCache(context.Background(), cache)
	cfg := llm.Config{ContextTokens: 2048, Concurrency: 4, Model: "same-model", APIKey: llm.NewSecret("sk-a")}

	ea := mustEngine(t, a, cfg)
	if _, err := ea.Brief(ctx, cluster(20)); err != nil {
		t.Fatal(err)
	}
	callsA := len(a.seen())
	if callsA < 3 || cache.puts == 0 {
		t.Fatalf("the first briefing made %d calls and cached %d steps; want a map-reduce", callsA, cache.puts)
	}

	eb := mustEngine(t, b, cfg)
	if _, err := eb.Brief(ctx, cluster(20)); err != nil {
		t.Fatal(err)
	}
	if got := len(b.seen()); got != callsA || cache.hits != 0 {
		t.Fatalf("the second endpoint got %d calls (%d answered from the cache), want %d of its own and none from the first endpoint's steps", got, cache.hits, callsA)
	}
	if ea.Identity() == eb.Identity() {
		t.Fatalf("two endpoints share the identity %q", ea.Identity())
	}

	// Same endpoint, other credentials: the same answerer.
	cfg2 := cfg
	cfg2.APIKey = llm.NewSecret("sk-other")
	ea2 := mustEngine(t, a, cfg2)
	if ea2.Identity() != ea.Identity() {
		t.Fatalf("the key changed the identity: %q, %q", ea.Identity(), ea2.Identity())
	}
	if strings.Contains(ea.Identity(), "sk-a") {
		t.Fatalf("the identity %q holds the key", ea.Identity())
	}
	if _, err := ea2.Brief(ctx, cluster(20)); err != nil {
		t.Fatal(err)
	}
	if cache.hits == 0 {
		t.Fatal("the same endpoint with another key found none of its steps in the cache")
	}
}
