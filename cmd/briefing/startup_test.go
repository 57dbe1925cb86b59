package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/segment"
)

// breakComponent makes one start-up component fail until the test ends. Tests
// that call it must not run in parallel: components is package state.
func breakComponent(t *testing.T, which string) {
	t.Helper()
	saved := components
	t.Cleanup(func() { components = saved })
	switch which {
	case "segmenter":
		components.segmenter = func() (*segment.Segmenter, error) {
			return nil, errors.New("segment: load english sentence model: unexpected end of JSON input")
		}
	case "tokenizer":
		components.tokenizer = func(string) (*chunk.Tokenizer, error) {
			return nil, errors.New("chunk: load o200k_base: invalid rank table")
		}
	default:
		t.Fatalf("no component %q", which)
	}
}

func TestServeStopsAtStartWhenAComponentIsBroken(t *testing.T) {
	for _, tt := range []struct{ component, want string }{
		{"segmenter", "the sentence segmenter could not be built: segment: load english sentence model"},
		{"tokenizer", `the tokenizer for model "gpt-4o-mini" could not be built: chunk: load o200k_base: invalid rank table`},
	} {
		t.Run(tt.component, func(t *testing.T) {
			breakComponent(t, tt.component)
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{"serve"}, env("BRIEFING_ADDR", anyPort), strings.NewReader(""), &stdout, &stderr)
			var ex exitError
			if !errors.As(err, &ex) || ex.code == 0 {
				t.Fatalf("serve returned %v, want a non-zero exit", err)
			}
			// main prints ex.msg when it is set: empty, so the log line is all there is.
			if ex.msg != "" || stderr.Len() != 0 {
				t.Fatalf("exit message %q, stderr %q: want only the log line", ex.msg, stderr.String())
			}
			lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
			if len(lines) != 1 {
				t.Fatalf("%d log lines, want one:\n%s", len(lines), stdout.String())
			}
			var rec struct {
				Level, Msg, Error string
			}
			if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
				t.Fatalf("log line %q: %v", lines[0], err)
			}
			if rec.Level != "ERROR" || rec.Msg != "briefing cannot start" || !strings.Contains(rec.Error, tt.want) {
				t.Fatalf("log line %q, want an ERROR naming %q", lines[0], tt.want)
			}
		})
	}
}

func TestCommandsStopWhenAComponentIsBroken(t *testing.T) {
	breakComponent(t, "segmenter")
	for _, args := range [][]string{
		{"summarize", "testdata/quay-1.txt"},
		{"merge", "testdata/quay-1.txt"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), "the sentence segmenter could not be built") {
			t.Fatalf("%s: err=%v, want the broken segmenter named", args[0], err)
		}
		if stdout.Len() != 0 {
			t.Fatalf("%s wrote %q before failing", args[0], stdout.String())
		}
	}
}
