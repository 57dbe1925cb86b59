package jobs

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// The job timeout follows the engine's deadline, and the rescue the timeout.
func TestJobTimeoutFollowsTheDeadline(t *testing.T) {
	for _, c := range []struct {
		deadline, timeout, rescue time.Duration
	}{
		{0, DefaultJobTimeout, DefaultJobTimeout + 15*time.Second},
		{30 * time.Second, 37500 * time.Millisecond, 37500*time.Millisecond + 9375*time.Millisecond},
		{3 * time.Minute, 3*time.Minute + 45*time.Second, 3*time.Minute + 45*time.Second + 15*time.Second},
		{time.Second, 6 * time.Second, 7500 * time.Millisecond},
		{time.Hour, time.Hour + time.Minute, time.Hour + time.Minute + 15*time.Second},
	} {
		got := Config{Deadline: c.deadline}.withDefaults()
		if got.JobTimeout != c.timeout || got.RescueAfter != c.rescue {
			t.Errorf("deadline %s: job timeout %s, rescue after %s; want %s, %s", c.deadline, got.JobTimeout, got.RescueAfter, c.timeout, c.rescue)
		}
		// River looks for lost jobs every 30 s: the rescue comes within the timeout
		// and a minute.
		if got.RescueAfter+30*time.Second+2*time.Second > got.JobTimeout+time.Minute {
			t.Errorf("deadline %s: a lost job may wait until %s, past the timeout %s and a minute", c.deadline, got.RescueAfter+30*time.Second, got.JobTimeout)
		}
	}
}

// helperEnv names the store of the worker process TestHelperWorker runs.
const helperEnv = "BRIEFING_JOBS_HELPER_STORE"

// TestHelperWorker is not a test: run by TestKilledWorkersJobIsRescued as a
// process of its own, it runs jobs on the store named in its environment with an
// engine that never ends, says which job it started, and waits to be killed.
func TestHelperWorker(t *testing.T) {
	where := os.Getenv(helperEnv)
	if where == "" {
		t.Skip("a helper process of TestKilledWorkersJobIsRescued")
	}
	cfg := Config{DataDir: where, Deadline: time.Second, Workers: 1}
	if strings.HasPrefix(where, "postgres") {
		cfg = Config{DatabaseURL: where, Deadline: time.Second, Workers: 1}
	}
	g := newGate(1) // never released: the job runs until the process dies
	cfg.Pipeline = testPipeline(g)
	// The engine's own deadline would end the job after a second: this worker
	// stands for one that hangs or dies, so the job's context is not bounded here.
	cfg.Deadline = time.Hour
	s := open(t, cfg)
	_ = s
	<-g.started
	fmt.Println("started")
	select {}
}

// A job whose worker process is killed (SIGKILL, mid-briefing) is run again by
// another process within the job timeout and a minute, the timeout following the
// engine's deadline (the surviving process's). The bound below is a guard for the
// event, not a measure.
func TestKilledWorkersJobIsRescued(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: runs a process and waits for River's rescuer (up to 30 s)")
	}
	backends(t, func(t *testing.T, cfg Config) {
		where := cfg.DataDir
		if cfg.DatabaseURL != "" {
			where = cfg.DatabaseURL
		}
		// Submit from a process that runs nothing.
		sub := cfg
		sub.Pipeline = testPipeline(newGate(1))
		submitter := open(t, sub)
		job, err := submitter.Submit(context.Background(), request(1, summarize.EngineLLM), SubmitOptions{})
		if err != nil {
			t.Fatal(err)
		}

		worker := exec.Command(os.Args[0], "-test.run=^TestHelperWorker$", "-test.v")
		worker.Env = append(os.Environ(), helperEnv+"="+where)
		out, err := worker.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		worker.Stderr = os.Stderr
		if err := worker.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { worker.Process.Kill(); worker.Wait() }) //nolint:errcheck
		started := make(chan bool, 1)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if sc.Text() == "started" {
					started <- true
				}
			}
			started <- false
		}()
		select {
		case ok := <-started:
			if !ok {
				t.Fatal("the worker process ended before it started the job")
			}
		case <-time.After(2 * time.Minute):
			t.Fatal("the worker process never started the job")
		}
		if err := worker.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		worker.Wait() //nolint:errcheck
		if j, _ := submitter.Get(context.Background(), job.ID); j.Status != StatusRunning {
			t.Fatalf("the killed worker's job is %s, want running", j.Status)
		}

		// Another process, whose engine answers at once. Its deadline is not
		// short: the briefing runs the real stages around the engine, under -race
		// on a loaded machine, and a 1 s deadline failed the rescued attempt by
		// chance (a deadline of 10 s: a job timeout of 12.5 s, a rescue after
		// 15.6 s).
		cfg.Deadline, cfg.Workers = 10*time.Second, 1
		g := newGate(1)
		g.release <- struct{}{}
		cfg.Pipeline = testPipeline(g)
		survivor := open(t, cfg)
		bound := survivor.cfg.JobTimeout + time.Minute
		ctx, cancel := context.WithTimeout(context.Background(), bound+30*time.Second)
		defer cancel()
		ch, err := survivor.Stream(ctx, job.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		var last Event
		for ev := range ch {
			last = ev
		}
		if !last.Terminal() {
			t.Fatalf("the killed worker's job did not end within the job timeout (%s) and a minute", survivor.cfg.JobTimeout)
		}
		j, err := survivor.Get(context.Background(), job.ID)
		if err != nil {
			t.Fatal(err)
		}
		if j.Status != StatusSucceeded || j.Attempt < 2 {
			t.Fatalf("the killed worker's job ended %s at attempt %d (%+v), want succeeded by the other process", j.Status, j.Attempt, j.Error)
		}
	})
}
