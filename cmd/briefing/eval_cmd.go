package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefing-news/briefing/eval"
)

// runEval runs every case through the pipeline, prints a table, writes the reports
// and exits non-zero when a mean falls below its committed threshold.
func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cfg.settingFlags(fs, briefFlags)
	casesDir := fs.String("cases", "eval/cases", "folder of cases, one sub-folder each")
	outDir := fs.String("out", "eval/out", "where report.json, report.md and junit.xml are written; with --support-set or --extraction, the JSON file to write (none by default)")
	thresholdsPath := fs.String("thresholds", "eval/thresholds.json", "thresholds the means must meet; empty skips the gate")
	supportSet := fs.String("support-set", "", "measure the support checker on this dev set folder (SummEdits or MultiLing 2011 English) instead of running the cases")
	supportKind := fs.String("support-kind", "", "kind of the --support-set folder: summedits or multiling (default: detected)")
	englishRules := fs.Bool("support-english-rules", false, "with --support-set on MultiLing's other languages (multiling2011_<language>.jsonl), read them with the English rules, for comparison")
	extractionSet := fs.String("extraction", "", "measure HTML extraction, ours and go-trafilatura alone, per page family on this annotated page set (trafilatura's evaluation set: evaldata.json and pages/) instead of running the cases")
	multiling := fs.String("multiling", "", "score briefings of MultiLing 2011 topics against their references, with every system's summary rescored in the same run: a multiling2011_*.jsonl file or a folder of them (more paths may follow the flags)")
	dev := fs.String("dev", "", "print one table of every dev set: the eval cases (--cases) and MultiLing 2011 in every language, read from this benchmarks folder (its multiling2011-en and multiling2011-multi), then the extraction table of its trafilatura-eval per page family")
	systems := fs.Bool("systems", false, "with --multiling, print every system's scores too")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if err := cfg.check(); err != nil {
		return err
	}
	if *extractionSet != "" {
		out := ""
		if flagSet(fs, "out") {
			out = *outDir
		}
		return runExtractionEval(ctx, cfg, *extractionSet, out, stdout, stderr)
	}
	if *dev != "" {
		cases, err := eval.LoadCases(*casesDir)
		if err != nil {
			return err
		}
		paths := []string{filepath.Join(*dev, "multiling2011-en", "multiling2011_en.jsonl"), filepath.Join(*dev, "multiling2011-multi")}
		out := ""
		if flagSet(fs, "out") {
			out = *outDir
		}
		if err := runMultiLing(ctx, cfg, cases, paths, out, *systems, stdout, stderr); err != nil {
			return err
		}
		// The extraction rows: trafilatura's annotated pages, per page family.
		traf := filepath.Join(*dev, "trafilatura-eval")
		if _, err := os.Stat(filepath.Join(traf, "evaldata.json")); err != nil {
			fmt.Fprintf(stdout, "\nextraction: no %s, skipped\n", traf)
			return nil
		}
		fmt.Fprintf(stdout, "\nextraction (%s, F1 by trafilatura's metric, per page family)\n", traf)
		return runExtractionEval(ctx, cfg, traf, "", stdout, stderr)
	}
	if *multiling != "" {
		out := ""
		if flagSet(fs, "out") {
			out = *outDir
		}
		return runMultiLing(ctx, cfg, nil, append([]string{*multiling}, fs.Args()...), out, *systems, stdout, stderr)
	}
	if *supportSet != "" || *supportKind != "" {
		out := ""
		if flagSet(fs, "out") {
			out = *outDir
		}
		return runSupportSet(ctx, cfg, *supportSet, *supportKind, out, eval.SupportSetOptions{EnglishRules: *englishRules}, stdout, stderr)
	}
	cases, err := eval.LoadCases(*casesDir)
	if err != nil {
		return err
	}
	pipeline, _, err := cfg.build(cfg.logger(stderr), nil)
	if err != nil {
		return err
	}
	engine := ""
	if flagSet(fs, "engine") {
		engine = cfg.Engine
	}
	// The planner runs on every case without a model: prompt fact coverage is
	// measured whatever the engine.
	rep, err := eval.Run(ctx, pipeline, cases, eval.RunOptions{Engine: engine, Counter: pipeline.Tokenizer})
	if err != nil {
		return err
	}
	// Check before writing: the gate's result is part of the table and the reports.
	var fails []eval.Failure
	if *thresholdsPath != "" {
		th, err := eval.LoadThresholds(*thresholdsPath)
		if err != nil {
			return err
		}
		fails = rep.Check(th)
	}
	rep.Table(stdout)
	if err := rep.WriteFiles(*outDir); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nreports written to %s (report.json, report.md, junit.xml)\n", *outDir)
	if len(fails) > 0 {
		msgs := make([]string, len(fails))
		for i, f := range fails {
			msgs[i] = f.String()
		}
		return exitError{code: 1, msg: "eval gate failed:\n  " + strings.Join(msgs, "\n  ")}
	}
	if *thresholdsPath == "" {
		return nil
	}
	fmt.Fprintf(stdout, "eval gate passed (%d cases, engine %s)\n", len(cases), pipeline.DefaultEngine)
	return nil
}

