package llm_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

func TestConfigStringHidesKey(t *testing.T) {
	cfg := llm.Config{BaseURL: "http://localhost:11434/v1", APIKey: llm.NewSecret("sk-test-SECRET"), Model: "llama3.1"}
	for _, s := range []string{cfg.String(), fmt.Sprint(cfg), fmt.Sprintf("%v %+v %#v %s", cfg, cfg, cfg, cfg)} {
		if strings.Contains(s, "SECRET") {
			t.Fatalf("config render %q shows the key", s)
		}
	}
	if got, want := cfg.String(), "APIKey:set"; !strings.Contains(got, want) {
		t.Fatalf("String()=%q, want it to contain %q", got, want)
	}
}

func TestNewNeedsCounter(t *testing.T) {
	if _, err := llm.New(llm.Config{}, nil); err == nil {
		t.Fatal("New(nil counter) succeeded, want an error")
	}
}

func TestBriefSingleCall(t *testing.T) {
	for _, key := range []string{"", "sk-test-key"} {
		t.Run("key="+key, func(t *testing.T) {
			f := okModel(t)
			var events []llm.CallEvent
			e := mustEngine(t, f, llm.Config{APIKey: llm.NewSecret(key), Model: "llama3.1", ContextTokens: 8192, OnCall: func(ev llm.CallEvent) { events = append(events, ev) }})
			d, err := e.Brief(context.Background(), input(6))
			if err != nil {
				t.Fatal(err)
			}
			reqs := f.seen()
			if got, want := len(reqs), 1; got != want {
				t.Fatalf("requests=%d, want %d", got, want)
			}
			auth := reqs[0].header.Get("Authorization")
			if key == "" && auth != "" {
				t.Fatalf("Authorization=%q with no key, want none", auth)
			}
			if key != "" && auth != "Bearer "+key {
				t.Fatalf("Authorization=%q, want Bearer key", auth)
			}
			if got, want := reqs[0].req.format(), "json_schema"; got != want {
				t.Fatalf("response_format=%q, want %q", got, want)
			}
			if got, want := reqs[0].req.Model, "llama3.1"; got != want {
				t.Fatalf("model=%q, want %q", got, want)
			}
			if got, want := d.Model, "llama3.1"; got != want {
				t.Fatalf("Draft.Model=%q, want %q", got, want)
			}
			if got, want := d.PromptVersion, prompts.Version; got != want {
				t.Fatalf("PromptVersion=%q, want %q", got, want)
			}
			if got, want := d.Usage.LLMCalls, 1; got != want {
				t.Fatalf("LLMCalls=%d, want %d", got, want)
			}
			if d.Usage.PromptTokens == 0 || d.Usage.CompletionTokens == 0 {
				t.Fatalf("Usage=%+v, want tokens counted", d.Usage)
			}
			if got, want := d.Points[0].Passages, []string{"P1", "P2", "P3"}; !slices.Equal(got, want) {
				t.Fatalf("citations=%v, want %v", got, want)
			}
			if got, want := len(events), 1; got != want || events[0].Status != llm.StatusOK || events[0].Kind != llm.KindBrief {
				t.Fatalf("events=%+v, want one ok brief", events)
			}
			if len(d.Warnings) != 0 {
				t.Fatalf("Warnings=%v, want none", d.Warnings)
			}
			assertWithinWindow(t, f, 8192)
		})
	}
}

