package verify_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// Fictional passages for the second opinion's tests.
func ferryInput() *summarize.Input {
	return &summarize.Input{
		Articles: []summarize.Article{{ID: "a1"}, {ID: "a2"}},
		Passages: []summarize.Passage{
			{ID: "P1", Text: "The ferry Lindqvist ran aground outside Port Aven on Tuesday night with 212 passengers aboard.", Sources: []string{"a1"}, Article: "a1"},
			{ID: "P2", Text: "Divers inspected the hull of the vessel on Wednesday morning.", Sources: []string{"a2"}, Article: "a2"},
		},
	}
}

// partialClaims are claims that keep every figure and name of P1 and add
// words it does not have; partialClaim returns the first the rules of today
// find partial for want of words alone (cited, and looked for among every
// passage), so that the tests hold while the rules
// change (the lexicon may account for some of these words).
var partialClaims = []string{
	"The ferry Lindqvist ran aground outside Port Aven carrying 212 travellers in stormy weather.",
	"The ferry Lindqvist, carrying 212 passengers, struck rocks and was stranded outside Port Aven.",
	"The ferry Lindqvist ran aground outside Port Aven with 212 passengers amid gales, fog and heavy swell.",
	"The ferry Lindqvist ran aground outside Port Aven with 212 passengers, stranding tourists, pensioners and schoolchildren overnight.",
}

func partialClaim(t *testing.T, in *summarize.Input) string {
	t.Helper()
	x := verify.NewIndex(in.Passages, in.Articles)
	for _, c := range partialClaims {
		if verify.Askable(x.Check(c, []string{"P1"})) && verify.Askable(x.Find(c)) {
			return c
		}
	}
	t.Fatalf("none of the test's claims is partial for want of words alone under today's rules: add one")
	return ""
}

// Claims the rules fail on what only they decide; a model that says yes to
// everything must never be asked about them.
var neverAsked = []struct{ kind, claim string }{
	{summarize.MissingFigure, "The ferry Lindqvist ran aground outside Port Aven carrying 214 travellers in stormy weather."},
	{summarize.MissingName, "The ferry Nordstjernan ran aground outside Port Aven carrying 212 travellers in stormy weather."},
	{summarize.MissingNegation, "The ferry Lindqvist did not run aground outside Port Aven with 212 travellers in stormy weather."},
}

// scripted is an Entailer with a fixed answer (or error), counting questions.
type scripted struct {
	answer summarize.Entailment
	err    error
	usage  summarize.Usage

	mu        sync.Mutex
	asked     []string
	sentences [][]string
	in, maxIn int
	block     chan struct{} // when set, each question waits for it or its deadline
}

func (s *scripted) Entail(ctx context.Context, claim string, sentences []string) (summarize.Entailment, summarize.Usage, error) {
	s.mu.Lock()
	s.asked = append(s.asked, claim)
	s.sentences = append(s.sentences, sentences)
	s.in++
	s.maxIn = max(s.maxIn, s.in)
	s.mu.Unlock()
	defer func() { s.mu.Lock(); s.in--; s.mu.Unlock() }()
	if s.block != nil {
		select {
		case <-s.block:
		case <-ctx.Done():
			return summarize.NoOpinion, s.usage, &summarize.Error{Code: summarize.ETIMEOUT, Message: "model call timed out", Err: ctx.Err()}
		}
	}
	return s.answer, s.usage, s.err
}

func (s *scripted) questions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.asked)
}

func draftOf(claims ...string) *summarize.Draft {
	d := &summarize.Draft{Usage: summarize.Usage{PromptTokens: 1000, CompletionTokens: 100, LLMCalls: 1, Steps: []summarize.StepUsage{{Step: 1, Kind: "brief", Calls: 1, PromptTokens: 1000, CompletionTokens: 100}}}}
	for _, c := range claims {
		d.Points = append(d.Points, summarize.DraftPoint{Text: c, Passages: []string{"P1"}})
	}
	return d
}

