package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/api/jobs/jobstest"
	"github.com/briefing-news/briefing/summarize"
)

// slowModel is a fake OpenAI-compatible endpoint for worker processes, each
// calling it under its own path prefix (/w1/v1, /w2/v1) so the test knows which
// process runs a job. It answers every call at once with the fenced passages as
// points, except that, when holding, the first call it gets is held until its
// caller goes away: the job is then mid-way, for as long as the test wants.
type slowModel struct {
	*httptest.Server
	mu    sync.Mutex
	hold  bool
	held  chan string // the worker whose call is held
	calls map[string]int
}

var lineRe = regexp.MustCompile(`(?m)^\[([PN]\d+)\] (?:\(\d+ sources\) )?(.*?)(?: \(from ([^)]*)\))?$`)

func newSlowModel(t *testing.T) *slowModel {
	m := &slowModel{held: make(chan string, 1), calls: map[string]int{}}
	m.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		worker, rest, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
		if rest != "v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		m.mu.Lock()
		m.calls[worker]++
		hold := m.hold
		m.hold = false
		m.mu.Unlock()
		if hold {
			m.held <- worker
			<-r.Context().Done() // until the process is killed
			return
		}
		user := req.Messages[len(req.Messages)-1].Content
		type point struct {
			Text      string   `json:"text"`
			Citations []string `json:"citations"`
		}
		var points []point
		for _, mm := range lineRe.FindAllStringSubmatch(user, -1) {
			cites := []string{mm[1]}
			if mm[3] != "" {
				cites = strings.Split(mm[3], ", ")
			}
			points = append(points, point{Text: mm[2], Citations: cites})
			if len(points) == 4 {
				break
			}
		}
		content, _ := json.Marshal(map[string]any{"headline": "Ferry quay closes", "summary": "The ferry quay closes for repairs.", "points": points})
		body, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion", "created": 1, "model": "fake",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(content)}}},
			"usage":   map[string]any{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}})
		w.Header().Set("Content-Type", "application/json")
		w.Write(body) //nolint:errcheck
	}))
	t.Cleanup(m.Close)
	return m
}

// buildBinary builds cmd/briefing into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "briefing")
	cmd := exec.Command(goTool(t), "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// procEnv is the environment of a child: the test's own without any briefing
// setting, and kv.
func procEnv(kv ...string) []string {
	var out []string
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "BRIEFING_") || strings.HasPrefix(e, "OPENAI_") || strings.HasPrefix(e, "DATABASE_URL=") {
			continue
		}
		out = append(out, e)
	}
	return append(out, kv...)
}

// clusterRequest is a request of several articles, large enough for map calls at
// a small context.
func clusterRequest(n int) []byte {
	places := []string{"Lindholm", "Skarvik", "Norrby", "Easthaven", "Mellbo", "Tarsund", "Vikstad", "Port Aven"}
	roles := []string{"the harbour master", "a coast guard captain", "the ferry line's director", "a stranded commuter", "the county fire chief", "a marine surveyor"}
	facts := []string{"counted %d vehicles on the car deck", "said the pumps ran for %d minutes", "put the repair bill at %d thousand crowns",
		"reported %d cabins with water damage", "expected %d crossings to be cancelled", "logged winds of %d knots at midnight"}
	var arts []map[string]string
	for a := range 6 {
		var b strings.Builder
		for s := range 12 {
			i := a*12 + s
			fmt.Fprintf(&b, "In %s, %s %s, according to dispatch %d-%d of request %d. ", places[(a+s)%len(places)], roles[(a*3+s)%len(roles)],
				fmt.Sprintf(facts[(a+2*s)%len(facts)], 3+(i*7)%97), a+1, s+1, n)
		}
		arts = append(arts, map[string]string{"source": fmt.Sprintf("Outlet %d", a+1), "text": b.String()})
	}
	data, _ := json.Marshal(map[string]any{"articles": arts})
	return data
}

type worker struct {
	name string
	cmd  *exec.Cmd
	logs *syncBuffer
}

