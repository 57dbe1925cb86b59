package verify_test

// Measured on our own data: every sentence of every eval case's reference.md
// (hand-written, faithful) against the case's passages, and perturbed copies of
// them that must not be supported. The figures are logged (go test -v -run
// TestSupportOnCases) so that they can be quoted.

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/verify"
)

var (
	tokOnce sync.Once
	tok     *chunk.Tokenizer
	tokErr  error
)

func tokenizer(tb testing.TB) *chunk.Tokenizer {
	tb.Helper()
	tokOnce.Do(func() { tok, tokErr = chunk.NewTokenizer("gpt-4o-mini") })
	if tokErr != nil {
		tb.Fatal(tokErr)
	}
	return tok
}

func testPipeline(tb testing.TB, engines ...summarize.Engine) *pipeline.Pipeline {
	p := &pipeline.Pipeline{
		Tokenizer:     tokenizer(tb),
		Engines:       map[string]summarize.Engine{"extractive": extractive.New()},
		DefaultEngine: "extractive",
	}
	for _, e := range engines {
		p.Engines[e.Name()] = e
		p.DefaultEngine = e.Name()
	}
	return p
}

// merged is one eval case after normalize, segment and merge.
type merged struct {
	c        *eval.Case
	articles []summarize.Article
	passages []summarize.Passage
	corpus   string // every article's text and title, for the perturbations
	lines    []string
}

func loadMerged(tb testing.TB) []merged {
	tb.Helper()
	cases, err := eval.LoadCases("../../eval/cases")
	if err != nil {
		tb.Fatal(err)
	}
	p := testPipeline(tb)
	var out []merged
	for _, c := range cases {
		rep, err := p.Merge(context.Background(), summarize.Request{Articles: c.Articles, Options: c.Options})
		if err != nil {
			tb.Fatalf("%s: %v", c.Name, err)
		}
		m := merged{c: c, articles: rep.Articles, passages: rep.Result.Passages}
		var corpus []string
		for _, a := range c.Articles {
			corpus = append(corpus, a.Title, a.Text, a.HTML)
		}
		m.corpus = strings.Join(corpus, "\n")
		m.lines = strings.Split(eval.ReferenceText(c.Reference), "\n")
		out = append(out, m)
	}
	return out
}

// has reports whether the corpus has w as a whole word (case-insensitive).
func has(corpus, w string) bool {
	return regexp.MustCompile(`(?i)(^|[^\pL\pN])` + regexp.QuoteMeta(w) + `($|[^\pL\pN])`).MatchString(corpus)
}

var (
	numeralRE  = regexp.MustCompile(`\b\d[\d,]*(\.\d+)?\b`)
	numWordRE  = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b`)
	wordToNum  = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
	auxRE      = regexp.MustCompile(`\b(is|are|was|were|will|would|has|have|had|can|could|should|must|may)\b`)
	edRE       = regexp.MustCompile(`\b[a-z]{3,}ed\b`)
	negationRE = regexp.MustCompile(`(?i)\b(not|never|no|without)\b|n't\b`)
	fakeNames  = []string{"Okonkwo", "Lindqvist", "Zabaleta", "Tiwari", "Haverkamp", "Moravec"}
)

// changeFigure changes the first figure of s to one that no article of the case
// writes; "" when s has no figure.
func changeFigure(s, corpus string) string {
	if loc := numeralRE.FindStringIndex(s); loc != nil {
		old := s[loc[0]:loc[1]]
		plain := strings.ReplaceAll(old, ",", "")
		if f, err := strconv.ParseFloat(plain, 64); err == nil {
			for _, d := range []float64{1, 3, 7, 11, 19, 0.5} {
				v := f + d*max(1, float64(int(f)/10))
				if strings.Contains(plain, ".") {
					v = f + d/2
				}
				n := strconv.FormatFloat(v, 'f', -1, 64)
				if strings.Contains(old, ",") {
					n = withCommas(n)
				}
				if !has(corpus, n) && !has(corpus, strings.ReplaceAll(n, ",", "")) && !has(corpus, withCommas(strings.ReplaceAll(n, ",", ""))) {
					return s[:loc[0]] + n + s[loc[1]:]
				}
			}
		}
	}
	if loc := numWordRE.FindStringIndex(s); loc != nil {
		old := strings.ToLower(s[loc[0]:loc[1]])
		for w, n := range wordToNum {
			if w != old && n != wordToNum[old] && !has(corpus, w) && !has(corpus, strconv.Itoa(n)) {
				return s[:loc[0]] + w + s[loc[1]:]
			}
		}
	}
	return ""
}

