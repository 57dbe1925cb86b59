package eval

import (
	"bufio"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// FactThreshold is the share of a fact's content tokens that one unit of the
// briefing must contain for the fact to count as carried.
const FactThreshold = 0.7

// FactMatch records whether one key fact is carried by a briefing, and by
// which unit (headline, summary sentence or point).
type FactMatch struct {
	Fact    string `json:"fact"`
	Carried bool   `json:"carried"`
	// By is the unit that carries the fact, or the best near miss.
	By string `json:"by,omitempty"`
	// Coverage is the share of the fact's content tokens found in By.
	Coverage float64 `json:"coverage"`
	// MissingNumbers lists the fact's numbers absent from By.
	MissingNumbers []string `json:"missing_numbers,omitempty"`
}

// ParseFacts returns the facts of a facts.txt: one a line, blank lines and
// lines starting with # skipped.
func ParseFacts(text string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// FactRecall returns the share of facts the briefing carries, and the match of
// each. The rule needs no model. A fact is carried when one unit of the
// briefing (the headline, one sentence of the summary, or one point):
//   - contains at least FactThreshold (70%) of the fact's distinct content
//     tokens: lower-cased [a-z0-9] tokens, stopwords removed, Porter-stemmed,
//     spelled-out numbers turned into digits; and
//   - contains every number of the fact, compared normalized ("1,200" = "1200",
//     "12.50%" = "12.5", "six" = "6").
//
// With no facts the recall is 0.
func FactRecall(b *summarize.Briefing, facts []string) (float64, []FactMatch) {
	var us []string
	if b != nil {
		us = units(b)
	}
	type unitInfo struct {
		toks map[string]bool
		nums map[string]bool
	}
	infos := make([]unitInfo, len(us))
	for i, u := range us {
		infos[i] = unitInfo{toks: set(contentTokens(u)), nums: set(numbers(u, true))}
	}
	matches := make([]FactMatch, len(facts))
	carried := 0
	for fi, f := range facts {
		ftoks := keys(set(contentTokens(f)))
		fnums := keys(set(numbers(f, true)))
		best := FactMatch{Fact: f, Coverage: -1}
		for i, u := range us {
			hit := 0
			for _, t := range ftoks {
				if infos[i].toks[t] {
					hit++
				}
			}
			cov := 1.0
			if len(ftoks) > 0 {
				cov = float64(hit) / float64(len(ftoks))
			}
			var missing []string
			for _, n := range fnums {
				if !infos[i].nums[n] {
					missing = append(missing, n)
				}
			}
			ok := cov >= FactThreshold-1e-9 && len(missing) == 0
			better := ok && !best.Carried ||
				ok == best.Carried && (cov > best.Coverage || cov == best.Coverage && len(missing) < len(best.MissingNumbers))
			if better {
				best = FactMatch{Fact: f, Carried: ok, By: u, Coverage: cov, MissingNumbers: missing}
			}
		}
		if best.Coverage < 0 {
			best.Coverage = 0
			best.MissingNumbers = fnums
		}
		if best.Carried {
			carried++
		}
		matches[fi] = best
	}
	if len(facts) == 0 {
		return 0, matches
	}
	return float64(carried) / float64(len(facts)), matches
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// keys returns the keys of m, sorted.
func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
