package api_test

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
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

// TestPipelineOffsets: through the real pipeline, every evidence quote of a briefing and
// every merged passage is exactly its code-point range of the article text that
// POST /v1/merge returns, and the Markdown keeps no bracketed article id.
func TestPipelineOffsets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	ts := mustOpenPipeline(t)
	differences := 0
	for name, req := range clusterRequests(t) {
		t.Run(name, func(t *testing.T) {
			res := ts.do(http.MethodPost, "/v1/merge", req, nil)
			if res.Status != http.StatusOK {
				t.Fatalf("merge %d: %s", res.Status, res.Body)
			}
			var m api.MergeResponse
			if err := json.Unmarshal(res.Body, &m); err != nil {
				t.Fatal(err)
			}
			texts := map[string][]rune{}
			ids := map[string]bool{}
			for _, a := range m.Articles {
				texts[a.Id] = []rune(a.Text)
				ids[a.Id] = true
			}
			for _, p := range m.Passages {
				txt := texts[p.Article]
				if p.End > len(txt) || p.Start >= p.End {
					t.Fatalf("%s: %s[%d:%d] outside its text (%d)", p.Id, p.Article, p.Start, p.End, len(txt))
				}
			}
			res = ts.do(http.MethodPost, "/v1/briefings", req, nil)
			if res.Status != http.StatusOK {
				t.Fatalf("brief %d: %s", res.Status, res.Body)
			}
			var b api.BriefingResponse
			if err := json.Unmarshal(res.Body, &b); err != nil {
				t.Fatal(err)
			}
			differences += len(b.Differences)
			for _, p := range b.Points {
				for _, e := range p.Evidence {
					txt := texts[e.ArticleId]
					if e.End > len(txt) || e.Start > e.End || string(txt[e.Start:e.End]) != e.Quote {
						t.Errorf("evidence %s[%d:%d] is not %q", e.ArticleId, e.Start, e.End, e.Quote)
					}
				}
			}
			md := ts.do(http.MethodPost, "/v1/briefings", req, map[string]string{"Accept": "text/markdown"})
			for id := range ids {
				if strings.Contains(string(md.Body), "["+id+"]") {
					t.Errorf("Markdown keeps [%s]:\n%s", id, md.Body)
				}
			}
			if len(b.Differences) > 0 && !strings.Contains(string(md.Body), "## Where sources differ") {
				t.Errorf("Markdown lacks the differences:\n%s", md.Body)
			}
		})
	}
	t.Logf("%d differences over the clusters", differences)
}

// TestPipelineDifferencesMarkdown: the extractive engine's difference points name
// article ids ("6.4 according to [a1]"); the Markdown turns them into its notes and
// lists the differences.
func TestPipelineDifferencesMarkdown(t *testing.T) {
	ts := mustOpenPipeline(t)
	req := `{"articles":[{"source":"Wire","published_at":"2026-03-03T08:00:00Z","text":"An earthquake of magnitude 6.4 struck the coast on Tuesday, the survey said.\n\nAt least 12 people were killed, officials said."},` +
		`{"source":"Post","published_at":"2026-03-03T09:00:00Z","text":"An earthquake of magnitude 6.6 struck the coast on Tuesday, the survey said.\n\nAt least 19 people were killed, officials said."}]}`
	md := string(ts.do(http.MethodPost, "/v1/briefings", []byte(req), map[string]string{"Accept": "text/markdown"}).Body)
	for _, want := range []string{"6.4 according to [1], 6.6 according to [2]", "## Where sources differ", "- **magnitude** (sources conflict): 6.4 [1]; 6.6 [2]", "at least 12 [1] → at least 19 [2]"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "[a1]") || strings.Contains(md, `\[a`) {
		t.Errorf("Markdown keeps an article id:\n%s", md)
	}
}
