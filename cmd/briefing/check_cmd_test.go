package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
)

var quayArticles = []string{"--articles", "testdata/quay-1.txt", "testdata/quay-2.txt", "testdata/quay-3.json"}

func writeDraft(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "draft.md")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckDraftText(t *testing.T) {
	draft := writeDraft(t, "# Lindholm quay\n\nThe old ferry quay at Lindholm will close for repairs from Monday.\nEngineers found cracks in five of the concrete piles.\n")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), append(append([]string{"check"}, quayArticles...), draft), env(), strings.NewReader(""), &stdout, &stderr)
	var ee exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("err %v, want exit 1 for an unsupported sentence; stderr %s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"2. [supported] The old ferry quay at Lindholm will close for repairs from Monday.",
		"sources: a1 (quay-1), a2 (quay-2)",
		`3. [unsupported] Engineers found cracks in five of the concrete piles.`,
		`not found in the articles: figure "five"`,
		"3 sentence(s):",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckDraftJSON(t *testing.T) {
	draft := writeDraft(t, "Engineers found cracks in two of the quay's concrete piles.")
	var stdout, stderr bytes.Buffer
	// --format after the files works too
	args := append(append(append([]string{"check"}, quayArticles...), draft), "--format", "json")
	if err := run(context.Background(), args, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("%v; stderr %s", err, stderr.String())
	}
	var rep api.CheckResponse
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, stdout.String())
	}
	if len(rep.Claims) != 1 || rep.Claims[0].Status != "supported" || len(rep.Claims[0].Evidence) == 0 {
		t.Fatalf("report %+v", rep)
	}
	text, _ := os.ReadFile("testdata/quay-1.txt")
	for _, e := range rep.Claims[0].Evidence {
		if e.ArticleId == "a1" {
			if got := string([]rune(string(text))[e.Start:e.End]); got != e.Quote {
				t.Errorf("a1[%d:%d] = %q, quote %q", e.Start, e.End, got, e.Quote)
			}
		}
	}
	for _, field := range []string{`"citations"`, `"evidence"`, `"start"`, `"end"`, `"unsupported"`} {
		if !strings.Contains(stdout.String(), field) {
			t.Errorf("json lacks %s", field)
		}
	}
}

func TestCheckUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"no draft", []string{"check"}, "give the draft"},
		{"no articles", []string{"check", "draft.md"}, "give the articles"},
		{"bad format", []string{"check", "--format", "xml", "--articles", "a.txt", "d.md"}, "neither text nor json"},
		{"stdin as an article", []string{"check", "--articles", "-", "d.md"}, "not an article"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, env(), strings.NewReader(""), &stdout, &stderr)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want %q", err, tt.want)
			}
		})
	}
}
