package merge

// Doc is one article ready to merge: its id, its outlet and its sentences grouped
// by paragraph, after normalize and segment.
type Doc struct {
	ID         string
	Outlet     string     // the article's source (outlet) name, may be empty
	Paragraphs [][]string // paragraphs of sentences, in reading order
}

// Counter counts tokens of a text (chunk.Tokenizer implements it).
type Counter interface {
	Count(text string) int
}
