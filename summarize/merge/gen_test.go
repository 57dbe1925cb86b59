package merge_test

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/merge"
)

// corpus is the generator's material, read from testdata/bench: fictional wire
// stories with slots, slot values, and templates for sentences only one article
// carries.
type corpus struct {
	stories [][]string // wire sentences per story
	slots   map[string][]string
	uniques []string
}

func loadCorpus(tb testing.TB) corpus {
	tb.Helper()
	c := corpus{slots: map[string][]string{}}
	read := func(name string, line func(string)) {
		f, err := os.Open(filepath.Join("testdata", "bench", name))
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				line(l)
			}
		}
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
	}
	read("stories.txt", func(l string) {
		switch {
		case strings.HasPrefix(l, "== "):
			c.stories = append(c.stories, nil)
		case strings.HasPrefix(l, "W "):
			c.stories[len(c.stories)-1] = append(c.stories[len(c.stories)-1], l[2:])
		}
	})
	read("vocab.txt", func(l string) {
		if strings.HasPrefix(l, "U ") {
			c.uniques = append(c.uniques, l[2:])
			return
		}
		name, vals, ok := strings.Cut(l, ":")
		if !ok {
			tb.Fatalf("vocab line %q", l)
		}
		for _, v := range strings.Split(vals, "|") {
			c.slots[name] = append(c.slots[name], strings.TrimSpace(v))
		}
	})
	if len(c.stories) == 0 || len(c.uniques) == 0 {
		tb.Fatal("empty generator corpus")
	}
	return c
}

// generated is a synthetic request: the docs and, per article, its sentences.
type generated struct {
	docs      []merge.Doc
	sentences [][]string
	words     int
}

// generate builds n articles of about wordsPer words each in overlapping
// clusters: each cluster is one story with its own town, people and figures; the
// first article carries the full wire copy, reprints keep nearly all of it with
// light edits (names shortened, weekday or "today"), rewrites keep part of it,
// cut or extend clauses, and every article adds sentences of its own.
func generate(c corpus, n, wordsPer int, seed uint64) generated {
	return generateClusters(c, n, wordsPer, seed, 4, 16)
}

// generateClusters is generate with clusters of minSize to maxSize articles.
func generateClusters(c corpus, n, wordsPer int, seed uint64, minSize, maxSize int) generated {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(slot string) string { v := c.slots[slot]; return v[r.IntN(len(v))] }
	var g generated
	for len(g.docs) < n {
		story := c.stories[r.IntN(len(c.stories))]
		fixed := map[string]string{
			"TOWN": pick("TOWN"), "REGION": pick("REGION"), "RIVER": pick("RIVER"),
			"N1": strconv.Itoa(20 + r.IntN(900)), "N2": strconv.Itoa(20 + r.IntN(900)), "N3": strconv.Itoa(2 + r.IntN(90)),
		}
		type person struct{ title, first, last string }
		people := []person{{pick("TITLE"), pick("FIRST"), pick("LAST")}, {pick("TITLE"), pick("FIRST"), pick("LAST")}}
		size := minSize + r.IntN(maxSize-minSize+1)
		for a := 0; a < size && len(g.docs) < n; a++ {
			kind := "rewrite"
			switch {
			case a == 0:
				kind = "wire"
			case r.IntN(10) < 3:
				kind = "reprint"
			}
			vals := map[string]string{"DAY": " " + pick("DAY")}
			for k, v := range fixed {
				vals[k] = v
			}
			for i, p := range people {
				k := strconv.Itoa(i + 1)
				vals["S"+k] = p.last
				switch {
				case kind == "wire" || r.IntN(3) == 0:
					vals["P"+k] = strings.ToUpper(p.title[:1]) + p.title[1:] + " " + p.first + " " + p.last
				case r.IntN(2) == 0:
					vals["P"+k] = p.first + " " + p.last
				default:
					vals["P"+k] = p.last
				}
			}
			var sents []string
			words := 0
			addUnique := func() {
				s := fill(c.uniques[r.IntN(len(c.uniques))], func(slot string) string {
					switch slot {
					case "NAME":
						return pick("FIRST") + " " + pick("LAST")
					case "N":
						return strconv.Itoa(2 + r.IntN(400))
					case "TOWN":
						return fixed["TOWN"]
					}
					return pick(slot)
				})
				sents = append(sents, s)
				words += len(strings.Fields(s))
			}
			keep := map[string]int{"wire": 100, "reprint": 92, "rewrite": 60}[kind]
			for _, w := range story {
				if r.IntN(100) >= keep {
					continue
				}
				s := fill(w, func(slot string) string { return vals[slot] })
				if kind == "rewrite" && r.IntN(10) < 3 {
					s = edit(r, s, pick("EXTRA"))
				}
				sents = append(sents, s)
				words += len(strings.Fields(s))
				if kind != "reprint" && r.IntN(10) < 3 {
					addUnique()
				}
			}
			for words < wordsPer {
				addUnique()
			}
			g.sentences = append(g.sentences, sents)
			g.words += words
			var paras [][]string
			for i := 0; i < len(sents); {
				j := min(len(sents), i+1+r.IntN(3))
				paras = append(paras, sents[i:j])
				i = j
			}
			g.docs = append(g.docs, merge.Doc{ID: articleID(len(g.docs)), Paragraphs: paras})
		}
	}
	return g
}

// fill replaces each {SLOT} of tmpl with value(SLOT).
func fill(tmpl string, value func(string) string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		b.WriteString(tmpl[:i])
		b.WriteString(value(tmpl[i+1 : i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

// edit rewrites one wire sentence the way a rewrite desk does: cut the last
// clause, add an attribution clause, or drop a word.
func edit(r *rand.Rand, s, extra string) string {
	body := strings.TrimRight(s, ".")
	switch r.IntN(3) {
	case 0:
		if i := strings.LastIndex(body, ", "); i > 0 && len(strings.Fields(body[:i])) >= 8 {
			return body[:i] + "."
		}
		return s
	case 1:
		if strings.HasSuffix(body, "\"") || strings.Contains(body, "\" ") {
			return s
		}
		return body + ", " + extra + "."
	default:
		f := strings.Fields(body)
		if len(f) < 10 {
			return s
		}
		i := 2 + r.IntN(len(f)-4)
		return strings.Join(append(f[:i:i], f[i+1:]...), " ") + "."
	}
}
