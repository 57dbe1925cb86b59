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
	// Language is the article's language as a BCP 47 tag ("fr", "pt-BR"): as the
	// client sent it (an override), or as the pipeline detected it from the text
	// (the stages read it: see summarize/text). "" before detection.
	Language string
}

// Values of Options.Unsupported: what happens to a point its sources do not support.
const (
	UnsupportedDrop = "drop" // the default: out of Points, listed in Briefing.UnsupportedPoints
	UnsupportedFlag = "flag" // kept in Points with Support.Status "unsupported"
)

// Options tune one briefing; zero values mean "use the default".
type Options struct {
	MaxPoints int
	MaxWords  int
	Engine    string // "", auto, llm or extractive
	// Unsupported says what happens to a point that the request's passages do not
	// support: "" or "drop" (default) or "flag".
	Unsupported string
	// Strategy says how the llm engine spends its context: "" or "auto" (the
	// budget planner chooses, see llm.Plan), "single" (one call, with the best
	// passages that fit when not all do) or "map_reduce" (map every chunk of
	// passages to notes, then reduce). The extractive engine ignores it.
	Strategy string
	// OffTopic says what happens to an article that shares no event with the
	// rest (stories.OffTopic): "" or "drop" (default) leaves it out of the
	// briefing and names it in Coverage.OffTopic; "keep" keeps it.
	OffTopic string
	// Verify says who checks the points the rules leave partial: "" (the
	// server's default, BRIEFING_VERIFY), "rules" or "model" (VerifyRules,
	// VerifyModel). "model" needs a configured model.
	Verify string
	// Language is the language the briefing is written in, a BCP 47 tag; ""
	// takes the language of most of the story's text (Briefing.Language).
	Language string
}

// Values of Options.Strategy.
const (
	StrategyAuto      = "auto"
	StrategySingle    = "single"
	StrategyMapReduce = "map_reduce"
)

// StrategySelect is the strategy the planner reports when one call carries the
// best passages that fit instead of all of them (select then summarize). A client
// asks for it with "single" or gets it from "auto".
const StrategySelect = "select"

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
	// Language is the language the briefing is written in (a BCP 47 tag):
	// Options.Language, or the language of most of the story's text.
	Language string
	Headline string
	Summary  string
	// SummaryCitations are the article ids that carry the passages the summary is
	// taken from (Draft.SummaryPassages), in request order; empty when the engine
	// cited none.
	SummaryCitations []string
	Points           []Point
	Sources          []Source
	Merge            MergeStats
	// Differences, Quotes and Coverage come from the coverage stage (summarize/coverage).
	Differences []Difference
	Quotes      []Quote
	Coverage    Coverage
	// Timeline are the story's dated events, oldest first (see TimelineEntry).
	Timeline []TimelineEntry
	Usage    Usage
	Warnings []string
	// UnsupportedPoints are the engine's points that nothing in the request supports,
	// taken out of Points (Options.Unsupported "drop", the default).
	UnsupportedPoints []UnsupportedPoint
	// Unanswered is how many entailment questions (Options.Verify "model") got
	// no answer (an error, a timeout, an answer that says neither): their points
	// keep the rules' verdict. The result cache does not keep such a briefing, so
	// that the next request asks again. Not part of the API's answer.
	Unanswered int
}

// Support statuses of a claim checked against passages (see package verify).
const (
	SupportSupported   = "supported"
	SupportPartial     = "partial"
	SupportUnsupported = "unsupported"
)

// Kinds of Missing: what part of a claim its passages do not carry.
const (
	MissingFigure   = "figure"   // a number, amount or date
	MissingName     = "name"     // a person, place or organization
	MissingNegation = "negation" // a "not" the sources do not have, or the reverse
	MissingWord     = "word"     // a content word
	MissingAntonym  = "antonym"  // a word the sources say the opposite of ("publicly" for "secretly")
	MissingModality = "modality" // "could" where the sources say "will", or the reverse
	MissingRole     = "role"     // who did what to whom reversed ("Lazio beat Roma" for "Roma beat Lazio")
	MissingDetail   = "detail"   // a detail the sources do not give ("Tuesday morning" for "Tuesday")
)

