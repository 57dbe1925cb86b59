package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalSupportSet runs `briefing eval --support-set` on the small sets the
// eval package's tests use: the table on stdout, the JSON report in --out, the
// kind detected or given.
func TestEvalSupportSet(t *testing.T) {
	for _, c := range []struct {
		dir, kind, want string
	}{
		{"../../eval/testdata/supportset/summedits", "", "SummEdits"},
		{"../../eval/testdata/supportset/multiling", "multiling", "MultiLing"},
	} {
		out := filepath.Join(t.TempDir(), "report.json")
		args := []string{"eval", "--support-set", c.dir, "--out", out}
		if c.kind != "" {
			args = append(args, "--support-kind", c.kind)
		}
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
			t.Fatalf("%s: %v\n%s", c.dir, err, stderr.String())
		}
		if !strings.Contains(stdout.String(), c.want) || !strings.Contains(stdout.String(), "threshold sweep") {
			t.Errorf("%s: table\n%s", c.dir, stdout.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var rep struct {
			Kind  string            `json:"kind"`
			Sweep []json.RawMessage `json:"sweep"`
		}
		if err := json.Unmarshal(b, &rep); err != nil || rep.Kind == "" || len(rep.Sweep) != 14 {
			t.Errorf("%s: report %s (%v)", c.dir, b, err)
		}
	}
}

func TestEvalSupportSetUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "--support-kind", "multiling"}, "--support-kind needs --support-set"},
		{[]string{"eval", "--support-set", ".", "--support-kind", "rouge"}, "neither summedits nor multiling"},
		{[]string{"eval", "--support-set", "testdata"}, "say which with --support-kind"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), c.args, env(), strings.NewReader(""), &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err %v, want %q", c.args, err, c.want)
		}
	}
}

// TestEvalMultiLing runs `briefing eval --multiling` on the eval package's small
// MultiLing files with the extractive engine: one row a language in the table,
// every system with --systems, the JSON report in --out.
func TestEvalMultiLing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "multiling.json")
	args := []string{"eval", "--systems", "--out", out, "--multiling", "../../eval/testdata/multiling/multiling2011_french.jsonl", "../../eval/testdata/multiling/multiling2011_en.jsonl"}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	for _, want := range []string{"french ", "english ", "ID10", "ours@250"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("no %q in\n%s", want, stdout.String())
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Languages []struct {
			Language string                        `json:"language"`
			Ours     map[string]map[string]float64 `json:"ours"`
		} `json:"languages"`
	}
	if err := json.Unmarshal(b, &rep); err != nil || len(rep.Languages) != 2 {
		t.Fatalf("report %s (%v)", b, err)
	}
	// The extractive engine briefs the French topics from their own words.
	if fr := rep.Languages[0]; fr.Language != "french" || fr.Ours["250"]["r1"] < 0.3 {
		t.Errorf("French: %+v", fr)
	}
	if err := run(context.Background(), []string{"eval", "--multiling", "no/such/file.jsonl"}, env(), strings.NewReader(""), &stdout, &stderr); err == nil {
		t.Error("a missing file was scored")
	}
}

// TestEvalDev prints one table of every dev set of a benchmarks folder laid out
// as the benchmarks folder of the dev sets is, the eval cases first.
func TestEvalDev(t *testing.T) {
	dir := t.TempDir()
	for src, dst := range map[string]string{
		"../../eval/testdata/multiling/multiling2011_en.jsonl":     "multiling2011-en/multiling2011_en.jsonl",
		"../../eval/testdata/multiling/multiling2011_french.jsonl": "multiling2011-multi/multiling2011_french.jsonl",
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, dst)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// the extraction pages written for eval/extraction's tests, as trafilatura-eval
	if err := os.CopyFS(filepath.Join(dir, "trafilatura-eval"), os.DirFS("../../eval/extraction/testdata/set")); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	args := []string{"eval", "--cases", "../../eval/testdata/cases", "--dev", dir}
	if err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	lines := strings.Split(stdout.String(), "\n")
	var sets []string
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 2 && (f[0] == "eval" || f[0] == "english" || f[0] == "french") {
			sets = append(sets, f[0])
		}
	}
	if strings.Join(sets, " ") != "eval english french" {
		t.Errorf("rows %v, want eval cases, english, french:\n%s", sets, stdout.String())
	}
	for _, fam := range []string{"blog", "non-English", "news", "all"} {
		if !strings.Contains(stdout.String(), "\n"+fam+" ") {
			t.Errorf("no extraction row %q:\n%s", fam, stdout.String())
		}
	}
}

// TestEvalExtraction runs the extraction harness on the three pages written for
// eval/extraction's tests: both extractors find the story of the news page and
// leave its footer out, and the JSON report has every page.
func TestEvalExtraction(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	var stdout, stderr bytes.Buffer
	args := []string{"eval", "--extraction", "../../eval/extraction/testdata/set", "--out", out}
	if err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	for _, s := range []string{"ours", "library", "news", "blog", "non-English", "all"} {
		if !strings.Contains(stdout.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, stdout.String())
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Extractors []string `json:"extractors"`
		PerPage    []struct {
			File   string `json:"file"`
			Counts []struct{ TP, FP, FN, TN int }
		} `json:"per_page"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.PerPage) != 3 || len(rep.Extractors) != 2 {
		t.Fatalf("report: %s", b)
	}
	for _, p := range rep.PerPage {
		if p.File != "ferry.html" {
			continue
		}
		for k, c := range p.Counts {
			if c.TP != 2 || c.FP != 0 {
				t.Errorf("%s on ferry.html: %+v, want both segments found and the footer left out", rep.Extractors[k], c)
			}
		}
	}
}
