package eval

import (
	"context"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/llm"
)

// PromptContexts are the model contexts at which prompt fact coverage is
// measured: the budget planner leaves more out the smaller the context. At 1024
// every eval case needs select or map-reduce, so the gate sees the planner's
// choices and not only single calls.
var PromptContexts = []int{1024, 2048, 4096, 8192}

// PromptCoverage is the prompt fact coverage of one case at one context: which
// key facts reach the model at all, whatever it then writes.
type PromptCoverage struct {
	ContextTokens int    `json:"context_tokens"`
	Strategy      string `json:"strategy"`
	Sent          int    `json:"passages_sent"`
	LeftOut       int    `json:"passages_left_out"`
	// SentShare is the share of the case's facts that the sent passages carry;
	// MergedShare the share that all merged passages carry; Ratio is
	// SentShare/MergedShare (1 when the merged passages carry none).
	SentShare   float64 `json:"sent_share"`
	MergedShare float64 `json:"merged_share"`
	Ratio       float64 `json:"ratio"`
	// Lost are the facts the merged passages carry and the sent ones do not.
	Lost []string `json:"lost,omitempty"`
}

// PromptFactCoverage plans the llm engine's calls for the merged passages of in
// at each context (llm.Plan, no model) and measures which facts the passages sent
// over all calls carry, against all merged passages (see FactsCarried).
func PromptFactCoverage(ctx context.Context, counter llm.Counter, in *summarize.Input, facts []string, contexts []int) ([]PromptCoverage, error) {
	merged := FactsCarried(facts, in.Passages, in.Passages)
	var out []PromptCoverage
	for _, n := range contexts {
		pl, err := llm.Plan(ctx, llm.Config{ContextTokens: n, Scorer: extractive.New()}, counter, in)
		if err != nil {
			return nil, err
		}
		sent := FactsCarried(facts, pl.Sent, in.Passages)
		pc := PromptCoverage{ContextTokens: n, Strategy: pl.Strategy, Sent: len(pl.Sent), LeftOut: len(pl.LeftOut), Ratio: 1}
		var ns, nm int
		for i := range facts {
			if merged[i] {
				nm++
			}
			if sent[i] {
				ns++
			}
			if merged[i] && !sent[i] {
				pc.Lost = append(pc.Lost, facts[i])
			}
		}
		if len(facts) > 0 {
			pc.SentShare, pc.MergedShare = float64(ns)/float64(len(facts)), float64(nm)/float64(len(facts))
		}
		if nm > 0 {
			pc.Ratio = float64(ns) / float64(nm)
		}
		out = append(out, pc)
	}
	return out, nil
}

// FactsCarried reports for each fact whether the passages carry it: every figure
// of the fact (numbers normalized as for key facts, spelled-out ones too) occurs
// in some passage, and every name of the fact (runs of capitalized words, as
// UnsupportedSpecifics finds them; words that all of them write in lower case
// are not names) occurs, its words in a row, in one passage. A fact with no
// figure and no name is carried when the passages together hold FactThreshold of
// its content tokens. all are every merged passage, for the lower-case words.
func FactsCarried(facts []string, passages, all []summarize.Passage) []bool {
	var texts []string
	for _, p := range all {
		texts = append(texts, p.Text)
	}
	lower := lowercaseWords(texts...)
	nums := map[string]bool{}
	toks := map[string]bool{}
	seqs := make([][]string, len(passages))
	for i, p := range passages {
		for _, n := range numbers(p.Text, true) {
			nums[n] = true
		}
		for _, t := range contentTokens(p.Text) {
			toks[t] = true
		}
		seqs[i] = Tokenize(p.Text, false)
	}
	out := make([]bool, len(facts))
	for i, f := range facts {
		fnums := numbers(f, true)
		fnames := names(f, lower)
		ok := true
		for _, n := range fnums {
			ok = ok && nums[n]
		}
		for _, name := range fnames {
			nt := Tokenize(name, false)
			found := false
			for _, s := range seqs {
				if containsSeq(s, nt) {
					found = true
					break
				}
			}
			ok = ok && found
		}
		if len(fnums) == 0 && len(fnames) == 0 {
			ct := keys(set(contentTokens(f)))
			hit := 0
			for _, t := range ct {
				if toks[t] {
					hit++
				}
			}
			ok = len(ct) == 0 || float64(hit)/float64(len(ct)) >= FactThreshold-1e-9
		}
		out[i] = ok
	}
	return out
}

// minRatio is the lowest ratio over the contexts (1 with none).
func minRatio(pcs []PromptCoverage) float64 {
	r := 1.0
	for _, pc := range pcs {
		r = min(r, pc.Ratio)
	}
	return r
}

// lostFacts lists the facts lost at some context, once each.
func lostFacts(pcs []PromptCoverage) string {
	seen := map[string]bool{}
	var out []string
	for _, pc := range pcs {
		for _, f := range pc.Lost {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return strings.Join(out, "; ")
}