// Support is the checker's verdict on one point.
type Support struct {
	Status string // SupportSupported, SupportPartial or SupportUnsupported
	// Unsupported lists what the cited passages do not carry (empty when supported).
	Unsupported []Missing
	// Disputed, when set, says that the point states one side of a figure the
	// sources dispute (a Difference labelled conflict) and not the others: these
	// are the sides it leaves out. The point's own side is still supported.
	Disputed []DifferenceValue
	// CheckedBy says what gave Status: "" or CheckedByRules (the support
	// checker; verify leaves it "", the API writes "rules") or CheckedByModel
	// (the model's answer to an entailment question, Options.Verify "model").
	CheckedBy string
	// Scope says what the verdict checked: "" or ScopeFull, every part of the
	// claim; ScopeFigures, only its figures, dates and names, because the claim
	// and its sources are in different languages (their words cannot be matched).
	Scope string
}

// Values of Support.Scope and ClaimResult.Scope.
const (
	ScopeFull    = "full"
	ScopeFigures = "figures_dates_names"
)

// Missing is one figure, name, negation or word of a claim that its passages do
// not carry, as the claim writes it.
type Missing struct {
	Kind string // MissingFigure, MissingName, MissingNegation, MissingModality, MissingAntonym, MissingRole, MissingDetail or MissingWord
	Text string
}

// UnsupportedPoint is a point that was not shown because nothing in the request
// supports it.
type UnsupportedPoint struct {
	Text string
	// Citations are the article ids of the passages it cited (may be empty).
	Citations []string
	// Passages are the passage labels it cited, as normalized (P3…), known or not.
	Passages []string
	// Unsupported is what the request's passages do not carry.
	Unsupported []Missing
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
	// Support is the checker's verdict on the cited passages: "supported" for every
	// point unless Options.Unsupported is "flag" or the point is "partial".
	Support Support
	// Language is the language of Text (a BCP 47 tag) when it is not the
	// briefing's: a point taken from an article in another language keeps that
	// article's words, and says so. "" when it is in Briefing.Language.
	Language string
}

// Evidence is a quote from one article that supports a point: the sentence of
// the passage, as the article writes it.
type Evidence struct {
	ArticleID string
	PassageID string
	Quote     string
	// Start and End are Unicode code-point offsets of Quote in the article's text
	// as sent (a text article) or its extracted text (an html article, the text
	// POST /v1/merge returns): Quote is exactly that slice. Both are 0 when the
	// pipeline did not give verify the texts (Input.Texts).
	Start, End int
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
	// Strategy is what the budget planner chose: "single" (one call with every
	// passage), "select" (one call with the best passages that fit) or
	// "map_reduce"; empty for the extractive engine.
	Strategy string
	// Steps are the prompt tokens and calls of each step, in order: one "brief"
	// step, or one "map" step and one "reduce" step per round.
	// A "verify" step (StepVerify), last, is the entailment questions of
	// Options.Verify "model"; its calls and tokens are in the totals too.
	Steps []StepUsage
	// PassagesSent is how many merged passages the model was shown, over all
	// calls; PassagesLeftOut how many it was not (the planner left them out).
	PassagesSent    int
	PassagesLeftOut int
	// Cost is the money spent, in the unit of the configured prices (per
	// million tokens); nil when no price is configured.
	Cost *float64
}

// StepUsage is what one step of the plan spent.
type StepUsage struct {
	Step             int    // 1 for the brief or map step, 1+n for reduce round n
	Kind             string // "brief", "map", "reduce" or "verify"
	Calls            int    // calls made, repairs and retries included
	PromptTokens     int
	CompletionTokens int
}

// Add returns the sum of two usages' token and call counts; the other fields
// are u's.
func (u Usage) Add(o Usage) Usage {
	u.PromptTokens += o.PromptTokens
	u.CompletionTokens += o.CompletionTokens
	u.LLMCalls += o.LLMCalls
	return u
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
	Tokens             int    // tokens of Text, counted once; later stages read it and do not count again
	// Start and End are the byte offsets of Text in its article's text (see
	// MergeReport.Texts): the text as sent for a text article, the extracted text
	// for an HTML one. That range holds Text as sent, white space and invisible
	// characters as they were; CodePoints converts the offsets.
	Start, End int
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
	// Differences, Quotes and Coverage come from the coverage stage, as on Briefing.
	Differences []Difference
	Quotes      []Quote
	Coverage    Coverage
	// Texts are, by article, the texts that Passage.Start and End index: the
	// article's text as sent, or the text extracted from its HTML.
	Texts []string
}