func TestSecondOpinionOnAPartialPoint(t *testing.T) {
	in := ferryInput()
	in.Options.Unsupported = summarize.UnsupportedFlag
	claim := partialClaim(t, in)
	one := summarize.Usage{PromptTokens: 90, CompletionTokens: 5, LLMCalls: 1}
	tests := []struct {
		name      string
		model     *scripted
		status    string
		checkedBy string
		warning   string
	}{
		{"entailed: supported by the model", &scripted{answer: summarize.Entailed, usage: one}, summarize.SupportSupported, summarize.CheckedByModel, "1 entailed"},
		{"not entailed: unsupported by the model", &scripted{answer: summarize.NotEntailed, usage: one}, summarize.SupportUnsupported, summarize.CheckedByModel, "0 entailed by their sentences, 1 not"},
		{"no opinion: the rules stand", &scripted{answer: summarize.NoOpinion, usage: one}, summarize.SupportPartial, "", "says neither"},
		{"an error: the rules stand", &scripted{err: &summarize.Error{Code: summarize.EUPSTREAM, Message: "model endpoint refused the call (HTTP 400)"}, usage: one}, summarize.SupportPartial, "", "HTTP 400"},
		{"an error with an answer: the answer is not read", &scripted{answer: summarize.Entailed, err: errors.New("boom"), usage: one}, summarize.SupportPartial, "", "the model call failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := verify.VerifyWith(context.Background(), draftOf(claim), in, &verify.Second{Entailer: tt.model})
			if len(b.Points) != 1 {
				t.Fatalf("points=%d, want 1 (unsupported flag keeps it): %+v", len(b.Points), b)
			}
			s := b.Points[0].Support
			if s.Status != tt.status || s.CheckedBy != tt.checkedBy {
				t.Fatalf("support=%+v, want status %s checked by %q", s, tt.status, tt.checkedBy)
			}
			if (s.Status == summarize.SupportSupported) != (len(s.Unsupported) == 0) {
				t.Fatalf("support %+v: the missing words go with a verdict that is not supported", s)
			}
			if !slices.ContainsFunc(b.Warnings, func(w string) bool { return strings.Contains(w, tt.warning) }) {
				t.Fatalf("warnings %q: none says %q", b.Warnings, tt.warning)
			}
			if got := tt.model.questions(); got != 1 {
				t.Fatalf("questions=%d, want 1", got)
			}
			// Only the sentences the rules aligned to the claim are sent.
			if got := tt.model.sentences[0]; !slices.Equal(got, []string{in.Passages[0].Text}) {
				t.Fatalf("sentences sent %q, want P1's alone", got)
			}
			// Usage: the draft's, and one verify step with exactly the question's.
			u := b.Usage
			if u.LLMCalls != 2 || u.PromptTokens != 1090 || u.CompletionTokens != 105 {
				t.Fatalf("usage totals %+v, want the brief's and the question's", u)
			}
			if len(u.Steps) != 2 || u.Steps[1] != (summarize.StepUsage{Step: 2, Kind: summarize.StepVerify, Calls: 1, PromptTokens: 90, CompletionTokens: 5}) {
				t.Fatalf("steps %+v, want brief then verify", u.Steps)
			}
		})
	}
}

