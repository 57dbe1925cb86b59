package merge

// Doc is one article ready to merge: its id, its outlet and its sentences grouped
// by paragraph, after normalize and segment.
type Doc struct {
	ID         string
	Outlet     string     // the article's source (outlet) name, may be empty
	Paragraphs [][]string // paragraphs of sentences, in reading order
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

// Stats are the merge statistics reported with every briefing.
type Stats struct {
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

// Result is the outcome of a merge.
type Result struct {
	Passages []Passage
	Stats    Stats
	Articles []ArticleStats
}

// Counter counts tokens of a text (chunk.Tokenizer implements it).
type Counter interface {
	Count(text string) int
}
