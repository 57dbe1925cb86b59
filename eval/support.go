package eval

// The support checker measured on our own data: every sentence of every case's
// reference.md (hand-written, faithful) checked against the case's passages, and
// perturbed copies of them that must not be supported. verify's
// TestSupportOnCases (MeasureSupport) and the eval report (Report.Support,
// gated by thresholds.json; Run, on the merges it made for the briefings) both
// measure with measureSupport, so the figures are the same.

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/verify"
)

// Kinds of perturbation, in the order they are reported.
const (
	PerturbFigure   = "figure_changed"
	PerturbName     = "name_replaced"
	PerturbNegation = "negation_flipped"
	PerturbAntonym  = "antonym"
	PerturbSwapped  = "swapped_roles"
	PerturbDetail   = "invented_detail"
	PerturbModality = "modality"
	// PerturbInvented is an invented claim: a sentence about another event.
	PerturbInvented = "invented"
)

// PerturbKinds lists the kinds in report order.
var PerturbKinds = []string{PerturbFigure, PerturbName, PerturbNegation, PerturbAntonym, PerturbSwapped, PerturbDetail, PerturbModality, PerturbInvented}

// Merger runs the pipeline up to the merge alone; *pipeline.Pipeline satisfies
// it. Run measures the support checker and prompt fact coverage when its Briefer
// is one.
type Merger interface {
	Merge(ctx context.Context, req summarize.Request) (*summarize.MergeReport, error)
}

// SupportRates are the support checker's figures on the cases.
type SupportRates struct {
	// References counts the reference sentences; Supported those found supported.
	References int `json:"references"`
	Supported  int `json:"supported"`
	Partial    int `json:"partial"`
	// ReferenceSupported is Supported/References.
	ReferenceSupported float64 `json:"reference_supported"`
	// Perturbed is, by kind, how many perturbed sentences were checked and how
	// many were (rightly) not supported.
	Perturbed []PerturbRate `json:"perturbed"`
	// FalseFlags are the reference sentences not supported, with what was missing.
	FalseFlags []string `json:"false_flags,omitempty"`
	// Missed are the perturbed sentences found supported.
	Missed []string `json:"missed,omitempty"`
	// Named are, by the kind of item the checker named first (a figure, a
	// name, an antonym… "word" when only content words are missing), up to ten
	// of the sentences it did not support: faithful ones (wrongly) and changed
	// ones (rightly), each with its label and what was named.
	Named map[string][]string `json:"named,omitempty"`
}

// namedKind is the kind of the first item a result names that is not a
// content word, or "word".
func namedKind(r verify.Result) string {
	for _, u := range r.Unsupported {
		if u.Kind != summarize.MissingWord {
			return u.Kind
		}
	}
	return summarize.MissingWord
}

// name keeps r as an example of the kind it names, up to ten of each.
func (s *SupportRates) name(label, group, sentence string, r verify.Result) {
	if s.Named == nil {
		s.Named = map[string][]string{}
	}
	k := namedKind(r)
	if len(s.Named[k]) < 10 {
		s.Named[k] = append(s.Named[k], fmt.Sprintf("[%s] %s: %q is %s (coverage %.2f; named: %s)", label, group, sentence, r.Status, r.Coverage, missingList(r)))
	}
}

// PerturbRate is one kind of perturbation.
type PerturbRate struct {
	Kind         string  `json:"kind"`
	N            int     `json:"n"`
	NotSupported int     `json:"not_supported"`
	Rate         float64 `json:"rate"`
	// OfSupported counts the perturbations of sentences the checker supports
	// (not of invented claims) and OfSupportedCaught those of them not supported:
	// the catch rate that a low support of the faithful sentences cannot lift.
	OfSupported       int `json:"of_supported,omitempty"`
	OfSupportedCaught int `json:"of_supported_caught,omitempty"`
	// OfCarried counts the perturbations, among those of supported sentences,
	// that change words the sentences the original is aligned to write (by
	// stem; an insertion changes none and counts), and OfCarriedCaught those
	// of them not supported: how many changed facts that the sources state are
	// caught, apart from changes to what a reference writer inferred or added,
	// where the sources say neither the word nor its opposite.
	OfCarried       int `json:"of_carried,omitempty"`
	OfCarriedCaught int `json:"of_carried_caught,omitempty"`
}

