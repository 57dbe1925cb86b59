package chunk_test

import (
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize/chunk"
)

func TestEncodingFor(t *testing.T) {
	tests := []struct {
		model, want string
	}{
		{"gpt-4o", chunk.O200kBase},
		{"gpt-4o-mini", chunk.O200kBase},
		{"gpt-4o-2024-08-06", chunk.O200kBase},
		{"openai/gpt-4o-mini", chunk.O200kBase},
		{"GPT-4o", chunk.O200kBase},
		{"gpt-4.1", chunk.O200kBase},
		{"gpt-4.1-nano", chunk.O200kBase},
		{"gpt-5", chunk.O200kBase},
		{"gpt-5-mini", chunk.O200kBase},
		{"chatgpt-4o-latest", chunk.O200kBase},
		{"o1", chunk.O200kBase},
		{"o1-mini", chunk.O200kBase},
		{"o3-mini", chunk.O200kBase},
		{"o4-mini", chunk.O200kBase},
		{"openrouter/openai/o3", chunk.O200kBase},
		{"gpt-4", chunk.Cl100kBase},
		{"gpt-4-turbo", chunk.Cl100kBase},
		{"gpt-3.5-turbo", chunk.Cl100kBase},
		{"llama3.1:8b", chunk.Cl100kBase},
		{"mistral", chunk.Cl100kBase},
		{"qwen2.5:7b-instruct", chunk.Cl100kBase},
		{"ollama/llama3", chunk.Cl100kBase},
		{"o10-fake", chunk.Cl100kBase},
		{"", chunk.Cl100kBase},
	}
	for _, tt := range tests {
		if got, want := chunk.EncodingFor(tt.model), tt.want; got != want {
			t.Errorf("EncodingFor(%q)=%q, want %q", tt.model, got, want)
		}
	}
}

// offline makes any HTTP request fail and points tiktoken's download cache at an
// empty directory, so a loader that tried the network would fail the test.
func offline(t *testing.T) {
	t.Helper()
	t.Setenv("HTTP_PROXY", "http://127.0.0.1:1")
	t.Setenv("HTTPS_PROXY", "http://127.0.0.1:1")
	t.Setenv("NO_PROXY", "")
	t.Setenv("TIKTOKEN_CACHE_DIR", t.TempDir())
}

func TestTokenizerCountsOffline(t *testing.T) {
	offline(t)
	tests := []struct {
		model, encoding, text string
		want                  int
	}{
		{"gpt-4o-mini", chunk.O200kBase, "hello world", 2},
		{"llama3", chunk.Cl100kBase, "hello world", 2},
		{"gpt-4o-mini", chunk.O200kBase, "", 0},
		{"gpt-4", chunk.Cl100kBase, "", 0},
		// Special-token text counts as ordinary text, never as one special token.
		{"gpt-4", chunk.Cl100kBase, "<|endoftext|>", 7},
	}
	for _, tt := range tests {
		tok, err := chunk.NewTokenizer(tt.model)
		if err != nil {
			t.Fatalf("NewTokenizer(%q): %v", tt.model, err)
		}
		if got, want := tok.Encoding(), tt.encoding; got != want {
			t.Fatalf("Encoding()=%q, want %q", got, want)
		}
		if got, want := tok.Count(tt.text), tt.want; got != want {
			t.Errorf("%s Count(%q)=%d, want %d", tt.encoding, tt.text, got, want)
		}
	}
}

func TestTokenizerConcurrent(t *testing.T) {
	offline(t)
	var wg sync.WaitGroup
	toks := make([]*chunk.Tokenizer, 4)
	for i := range toks {
		wg.Go(func() {
			tok, err := chunk.NewTokenizer("gpt-4o")
			if err != nil {
				t.Error(err)
				return
			}
			toks[i] = tok
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	text := "The council voted 7-2 on Tuesday to close the old bridge for repairs."
	want := toks[0].Count(text)
	for i := range 8 {
		wg.Go(func() {
			for range 50 {
				if got := toks[i%len(toks)].Count(text); got != want {
					t.Errorf("Count=%d, want %d", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

var _ interface{ Count(string) int } = (*chunk.Tokenizer)(nil)

func BenchmarkTokenizerCount(b *testing.B) {
	for _, model := range []string{"gpt-4o-mini", "llama3"} {
		tok, err := chunk.NewTokenizer(model)
		if err != nil {
			b.Fatal(err)
		}
		text := "Rescue crews in the harbour town of Kelmsby worked through the night on Tuesday after a storm surge flooded 340 homes, officials said."
		b.Run(tok.Encoding(), func(b *testing.B) {
			n := 0
			for b.Loop() {
				n += tok.Count(text)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/token")
		})
	}
}