// runSupportSet measures the support checker on a dev set folder, prints the
// table and writes the JSON report to out when it is not empty.
func runSupportSet(ctx context.Context, cfg *config, dir, kind, out string, opt eval.SupportSetOptions, stdout, stderr io.Writer) error {
	if dir == "" {
		return exitError{code: 2, msg: "--support-kind needs --support-set DIR"}
	}
	switch kind {
	case "", eval.SupportSetSummEdits, eval.SupportSetMultiLing:
	default:
		return exitError{code: 2, msg: fmt.Sprintf("--support-kind: %q is neither summedits nor multiling", kind)}
	}
	pipeline, _, err := cfg.build(cfg.logger(stderr), nil)
	if err != nil {
		return err
	}
	rep, err := eval.MeasureSupportSetWith(ctx, pipeline, dir, kind, opt)
	if err != nil {
		return err
	}
	rep.Table(stdout)
	return writeReport(out, rep, stdout)
}

// writeReport writes rep as indented JSON to out, and says so, when out is not
// empty.
func writeReport(out string, rep any, stdout io.Writer) error {
	if out == "" {
		return nil
	}
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "report written to %s\n", out)
	return nil
}

// runMultiLing briefs the eval cases and MultiLing topics, prints how ours and the systems score
// and writes the JSON report to out when it is not empty.
func runMultiLing(ctx context.Context, cfg *config, cases []*eval.Case, paths []string, out string, systems bool, stdout, stderr io.Writer) error {
	ml, err := eval.ReadMultiLingSummaries(paths...)
	if err != nil {
		return err
	}
	topics := append(eval.CaseTopics(cases), ml...)
	pipeline, _, err := cfg.build(cfg.logger(stderr), nil)
	if err != nil {
		return err
	}
	langs, err := eval.ScoreMultiLing(ctx, pipeline, topics)
	if err != nil {
		return err
	}
	eval.MultiLingTable(stdout, langs)
	if systems {
		for _, l := range langs {
			eval.MultiLingSystemsTable(stdout, l)
		}
	}
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := eval.WriteMultiLingJSON(f, langs, time.Now()); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "report written to %s\n", out)
	return nil
}

// runScore prints ROUGE for one reference and one candidate file.
func runScore(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	noStem := fs.Bool("no-stem", false, "do not Porter-stem tokens")
	format := fs.String("format", "text", "text or json")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if fs.NArg() != 2 {
		return exitError{code: 2, msg: "usage: briefing score [--no-stem] [--format text|json] REFERENCE CANDIDATE"}
	}
	scores, err := eval.ScoreFiles(fs.Arg(0), fs.Arg(1), !*noStem)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(scores)
	case "text":
		for _, row := range []struct {
			name string
			s    eval.Score
		}{{"rouge1", scores.Rouge1}, {"rouge2", scores.Rouge2}, {"rougeL", scores.RougeL}, {"rougeLsum", scores.RougeLsum}} {
			fmt.Fprintf(stdout, "%-10s P=%.4f R=%.4f F1=%.4f\n", row.name, row.s.Precision, row.s.Recall, row.s.F1)
		}
		return nil
	default:
		return exitError{code: 2, msg: fmt.Sprintf("--format: %q is neither text nor json", *format)}
	}
}