func TestBriefMapReduce(t *testing.T) {
	f := okModel(t)
	var mu sync.Mutex
	steps := map[int]int{}
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048, Concurrency: 3, OnCall: func(ev llm.CallEvent) {
		mu.Lock() // OnCall runs on the engine's parallel calls
		defer mu.Unlock()
		steps[ev.Step]++
	}})
	in := input(400)
	d, err := e.Brief(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	reqs := f.seen()
	count := map[string]int{}
	for _, s := range reqs {
		count[s.req.kind()]++
	}
	if count["map"] < 2 || count["reduce"] < 1 || count["brief"] != 0 {
		t.Fatalf("calls by kind=%v, want ≥2 map, ≥1 reduce, no brief", count)
	}
	if got, want := d.Usage.LLMCalls, len(reqs); got != want {
		t.Fatalf("LLMCalls=%d, want %d", got, want)
	}
	if steps[1] != count["map"] || steps[2] == 0 {
		t.Fatalf("calls by step=%v, want step 1 = the %d map calls, then reduce steps", steps, count["map"])
	}
	if got, want := f.maxIn, 3; got > want {
		t.Fatalf("max in flight=%d, want ≤ %d", got, want)
	}
	assertWithinWindow(t, f, 2048)
	// Every passage the plan sends was shown to exactly one map call, the others
	// to none.
	if got, want := d.Usage.Strategy, summarize.StrategyMapReduce; got != want {
		t.Fatalf("Usage.Strategy=%q, want %q", got, want)
	}
	if got, want := d.Usage.PassagesSent+d.Usage.PassagesLeftOut, len(in.Passages); got != want || d.Usage.PassagesSent == 0 {
		t.Fatalf("passages sent %d + left out %d, want %d in all", d.Usage.PassagesSent, d.Usage.PassagesLeftOut, want)
	}
	shown := map[string]int{}
	for _, s := range reqs {
		if s.req.kind() != "map" {
			continue
		}
		inside := false
		for _, line := range strings.Split(s.req.user(), "\n") {
			switch {
			case line == prompts.ArticlesOpen:
				inside = true
			case line == prompts.ArticlesClose:
				inside = false
			case inside:
				shown[strings.Fields(line)[0]]++
			}
		}
	}
	sent := 0
	for _, p := range in.Passages {
		if shown[p.ID] > 1 {
			t.Fatalf("passage %s shown %d times to map calls, want at most 1", p.ID, shown[p.ID])
		}
		sent += shown[p.ID]
	}
	if sent != d.Usage.PassagesSent {
		t.Fatalf("%d passages shown to map calls, Usage.PassagesSent=%d", sent, d.Usage.PassagesSent)
	}
	// The final answer cites labels that exist.
	known := map[string]bool{}
	for _, p := range in.Passages {
		known[p.ID] = true
	}
	for _, p := range d.Points {
		for _, c := range p.Passages {
			if !known[c] {
				t.Fatalf("point %q cites unknown %s", p.Text, c)
			}
		}
	}
	// Reduce prompts carry notes with their P labels, never the article text.
	for _, s := range reqs {
		if s.req.kind() == "reduce" && !strings.Contains(s.req.user(), " (P") {
			t.Fatalf("reduce prompt without note citations:\n%s", s.req.user())
		}
	}
}

func TestRetries(t *testing.T) {
	date := time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	tests := []struct {
		name       string
		status     []int // per try; 200 = answer
		retryAfter string
		wantCode   string
		wantCalls  int
		wantWaits  []time.Duration // exact when set
		maxWait    time.Duration
	}{
		{name: "429 then ok, Retry-After seconds", status: []int{429, 429, 200}, retryAfter: "3", wantCalls: 3, wantWaits: []time.Duration{3 * time.Second, 3 * time.Second}},
		{name: "503 then ok, backoff", status: []int{503, 200}, wantCalls: 2, maxWait: 750 * time.Millisecond},
		{name: "Retry-After date capped", status: []int{429, 200}, retryAfter: date, wantCalls: 2, wantWaits: []time.Duration{llm.MaxRetryAfter}},
		{name: "500 three times", status: []int{500, 500, 500, 500}, wantCode: summarize.EUPSTREAM, wantCalls: 3},
		{name: "401 not retried", status: []int{401, 200}, wantCode: summarize.EUPSTREAM, wantCalls: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
				st := tt.status[min(n, len(tt.status))-1]
				if st == 200 {
					completion(w, echoAnswer(req), "stop", 500, 40)
					return
				}
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				apiError(w, st, "", http.StatusText(st))
			})
			sl := &noSleep{}
			e := mustEngine(t, f, llm.Config{Sleep: sl.sleep})
			_, err := e.Brief(context.Background(), input(3))
			if got, want := code(err), tt.wantCode; tt.wantCode != "" && got != want {
				t.Fatalf("code=%v, want %v (err %v)", got, want, err)
			}
			if tt.wantCode == "" && err != nil {
				t.Fatal(err)
			}
			if got, want := len(f.seen()), tt.wantCalls; got != want {
				t.Fatalf("calls=%d, want %d", got, want)
			}
			waits := sl.got()
			if tt.wantWaits != nil && !slices.Equal(waits, tt.wantWaits) {
				t.Fatalf("waits=%v, want %v", waits, tt.wantWaits)
			}
			for _, w := range waits {
				if tt.maxWait > 0 && (w > tt.maxWait || w < 250*time.Millisecond) {
					t.Fatalf("wait=%v, want within [250ms, %v]", w, tt.maxWait)
				}
			}
		})
	}
}

