package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

// TestSubcommandsHaveOnlyTheFlagsTheyRead checks, for each job flag, that a
// subcommand lists it in -h where it reads it, and elsewhere neither lists nor
// accepts it: a flag that does nothing must not look as if it did.
func TestSubcommandsHaveOnlyTheFlagsTheyRead(t *testing.T) {
	tests := []struct {
		sub  []string
		flag string
		used bool
	}{
		{[]string{"serve"}, "data-dir", true},
		{[]string{"serve"}, "workers", true},
		{[]string{"worker"}, "data-dir", true},
		{[]string{"worker"}, "workers", true},
		{[]string{"job", "submit"}, "data-dir", true},
		{[]string{"job", "submit"}, "workers", false}, // job opens the store with no workers
		{[]string{"job", "submit"}, "idempotency-key", true},
		{[]string{"job", "submit"}, "no-cache", true},
		{[]string{"job", "submit"}, "after", false},
		{[]string{"job", "get"}, "idempotency-key", false},
		{[]string{"job", "get"}, "no-cache", false},
		{[]string{"job", "get"}, "after", false},
		{[]string{"job", "cancel"}, "no-cache", false},
		{[]string{"job", "cancel"}, "after", false},
		{[]string{"job", "events"}, "after", true},
		{[]string{"job", "events"}, "idempotency-key", false},
		{[]string{"job", "events"}, "workers", false},
		{[]string{"summarize"}, "data-dir", false},
		{[]string{"summarize"}, "workers", false},
		{[]string{"merge"}, "data-dir", false},
		{[]string{"merge"}, "workers", false},
		{[]string{"check"}, "data-dir", false},
		{[]string{"check"}, "workers", false},
		{[]string{"eval"}, "data-dir", false},
		{[]string{"eval"}, "workers", false},
	}
	getenv := env("BRIEFING_DATA_DIR", t.TempDir())
	for _, tt := range tests {
		name := strings.Join(tt.sub, " ") + " --" + tt.flag
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(append([]string{}, tt.sub...), "-h")
			err := run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
			var ex exitError
			if !errors.As(err, &ex) || ex.code != 2 {
				t.Fatalf("-h returned %v, want exit 2 with the flags listed", err)
			}
			help := stderr.String()
			listed := strings.Contains(help, "\n  -"+tt.flag+" ") || strings.Contains(help, "\n  -"+tt.flag+"\n") // a bool flag has no value
			if listed != tt.used {
				t.Fatalf("-h lists --%s: %v, want %v:\n%s", tt.flag, listed, tt.used, stderr.String())
			}
			if tt.used {
				return
			}
			stderr.Reset()
			args = append(append([]string{}, tt.sub...), "--"+tt.flag+"=1", "testdata/quay-1.txt")
			err = run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
			if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(stderr.String(), "flag provided but not defined: -"+tt.flag) {
				t.Fatalf("--%s returned %v, stderr %q: want it refused as not defined, exit 2", tt.flag, err, stderr.String())
			}
		})
	}
}

// TestJobUnknownSubcommandOpensNoStore: a mistyped subcommand is a usage error
// before the store is opened.
func TestJobUnknownSubcommandOpensNoStore(t *testing.T) {
	for _, args := range [][]string{{"job"}, {"job", "list"}, {"job", "list", "--after", "3"}} {
		dir := t.TempDir() + "/store"
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, env("BRIEFING_DATA_DIR", dir), strings.NewReader(""), &stdout, &stderr)
		var ex exitError
		if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, "usage: briefing job") {
			t.Fatalf("%v: %v, want the job usage and exit 2", args, err)
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%v: the store's directory exists (%v): it was opened", args, err)
		}
	}
}
