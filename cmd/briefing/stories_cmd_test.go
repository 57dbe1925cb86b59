package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
)

// TestStoriesCommand groups files, and a JSON feed on stdin, into the answer
// POST /v1/stories gives: the three quay articles are one story, an unrelated
// text a singleton.
func TestStoriesCommand(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "budget.txt")
	if err := os.WriteFile(other, []byte("Lawmakers in the national assembly approved the budget bill by 212 votes to 188 after a night of debate over pension reform and defence spending."), 0o600); err != nil {
		t.Fatal(err)
	}
	files := []string{"testdata/quay-1.txt", "testdata/quay-2.txt", "testdata/quay-3.json", other}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), append([]string{"stories"}, files...), env(), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("stories: %v\n%s", err, stderr.String())
	}
	var got api.StoriesResponse
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	if len(got.Stories) != 1 || got.Stories[0].Size != 3 || len(got.Singletons) != 1 {
		t.Fatalf("got %s, want the three quay articles in one story and one singleton", stdout.String())
	}

	stdout.Reset()
	feed := `{"articles":[{"id":"x","text":"one"},{"id":"y","text":"two"}],"options":{"window_hours":24}}`
	if err := run(context.Background(), []string{"stories", "-"}, env(), strings.NewReader(feed), &stdout, &stderr); err != nil {
		t.Fatalf("stories -: %v", err)
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil || len(got.Singletons) != 2 {
		t.Fatalf("stories -: %s (%v)", stdout.String(), err)
	}

	err := run(context.Background(), []string{"stories", "-"}, env(), strings.NewReader(`{"articles":[{"text":"a"}],"options":{"window_hours":0}}`), &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "window_hours") {
		t.Fatalf("a bad window gave %v", err)
	}
}

// TestStoriesEvalCommand scores the grouping on the eval cases and on a small
// MultiLing-shaped file.
func TestStoriesEvalCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("groups every eval case's articles")
	}
	path := filepath.Join(t.TempDir(), "multiling_test.jsonl")
	var b strings.Builder
	for topic, text := range []string{
		"A magnitude 6.8 earthquake struck the High Atlas south of Marrakesh, killing 2,946 people in Amizmiz.",
		"Floodwaters from two collapsed dams swept through Derna in Libya after Storm Daniel.",
	} {
		docs := fmt.Sprintf(`[{"id":"d0","text":%q},{"id":"d1","text":%q}]`, text, text+" Rescuers kept searching.")
		fmt.Fprintf(&b, `{"topic":"M00%d","docs":%s}`+"\n", topic, docs)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"stories-eval", "--cases", "../../eval/cases", path}, env(), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("stories-eval: %v\n%s", err, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "eval cases") || !strings.Contains(out, "multiling_test.jsonl") {
		t.Fatalf("table:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(line)
		if f1 := f[len(f)-2]; f1 < "0.950" {
			t.Errorf("F1 %s below 0.95: %s", f1, line)
		}
	}
}