func TestRetryAfterBeyondDeadline(t *testing.T) {
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		w.Header().Set("Retry-After", "20")
		apiError(w, 429, "rate_limit_exceeded", "slow down")
	})
	sl := &noSleep{}
	e := mustEngine(t, f, llm.Config{Sleep: sl.sleep})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := e.Brief(ctx, input(3))
	if got, want := code(err), summarize.EUPSTREAM; got != want {
		t.Fatalf("code=%v, want %v", got, want)
	}
	if got, want := len(sl.got()), 0; got != want {
		t.Fatalf("waits=%d, want %d (the wait is beyond the deadline)", got, want)
	}
	if got, want := len(f.seen()), 1; got != want {
		t.Fatalf("calls=%d, want %d", got, want)
	}
}

// blockingModel blocks each call until its request context ends, and reports it.
func blockingModel(t *testing.T) (*fakeModel, chan struct{}, chan struct{}) {
	started, canceled := make(chan struct{}, 16), make(chan struct{}, 16)
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		started <- struct{}{}
		select {
		case <-r.Context().Done():
			canceled <- struct{}{}
		case <-time.After(10 * time.Second):
			completion(w, echoAnswer(req), "stop", 10, 10)
		}
	})
	return f, started, canceled
}

func TestCallTimeout(t *testing.T) {
	f, _, canceled := blockingModel(t)
	e := mustEngine(t, f, llm.Config{Timeout: 200 * time.Millisecond})
	_, err := e.Brief(context.Background(), input(3))
	if got, want := code(err), summarize.ETIMEOUT; got != want {
		t.Fatalf("code=%v, want %v (err %v)", got, want, err)
	}
	// On a loaded machine the deadline can pass before the request reaches the
	// model at all; either way the call is not retried, and a request the model
	// did see is cancelled.
	switch n := len(f.seen()); n {
	case 0:
	case 1:
		select {
		case <-canceled:
		case <-time.After(5 * time.Second):
			t.Fatal("the model never saw its request cancelled")
		}
	default:
		t.Fatalf("calls=%d, want at most 1 (a timed-out call is not retried)", n)
	}
}

func TestClientDisconnectCancelsCalls(t *testing.T) {
	f, started, canceled := blockingModel(t)
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048, Concurrency: 2})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := e.Brief(ctx, input(400))
		done <- err
	}()
	<-started
	<-started // two map calls in flight
	cancel()
	for range 2 {
		select {
		case <-canceled:
		case <-time.After(5 * time.Second):
			t.Fatal("an in-flight model call was not cancelled")
		}
	}
	select {
	case err := <-done:
		if got, want := code(err), summarize.ETIMEOUT; got != want {
			t.Fatalf("code=%v, want %v (err %v)", got, want, err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Brief did not return after cancel")
	}
	if got := len(f.seen()); got != 2 {
		t.Fatalf("calls=%d, want 2 (no call starts after cancel)", got)
	}
}

func TestContextLengthReplans(t *testing.T) {
	tests := []struct {
		name      string
		fail      int // calls answered with a context-length error before succeeding
		vllm      bool
		wantCode  string
		wantCalls int
	}{
		{name: "openai code, then ok", fail: 1, wantCalls: 2},
		{name: "vllm message twice, then ok", fail: 2, vllm: true, wantCalls: 3},
		{name: "always", fail: 99, wantCode: summarize.EUPSTREAM, wantCalls: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
				if n > tt.fail {
					completion(w, echoAnswer(req), "stop", 300, 40)
					return
				}
				if tt.vllm {
					w.WriteHeader(400)
					fmt.Fprint(w, `{"object":"error","message":"This model's maximum context length is 4096 tokens. However, you requested 5000 tokens.","type":"BadRequestError","param":null,"code":400}`)
					return
				}
				apiError(w, 400, "context_length_exceeded", "This model's maximum context length is 4096 tokens.")
			})
			e := mustEngine(t, f, llm.Config{ContextTokens: 4096})
			_, err := e.Brief(context.Background(), input(20))
			if tt.wantCode != "" {
				if got, want := code(err), tt.wantCode; got != want {
					t.Fatalf("code=%v, want %v (err %v)", got, want, err)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			reqs := f.seen()
			if got, want := len(reqs), tt.wantCalls; got != want {
				t.Fatalf("calls=%d, want %d", got, want)
			}
			// Each plan uses a smaller window: the last plan fits 4096·0.75^k.
			assertWithinWindow(t, f, 4096)
			last := reqs[len(reqs)-1]
			k := len(reqs) - 1
			if tt.wantCode == "" {
				window := 4096.0
				for range k {
					window *= 0.75
				}
				tk := tokenizer(t)
				used := tk.Count(last.req.system()) + tk.Count(last.req.user()) + 12 + last.req.MaxTokens
				if float64(used) > window {
					t.Fatalf("plan %d used %d tokens, want ≤ %.0f", k, used, window)
				}
			}
		})
	}
}

