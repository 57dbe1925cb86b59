package pipeline_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// countingCounter counts a tokenizer's calls by text.
type countingCounter struct {
	c  merge.Counter
	mu sync.Mutex
	n  map[string]int
}

func (c *countingCounter) Count(s string) int {
	c.mu.Lock()
	c.n[s]++
	c.mu.Unlock()
	return c.c.Count(s)
}

func (c *countingCounter) calls() (calls, distinct int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, n := range c.n {
		calls += n
	}
	return calls, len(c.n)
}

// TestEachTextTokenizedOnce: one briefing calls the tokenizer once per distinct
// text it counts (each story sentence and each article as sent), however often a
// text repeats across articles and stages.
func TestEachTextTokenizedOnce(t *testing.T) {
	for _, c := range loadClusters(t) {
		t.Run(c.name, func(t *testing.T) {
			p := newPipeline(t)
			cc := &countingCounter{c: p.Tokenizer, n: map[string]int{}}
			p.Tokenizer = cc
			b, err := p.Brief(context.Background(), c.request)
			if err != nil {
				t.Fatal(err)
			}
			calls, distinct := cc.calls()
			if calls != distinct {
				t.Fatalf("%d tokenizer calls for %d distinct texts", calls, distinct)
			}
			t.Logf("%d articles, %d sentences, %d passages: %d tokenizer calls, %d distinct texts",
				len(c.request.Articles), b.Merge.Passages, b.Merge.UniquePassages, calls, distinct)
		})
	}
}

// TestPassagesNameTheirPlace: every passage's span holds its text in the article's
// text (as sent, or extracted from its HTML), white space and invisible
// characters aside, and counts its tokens.
func TestPassagesNameTheirPlace(t *testing.T) {
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
				return -1
			}
			return r
		}, s)
	}
	p := newPipeline(t)
	for _, c := range loadClusters(t) {
		rep, err := p.Merge(context.Background(), c.request)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Texts) != len(rep.Articles) {
			t.Fatalf("%s: %d texts for %d articles", c.name, len(rep.Texts), len(rep.Articles))
		}
		index := map[string]int{}
		for i, a := range rep.Articles {
			index[a.ID] = i
		}
		for _, ps := range rep.Result.Passages {
			text := rep.Texts[index[ps.Article]]
			if ps.Start < 0 || ps.End > len(text) || ps.Start >= ps.End {
				t.Fatalf("%s: passage %s span [%d,%d) out of %d bytes", c.name, ps.ID, ps.Start, ps.End, len(text))
			}
			if got := text[ps.Start:ps.End]; squash(got) != squash(ps.Text) {
				t.Errorf("%s: passage %s: span holds %q, text is %q", c.name, ps.ID, got, ps.Text)
			}
			if ps.Tokens != p.Tokenizer.Count(ps.Text) {
				t.Errorf("%s: passage %s: Tokens=%d, want %d", c.name, ps.ID, ps.Tokens, p.Tokenizer.Count(ps.Text))
			}
			r := summarize.CodePoints(text, []summarize.Span{{Start: ps.Start, End: ps.End}})[0]
			if got := string([]rune(text)[r.Start:r.End]); got != text[ps.Start:ps.End] {
				t.Errorf("%s: passage %s: code points [%d,%d) hold %q", c.name, ps.ID, r.Start, r.End, got)
			}
		}
	}
}

// TestTokenCapCountsTheStory: the cap is on the story's tokens, checked before
// the merge: a story whose bytes pass the cap but whose tokens do not is served,
// and one token fewer in the cap refuses it with the exact count.
func TestTokenCapCountsTheStory(t *testing.T) {
	const story = "The old ferry quay at Lindholm will close for repairs from Monday.\n\nEngineers found cracks in two concrete piles."
	p := newPipeline(t)
	rep, err := p.Merge(context.Background(), summarize.Request{Articles: []summarize.Article{{Text: story}}})
	if err != nil {
		t.Fatal(err)
	}
	tokens := 0
	for _, ps := range rep.Result.Passages {
		tokens += ps.Tokens
	}
	if tokens >= len(story)/2 {
		t.Fatalf("story of %d bytes counts %d tokens: the test needs far fewer tokens than bytes", len(story), tokens)
	}
	p.Limits.MaxTotalTokens = tokens
	if _, err := p.Merge(context.Background(), summarize.Request{Articles: []summarize.Article{{Text: story}}}); err != nil {
		t.Fatalf("cap %d = the story's tokens: %v", tokens, err)
	}
	p.Limits.MaxTotalTokens = tokens - 1
	_, err = p.Merge(context.Background(), summarize.Request{Articles: []summarize.Article{{Text: story}}})
	if want := "hold " + strconv.Itoa(tokens) + " tokens"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("cap %d: err=%v, want %q", tokens-1, err, want)
	}
}
