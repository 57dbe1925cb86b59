package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			if ex.msg != "" {
				fmt.Fprintln(os.Stderr, "briefing:", ex.msg)
			}
			os.Exit(ex.code)
		}
		fmt.Fprintln(os.Stderr, "briefing:", err)
		os.Exit(1)
	}
}

// exitError carries an exit status other than 1 (2 for usage errors).
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

const usage = `briefing — several articles about one event in, one short sourced briefing out.

Usage:
  briefing serve                                   run the HTTP API (BRIEFING_ADDR, default :8080)
  briefing worker                                  run the job workers without HTTP (BRIEFING_WORKERS)
  briefing job submit|get|cancel|events ...        the job store from the command line
  briefing summarize [flags] FILE|URL...|-         brief local files (.txt .md .html .json), pages by URL, or a JSON request on stdin
  briefing merge [flags] FILE|URL...|-             show the merged passages and what each article adds
  briefing stories [--window D] FILE|URL...|-      group a feed of articles into stories (JSON)
  briefing stories-eval [--cases DIR] [--incremental] [MULTILING.jsonl...] B-cubed precision, recall and F1 of the grouping
  briefing check [--format text|json] --articles FILE|URL... DRAFT|-   check each sentence of a draft against the articles
  briefing eval [--engine E] [--cases DIR] [--out DIR]   score the pipeline against eval/cases and gate on thresholds
  briefing score [--no-stem] [--format text|json] REFERENCE CANDIDATE   ROUGE of one pair of files

Settings come from the environment (see README.md); flags override them.
Run 'briefing COMMAND -h' for a command's flags.
`

// run is the whole program: main only wires the process to it, so tests call it.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError{code: 2}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, getenv, stdout, stderr)
	case "worker":
		return runWorker(ctx, rest, getenv, stdout, stderr)
	case "job":
		return runJob(ctx, rest, getenv, stdin, stdout, stderr)
	case "summarize":
		return runSummarize(ctx, rest, getenv, stdin, stdout, stderr)
	case "merge":
		return runMerge(ctx, rest, getenv, stdin, stdout, stderr)
	case "stories":
		return runStories(ctx, rest, getenv, stdin, stdout, stderr)
	case "stories-eval":
		return runStoriesEval(ctx, rest, getenv, stdout, stderr)
	case "check":
		return runCheck(ctx, rest, getenv, stdin, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, getenv, stdout, stderr)
	case "score":
		return runScore(rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return exitError{code: 2, msg: fmt.Sprintf("unknown command %q", cmd)}
	}
}