func TestRepair(t *testing.T) {
	tests := []struct {
		name      string
		answers   []string // content per call; "LENGTH:" prefix sets finish_reason length
		wantCode  string
		wantCalls int
	}{
		{name: "malformed then ok", answers: []string{"Sure! Here is the briefing:", ""}, wantCalls: 2},
		{name: "empty then ok", answers: []string{" ", ""}, wantCalls: 2},
		{name: "length then ok", answers: []string{`LENGTH:{"headline":"x","summary":"y","points":[{"text":"a`, ""}, wantCalls: 2},
		{name: "length twice", answers: []string{`LENGTH:{"headline":"x"`, `LENGTH:{"headline":"x"`}, wantCode: summarize.EUPSTREAM, wantCalls: 2},
		{name: "no points twice", answers: []string{`{"headline":"x","summary":"y","points":[]}`, `{"points":[]}`}, wantCode: summarize.EUPSTREAM, wantCalls: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
				a := tt.answers[min(n, len(tt.answers))-1]
				if a == "" {
					a = echoAnswer(req)
				}
				finish := "stop"
				if after, ok := strings.CutPrefix(a, "LENGTH:"); ok {
					a, finish = after, "length"
				}
				completion(w, a, finish, 400, 30)
			})
			var statuses []string
			e := mustEngine(t, f, llm.Config{ContextTokens: 4096, OnCall: func(ev llm.CallEvent) { statuses = append(statuses, ev.Status) }})
			d, err := e.Brief(context.Background(), input(5))
			if tt.wantCode != "" {
				if got, want := code(err), tt.wantCode; got != want {
					t.Fatalf("code=%v, want %v (err %v)", got, want, err)
				}
			} else if err != nil {
				t.Fatal(err)
			} else if got, want := d.Usage.LLMCalls, 2; got != want {
				t.Fatalf("LLMCalls=%d, want %d", got, want)
			}
			reqs := f.seen()
			if got, want := len(reqs), tt.wantCalls; got != want {
				t.Fatalf("calls=%d, want %d", got, want)
			}
			if got, want := reqs[1].req.kind(), "repair"; got != want {
				t.Fatalf("second call kind=%q, want %q", got, want)
			}
			if reqs[1].req.MaxTokens <= reqs[0].req.MaxTokens {
				t.Fatalf("repair max_tokens=%d, want more than %d", reqs[1].req.MaxTokens, reqs[0].req.MaxTokens)
			}
			if statuses[0] == llm.StatusOK {
				t.Fatalf("first call status=%q, want malformed or truncated", statuses[0])
			}
			assertWithinWindow(t, f, 4096)
		})
	}
}

func TestSilentTruncationWarns(t *testing.T) {
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		completion(w, echoAnswer(req), "stop", 300, 40) // far fewer than were sent
	})
	e := mustEngine(t, f, llm.Config{ContextTokens: 8192})
	d, err := e.Brief(context.Background(), input(80))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(d.Warnings), 1; got != want {
		t.Fatalf("warnings=%v, want %d", d.Warnings, want)
	}
	if !strings.Contains(d.Warnings[0], "counted 300 prompt tokens") {
		t.Fatalf("warning %q does not name the endpoint's count", d.Warnings[0])
	}
	if got, want := d.Usage.PromptTokens, 300; got != want {
		t.Fatalf("Usage.PromptTokens=%d, want %d (the endpoint's count)", got, want)
	}
}

func TestResponseFormatDowngrade(t *testing.T) {
	tests := []struct {
		name   string
		reject map[string]bool
		want   []string // formats seen over two briefings
	}{
		{name: "schema accepted", want: []string{"json_schema", "json_schema"}},
		{name: "schema rejected", reject: map[string]bool{"json_schema": true}, want: []string{"json_schema", "json_object", "json_object"}},
		{name: "both rejected", reject: map[string]bool{"json_schema": true, "json_object": true}, want: []string{"json_schema", "json_object", "none", "none"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
				if tt.reject[req.format()] {
					apiError(w, 400, "", fmt.Sprintf("Invalid parameter: 'response_format' of type '%s' is not supported with this model.", req.format()))
					return
				}
				completion(w, echoAnswer(req), "stop", 300, 40)
			})
			e := mustEngine(t, f, llm.Config{})
			for range 2 {
				if _, err := e.Brief(context.Background(), input(3)); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for _, s := range f.seen() {
				got = append(got, s.req.format())
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("formats=%v, want %v", got, tt.want)
			}
		})
	}
}

