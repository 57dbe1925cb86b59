package summarize

import (
	"time"
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

// Article is one input article as the client sent it. Exactly one of Text or HTML is
// set, or neither and URL, when the server fetches pages (Limits.FetchURLs).
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
	Merge         MergeStats
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

// Passage is the cited unit: one sentence kept after folding, with every article
// that carried it (or a near-duplicate of it).
type Passage struct {
	ID   string // "P1", "P2", … in reading order; stable for a request
	Text string // the most complete variant
	// Sources are the ids of every article that carried this passage or a folded
	// variant of it, in request order.
	Sources []string
	// IndependentSources is Sources less the articles reported as syndicated copies.
	IndependentSources []string
	Article            string // id of the article whose variant was kept
	Paragraph          int    // paragraph index within that article
	Sentence           int    // sentence index within that article (0-based, across paragraphs)
	Tokens             int    // tokens of Text
}

// MergeStats are the merge statistics reported with every briefing.
type MergeStats struct {
	Articles          int // articles merged
	Passages          int // passages (sentences) before folding
	UniquePassages    int // passages kept
	DuplicatesRemoved int // Passages - UniquePassages
	TokensBefore      int // tokens of all articles' sentences; the pipeline reports the articles as sent instead
	TokensAfter       int // tokens of the kept passages
}

// ArticleStats says how much of one article is its own.
type ArticleStats struct {
	ID             string
	Passages       int     // sentences of the article
	UniquePassages int     // kept passages carried by this article alone
	UniqueShare    float64 // UniquePassages / Passages
	SyndicatedOf   string  // id of the article this one mostly copies, or ""
}

// MergeResult is the outcome of the merge stage.
type MergeResult struct {
	Passages []Passage
	Stats    MergeStats
	Articles []ArticleStats
}

// MergeReport is the answer of the merge stage alone: the articles as resolved (ids
// assigned, pasted headlines taken as titles) and the merge result.
type MergeReport struct {
	Articles []Article
	Result   MergeResult
}
