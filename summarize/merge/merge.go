package merge

import "github.com/briefing-news/briefing/summarize"

// Doc is one article ready to merge: its id, its outlet and its sentences grouped
// by paragraph, after normalize and segment.
type Doc struct {
	ID         string
	Outlet     string     // the article's source (outlet) name, may be empty
	Paragraphs [][]string // paragraphs of sentences, in reading order
	// Tokens, when not nil, has the shape of Paragraphs and holds each sentence's
	// token count, counted once by the caller: Merge then counts nothing.
	Tokens [][]int
	// Spans, when not nil, has the shape of Paragraphs and holds where each
	// sentence stands in the article's text; a passage carries its kept
	// sentence's span (summarize.Passage.Start and End).
	Spans [][]summarize.Span
	// Language is the article's language (summarize.Article.Language): sentences
	// fold only with sentences of the same language (its primary subtag), so
	// that a translation is never taken for a variant of its original. "" and
	// "und" (undetermined) are one language of their own.
	Language string
}

// Counter counts tokens of a text (chunk.Tokenizer implements it).
type Counter interface {
	Count(text string) int
}