// Rate returns the not-supported rate of a kind (0 when absent).
func (s *SupportRates) Rate(kind string) float64 {
	for _, p := range s.Perturbed {
		if p.Kind == kind {
			return p.Rate
		}
	}
	return 0
}

// MeasureSupport merges every case with m and checks its reference sentences and
// their perturbations. Invented sentences are the next case's reference
// sentences, about another event.
func MeasureSupport(ctx context.Context, m Merger, cases []*Case) (*SupportRates, error) {
	reps := make([]*summarize.MergeReport, len(cases))
	for i, c := range cases {
		rep, err := m.Merge(ctx, summarize.Request{Articles: c.Articles, Options: c.Options})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name, err)
		}
		reps[i] = rep
	}
	return measureSupport(cases, reps), nil
}

// measureSupport is MeasureSupport on the cases' merges, reps[i] of cases[i].
func measureSupport(cases []*Case, reps []*summarize.MergeReport) *SupportRates {
	groups := make([]supportGroup, len(cases))
	for i, c := range cases {
		var corpus []string
		for _, a := range c.Articles {
			corpus = append(corpus, a.Title, a.Text, a.HTML)
		}
		var lines []string
		for _, l := range strings.Split(ReferenceText(c.Reference), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		groups[i] = supportGroup{name: c.Name, x: verify.NewIndex(reps[i].Result.Passages, reps[i].Articles), corpus: strings.Join(corpus, "\n"), lines: lines}
	}
	out, _ := measureGroups(groups)
	return out
}

// supportGroup is one set of sources (a case, a MultiLing topic) with its
// faithful sentences.
type supportGroup struct {
	name   string
	x      *verify.Index
	corpus string     // the articles' text, so that perturbations invent what none has
	lines  []string   // faithful sentences
	lang   *text.Lang // the language of the sentences; nil for English
}

// claimVerdict is what the checker said of one labelled claim, reduced to what a
// threshold sweep needs: a claim is supported at threshold t when it has no hard
// failure (a figure, name, negation…: any Missing that is not a word), is not
// half made of words no article writes (verify.Result.Foreign), has a word
// carried as it is written (not verify.Result.Unanchored) and its coverage is
// at least t.
type claimVerdict struct {
	Hard       bool
	Foreign    bool
	Unanchored bool
	Coverage   float64
}

func verdictOf(r verify.Result) claimVerdict {
	v := claimVerdict{Coverage: r.Coverage, Foreign: r.Foreign, Unanchored: r.Unanchored}
	for _, m := range r.Unsupported {
		if m.Kind != summarize.MissingWord {
			v.Hard = true
		}
	}
	return v
}

func (v claimVerdict) supportedAt(t float64) bool {
	return !v.Hard && !v.Foreign && !v.Unanchored && v.Coverage >= t-1e-9
}

// labelled holds the verdicts of the faithful claims and of the changed ones (by
// perturbation kind), for the sweep.
type labelled struct {
	faithful []claimVerdict
	changed  map[string][]claimVerdict
	// broken counts claims whose status disagrees with supportedAt(SupportCoverage).
	broken int
}

// measureGroups checks every group's faithful sentences and their perturbations
// against the group's index. Invented sentences are the next group's faithful
// sentences, about another event.
func measureGroups(groups []supportGroup) (*SupportRates, *labelled) {
	out := &SupportRates{}
	lab := &labelled{changed: map[string][]claimVerdict{}}
	tally := map[string]*PerturbRate{}
	for _, k := range PerturbKinds {
		tally[k] = &PerturbRate{Kind: k}
	}
	note := func(r verify.Result) claimVerdict {
		v := verdictOf(r)
		if v.supportedAt(verify.SupportCoverage) != r.Supported() {
			lab.broken++
		}
		return v
	}
	try := func(kind, name string, x *verify.Index, s string, ofSupported, carried bool) {
		r := x.Find(s)
		lab.changed[kind] = append(lab.changed[kind], note(r))
		t := tally[kind]
		t.N++
		if ofSupported {
			t.OfSupported++
			if carried {
				t.OfCarried++
			}
		}
		if !r.Supported() {
			t.NotSupported++
			if ofSupported {
				t.OfSupportedCaught++
				if carried {
					t.OfCarriedCaught++
				}
			}
			out.name("changed: "+kind, name, s, r)
		} else {
			out.Missed = append(out.Missed, fmt.Sprintf("%s (%s): %q supported by %q", kind, name, s, r.Sentences))
		}
	}
	for gi, g := range groups {
		for _, line := range g.lines {
			r := g.x.Find(line)
			lab.faithful = append(lab.faithful, note(r))
			out.References++
			switch {
			case r.Supported():
				out.Supported++
			default:
				if r.Status == summarize.SupportPartial {
					out.Partial++
				}
				out.name("faithful", g.name, line, r)
				out.FalseFlags = append(out.FalseFlags, fmt.Sprintf("%s: %q is %s (coverage %.2f; not found: %s)", g.name, line, r.Status, r.Coverage, missingList(r)))
			}
			written := writtenWords(r.Sentences)
			for _, k := range PerturbKinds {
				if k == PerturbInvented {
					continue
				}
				if p := perturbIn(g.lang, k, line, g.corpus); p != "" {
					try(k, g.name, g.x, p, r.Supported(), changesWritten(line, p, written))
				}
			}
		}
		other := groups[(gi+1)%len(groups)]
		if len(groups) < 2 {
			continue
		}
		for _, line := range other.lines {
			try(PerturbInvented, g.name, g.x, line, false, false)
		}
	}
	out.ReferenceSupported = ratio(out.Supported, out.References)
	for _, k := range PerturbKinds {
		t := tally[k]
		t.Rate = ratio(t.NotSupported, t.N)
		out.Perturbed = append(out.Perturbed, *t)
	}
	return out, lab
}

// changesWritten says whether every word that the perturbation p changes or
// removes in the faithful sentence s (the tokens between their common opening
// and their common ending) is among the words written in the sentences s is
// aligned to (writtenWords). An insertion changes no word of s.
func changesWritten(s, p string, written map[string]bool) bool {
	a, b := text.Lex(s), text.Lex(p)
	i := 0
	for i < len(a) && i < len(b) && a[i].Low == b[i].Low {
		i++
	}
	j := 0
	for j < len(a)-i && j < len(b)-i && a[len(a)-1-j].Low == b[len(b)-1-j].Low {
		j++
	}
	for _, t := range a[i : len(a)-j] {
		if !written[t.Low] && !written[text.Stem(t.Low)] {
			return false
		}
	}
	return true
}

// writtenWords are the words of the sentences, as written (lower case) and
// by stem.
func writtenWords(sentences []string) map[string]bool {
	written := map[string]bool{}
	for _, sent := range sentences {
		for _, t := range text.Lex(sent) {
			written[t.Low] = true
			written[text.Stem(t.Low)] = true
		}
	}
	return written
}

// missingList is what a result says is missing, as "kind \"text\"" items.
func missingList(r verify.Result) string {
	var miss []string
	for _, u := range r.Unsupported {
		miss = append(miss, u.Kind+" "+strconv.Quote(u.Text))
	}
	return strings.Join(miss, ", ")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Perturb returns a copy of the faithful sentence s changed in one way (a kind
// other than PerturbInvented), or "" when s offers nothing to change. corpus is
// the case's articles, so that a new figure or name is one no article has.
func Perturb(kind, s, corpus string) string {
	switch kind {
	case PerturbFigure:
		return changeFigure(s, corpus)
	case PerturbName:
		return replaceName(s, corpus)
	case PerturbNegation:
		return flipNegation(s)
	case PerturbAntonym:
		return swapAntonym(s)
	case PerturbSwapped:
		return swapRoles(s)
	case PerturbDetail:
		return inventDetail(s, corpus)
	case PerturbModality:
		return changeModality(s)
	}
	return ""
}

// hasWord reports whether the corpus has w as a whole word (case-insensitive).
func hasWord(corpus, w string) bool {
	return regexp.MustCompile(`(?i)(^|[^\pL\pN])` + regexp.QuoteMeta(w) + `($|[^\pL\pN])`).MatchString(corpus)
}

var (
	numeralRE = regexp.MustCompile(`\b\d[\d,]*(\.\d+)?\b`)
	// numWords are the number words a figure perturbation changes, and their
	// replacements, in a fixed order (values from text.NumberWord).
	numWords  = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"}
	numWordRE = regexp.MustCompile(`(?i)\b(` + strings.Join(numWords, "|") + `)\b`)
	auxRE     = regexp.MustCompile(`\b(is|are|was|were|will|would|has|have|had|can|could|should|must|may)\b`)
	edRE      = regexp.MustCompile(`\b[a-z]{3,}ed\b`)
	// negationRE finds the negations flipNegation takes out: those of
	// text.IsNegation that have a plain opposite (text.NegationOpposite), and
	// "n't".
	negationRE = regexp.MustCompile(`(?i)\b(not|never|no one|nobody|nothing|no|without)\b|n't\b`)
	fakeNames  = []string{"Okonkwo", "Lindqvist", "Zabaleta", "Tiwari", "Haverkamp", "Moravec"}
)

func numWordValue(w string) int {
	n, _ := text.NumberWord(w)
	return n
}

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
				if !hasWord(corpus, n) && !hasWord(corpus, strings.ReplaceAll(n, ",", "")) && !hasWord(corpus, withCommas(strings.ReplaceAll(n, ",", ""))) {
					return s[:loc[0]] + n + s[loc[1]:]
				}
			}
		}
	}
	if loc := numWordRE.FindStringIndex(s); loc != nil {
		old := strings.ToLower(s[loc[0]:loc[1]])
		for _, w := range numWords {
			n := numWordValue(w)
			if w != old && !hasWord(corpus, w) && !hasWord(corpus, strconv.Itoa(n)) {
				if s[loc[0]] >= 'A' && s[loc[0]] <= 'Z' {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
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
		if regexp.MustCompile(`\b`+strings.ToLower(w)+`\b`).MatchString(corpus) || !hasWord(corpus, w) {
			continue // a common word written capitalized, or not in the articles
		}
		if lw := strings.ToLower(w); text.IsWeekday(lw) || text.IsMonth(lw) {
			continue
		}
		for _, n := range fakeNames {
			if !hasWord(corpus, n) {
				fields[i] = strings.Replace(f, w, n, 1)
				return strings.Join(fields, " ")
			}
		}
	}
	return ""
}

// flipNegation removes the first negation of s, or adds one after its first
// auxiliary verb (or before its first past tense). A negation becomes its
// text.NegationOpposite: "no one" "someone", "nobody" "somebody", "nothing"
// "something", "no" before a noun "a", "without" "with"; "not", "never" and
// "n't" go.
func flipNegation(s string) string {
	if loc := negationRE.FindStringIndex(s); loc != nil {
		w := strings.ToLower(s[loc[0]:loc[1]])
		upper := s[loc[0]] >= 'A' && s[loc[0]] <= 'Z'
		repl, _ := text.NegationOpposite(w) // "n't" and any other: dropped
		if upper && repl != "" {
			repl = strings.ToUpper(repl[:1]) + repl[1:]
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
