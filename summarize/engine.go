package summarize

import (
	"context"
)

// Engine writes a draft briefing from merged passages. Its points cite passage ids
// (P1, P2, …); Verify turns those into article citations and checks them.
type Engine interface {
	// Name is the engine's name as reported in Briefing.Engine ("llm", "extractive").
	Name() string
	// Brief writes the draft. Errors that should let the pipeline fall back to the
	// extractive engine are *Error with code EUPSTREAM or ETIMEOUT.
	Brief(ctx context.Context, in *Input) (*Draft, error)
}

// Input is what an engine sees: the request's articles (ids assigned), the merged
// passages in reading order, and the resolved options.
type Input struct {
	Articles []Article
	Passages []Passage
	Options  Options
	// Differences are the figures the articles disagree on (coverage stage); an
	// engine states both sides of a conflict, citing Passages of each value.
	Differences []Difference
	// Texts are, by article (as Articles), the texts that Passage.Start and End
	// index (MergeReport.Texts): verify quotes evidence from them, with offsets.
	// Without them evidence quotes the passage text and has no offsets.
	Texts []string
}

// Draft is an engine's answer before verification.
type Draft struct {
	Headline string
	Summary  string
	// SummaryPassages are the passage ids ("P3") the summary is taken from, when
	// it quotes passages (the extractive engine's lede); verify cites them as it
	// cites a point's. Empty when the summary is the engine's own words.
	SummaryPassages []string
	Points          []DraftPoint
	Model           string
	PromptVersion   string
	Usage           Usage
	Warnings        []string
}

// DraftPoint is one point as an engine wrote it, citing passage ids such as "P3".
type DraftPoint struct {
	Text     string
	Passages []string
	// Sides, when set, are the claims the point joins, each with the passages that
	// carry it: a point that names both sides of a disputed figure ("6.4 according
	// to [a1], 6.6 according to [a2]") is checked side by side, since no one
	// passage states both.
	Sides []DraftPoint
}

// Identified is implemented by an engine whose answer depends on who writes it,
// beyond the request: the llm engine names its endpoint, model and prompt
// version. A cache of answers keys on the identity, so that the answer of one
// endpoint or model is never served for another's. An engine without it is
// named by its Name alone.
type Identified interface {
	// Identity names who writes the answers; it never holds a key or password.
	Identity() string
}