// TestSecondOpinionCannotOverruleTheRules: a model that says "entailed" to
// everything is never asked about a claim that lacks a figure, a name or a
// negation, and never about a supported one.
func TestSecondOpinionCannotOverruleTheRules(t *testing.T) {
	in := ferryInput()
	x := verify.NewIndex(in.Passages, in.Articles)
	yes := &scripted{answer: summarize.Entailed, usage: summarize.Usage{LLMCalls: 1}}
	for _, tt := range neverAsked {
		r := x.Check(tt.claim, []string{"P1"})
		if r.Status != summarize.SupportUnsupported || !slices.ContainsFunc(r.Unsupported, func(m summarize.Missing) bool { return m.Kind == tt.kind }) {
			t.Fatalf("the rules give %q %s %+v; the test wants unsupported with a %s missing", tt.claim, r.Status, r.Unsupported, tt.kind)
		}
		b := verify.VerifyWith(context.Background(), draftOf(tt.claim), in, &verify.Second{Entailer: yes})
		if len(b.Points) != 0 || len(b.UnsupportedPoints) != 1 {
			t.Fatalf("%s: points %+v, want it dropped", tt.kind, b.Points)
		}
		res, _, u := verify.CheckClaimsWith(context.Background(), in, []summarize.Claim{{Text: tt.claim}}, &verify.Second{Entailer: yes})
		if res[0].Status != summarize.SupportUnsupported || res[0].CheckedBy != "" {
			t.Fatalf("%s: check gave %+v", tt.kind, res[0])
		}
		if u == nil || u.LLMCalls != 0 || len(u.Steps) != 0 {
			t.Fatalf("%s: usage %+v, want none spent", tt.kind, u)
		}
	}
	supported := "The ferry Lindqvist ran aground outside Port Aven with 212 passengers aboard."
	b := verify.VerifyWith(context.Background(), draftOf(supported), in, &verify.Second{Entailer: yes})
	if len(b.Points) != 1 || b.Points[0].Support.Status != summarize.SupportSupported || b.Points[0].Support.CheckedBy != "" {
		t.Fatalf("supported point: %+v", b.Points)
	}
	if got := yes.questions(); got != 0 {
		t.Fatalf("questions=%d, want 0", got)
	}
}

