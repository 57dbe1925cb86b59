package api_test

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// mustOpenPipeline starts the API over the real pipeline with the extractive engine.
func mustOpenPipeline(t *testing.T) *testServer {
	t.Helper()
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		t.Fatal(err)
	}
	p := &pipeline.Pipeline{
		Tokenizer:     tok,
		Engines:       map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()},
		DefaultEngine: summarize.EngineExtractive,
	}
	s, err := api.New(api.Config{MaxBody: 1 << 20}, p)
	if err != nil {
		t.Fatal(err)
	}
	return wrap(t, s)
}

// clusterRequests reads the request bodies of the shared test clusters.
func clusterRequests(t *testing.T) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob("../summarize/pipeline/testdata/clusters/*/request.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cluster requests (%v)", err)
	}
	out := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(filepath.Dir(p))] = b
	}
	return out
}

// TestPipelineClusters briefs and merges each test cluster through the API and the real
// pipeline; every answer must match openapi.yaml and every point cite a source.
func TestPipelineClusters(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	ts := mustOpenPipeline(t)
	for name, req := range clusterRequests(t) {
		t.Run(name, func(t *testing.T) {
			res := ts.do(http.MethodPost, "/v1/briefings", req, nil)
			if got, want := res.Status, 200; got != want {
				t.Fatalf("status=%d, want %d: %s", got, want, res.Body)
			}
			var b api.BriefingResponse
			if err := json.Unmarshal(res.Body, &b); err != nil {
				t.Fatal(err)
			}
			if len(b.Points) == 0 {
				t.Fatal("no points")
			}
			ids := map[string]bool{}
			for _, s := range b.Sources {
				ids[s.Id] = true
			}
			for _, p := range b.Points {
				for _, c := range p.Citations {
					if !ids[c] {
						t.Fatalf("point cites %q, not a source", c)
					}
				}
			}
			if res := ts.do(http.MethodPost, "/v1/briefings", req, map[string]string{"Accept": "text/markdown"}); res.Status != 200 {
				t.Fatalf("markdown status=%d", res.Status)
			}
			if res := ts.do(http.MethodPost, "/v1/merge", req, nil); res.Status != 200 {
				t.Fatalf("merge status=%d: %s", res.Status, res.Body)
			}
		})
	}
}

// TestPipelineMutatedRequestsNever5xx is TestMutatedRequestsNever5xx against the real
// pipeline: a few hundred mutations of the cluster requests, none may get a 5xx.
func TestPipelineMutatedRequestsNever5xx(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	const n = 200
	ts := mustOpenPipeline(t)
	var valid [][]byte
	for _, b := range clusterRequests(t) {
		valid = append(valid, b)
	}
	rng := rand.New(rand.NewPCG(9, 2026))
	counts := map[int]int{}
	for i := range n {
		b := mutate(rng, valid[rng.IntN(len(valid))])
		path := "/v1/briefings"
		if i%4 == 0 {
			path = "/v1/merge"
		}
		res := ts.do(http.MethodPost, path, b, nil)
		counts[res.Status]++
		if res.Status >= 500 {
			t.Fatalf("mutation %d: %s → %d: %s", i, path, res.Status, res.Body)
		}
	}
	t.Logf("statuses over %d mutated requests: %v", n, counts)
}
