package summarize

import (
	"time"

	"github.com/briefing-news/briefing/summarize/merge"
)

// Engine names accepted in Options.Engine and reported in Briefing.Engine.
const (
	EngineAuto       = "auto"
	EngineLLM        = "llm"
	EngineExtractive = "extractive"
)

// Defaults applied to Options when the client leaves a field at zero.
const (
	DefaultMaxPoints = 8
	DefaultMaxWords  = 250
)

// Article is one input article as the client sent it. Exactly one of Text or HTML is set.
type Article struct {
	ID          string
	Source      string
	Title       string
	URL         string
	PublishedAt *time.Time
	Text        string
	HTML        string
}

// Options tune one briefing; zero values mean "use the default".
type Options struct {
	MaxPoints int
	MaxWords  int
	Engine    string // "", auto, llm or extractive
}

// Request is everything a client asks for: the articles and the options.
type Request struct {
	Articles []Article
	Options  Options
}

// Briefing is the pipeline's answer: a headline, a summary and sourced points.
type Briefing struct {
	ID            string
	Engine        string
	Model         string
	PromptVersion string
	Headline      string
	Summary       string
	Points        []Point
	Sources       []Source
	Merge         merge.Stats
	Usage         Usage
	Warnings      []string
}

// Point is one sourced statement of a briefing.
type Point struct {
	Text string
	// Citations are article ids; a point that is shown always has at least one.
	Citations []string
	// Evidence quotes the cited passages.
	Evidence []Evidence
	// SourcesCount is the number of articles that carry the cited passages.
	SourcesCount int
	// IndependentSourcesCount is SourcesCount less the reprints (syndicated copies).
	IndependentSourcesCount int
}

// Evidence is a quote from one article that supports a point.
type Evidence struct {
	ArticleID string
	PassageID string
	Quote     string
}

// Source describes one article of the request, for the briefing's source notes.
type Source struct {
	ID     string
	Source string
	Title  string
	URL    string
}

// Usage counts what the model engine spent on one briefing.
type Usage struct {
	PromptTokens     int
	CompletionTokens int
	LLMCalls         int
}

// Add returns the sum of two usages.
func (u Usage) Add(o Usage) Usage {
	return Usage{
		PromptTokens:     u.PromptTokens + o.PromptTokens,
		CompletionTokens: u.CompletionTokens + o.CompletionTokens,
		LLMCalls:         u.LLMCalls + o.LLMCalls,
	}
}