// TestTwoWorkersOnePostgres runs two `briefing worker` processes on one Postgres:
// an idempotent submission sent twice at once makes one job; the process running
// it is killed with SIGKILL in the middle and the other finishes it; every job
// submitted ends succeeded, failed with a reason, or canceled. No assertion is
// about time but one: the killed worker's job ends within the job timeout, which
// follows from the engine's deadline (BRIEFING_REQUEST_TIMEOUT), and a minute.
func TestTwoWorkersOnePostgres(t *testing.T) {
	dbURL := jobstest.Postgres(t)
	if testing.Short() {
		t.Skip("-short: builds the binary and runs processes")
	}
	bin := buildBinary(t)
	model := newSlowModel(t)
	// The engine's deadline sets the job timeout (jobs.JobMargin) and the rescue;
	// the killed worker's job must end within the timeout and a minute.
	const deadline = 10 * time.Second
	jobTimeout := deadline + jobs.JobMargin(deadline)
	common := []string{"DATABASE_URL=" + dbURL, "BRIEFING_ENGINE=llm", "BRIEFING_CONTEXT_TOKENS=2048", "BRIEFING_LLM_CONCURRENCY=1",
		"BRIEFING_REQUEST_TIMEOUT=" + deadline.String(), "BRIEFING_LOG_LEVEL=warn", "BRIEFING_DATA_DIR=" + t.TempDir()}
	start := func(name string) *worker {
		w := &worker{name: name, logs: &syncBuffer{}}
		w.cmd = exec.Command(bin, "worker")
		w.cmd.Env = procEnv(append(common, "BRIEFING_WORKERS=2", "OPENAI_BASE_URL="+model.URL+"/"+name+"/v1")...)
		w.cmd.Stdout, w.cmd.Stderr = w.logs, w.logs
		if err := w.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			w.cmd.Process.Signal(syscall.SIGTERM) //nolint:errcheck
			w.cmd.Wait()                          //nolint:errcheck
			if t.Failed() {
				t.Logf("%s's log:\n%s", name, w.logs)
			}
		})
		return w
	}
	// cli runs `briefing job …` as a process of its own; cliWithin kills it after limit.
	var cliWithin func(limit time.Duration, stdin []byte, args ...string) (string, error)
	cli := func(stdin []byte, args ...string) (string, error) {
		return cliWithin(10*time.Minute, stdin, args...)
	}
	cliWithin = func(limit time.Duration, stdin []byte, args ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), limit)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"job"}, args...)...)
		cmd.Env = procEnv(append(common, "OPENAI_BASE_URL="+model.URL+"/cli/v1")...)
		cmd.Stdin = bytes.NewReader(stdin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if err != nil {
			return out.String() + errb.String(), fmt.Errorf("briefing job %s: %v: %s", args[0], err, errb.String())
		}
		return out.String(), nil
	}
	w1, w2 := start("w1"), start("w2")
	workers := map[string]*worker{"w1": w1, "w2": w2}

	// 1. One key, two submissions at once: one job.
	model.mu.Lock()
	model.hold = true
	model.mu.Unlock()
	body := clusterRequest(1)
	var wg sync.WaitGroup
	outs, errs := make([]string, 2), make([]error, 2)
	for i := range 2 {
		wg.Go(func() { outs[i], errs[i] = cli(body, "submit", "--idempotency-key", "same-key", "-") })
	}
	wg.Wait()
	ids := map[string]bool{}
	for i := range 2 {
		if errs[i] != nil {
			if !strings.Contains(errs[i].Error(), summarize.ECONFLICT) {
				t.Fatalf("submission %d: %v", i, errs[i])
			}
			continue
		}
		var s struct{ ID string }
		if err := json.Unmarshal([]byte(outs[i]), &s); err != nil || s.ID == "" {
			t.Fatalf("submission %d printed %q", i, outs[i])
		}
		ids[s.ID] = true
	}
	if len(ids) != 1 {
		t.Fatalf("two submissions with one key made jobs %v, want exactly one", ids)
	}
	t.Logf("one key, two submissions at once: %q, %v; %q, %v", strings.TrimSpace(outs[0]), errs[0], strings.TrimSpace(outs[1]), errs[1])
	var killedJob string
	for id := range ids {
		killedJob = id
	}
	db, err := sql.Open("pgx", dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM briefing_jobs`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("%d jobs in the store (%v), want 1", n, err)
	}

	// 2. The process running it is killed in the middle of a model call.
	var victim *worker
	select {
	case name := <-model.held:
		victim = workers[name]
	case <-time.After(2 * time.Minute): // a guard against a hang, not a measure
		t.Fatalf("no model call came in\nw1:\n%s\nw2:\n%s", w1.logs, w2.logs)
	}
	if err := victim.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.cmd.Wait() //nolint:errcheck
	survivor := w1
	if victim == w1 {
		survivor = w2
	}
	t.Logf("%s was killed while running %s; %s is left", victim.name, killedJob, survivor.name)

	// 3. More jobs, one cancelled, while the survivor works alone.
	var more []string
	for i := 2; i <= 5; i++ {
		out, err := cli(clusterRequest(i), "submit", "-")
		if err != nil {
			t.Fatal(err)
		}
		var s struct{ ID string }
		json.Unmarshal([]byte(out), &s) //nolint:errcheck
		more = append(more, s.ID)
	}
	if _, err := cli(nil, "cancel", more[len(more)-1]); err != nil {
		t.Fatal(err)
	}

	// Every job ends: read each from another process than the one that ran it.
	final := map[string]map[string]any{}
	for i, id := range append([]string{killedJob}, more...) {
		limit := 10 * time.Minute
		if i == 0 {
			// Counted from the kill, the job timeout and a minute; the half minute
			// more is for the process to start and read (a guard, not a measure).
			limit = jobTimeout + time.Minute + 30*time.Second
		}
		out, err := cliWithin(limit, nil, "events", id)
		if err != nil {
			t.Fatalf("job %s did not end within %s (the job timeout %s and a minute): %v", id, limit, jobTimeout, err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		var last struct {
			Event jobs.Event `json:"event"`
		}
		json.Unmarshal([]byte(lines[len(lines)-1]), &last) //nolint:errcheck
		if !last.Event.Terminal() {
			t.Fatalf("job %s: the stream ended on %q", id, lines[len(lines)-1])
		}
		out, err = cli(nil, "get", id)
		if err != nil {
			t.Fatal(err)
		}
		var j map[string]any
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatal(err)
		}
		final[id] = j
		switch j["status"] {
		case jobs.StatusSucceeded, jobs.StatusCanceled:
		case jobs.StatusFailed:
			if j["error"] == nil {
				t.Fatalf("job %s failed without a reason: %s", id, out)
			}
		default:
			t.Fatalf("job %s ended %v: %s", id, j["status"], out)
		}
		t.Logf("job %s: %v, attempt %v", id, j["status"], j["attempt"])
	}
	if st := final[killedJob]["status"]; st != jobs.StatusSucceeded {
		t.Fatalf("the job whose process was killed ended %v, want succeeded by the other process", st)
	}
	if a, _ := final[killedJob]["attempt"].(float64); a < 2 {
		t.Fatalf("the killed job shows attempt %v, want a second attempt", final[killedJob]["attempt"])
	}
	model.mu.Lock()
	t.Logf("model calls by process: %v", model.calls)
	model.mu.Unlock()
}