func TestAskable(t *testing.T) {
	word := summarize.Missing{Kind: summarize.MissingWord, Text: "stormy"}
	tests := []struct {
		name string
		r    verify.Result
		want bool
	}{
		{"partial, words missing", verify.Result{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{word, word}, Sentences: []string{"s"}}, true},
		{"a figure missing", verify.Result{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{word, {Kind: summarize.MissingFigure, Text: "214"}}, Sentences: []string{"s"}}, false},
		{"a name missing", verify.Result{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{{Kind: summarize.MissingName, Text: "Nordstjernan"}}, Sentences: []string{"s"}}, false},
		{"a negation", verify.Result{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{word, {Kind: summarize.MissingNegation, Text: "not"}}, Sentences: []string{"s"}}, false},
		{"a kind the rules may add (antonym)", verify.Result{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{word, {Kind: "antonym", Text: "calm"}}, Sentences: []string{"s"}}, false},
		{"nothing named", verify.Result{Status: summarize.SupportPartial, Sentences: []string{"s"}}, false},
		{"no sentence", verify.Result{Status: summarize.SupportPartial, Unsupported: []summarize.Missing{word}}, false},
		{"unsupported on words", verify.Result{Status: summarize.SupportUnsupported, Unsupported: []summarize.Missing{word}, Sentences: []string{"s"}}, false},
		{"supported", verify.Result{Status: summarize.SupportSupported, Sentences: []string{"s"}}, false},
	}
	for _, tt := range tests {
		if got := verify.Askable(tt.r); got != tt.want {
			t.Errorf("%s: Askable=%v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSecondOpinionBounds: at most MaxQuestions questions, Concurrency at once,
// the rest left to the rules with a warning.
func TestSecondOpinionBounds(t *testing.T) {
	in := ferryInput()
	claim := partialClaim(t, in)
	var claims []summarize.Claim
	for range verify.MaxQuestions + 5 {
		claims = append(claims, summarize.Claim{Text: claim})
	}
	m := &scripted{answer: summarize.Entailed, usage: summarize.Usage{PromptTokens: 10, CompletionTokens: 1, LLMCalls: 1}}
	var pmu sync.Mutex
	var progress []summarize.ProgressEvent
	ctx := summarize.WithProgress(context.Background(), func(ev summarize.ProgressEvent) {
		pmu.Lock()
		progress = append(progress, ev)
		pmu.Unlock()
	})
	res, warnings, u := verify.CheckClaimsWith(ctx, in, claims, &verify.Second{Entailer: m, Concurrency: 2})
	if len(progress) != verify.MaxQuestions || progress[0].Stage != summarize.StepVerify || progress[0].Total != verify.MaxQuestions {
		t.Fatalf("%d progress events (%+v), want one a question", len(progress), progress)
	}
	if got := m.questions(); got != verify.MaxQuestions {
		t.Fatalf("questions=%d, want %d", got, verify.MaxQuestions)
	}
	if m.maxIn > 2 {
		t.Fatalf("%d questions in flight, want at most 2", m.maxIn)
	}
	byModel := 0
	for i, r := range res {
		if r.CheckedBy == summarize.CheckedByModel {
			byModel++
			if r.Status != summarize.SupportSupported || i >= verify.MaxQuestions {
				t.Fatalf("claim %d: %+v", i, r)
			}
		} else if r.Status != summarize.SupportPartial {
			t.Fatalf("claim %d past the cap: %+v, want the rules' partial", i, r)
		}
	}
	if byModel != verify.MaxQuestions {
		t.Fatalf("%d claims checked by the model, want %d", byModel, verify.MaxQuestions)
	}
	want := "5 more claim(s)"
	if !slices.ContainsFunc(warnings, func(w string) bool { return strings.Contains(w, want) }) {
		t.Fatalf("warnings %q: none says %q", warnings, want)
	}
	if u.LLMCalls != verify.MaxQuestions || u.PromptTokens != 10*verify.MaxQuestions || len(u.Steps) != 1 || u.Steps[0].Kind != summarize.StepVerify {
		t.Fatalf("usage %+v", u)
	}
}

// TestSecondOpinionTimeout: a model that never answers costs each question its
// own deadline; the briefing comes back with the rules' verdict and a warning.
func TestSecondOpinionTimeout(t *testing.T) {
	in := ferryInput()
	claim := partialClaim(t, in)
	m := &scripted{answer: summarize.Entailed, block: make(chan struct{})}
	defer close(m.block)
	b := verify.VerifyWith(context.Background(), draftOf(claim, claim), in, &verify.Second{Entailer: m, Timeout: 1})
	if len(b.Points) != 2 {
		t.Fatalf("points %+v", b.Points)
	}
	for _, p := range b.Points {
		if p.Support.Status != summarize.SupportPartial || p.Support.CheckedBy != "" {
			t.Fatalf("support %+v, want the rules' partial", p.Support)
		}
	}
	if !slices.ContainsFunc(b.Warnings, func(w string) bool {
		return strings.Contains(w, "no opinion on 2 claim(s)") && strings.Contains(w, "timed out")
	}) {
		t.Fatalf("warnings %q", b.Warnings)
	}
}

// TestNoSecondOpinion: without a Second, or one without an Entailer, nothing is
// asked and the verdicts are the rules'.
func TestNoSecondOpinion(t *testing.T) {
	in := ferryInput()
	claim := partialClaim(t, in)
	for _, s := range []*verify.Second{nil, {}} {
		b := verify.VerifyWith(context.Background(), draftOf(claim), in, s)
		if b.Points[0].Support.Status != summarize.SupportPartial || len(b.Usage.Steps) != 1 || b.Usage.LLMCalls != 1 {
			t.Fatalf("second %+v: %+v, usage %+v", s, b.Points[0].Support, b.Usage)
		}
	}
	if _, _, u := verify.CheckClaimsWith(context.Background(), in, []summarize.Claim{{Text: claim}}, nil); u != nil {
		t.Fatalf("usage %+v without a model, want nil", u)
	}
}
