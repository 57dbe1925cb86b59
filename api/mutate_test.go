package api_test

import (
	"math/rand/v2"
	"net/http"
	"testing"

	"github.com/briefing-news/briefing/api"
)

// TestMutatedRequestsNever5xx throws a few hundred mutated bodies (byte flips,
// truncations, insertions, duplications of valid requests) at the running handler:
// every answer must be a 2xx or a 4xx problem that matches openapi.yaml.
func TestMutatedRequestsNever5xx(t *testing.T) {
	const n = 400
	valid := []string{
		body([]string{artText, artHTML, artBare}, `{"max_points":4,"max_words":80,"engine":"auto"}`),
		body([]string{`{"id":"x","html":"<div><p>One.</p><p>Two.</p></div>","published_at":"2026-01-01T00:00:00Z"}`}, ""),
		body([]string{artBare, artBare}, `{"engine":"llm"}`),
	}
	rng := rand.New(rand.NewPCG(6, 2026))
	ts := mustOpen(t, api.Config{MaxBody: 4096}, nil)
	counts := map[int]int{}
	for i := range n {
		b := mutate(rng, []byte(valid[rng.IntN(len(valid))]))
		path := "/v1/briefings"
		if i%4 == 0 {
			path = "/v1/merge"
		}
		res := ts.do(http.MethodPost, path, b, nil)
		counts[res.Status]++
		if res.Status >= 500 {
			t.Fatalf("mutation %d: %s → %d: %s\nbody: %q", i, path, res.Status, res.Body, b)
		}
	}
	t.Logf("statuses over %d mutated requests: %v", n, counts)
}

// mutate returns a copy of b with one to three random edits: a flipped bit, a
// truncation, an inserted JSON-ish token, a deleted run or a duplicated run.
func mutate(rng *rand.Rand, b []byte) []byte {
	insert := []string{`"`, `{`, `}`, `[`, `]`, `,`, `:`, `\`, `\u`, `null`, `1e999`, `-`, "\x00", "\xff", `"id"`, `"text"`, `""`}
	b = append([]byte(nil), b...)
	for range 1 + rng.IntN(3) {
		if len(b) == 0 {
			break
		}
		pos := rng.IntN(len(b))
		switch rng.IntN(5) {
		case 0:
			b[pos] ^= byte(1 << rng.IntN(8))
		case 1:
			b = b[:pos]
		case 2:
			tok := insert[rng.IntN(len(insert))]
			b = append(b[:pos], append([]byte(tok), b[pos:]...)...)
		case 3:
			end := min(len(b), pos+1+rng.IntN(8))
			b = append(b[:pos], b[end:]...)
		case 4:
			end := min(len(b), pos+1+rng.IntN(64))
			b = append(b[:end], append(append([]byte(nil), b[pos:end]...), b[end:]...)...)
		}
	}
	return b
}
