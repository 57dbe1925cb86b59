package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestSubcommandsHaveOnlyTheFlagsTheyRead checks, for each subcommand, that -h
// lists exactly the flags it reads, written out here, and that every flag of
// another subcommand is refused as not defined: a flag that does nothing must
// not look as if it did.
func TestSubcommandsHaveOnlyTheFlagsTheyRead(t *testing.T) {
	// Where the pipeline runs: the model's name picks the tokenizer, and the
	// request limits.
	pipeline := []string{"max-article-chars", "max-articles", "max-html-bytes", "max-total-tokens", "model"}
	// Where a briefing is written: the pipeline's, the llm engine's and the log's.
	brief := append([]string{"base-url", "context-tokens", "engine", "llm-concurrency", "llm-timeout", "log-level", "verify"}, pipeline...)
	tests := []struct {
		sub   []string
		flags []string
	}{
		{[]string{"serve"}, append([]string{"addr", "data-dir", "drain-timeout", "max-body", "max-feed-articles", "max-inflight", "queue-timeout",
			"rate-limit", "request-timeout", "workers"}, brief...)},
		{[]string{"worker"}, append([]string{"data-dir", "drain-timeout", "workers"}, brief...)},
		// job runs no briefing: submit checks the request against the article
		// limits (not the token cap: it counts no tokens) and queues it.
		{[]string{"job", "submit"}, []string{"data-dir", "idempotency-key", "log-level", "max-article-chars", "max-articles", "max-html-bytes", "no-cache"}},
		{[]string{"job", "get"}, []string{"data-dir", "log-level"}},
		{[]string{"job", "cancel"}, []string{"data-dir", "log-level"}},
		{[]string{"job", "events"}, []string{"after", "data-dir", "log-level"}},
		{[]string{"summarize"}, append([]string{"format", "max-points", "max-words"}, brief...)},
		// merge and check run the extractive pipeline, whatever the engine
		// settings say, and log nothing.
		{[]string{"merge"}, append([]string{"format"}, pipeline...)},
		{[]string{"check"}, append([]string{"articles", "format"}, pipeline...)},
		{[]string{"stories"}, append([]string{"max-feed-articles", "window"}, pipeline...)},
		{[]string{"stories-eval"}, []string{"cases", "incremental"}},
		{[]string{"eval"}, append([]string{"cases", "dev", "extraction", "multiling", "out", "support-english-rules", "support-kind", "support-set", "systems", "thresholds"}, brief...)},
		{[]string{"score"}, []string{"format", "no-stem"}},
	}
	all := map[string]bool{}
	for _, tt := range tests {
		for _, f := range tt.flags {
			all[f] = true
		}
	}
	getenv := env("BRIEFING_DATA_DIR", t.TempDir(), "BRIEFING_ADDR", anyPort)
	// A flag wrongly accepted must fail the test, not hang it: serve and worker
	// given a cancelled context stop at once.
	stopped, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tt := range tests {
		t.Run(strings.Join(tt.sub, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(slices.Clone(tt.sub), "-h")
			err := run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
			var ex exitError
			if !errors.As(err, &ex) || ex.code != 2 {
				t.Fatalf("-h returned %v, want exit 2 with the flags listed", err)
			}
			want := slices.Sorted(slices.Values(tt.flags))
			if got := listedFlags(stderr.String()); !slices.Equal(got, want) {
				t.Fatalf("-h lists\n  %v\nwant\n  %v\n%s", got, want, stderr.String())
			}
			for f := range all {
				if slices.Contains(tt.flags, f) {
					continue
				}
				stdout.Reset()
				stderr.Reset()
				args := append(slices.Clone(tt.sub), "--"+f+"=1", "testdata/quay-1.txt")
				err := run(stopped, args, getenv, strings.NewReader(""), &stdout, &stderr)
				if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(stderr.String(), "flag provided but not defined: -"+f) {
					t.Errorf("--%s returned %v, stderr %q: want it refused as not defined, exit 2", f, err, stderr.String())
				}
			}
		})
	}
}

// listedFlags returns the names of the flags a flag set's -h lists, sorted.
func listedFlags(help string) []string {
	var names []string
	for _, line := range strings.Split(help, "\n") {
		if rest, ok := strings.CutPrefix(line, "  -"); ok {
			name, _, _ := strings.Cut(rest, " ")
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
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

// TestSettingFlagsOverrideTheEnvironment: where a subcommand keeps a setting's
// flag, the environment still sets it and the flag still overrides it.
// BRIEFING_MAX_ARTICLES=1 refuses two articles; --max-articles=2 takes them.
func TestSettingFlagsOverrideTheEnvironment(t *testing.T) {
	draft := writeDraft(t, "The old ferry quay at Lindholm will close for repairs from Monday.")
	quay := []string{"testdata/quay-1.txt", "testdata/quay-2.txt"}
	for _, tt := range []struct {
		sub  []string // the subcommand's words
		args []string // what follows its flags
	}{
		{[]string{"summarize"}, quay},
		{[]string{"merge"}, quay},
		{[]string{"check"}, slices.Concat([]string{"--articles"}, quay, []string{draft})},
		{[]string{"job", "submit"}, quay},
	} {
		t.Run(strings.Join(tt.sub, " "), func(t *testing.T) {
			getenv := env("BRIEFING_MAX_ARTICLES", "1", "BRIEFING_DATA_DIR", t.TempDir())
			for _, c := range []struct {
				flags   []string
				refused bool
			}{{nil, true}, {[]string{"--max-articles=2"}, false}} {
				var stdout, stderr bytes.Buffer
				args := slices.Concat(tt.sub, c.flags, tt.args)
				err := run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
				refused := err != nil && strings.Contains(err.Error(), "at most 1")
				if refused != c.refused || (!c.refused && err != nil) {
					t.Errorf("%v: %v (stderr %q): refused %v, want %v", args, err, stderr.String(), refused, c.refused)
				}
			}
		})
	}
}

// TestMergeModelPicksTheTokenizer: merge runs no model, yet --model is its
// flag, because the model's name picks the tokenizer that counts its tokens.
func TestMergeModelPicksTheTokenizer(t *testing.T) {
	tokens := func(model string) float64 {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := []string{"merge", "--format", "json", "--model", model, "testdata/quay-1.txt", "testdata/quay-2.txt"}
		if err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v: %s", args, err, stderr.String())
		}
		var rep struct {
			Merge map[string]any `json:"merge"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		n, ok := rep.Merge["tokens_before"].(float64)
		if !ok || n <= 0 {
			t.Fatalf("--model %s: no merge.tokens_before: %s", model, stdout.String())
		}
		return n
	}
	if o200k, cl100k := tokens("gpt-4o-mini"), tokens("gpt-4"); o200k == cl100k {
		t.Fatalf("gpt-4o-mini (o200k_base) and gpt-4 (cl100k_base) count the same %v tokens: --model did not reach the tokenizer", o200k)
	}
}
