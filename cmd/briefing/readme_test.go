package main

import (
	"encoding/json"
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

	// The JSON example shows the first points and "…" for the rest.
	const elided = "    },\n    …\n  ],"
	shown := between(t, readme, "```json\n", "```\n")
	if !strings.Contains(shown, elided) {
		t.Fatalf("the README's JSON example has no %q where the points are cut", elided)
	}
	var readmeJSON map[string]any
	if err := json.Unmarshal([]byte(strings.Replace(shown, elided, "    }\n  ],", 1)), &readmeJSON); err != nil {
		t.Fatalf("the README's JSON example does not parse: %v", err)
	}
	req, err = http.NewRequest(http.MethodPost, base+"/v1/briefings", strings.NewReader(request))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	var answer map[string]any
	if err := json.NewDecoder(resp2.Body).Decode(&answer); err != nil {
		t.Fatal(err)
	}
	points, _ := answer["points"].([]any)
	n := len(readmeJSON["points"].([]any))
	if len(points) <= n {
		t.Fatalf("the service answers %d points; the README shows %d and elides the rest", len(points), n)
	}
	answer["points"] = points[:n]
	a, _ := json.MarshalIndent(answer, "", "  ")
	r, _ := json.MarshalIndent(readmeJSON, "", "  ")
	if string(a) != string(r) {
		t.Fatalf("the README's JSON example is not what the service answers (first %d points); update README.md.\ngot:\n%s\nREADME:\n%s", n, a, r)
	}
}
