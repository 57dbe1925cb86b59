package main

import (
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
)

// between returns the text of s after the first start and up to the next end.
func between(t *testing.T, s, start, end string) string {
	t.Helper()
	_, after, ok := strings.Cut(s, start)
	if !ok {
		t.Fatalf("README has no %q", start)
	}
	body, _, ok := strings.Cut(after, end)
	if !ok {
		t.Fatalf("README has no %q after %q", end, start)
	}
	return body
}

// TestReadmeExampleIsRealOutput sends the README's request.json to the
// service and compares the answer with the Markdown the README shows, so the
// example cannot drift from what the service says.
func TestReadmeExampleIsRealOutput(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	request := between(t, readme, "cat > request.json <<'JSON'\n", "JSON\n")
	want := between(t, readme, "```markdown\n", "```\n")

	base, _, _ := startServe(t, env("BRIEFING_ADDR", anyPort))
	req, err := http.NewRequest(http.MethodPost, base+"/v1/briefings", strings.NewReader(request))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/markdown")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, got)
	}
	if strings.TrimSpace(string(got)) != strings.TrimSpace(want) {
		t.Fatalf("the README's Markdown example is not what the service answers; update README.md.\ngot:\n%s\nREADME:\n%s", got, want)
	}
}
