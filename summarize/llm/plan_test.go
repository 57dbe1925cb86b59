package llm_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/llm"
)

// overlapping returns n passages of which only the first few carry figures or
// names: the rest restate them in other words.
func overlapping(n int) *summarize.Input {
	in := &summarize.Input{Options: summarize.Options{MaxPoints: 4, MaxWords: 150}}
	for i := range n {
		text := fmt.Sprintf("the crossing was delayed again and passengers waited on the quay for news, said one more witness, adding little (%c).", 'a'+rune(i%26))
		if i < 3 {
			text = fmt.Sprintf("The ferry Lindqvist ran aground outside Port Aven with %d passengers aboard.", 200+i)
		}
		in.Passages = append(in.Passages, summarize.Passage{ID: fmt.Sprintf("P%d", i+1), Text: text, Sources: []string{"a1"}, Article: "a1", Sentence: i})
	}
	return in
}

// fewRestated is overlapping(5) briefed in one point: three passages with
// figures, one that says its words first, and one that restates it (under a
// quarter of the tokens).
func fewRestated() *summarize.Input {
	in := overlapping(5)
	in.Options.MaxPoints = 1
	return in
}

func TestPlanStrategies(t *testing.T) {
	tk := tokenizer(t)
	tests := []struct {
		name     string
		in       *summarize.Input
		context  int
		strategy string
		want     string
		leftOut  bool
	}{
		{"everything fits", input(6), 8192, "", summarize.StrategySingle, false},
		{"restatements left out", overlapping(60), 8192, "", summarize.StrategySelect, true},
		{"one restatement among many: left out too", fewRestated(), 8192, "", summarize.StrategySelect, true},
		{"too much content for one call", input(400), 2048, "", summarize.StrategyMapReduce, true},
		{"single asked: the best that fit", input(400), 2048, summarize.StrategySingle, summarize.StrategySelect, true},
		{"map_reduce asked: every passage", input(6), 8192, summarize.StrategyMapReduce, summarize.StrategyMapReduce, false},
		{"single asked and all fit", overlapping(60), 8192, summarize.StrategySingle, summarize.StrategySingle, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Options.Strategy = tt.strategy
			pl, err := llm.Plan(context.Background(), llm.Config{ContextTokens: tt.context, Scorer: extractive.New()}, tk, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Strategy != tt.want {
				t.Fatalf("strategy=%q, want %q", pl.Strategy, tt.want)
			}
			if got := len(pl.LeftOut) > 0; got != tt.leftOut {
				t.Fatalf("left out %d passages, want some=%v", len(pl.LeftOut), tt.leftOut)
			}
			if len(pl.Sent)+len(pl.LeftOut) != len(tt.in.Passages) {
				t.Fatalf("sent %d + left out %d ≠ %d", len(pl.Sent), len(pl.LeftOut), len(tt.in.Passages))
			}
			if tt.want == summarize.StrategySelect && tt.strategy == "" && pl.ContentLeftOut > llm.MaxContentLeftOut {
				t.Fatalf("select leaves out %.2f of the figures and names, more than %.2f", pl.ContentLeftOut, llm.MaxContentLeftOut)
			}
			at := map[string]int{}
			for i, p := range tt.in.Passages {
				at[p.ID] = i
			}
			for i := 1; i < len(pl.Sent); i++ {
				if at[pl.Sent[i-1].ID] >= at[pl.Sent[i].ID] {
					t.Fatalf("sent passages not in reading order: %s before %s", pl.Sent[i-1].ID, pl.Sent[i].ID)
				}
			}
		})
	}
	// The restatements' figures and names all reach the model.
	pl, _ := llm.Plan(context.Background(), llm.Config{ContextTokens: 8192, Scorer: extractive.New()}, tk, overlapping(60))
	if pl.ContentLeftOut != 0 {
		t.Fatalf("ContentLeftOut=%v, want 0", pl.ContentLeftOut)
	}
}

// TestTwoNewWordsEarnAPlace: a late, short passage whose words were mostly said
// before but which adds two of its own ("tests", "rudder") is a fact of its own,
// and is sent with the restatements left out.
func TestTwoNewWordsEarnAPlace(t *testing.T) {
	in := overlapping(60)
	fact := "passengers waited on the quay during tests of the rudder."
	in.Passages = append(in.Passages, summarize.Passage{ID: "P61", Text: fact, Sources: []string{"a1"}, Article: "a1", Sentence: 60})
	pl, err := llm.Plan(context.Background(), llm.Config{ContextTokens: 8192, Scorer: extractive.New()}, tokenizer(t), in)
	if err != nil {
		t.Fatal(err)
	}
	if pl.Strategy != summarize.StrategySelect || len(pl.LeftOut) == 0 {
		t.Fatalf("strategy %q with %d left out, want select leaving the restatements out", pl.Strategy, len(pl.LeftOut))
	}
	for _, p := range pl.LeftOut {
		if p.ID == "P61" {
			t.Fatalf("the passage with two new words was left out")
		}
	}
}

