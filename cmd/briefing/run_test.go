package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// env builds a getenv from pairs.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// anyPort is the address tests serve on: the server picks a free port when it
// listens and logs it (see startServe). Choosing a port here and handing it
// over would race with other test binaries running in parallel: one of them
// could take it, answer the health check and get our requests.
const anyPort = "127.0.0.1:0"

// listeningAddr returns the address in the server's "briefing is listening"
// log line, or "" before it is written.
func listeningAddr(logs string) string {
	for _, line := range strings.Split(logs, "\n") {
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "briefing is listening" {
			return rec.Addr
		}
	}
	return ""
}

// syncBuffer is a bytes.Buffer safe for the server's log writes and the test's reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `briefing serve` in the background and waits for /healthz.
func startServe(t *testing.T, getenv func(string) string) (base string, logs *syncBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs = &syncBuffer{}
	done := make(chan error, 1)
	dataDir := t.TempDir() // the job store of this server alone
	withData := func(k string) string {
		if v := getenv(k); v != "" || k != "BRIEFING_DATA_DIR" {
			return v
		}
		return dataDir
	}
	go func() { done <- run(ctx, []string{"serve"}, withData, strings.NewReader(""), logs, logs) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if addr := listeningAddr(logs.String()); addr != "" {
			base = "http://" + addr
			resp, err := http.Get(base + "/healthz")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited early: %v\n%s", err, logs)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("server did not become healthy\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() { cancel(); runErr = <-done })
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	return base, logs, stop
}

const quayRequest = `{"articles":[
 {"source":"Lindholm Herald","text":"The old ferry quay at Lindholm will close for repairs from Monday, the port authority said on Thursday.\n\nEngineers found cracks in two of the quay's concrete piles during a routine dive inspection last week.\n\nFerries to the islands will use the freight terminal's eastern berth for about six weeks."},
 {"source":"Island Post","text":"The old ferry quay at Lindholm will close for repairs from Monday, the port authority said.\n\nEngineers found cracks in two of the quay's concrete piles during a routine dive inspection.\n\nThe repairs are budgeted at 4.2 million crowns."}
],"options":{"max_points":4}}`

func TestServeBriefsWithTheExtractiveEngineByDefault(t *testing.T) {
	base, logs, stop := startServe(t, env("BRIEFING_ADDR", anyPort))
	resp, err := http.Post(base+"/v1/briefings", "application/json", strings.NewReader(quayRequest))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b struct {
		Engine string `json:"engine"`
		Points []struct {
			Citations []string `json:"citations"`
		} `json:"points"`
		Merge struct {
			DuplicatesRemoved int `json:"duplicates_removed"`
		} `json:"merge"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&b); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || b.Engine != "extractive" || len(b.Points) == 0 || b.Merge.DuplicatesRemoved == 0 {
		t.Fatalf("status=%d engine=%q points=%d duplicates_removed=%d", resp.StatusCode, b.Engine, len(b.Points), b.Merge.DuplicatesRemoved)
	}
	for _, p := range b.Points {
		if len(p.Citations) == 0 {
			t.Fatalf("a point without citations: %+v", b.Points)
		}
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v after shutdown, want nil", err)
	}
	if !strings.Contains(logs.String(), `"engine":"extractive"`) {
		t.Fatalf("the start-up log does not name the engine:\n%s", logs)
	}
}

// fakeModel is an OpenAI-compatible chat endpoint that answers after a delay,
// citing the first passage label of the prompt.
func fakeModel(t *testing.T, delay time.Duration, calls *atomic.Int32) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/models") {
			fmt.Fprint(w, `{"object":"list","data":[{"id":"test-model","object":"model"}]}`)
			return
		}
		calls.Add(1)
		body, _ := io.ReadAll(r.Body)
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		label := "P1"
		if i := bytes.Index(body, []byte("[P")); i >= 0 {
			end := bytes.IndexByte(body[i:], ']')
			label = string(body[i+1 : i+end])
		}
		answer, _ := json.Marshal(map[string]any{
			"headline": "Lindholm ferry quay closes for repairs",
			"summary":  "The port authority is closing the quay after an inspection.",
			"points":   []map[string]any{{"text": "The quay closes from Monday for repairs.", "citations": []string{label}}},
		})
		resp := map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "test-model",
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(answer)}}},
			"usage":   map[string]any{"prompt_tokens": len(body) / 4, "completion_tokens": 40, "total_tokens": len(body)/4 + 40},
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestShutdownLetsInFlightBriefingsFinish(t *testing.T) {
	var calls atomic.Int32
	model := fakeModel(t, 700*time.Millisecond, &calls)
	base, logs, stop := startServe(t, env("BRIEFING_ADDR", anyPort, "OPENAI_BASE_URL", model.URL, "OPENAI_API_KEY", "sk-test-SECRET-never-logged", "BRIEFING_MODEL", "test-model"))

	type result struct {
		status int
		engine string
		err    error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := http.Post(base+"/v1/briefings", "application/json", strings.NewReader(quayRequest))
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		var b struct {
			Engine string `json:"engine"`
		}
		err = json.NewDecoder(resp.Body).Decode(&b)
		res <- result{status: resp.StatusCode, engine: b.Engine, err: err}
	}()
	for calls.Load() == 0 { // the briefing is now waiting on the model
		time.Sleep(10 * time.Millisecond)
	}
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }() // what SIGTERM does in main
	r := <-res
	if r.err != nil || r.status != http.StatusOK || r.engine != "llm" {
		t.Fatalf("in-flight briefing: status=%d engine=%q err=%v, want 200 from the llm engine", r.status, r.engine, r.err)
	}
	if err := <-stopped; err != nil {
		t.Fatalf("serve returned %v, want nil after draining", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Fatalf("the server still accepts connections after shutdown")
	}
	if strings.Contains(logs.String(), "SECRET") {
		t.Fatalf("the model key appears in the logs")
	}
}

func TestSummarizeFiles(t *testing.T) {
	for _, format := range []string{"markdown", "json"} {
		t.Run(format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{"summarize", "--format", format, "testdata/quay-1.txt", "testdata/quay-2.txt", "testdata/quay-3.json"},
				env(), strings.NewReader(""), &stdout, &stderr)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr.String())
			}
			out := stdout.String()
			if strings.Contains(out, "Skip to content") || strings.Contains(out, "All rights reserved") {
				t.Fatalf("clutter in the briefing:\n%s", out)
			}
			if !strings.Contains(out, "wire") {
				t.Fatalf("the id given in quay-3.json is not cited anywhere:\n%s", out)
			}
			if format == "json" && !json.Valid(stdout.Bytes()) {
				t.Fatalf("not JSON:\n%s", out)
			}
		})
	}
}

func TestSummarizeStdinRequest(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"summarize", "--format", "json", "-"}, env(), strings.NewReader(quayRequest), &stdout, &stderr)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	var b struct {
		Points []json.RawMessage `json:"points"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &b); err != nil || len(b.Points) == 0 || len(b.Points) > 4 {
		t.Fatalf("points=%d (max_points 4 from stdin) err=%v", len(b.Points), err)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  func(string) string
		want string
	}{
		{"no command", nil, env(), ""},
		{"unknown command", []string{"brew"}, env(), `unknown command "brew"`},
		{"bad format", []string{"summarize", "--format", "pdf", "x.txt"}, env(), "neither markdown nor json"},
		{"no files", []string{"summarize"}, env(), "give one or more files"},
		{"bad engine", []string{"summarize", "testdata/quay-1.txt"}, env("BRIEFING_ENGINE", "gpt"), "unknown engine"},
		{"llm without endpoint", []string{"summarize", "testdata/quay-1.txt"}, env("BRIEFING_ENGINE", "llm"), "needs OPENAI_BASE_URL"},
		{"bad duration", []string{"serve"}, env("BRIEFING_LLM_TIMEOUT", "soon"), "BRIEFING_LLM_TIMEOUT"},
		{"bad number", []string{"serve"}, env("BRIEFING_MAX_BODY", "lots"), "BRIEFING_MAX_BODY"},
		{"bad schema switch", []string{"serve"}, env("BRIEFING_LLM_SCHEMA_SHOWN", "sometimes"), "BRIEFING_LLM_SCHEMA_SHOWN"},
		{"score needs two files", []string{"score", "a"}, env(), "usage: briefing score"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, tt.env, strings.NewReader(""), &stdout, &stderr)
			if err == nil {
				t.Fatalf("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err=%q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestConfigStringRedactsSecrets(t *testing.T) {
	c, err := loadConfig(env("OPENAI_API_KEY", "sk-live-abcdef", "BRIEFING_API_KEYS", "k1-secret,k2-secret"))
	if err != nil {
		t.Fatal(err)
	}
	s := c.String()
	for _, secret := range []string{"sk-live-abcdef", "k1-secret", "k2-secret"} {
		if strings.Contains(s, secret) {
			t.Fatalf("config string %q leaks %q", s, secret)
		}
	}
}

func TestModelFailureFallsBackUnlessLLMIsForced(t *testing.T) {
	model := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest) // not retried: fails fast
		fmt.Fprint(w, `{"error":{"message":"model 'nope' not found","type":"invalid_request_error","code":"model_not_found"}}`)
	}))
	defer model.Close()
	base, _, _ := startServe(t, env("BRIEFING_ADDR", anyPort, "OPENAI_BASE_URL", model.URL, "BRIEFING_MODEL", "nope"))

	for _, tt := range []struct {
		engine     string
		wantStatus int
	}{{"auto", http.StatusOK}, {"llm", http.StatusBadGateway}} {
		t.Run(tt.engine, func(t *testing.T) {
			body := strings.Replace(quayRequest, `"max_points":4`, `"max_points":4,"engine":"`+tt.engine+`"`, 1)
			resp, err := http.Post(base+"/v1/briefings", "application/json", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status=%d, want %d: %s", resp.StatusCode, tt.wantStatus, raw)
			}
			if tt.wantStatus == http.StatusOK {
				var b struct {
					Engine   string   `json:"engine"`
					Warnings []string `json:"warnings"`
				}
				_ = json.Unmarshal(raw, &b)
				if b.Engine != "extractive" || len(b.Warnings) == 0 || !strings.Contains(b.Warnings[0], "llm engine failed") {
					t.Fatalf("engine=%q warnings=%q, want the extractive fallback naming the failure", b.Engine, b.Warnings)
				}
			} else if ct := resp.Header.Get("Content-Type"); ct != "application/problem+json" {
				t.Fatalf("Content-Type=%q", ct)
			}
		})
	}
}

// TestSchemaShownSetting: BRIEFING_LLM_SCHEMA_SHOWN reaches llm.Config as nil
// (auto: decided by the endpoint's URL), true or false.
func TestSchemaShownSetting(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  string
	}{{"", "auto"}, {"auto", "auto"}, {"on", "true"}, {"ON", "true"}, {"off", "false"}, {"no", "false"}} {
		c, err := loadConfig(env("BRIEFING_LLM_SCHEMA_SHOWN", tc.value))
		if err != nil {
			t.Fatal(err)
		}
		got := "auto"
		if v := c.SchemaShown; v != nil {
			got = strconv.FormatBool(*v)
		}
		if got != tc.want {
			t.Errorf("BRIEFING_LLM_SCHEMA_SHOWN=%q gives %s, want %s", tc.value, got, tc.want)
		}
	}
}