func withCommas(n string) string {
	intPart, frac, _ := strings.Cut(n, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		return b.String() + "." + frac
	}
	return b.String()
}

// replaceName replaces the first name of s (a capitalized word past the first that
// the articles write only capitalized) by one no article has; "" when s has none.
func replaceName(s, corpus string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		if i == 0 {
			continue
		}
		w := strings.TrimFunc(f, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') })
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || strings.HasSuffix(fields[i-1], ".") {
			continue
		}
		if regexp.MustCompile(`\b`+strings.ToLower(w)+`\b`).MatchString(corpus) || !has(corpus, w) {
			continue // a common word written capitalized, or not in the articles
		}
		switch strings.ToLower(w) {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
			continue
		}
		for _, n := range fakeNames {
			if !has(corpus, n) {
				fields[i] = strings.Replace(f, w, n, 1)
				return strings.Join(fields, " ")
			}
		}
	}
	return ""
}

// flipNegation removes the first negation of s, or adds one after its first
// auxiliary verb (or before its first past tense).
func flipNegation(s string) string {
	if loc := negationRE.FindStringIndex(s); loc != nil {
		w := strings.ToLower(s[loc[0]:loc[1]])
		repl := ""
		switch w {
		case "no":
			repl = "a"
			if s[loc[0]] == 'N' {
				repl = "A"
			}
		case "without":
			repl = "with"
		}
		out := s[:loc[0]] + repl + s[loc[1]:]
		return strings.Join(strings.Fields(out), " ")
	}
	if loc := auxRE.FindStringIndex(s); loc != nil {
		return s[:loc[1]] + " not" + s[loc[1]:]
	}
	if loc := edRE.FindStringIndex(s); loc != nil {
		return s[:loc[0]] + "did not " + s[loc[0]:]
	}
	return ""
}

func TestSupportOnCases(t *testing.T) {
	cases := loadMerged(t)
	type tally struct{ n, notSupported int }
	kinds := []string{"figure changed", "name replaced", "negation flipped", "invented"}
	perturbed := map[string]*tally{}
	for _, k := range kinds {
		perturbed[k] = &tally{}
	}
	var ref tally
	var refPartial int
	for ci, m := range cases {
		x := verify.NewIndex(m.passages, m.articles)
		for _, line := range m.lines {
			r := x.Find(line)
			ref.n++
			if r.Supported() {
				ref.notSupported++ // counts supported here
			} else {
				if r.Status == summarize.SupportPartial {
					refPartial++
				}
				t.Logf("false flag (%s): %q → %s, missing %v, coverage %.2f, best %v", m.c.Name, line, r.Status, r.Unsupported, r.Coverage, r.Sentences)
			}
			for _, k := range kinds[:3] {
				var p string
				switch k {
				case "figure changed":
					p = changeFigure(line, m.corpus)
				case "name replaced":
					p = replaceName(line, m.corpus)
				case "negation flipped":
					p = flipNegation(line)
				}
				if p == "" {
					continue
				}
				pr := x.Find(p)
				perturbed[k].n++
				if !pr.Supported() {
					perturbed[k].notSupported++
				} else {
					t.Logf("missed %s (%s): %q → supported by %v", k, m.c.Name, p, pr.Sentences)
				}
			}
		}
		// Invented: the next case's reference sentences, about another event.
		other := cases[(ci+1)%len(cases)]
		for _, line := range other.lines {
			pr := x.Find(line)
			perturbed["invented"].n++
			if !pr.Supported() {
				perturbed["invented"].notSupported++
			} else {
				t.Logf("missed invented (%s): %q → supported by %v", m.c.Name, line, pr.Sentences)
			}
		}
	}
	rate := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	t.Logf("reference sentences supported: %d/%d = %.1f%% (%d partial)", ref.notSupported, ref.n, 100*rate(ref.notSupported, ref.n), refPartial)
	if r := rate(ref.notSupported, ref.n); r < 0.95 {
		t.Errorf("reference sentences supported %.1f%%, want at least 95%%", 100*r)
	}
	for _, k := range kinds {
		tl := perturbed[k]
		t.Logf("%s: not supported %d/%d = %.1f%%", k, tl.notSupported, tl.n, 100*rate(tl.notSupported, tl.n))
		if tl.n < 10 {
			t.Errorf("%s: only %d perturbed sentences", k, tl.n)
		}
		if r := rate(tl.notSupported, tl.n); r < 0.95 {
			t.Errorf("%s: not supported %.1f%%, want at least 95%%", k, 100*r)
		}
	}
}
