package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

const checkUsage = `usage: briefing check [--format text|json] --articles FILE|URL... DRAFT|-

Checks every sentence of DRAFT (a text or Markdown file, or - for stdin) against
the articles (.txt .md .html .json files, or pages by URL) with the support
checker, and prints each sentence with its verdict and the articles that carry
it. Exits 1 when a sentence is unsupported.
`

// runCheck checks a draft against articles: each sentence's verdict and sources.
func runCheck(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, checkUsage); fs.PrintDefaults() }
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cfg.settingFlags(fs, pipelineFlags, articleLimitFlags) // the extractive pipeline: no llm, no log lines
	format := fs.String("format", "text", "text or json")
	var articles []string
	fs.Func("articles", "an article file or URL; the files after it are articles too, up to the draft", func(s string) error {
		articles = append(articles, s)
		return nil
	})
	if err := fs.Parse(flagsFirst(args, "format")); err != nil {
		return exitError{code: 2}
	}
	if *format != "text" && *format != "json" {
		return exitError{code: 2, msg: fmt.Sprintf("--format: %q is neither text nor json", *format)}
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return exitError{code: 2, msg: "give the draft to check after the articles: briefing check --articles a.txt b.html draft.md"}
	}
	articles = append(articles, rest[:len(rest)-1]...)
	draftPath := rest[len(rest)-1]
	if len(articles) == 0 {
		return exitError{code: 2, msg: "give the articles to check the draft against: briefing check --articles a.txt b.html draft.md"}
	}
	for _, a := range articles {
		if a == "-" {
			return exitError{code: 2, msg: "- is the draft on stdin, not an article"}
		}
	}
	var draft []byte
	if draftPath == "-" {
		draft, err = io.ReadAll(io.LimitReader(stdin, 4*summarize.MaxDraftChars+1))
	} else {
		draft, err = os.ReadFile(draftPath)
	}
	if err != nil {
		return err
	}
	req, err := readRequest(articles, stdin)
	if err != nil {
		return describe(err)
	}
	pipeline, err := cfg.extractivePipeline(stderr)
	if err != nil {
		return err
	}
	rep, err := pipeline.Check(ctx, summarize.CheckRequest{Articles: req.Articles, Draft: string(draft)})
	if err != nil {
		return describe(err)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(api.CheckJSON(rep)); err != nil {
			return err
		}
	} else {
		names := map[string]string{}
		for i, a := range req.WithDefaults().Articles {
			names[a.ID] = articleName(a, i)
		}
		writeCheckText(stdout, rep, names)
	}
	for _, c := range rep.Claims {
		if c.Status == summarize.SupportUnsupported {
			return exitError{code: 1}
		}
	}
	return nil
}

// flagsFirst moves the named flags (with their values) before the other
// arguments, so that "check --articles a.txt draft.md --format json" parses.
func flagsFirst(args []string, names ...string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		matched := false
		for _, n := range names {
			switch {
			case a == "-"+n || a == "--"+n:
				flags = append(flags, a)
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
				matched = true
			case strings.HasPrefix(a, "-"+n+"=") || strings.HasPrefix(a, "--"+n+"="):
				flags = append(flags, a)
				matched = true
			}
		}
		if !matched {
			rest = append(rest, a)
		}
	}
	return append(flags, rest...)
}

func articleName(a summarize.Article, i int) string {
	switch {
	case a.Source != "":
		return a.Source
	case a.URL != "":
		return a.URL
	}
	return fmt.Sprintf("article %d", i+1)
}

// writeCheckText prints each sentence with its verdict, its sources and what is
// missing, then a count of each verdict.
func writeCheckText(w io.Writer, rep *summarize.CheckReport, names map[string]string) {
	counts := map[string]int{}
	for i, c := range rep.Claims {
		counts[c.Status]++
		fmt.Fprintf(w, "%d. [%s] %s\n", i+1, c.Status, c.Text)
		if len(c.Citations) > 0 {
			var src []string
			for _, id := range c.Citations {
				src = append(src, fmt.Sprintf("%s (%s)", id, names[id]))
			}
			fmt.Fprintf(w, "   sources: %s\n", strings.Join(src, ", "))
		}
		for _, e := range c.Evidence {
			fmt.Fprintf(w, "   %s [%d:%d] %q\n", e.ArticleID, e.Start, e.End, e.Quote)
		}
		if len(c.Unsupported) > 0 {
			var miss []string
			for _, m := range c.Unsupported {
				miss = append(miss, m.Kind+" "+fmt.Sprintf("%q", m.Text))
			}
			fmt.Fprintf(w, "   not found in the articles: %s\n", strings.Join(miss, ", "))
		}
	}
	for _, warn := range rep.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
	fmt.Fprintf(w, "%d sentence(s): %d supported, %d partial, %d unsupported\n", len(rep.Claims),
		counts[summarize.SupportSupported], counts[summarize.SupportPartial], counts[summarize.SupportUnsupported])
}
