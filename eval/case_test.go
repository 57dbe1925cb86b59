package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/eval"
)

func TestLoadCases(t *testing.T) {
	cases, err := eval.LoadCases("testdata/cases")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(cases), 2; got != want {
		t.Fatalf("cases=%d, want %d", got, want)
	}
	ferry, lib := cases[0], cases[1]
	if got, want := ferry.Name, "ferry-strike"; got != want {
		t.Fatalf("cases[0]=%q, want %q (sorted by name)", got, want)
	}
	tests := []struct {
		c                      *eval.Case
		i                      int
		id, source, title, url string
		html                   bool
		published              string
	}{
		{ferry, 0, "a1", "Harbour Wire", "Ferry crews strike for 48 hours over rosters", "https://harbourwire.example/ferry-strike", false, "2026-03-09T06:30:00Z"},
		{ferry, 1, "a2", "Island Courier", "Strike stops Moss ferries", "https://islandcourier.example/news/strike-stops-ferries", false, "2026-03-09T09:10:00Z"},
		{ferry, 2, "a3", "Coastline Radio", "Union and Sound Link to meet on Tuesday", "https://coastlineradio.example/ferry-talks", true, "2026-03-09T15:45:00Z"},
		// a3.json gives no id: it gets a3 by file order.
		{lib, 2, "a3", "Book Trade Weekly", "Dunmere library bets on late opening", "https://booktradeweekly.example/dunmere", true, "2026-05-17T07:00:00Z"},
	}
	for _, tt := range tests {
		a := tt.c.Articles[tt.i]
		if a.ID != tt.id || a.Source != tt.source || a.Title != tt.title || a.URL != tt.url {
			t.Errorf("%s article %d = %q %q %q %q, want %q %q %q %q", tt.c.Name, tt.i, a.ID, a.Source, a.Title, a.URL, tt.id, tt.source, tt.title, tt.url)
		}
		if got, want := a.HTML != "", tt.html; got != want {
			t.Errorf("%s %s html=%v, want %v", tt.c.Name, a.ID, got, want)
		}
		if a.PublishedAt == nil || a.PublishedAt.Format(time.RFC3339) != tt.published {
			t.Errorf("%s %s published_at=%v, want %s", tt.c.Name, a.ID, a.PublishedAt, tt.published)
		}
	}
	if got := ferry.Articles[1].Text; !strings.HasPrefix(got, "Skip to content\n") {
		t.Errorf("front matter not stripped from the body: %q", got[:min(len(got), 40)])
	}
	if got, want := len(ferry.Facts), 6; got != want {
		t.Errorf("ferry facts=%d, want %d (comment skipped)", got, want)
	}
	if got, want := ferry.Options.MaxWords, 150; got != want {
		t.Errorf("ferry max_words=%d, want %d", got, want)
	}
	if got, want := ferry.Options.MaxPoints, 5; got != want {
		t.Errorf("ferry max_points=%d, want %d", got, want)
	}
	if len(ferry.Forbidden) != 0 {
		t.Errorf("ferry forbidden=%q, want none", ferry.Forbidden)
	}
	if got, want := strings.Join(lib.Forbidden, "|"), "closed forever"; got != want {
		t.Errorf("library forbidden=%q, want %q", got, want)
	}
	if !strings.HasPrefix(lib.Reference, "# Dunmere opens") {
		t.Errorf("reference=%q", lib.Reference[:20])
	}
}

func TestLoadCaseErrors(t *testing.T) {
	good := map[string]string{
		"reference.md": "# H\nSummary.\n",
		"facts.txt":    "A fact\n",
		"a1.txt":       "Body text.\n",
	}
	tests := []struct {
		name    string
		change  map[string]string // "" deletes
		wantErr string
	}{
		{"valid", nil, ""},
		{"no reference", map[string]string{"reference.md": ""}, "reference.md"},
		{"no facts", map[string]string{"facts.txt": "# only a comment\n"}, "no facts"},
		{"no articles", map[string]string{"a1.txt": ""}, "no article files"},
		{"duplicate ids", map[string]string{"a2.txt": "---\nid: a1\n---\nOther text.\n"}, `id "a1" already used`},
		{"bad date", map[string]string{"a1.txt": "---\npublished_at: yesterday\n---\nBody.\n"}, "published_at"},
		{"unclosed front matter", map[string]string{"a1.txt": "---\nsource: X\ntitle: T"}, "no closing ---"},
		{"front matter line without colon", map[string]string{"a1.txt": "---\nsource X\n---\nBody.\n"}, "not key: value"},
		{"both text and html", map[string]string{"a1.txt": "", "a1.json": `{"text": "t", "html": "<p>h</p>"}`}, "both text and html"},
		{"empty article", map[string]string{"a1.txt": "---\nsource: X\n---\n\n"}, "no text"},
		{"bad case.json", map[string]string{"case.json": `{"max_words": "many"}`}, "case.json"},
		{"negative max_words", map[string]string{"case.json": `{"max_words": -1}`}, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "case-x")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			files := map[string]string{}
			for k, v := range good {
				files[k] = v
			}
			for k, v := range tt.change {
				files[k] = v
			}
			for k, v := range files {
				if v == "" {
					continue
				}
				if err := os.WriteFile(filepath.Join(dir, k), []byte(v), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c, err := eval.LoadCase(dir)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("LoadCase: %v", err)
				}
				if got, want := c.Articles[0].ID, "a1"; got != want {
					t.Fatalf("id=%q, want %q", got, want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "case-x") {
				t.Fatalf("err=%v, want one naming the case and containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestLoadCasesEmpty(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("# cases\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := eval.LoadCases(dir); err == nil {
		t.Fatal("LoadCases on a folder with no case: no error")
	}
	if _, err := eval.LoadCases(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("LoadCases on a missing folder: no error")
	}
}

func FuzzParseArticleFile(f *testing.F) {
	f.Add("a.txt", "---\nid: a1\nsource: X\npublished_at: 2026-01-02T03:04:05Z\n---\nBody.\n")
	f.Add("a.html", "---\ntitle: 'T'\n---\n<p>x</p>")
	f.Add("a.json", `{"id":"a1","text":"t","published_at":"2026-01-02T03:04:05Z"}`)
	f.Add("a.txt", "no front matter")
	f.Fuzz(func(t *testing.T, name, data string) {
		a, err := eval.ParseArticleFile(name, []byte(data))
		if err != nil {
			return
		}
		if a.Text != "" && a.HTML != "" {
			t.Fatalf("both text and html: %+v", a)
		}
		if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.HTML) == "" {
			t.Fatalf("no body accepted: %+v", a)
		}
	})
}
