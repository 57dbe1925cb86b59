package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/briefing-news/briefing/api"
)

// runSummarize briefs local files with the same pipeline and settings as the API.
func runSummarize(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cfg.settingFlags(fs, briefFlags)
	format := fs.String("format", "markdown", "markdown or json")
	maxWords := fs.Int("max-words", 0, "length budget in words (default 250)")
	maxPoints := fs.Int("max-points", 0, "most points (default 8)")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if *format != "markdown" && *format != "json" {
		return exitError{code: 2, msg: fmt.Sprintf("--format: %q is neither markdown nor json", *format)}
	}
	if err := cfg.check(); err != nil {
		return err
	}
	req, err := readRequest(fs.Args(), stdin)
	if err != nil {
		return describe(err)
	}
	if *maxWords > 0 {
		req.Options.MaxWords = *maxWords
	}
	if *maxPoints > 0 {
		req.Options.MaxPoints = *maxPoints
	}
	if flagSet(fs, "engine") {
		// An engine named on the command line is asked for explicitly, as options.engine
		// is in a request: a failing model is then an error, not a fallback.
		req.Options.Engine = cfg.Engine
	}
	pipeline, _, err := cfg.build(cfg.logger(stderr), nil)
	if err != nil {
		return err
	}
	b, err := pipeline.Brief(ctx, req)
	if err != nil {
		return describe(err)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(api.BriefingJSON(b))
	}
	_, err = io.WriteString(stdout, api.BriefingMarkdown(b))
	return err
}

// runMerge prints the merged passages and what each article adds.
func runMerge(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cfg.settingFlags(fs, pipelineFlags, articleLimitFlags) // the extractive pipeline: no llm, no log lines
	format := fs.String("format", "markdown", "markdown or json")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if *format != "markdown" && *format != "json" {
		return exitError{code: 2, msg: fmt.Sprintf("--format: %q is neither markdown nor json", *format)}
	}
	req, err := readRequest(fs.Args(), stdin)
	if err != nil {
		return describe(err)
	}
	pipeline, err := cfg.extractivePipeline(stderr)
	if err != nil {
		return err
	}
	rep, err := pipeline.Merge(ctx, req)
	if err != nil {
		return describe(err)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(api.MergeJSON(rep))
	}
	_, err = io.WriteString(stdout, api.MergeMarkdown(rep))
	return err
}

// flagSet says whether the named flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}
