package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api/jobs/jobstest"
)

// TestTwoServesOnePostgresOverHTTP starts two `briefing serve` processes on one
// Postgres: a job posted to one is finished and read from the other, and the same
// Idempotency-Key sent to both makes one job. (TestTwoWorkersOnePostgres kills a
// worker mid-job; this one is the HTTP side of the same store.)
func TestTwoServesOnePostgresOverHTTP(t *testing.T) {
	dbURL := jobstest.Postgres(t)
	if testing.Short() {
		t.Skip("-short: builds the binary and runs processes")
	}
	bin := buildBinary(t)
	serve := func(name string) string {
		logs := &syncBuffer{}
		cmd := exec.Command(bin, "serve")
		cmd.Env = procEnv("DATABASE_URL="+dbURL, "BRIEFING_ENGINE=extractive", "BRIEFING_ADDR=127.0.0.1:0",
			"BRIEFING_WORKERS=2", "BRIEFING_LOG_LEVEL=info", "BRIEFING_DATA_DIR="+t.TempDir())
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			cmd.Process.Signal(syscall.SIGTERM) //nolint:errcheck
			cmd.Wait()                          //nolint:errcheck
			if t.Failed() {
				t.Logf("%s's log:\n%s", name, logs)
			}
		})
		// A bound on waiting for the start-up line, not an assertion on time.
		for range 600 {
			if addr := listeningAddr(logs.String()); addr != "" {
				return "http://" + addr
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("%s never said it was listening:\n%s", name, logs)
		return ""
	}
	a, b := serve("a"), serve("b")

	submit := func(base, key string) (int, string) {
		req, err := http.NewRequest(http.MethodPost, base+"/v1/jobs", bytes.NewReader(clusterRequest(2)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", key)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out struct{ ID string }
		json.NewDecoder(res.Body).Decode(&out) //nolint:errcheck
		return res.StatusCode, out.ID
	}
	status, id := submit(a, "one-story")
	if status != http.StatusAccepted || id == "" {
		t.Fatalf("POST /v1/jobs to a: %d %q", status, id)
	}
	if status, again := submit(b, "one-story"); again != id && status != http.StatusConflict {
		t.Fatalf("the same key at b: %d, job %q, want the job %q (or 409 while it is being stored)", status, again, id)
	}

	// Read it from b until it ends (a bound on polling, not a deadline asserted).
	var job struct {
		Status string
		Result *struct{ Headline string }
		Error  *struct{ Detail string }
	}
	for range 1200 {
		res, err := http.Get(b + "/v1/jobs/" + id)
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(res.Body).Decode(&job)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("GET /v1/jobs/%s from b: %d %v", id, res.StatusCode, err)
		}
		if job.Status == "succeeded" || job.Status == "failed" || job.Status == "canceled" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if job.Status != "succeeded" || job.Result == nil || job.Result.Headline == "" {
		t.Fatalf("job %s read from b: %s, %s", id, job.Status, fmt.Sprint(job.Error))
	}
	t.Logf("job %s posted to a, read from b: %s, headline %q", id, job.Status, job.Result.Headline)
}