func TestMapFailureFailsBriefing(t *testing.T) {
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		if strings.HasPrefix(req.user(), "This is part 2 of") {
			apiError(w, 500, "", "internal error")
			return
		}
		completion(w, echoAnswer(req), "stop", 300, 40)
	})
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048, Concurrency: 1})
	_, err := e.Brief(context.Background(), input(200))
	if got, want := code(err), summarize.EUPSTREAM; got != want {
		t.Fatalf("code=%v, want %v (err %v)", got, want, err)
	}
	for _, s := range f.seen() {
		if s.req.kind() == "reduce" {
			t.Fatal("reduce ran although a map chunk failed")
		}
	}
}

func TestBudgetTooSmall(t *testing.T) {
	f := okModel(t)
	e := mustEngine(t, f, llm.Config{ContextTokens: 1400})
	in := input(2)
	in.Options.Strategy = summarize.StrategyMapReduce // every passage must be shown
	in.Passages[1].Text = strings.Repeat("A very long sentence about the ferry and the harbour. ", 120)
	_, err := e.Brief(context.Background(), in)
	if got, want := code(err), summarize.ETOOLARGE; got != want {
		t.Fatalf("code=%v, want %v (err %v)", got, want, err)
	}
	if !errors.Is(err, llm.ErrBudget) {
		t.Fatalf("err=%v, want it to wrap ErrBudget", err)
	}
	if msg := summarize.ErrorMessage(err); !strings.Contains(msg, "1400 tokens") {
		t.Fatalf("message %q does not name the context size", msg)
	}
	if got := len(f.seen()); got != 0 {
		t.Fatalf("calls=%d, want none", got)
	}
}

func TestPing(t *testing.T) {
	tests := []struct {
		status  int
		wantErr bool
	}{{200, false}, {404, false}, {405, false}, {401, true}, {500, true}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.status), func(t *testing.T) {
			var path string
			f := newFakeModel(t, nil)
			f.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				path = r.Method + " " + r.URL.Path
				if tt.status == 200 {
					fmt.Fprint(w, `{"object":"list","data":[{"id":"llama3.1","object":"model","created":1,"owned_by":"library"}]}`)
					return
				}
				apiError(w, tt.status, "", http.StatusText(tt.status))
			})
			e := mustEngine(t, f, llm.Config{})
			err := e.Ping(context.Background())
			if got := err != nil; got != tt.wantErr {
				t.Fatalf("Ping()=%v, want error %v", err, tt.wantErr)
			}
			if got, want := path, "GET /v1/models"; got != want {
				t.Fatalf("request=%q, want %q", got, want)
			}
		})
	}
}

func TestTransportErrorsRetried(t *testing.T) {
	f := okModel(t)
	f.Close() // connection refused from now on
	sl := &noSleep{}
	var events []llm.CallEvent
	e := mustEngine(t, f, llm.Config{Sleep: sl.sleep, OnCall: func(ev llm.CallEvent) { events = append(events, ev) }})
	_, err := e.Brief(context.Background(), input(3))
	if got, want := code(err), summarize.EUPSTREAM; got != want {
		t.Fatalf("code=%v, want %v (err %v)", got, want, err)
	}
	if got, want := len(events), 3; got != want {
		t.Fatalf("tries=%d, want %d", got, want)
	}
	if got, want := len(sl.got()), 2; got != want {
		t.Fatalf("waits=%d, want %d", got, want)
	}
}

func TestReduceCitingNotesMapsBackToPassages(t *testing.T) {
	f := newFakeModel(t, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		if req.kind() == "reduce" && strings.Contains(req.user(), "Brief the event from the notes") {
			// A model that cites the note labels instead of the passages.
			completion(w, `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["N1","N2"]}]}`, "stop", 0, 0)
			return
		}
		completion(w, echoAnswer(req), "stop", 0, 0)
	})
	e := mustEngine(t, f, llm.Config{ContextTokens: 2048})
	d, err := e.Brief(context.Background(), input(200))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Points[0].Passages {
		if !strings.HasPrefix(c, "P") {
			t.Fatalf("citations=%v, want P labels only", d.Points[0].Passages)
		}
	}
	if len(d.Points[0].Passages) == 0 {
		t.Fatal("citations lost")
	}
}
