package summarize

import "context"

// Values of Options.Verify and CheckRequest.Verify: who checks the claims that
// the rules leave partial.
const (
	// VerifyRules is the support checker alone (package verify): the default.
	VerifyRules = "rules"
	// VerifyModel also puts each claim the rules leave partial, when all it lacks
	// is content words (no figure, name or negation), to the configured model as
	// one entailment question, with only the sentences the rules aligned to it.
	VerifyModel = "model"
)

// Values of Support.CheckedBy and ClaimResult.CheckedBy: what gave the verdict.
const (
	CheckedByRules = "rules" // the support checker; an empty CheckedBy reads as this
	CheckedByModel = "model" // the model's answer to an entailment question
)

// Entailment is a model's answer to one entailment question.
type Entailment int

const (
	// NoOpinion is an answer that says neither (garbage, "maybe", an empty
	// answer): the rules' verdict stands.
	NoOpinion Entailment = iota
	// Entailed says the sentences carry the claim.
	Entailed
	// NotEntailed says they do not.
	NotEntailed
)

// String names the answer: "no_opinion", "entailed" or "not_entailed".
func (e Entailment) String() string {
	switch e {
	case Entailed:
		return "entailed"
	case NotEntailed:
		return "not_entailed"
	}
	return "no_opinion"
}

// Entailer answers entailment questions: do these sentences (taken from the
// articles, untrusted) entail the claim? The llm engine implements it. Usage is
// what the question spent (calls, retries included, and tokens), also when it
// fails; an error is a failed call (an HTTP error, a timeout), an answer that
// says neither is NoOpinion with no error.
type Entailer interface {
	Entail(ctx context.Context, claim string, sentences []string) (Entailment, Usage, error)
}

// StepVerify is the StepUsage.Kind of the entailment questions of one
// briefing or check, reported after the engine's own steps.
const StepVerify = "verify"

// AddStep returns u with o's tokens and calls added to its totals and to a step
// of the given kind after u's last (none is added when o made no call). The
// cost is the sum of both when either has one.
func (u Usage) AddStep(kind string, o Usage) Usage {
	if o.LLMCalls == 0 && o.PromptTokens == 0 && o.CompletionTokens == 0 {
		return u
	}
	step := 1
	for _, st := range u.Steps {
		step = max(step, st.Step+1)
	}
	out := u.Add(o)
	out.Steps = append(append([]StepUsage(nil), u.Steps...), StepUsage{
		Step: step, Kind: kind, Calls: o.LLMCalls, PromptTokens: o.PromptTokens, CompletionTokens: o.CompletionTokens,
	})
	if u.Cost != nil || o.Cost != nil {
		var c float64
		if u.Cost != nil {
			c += *u.Cost
		}
		if o.Cost != nil {
			c += *o.Cost
		}
		out.Cost = &c
	}
	return out
}
