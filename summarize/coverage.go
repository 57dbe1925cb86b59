package summarize

import "time"

// Labels of a Difference.
const (
	// LabelConflict: the articles give incompatible values for the same fact.
	LabelConflict = "conflict"
	// LabelUpdated: a later article gives a new value of something that changes
	// over time (a toll rising during a day); the latest value is the current one.
	LabelUpdated = "updated"
	// LabelImprecise: the articles give different hedged figures for the same fact
	// that can all hold ("more than two years", "more than three years"):
	// compatible bounds, listed for the editor, not a conflict.
	LabelImprecise = "imprecise"
)

// Kinds of a Difference.
const (
	KindNumber = "number"
	KindDate   = "date"
	KindName   = "name"
)

// Difference is one figure, date or name that the articles give differently for
// the same fact (the coverage stage finds them; see summarize/coverage).
type Difference struct {
	Kind  string // number, date or name
	About string // the shared wording, e.g. "people killed", "magnitude"
	Label string // conflict, updated or imprecise
	// Values are the competing values, earliest published first.
	Values []DifferenceValue
}

// DifferenceValue is one side of a Difference.
type DifferenceValue struct {
	Value string // normalized: digits for number words, without the hedge ("6.4", "$2.1 billion", "March 3")
	Hedge string // "at least", "about", "more than", "up to"…, or ""
	// Citations are the ids of the articles that give this value, in request order.
	Citations []string
	// Passages are the ids of the merged passages that state it (P3…), for engines.
	Passages []string
	// Quote is the sentence that states it, from the first citing article.
	Quote string
	// Article, Paragraph and Sentence locate Quote in its article (indexes 0-based).
	Article   string
	Paragraph int
	Sentence  int
	// PublishedAt is the earliest publication time of the citing articles, if known.
	PublishedAt *time.Time
}

// Quote is one direct quotation and its speaker; the same words reported with small
// differences are one Quote with several Variants.
type Quote struct {
	Speaker string // the name as written ("Giulia Ferrante"), or "" when unknown
	Text    string // the words inside the quotation marks, as most articles give them
	// Citations are the articles that carry the quote in any variant, in request order.
	Citations []string
	// Variants are the distinct wordings, each with its articles; the first is Text.
	Variants []QuoteVariant
}

// QuoteVariant is one wording of a Quote.
type QuoteVariant struct {
	Text      string
	Citations []string
}

// Coverage says who reported the story and who merely reprinted it.
type Coverage struct {
	Outlets     []string // distinct outlets (Article.Source), in request order
	OutletCount int
	// IndependentArticles counts the articles that are not reprints.
	IndependentArticles int
	// WireGroups are the stories reprinted by other articles: each original and its reprints.
	WireGroups []WireGroup
	// FirstPublished and LastPublished bound the articles' PublishedAt (nil when none has one).
	FirstPublished *time.Time
	LastPublished  *time.Time
	Articles       []ArticleCoverage
	// SingleSource is true when every article is one story or a reprint of it: the
	// briefing rests on one source however many articles there are.
	SingleSource bool
	// OffTopic are the ids of the articles left out of the briefing because
	// they share no event with the rest (Options.OffTopic), in request order.
	OffTopic []string
}

// WireGroup is one original story and the articles that reprint it.
type WireGroup struct {
	Original string   // article id
	Source   string   // its outlet
	Reprints []string // article ids, in request order
}

// ArticleCoverage is what one article adds.
type ArticleCoverage struct {
	ID           string
	Source       string
	PublishedAt  *time.Time
	UniqueShare  float64 // share of its sentences no other article carries
	SyndicatedOf string  // id of the article it reprints, or ""
	Language     string  // the article's language (Article.Language), a BCP 47 tag
}

// CoverageReport is what the coverage stage returns: differences, quotes, coverage.
type CoverageReport struct {
	Differences []Difference
	Quotes      []Quote
	Coverage    Coverage
}
