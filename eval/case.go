package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// Case is one eval case: a cluster of articles, a hand-written reference
// briefing, the key facts a good briefing carries, and the options to brief with.
type Case struct {
	// Name is the case folder's name.
	Name string
	// Dir is the case folder.
	Dir string
	// Articles in file-name order, ids assigned (a1, a2… by order when a file
	// gives none).
	Articles []summarize.Article
	// Reference is reference.md as written (Markdown).
	Reference string
	// Facts are the lines of facts.txt (blank and # lines skipped).
	Facts []string
	// Forbidden are the lines of forbidden.txt: strings that must not appear in
	// the briefing (prompt-injection check). Usually empty.
	Forbidden []string
	// Expected is expected.json: the differences and quotes to report (nil when absent).
	Expected *Expected
	// Options come from case.json (max_words, max_points); Engine is left empty.
	Options summarize.Options
}

// caseFile is case.json.
type caseFile struct {
	MaxWords    int    `json:"max_words"`
	MaxPoints   int    `json:"max_points"`
	Description string `json:"description"`
}

// articleJSON is an article file in JSON, with the API's field names.
type articleJSON struct {
	ID          string `json:"id"`
	Source      string `json:"source"`
	Title       string `json:"title"`
	URL         string `json:"url"`
	PublishedAt string `json:"published_at"`
	Text        string `json:"text"`
	HTML        string `json:"html"`
}

// reserved names in a case folder that are not articles.
var reservedFiles = map[string]bool{
	"case.json": true, "reference.md": true, "facts.txt": true, "forbidden.txt": true, "readme.md": true, "expected.json": true,
}

// LoadCases loads every case folder under dir (its sub-folders, sorted by
// name); files directly under dir, such as README.md, are ignored.
func LoadCases(dir string) ([]*Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval cases: %w", err)
	}
	var cases []*Case
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		c, err := LoadCase(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("eval cases: no case folders under %s", dir)
	}
	return cases, nil
}

// LoadCase loads one case folder; see the package documentation for its layout.
func LoadCase(dir string) (*Case, error) {
	name := filepath.Base(dir)
	fail := func(format string, args ...any) error {
		return fmt.Errorf("eval case %s: %s", name, fmt.Sprintf(format, args...))
	}
	c := &Case{Name: name, Dir: dir}
	ref, err := os.ReadFile(filepath.Join(dir, "reference.md"))
	if err != nil {
		return nil, fail("%v", err)
	}
	c.Reference = string(ref)
	if strings.TrimSpace(c.Reference) == "" {
		return nil, fail("reference.md is empty")
	}
	facts, err := os.ReadFile(filepath.Join(dir, "facts.txt"))
	if err != nil {
		return nil, fail("%v", err)
	}
	c.Facts = ParseFacts(string(facts))
	if len(c.Facts) == 0 {
		return nil, fail("facts.txt has no facts")
	}
	if b, err := os.ReadFile(filepath.Join(dir, "forbidden.txt")); err == nil {
		c.Forbidden = ParseFacts(string(b))
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fail("%v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "expected.json")); err == nil {
		if c.Expected, err = parseExpected(b); err != nil {
			return nil, fail("expected.json: %v", err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fail("%v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "case.json")); err == nil {
		var cf caseFile
		if err := json.Unmarshal(b, &cf); err != nil {
			return nil, fail("case.json: %v", err)
		}
		if cf.MaxWords < 0 || cf.MaxPoints < 0 {
			return nil, fail("case.json: max_words and max_points must not be negative")
		}
		c.Options = summarize.Options{MaxWords: cf.MaxWords, MaxPoints: cf.MaxPoints}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fail("%v", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fail("%v", err)
	}
	var files []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") || reservedFiles[strings.ToLower(n)] {
			continue
		}
		switch strings.ToLower(filepath.Ext(n)) {
		case ".json", ".txt", ".html", ".htm":
			files = append(files, n)
		}
	}
	slices.Sort(files)
	ids := map[string]string{}
	for i, n := range files {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, fail("%v", err)
		}
		a, err := ParseArticleFile(n, data)
		if err != nil {
			return nil, fail("%s: %v", n, err)
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("a%d", i+1)
		}
		if prev, dup := ids[a.ID]; dup {
			return nil, fail("%s: id %q already used by %s", n, a.ID, prev)
		}
		ids[a.ID] = n
		c.Articles = append(c.Articles, a)
	}
	if len(c.Articles) == 0 {
		return nil, fail("no article files (*.json, *.txt, *.html)")
	}
	return c, nil
}

// ParseArticleFile parses one article file by its extension: .json is one
// article object with the API's field names; .txt and .html are the body,
// optionally after a front matter block of "key: value" lines between two
// "---" lines (keys id, source, title, url, published_at; others ignored).
func ParseArticleFile(name string, data []byte) (summarize.Article, error) {
	var a summarize.Article
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		var aj articleJSON
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&aj); err != nil {
			return a, fmt.Errorf("article JSON: %w", err)
		}
		a = summarize.Article{ID: aj.ID, Source: aj.Source, Title: aj.Title, URL: aj.URL, Text: aj.Text, HTML: aj.HTML}
		if aj.PublishedAt != "" {
			t, err := time.Parse(time.RFC3339, aj.PublishedAt)
			if err != nil {
				return a, fmt.Errorf("published_at: %w", err)
			}
			a.PublishedAt = &t
		}
	case ".txt", ".html", ".htm":
		meta, body, err := parseFrontMatter(string(data))
		if err != nil {
			return a, err
		}
		a = summarize.Article{ID: meta["id"], Source: meta["source"], Title: meta["title"], URL: meta["url"]}
		if p := meta["published_at"]; p != "" {
			t, err := time.Parse(time.RFC3339, p)
			if err != nil {
				return a, fmt.Errorf("published_at: %w", err)
			}
			a.PublishedAt = &t
		}
		if strings.HasPrefix(strings.ToLower(filepath.Ext(name)), ".htm") {
			a.HTML = body
		} else {
			a.Text = body
		}
	default:
		return a, fmt.Errorf("unknown article file type %q", filepath.Ext(name))
	}
	if a.Text != "" && a.HTML != "" {
		return a, errors.New("article has both text and html")
	}
	if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.HTML) == "" {
		return a, errors.New("article has no text")
	}
	return a, nil
}

// parseFrontMatter splits "---\nkey: value\n…\n---\nbody". Without a leading
// "---" line the whole input is the body.
func parseFrontMatter(s string) (map[string]string, string, error) {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	meta := map[string]string{}
	if !strings.HasPrefix(s, "---\n") {
		return meta, s, nil
	}
	rest := s[len("---\n"):]
	for {
		line, after, found := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "---" {
			return meta, after, nil
		}
		if !found {
			return nil, "", errors.New("front matter: no closing --- line")
		}
		rest = after
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, "", fmt.Errorf("front matter: %q is not key: value", line)
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		meta[k] = v
	}
}