// TestSmallContext: a 1024-token context briefs a small cluster in one call, and
// says in plain words what it needs when the answer alone cannot fit.
func TestSmallContext(t *testing.T) {
	f := okModel(t)
	e := mustEngine(t, f, llm.Config{ContextTokens: 1024})
	in := input(40)
	d, err := e.Brief(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if d.Usage.LLMCalls == 0 || d.Usage.Strategy == "" {
		t.Fatalf("usage=%+v, want calls and a strategy", d.Usage)
	}
	assertWithinWindow(t, f, 1024)

	in.Options.MaxWords = 1000
	_, err = e.Brief(context.Background(), in)
	if got, want := code(err), summarize.ETOOLARGE; got != want {
		t.Fatalf("code=%v, want %v (err %v)", got, want, err)
	}
	msg := summarize.ErrorMessage(err)
	for _, want := range []string{"1024 tokens", "up to 1000 words", "at least", "max_words"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "needs 1 tokens") {
		t.Errorf("message %q is the old riddle", msg)
	}
}

func TestUsageStepsAndCost(t *testing.T) {
	f := okModel(t)
	var costs []float64
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048, Prices: llm.Prices{Prompt: 0.15, Completion: 0.6},
		OnCall: func(ev llm.CallEvent) { costs = append(costs, ev.Cost) }, Concurrency: 1})
	d, err := e.Brief(context.Background(), input(300))
	if err != nil {
		t.Fatal(err)
	}
	u := d.Usage
	if u.Strategy != summarize.StrategyMapReduce || len(u.Steps) < 2 || u.Steps[0].Kind != llm.KindMap || u.Steps[len(u.Steps)-1].Kind != llm.KindReduce {
		t.Fatalf("usage=%+v, want map then reduce steps", u)
	}
	prompt, calls := 0, 0
	for _, st := range u.Steps {
		prompt += st.PromptTokens
		calls += st.Calls
	}
	if prompt != u.PromptTokens || calls != u.LLMCalls {
		t.Fatalf("steps add up to %d tokens in %d calls, usage says %d in %d", prompt, calls, u.PromptTokens, u.LLMCalls)
	}
	if u.Cost == nil {
		t.Fatal("Cost=nil with prices set")
	}
	want := (float64(u.PromptTokens)*0.15 + float64(u.CompletionTokens)*0.6) / 1e6
	if diff := *u.Cost - want; diff > 1e-12 || diff < -1e-12 {
		t.Fatalf("Cost=%v, want %v", *u.Cost, want)
	}
	sum := 0.0
	for _, c := range costs {
		sum += c
	}
	if diff := sum - want; diff > 1e-9 || diff < -1e-9 {
		t.Fatalf("events cost %v in all, usage %v", sum, want)
	}

	e = mustEngine(t, okModel(t), llm.Config{})
	d, err = e.Brief(context.Background(), input(3))
	if err != nil {
		t.Fatal(err)
	}
	if d.Usage.Cost != nil {
		t.Fatalf("Cost=%v with no price, want nil", *d.Usage.Cost)
	}
	if d.Usage.Strategy != summarize.StrategySingle || len(d.Usage.Steps) != 1 || d.Usage.Steps[0].Kind != llm.KindBrief {
		t.Fatalf("usage=%+v, want one brief step", d.Usage)
	}
}

// TestNoteCallsUseTheShortSystemPrompt: map calls carry the note-taking system
// prompt and a reserve sized to their chunk, the final call the full one.
func TestNoteCallsUseTheShortSystemPrompt(t *testing.T) {
	f := okModel(t)
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048})
	if _, err := e.Brief(context.Background(), input(300)); err != nil {
		t.Fatal(err)
	}
	tk := tokenizer(t)
	var mapSys, finalSys int
	for _, s := range f.seen() {
		switch {
		case s.req.kind() == "map":
			mapSys = tk.Count(s.req.system())
			if s.req.MaxTokens >= tk.Count(s.req.user()) {
				t.Errorf("map reserve %d is not a fraction of its prompt (%d tokens)", s.req.MaxTokens, tk.Count(s.req.user()))
			}
		case strings.Contains(s.req.user(), "Brief the event from the notes"):
			finalSys = tk.Count(s.req.system())
		}
	}
	// The note-taking prompt drops the label and disagreement rules the final
	// call needs: it must stay well under the briefing one.
	if mapSys == 0 || finalSys == 0 || mapSys*5 > finalSys*3 {
		t.Fatalf("system prompt tokens: map %d, final %d; want map at most 60%% of final", mapSys, finalSys)
	}
}
