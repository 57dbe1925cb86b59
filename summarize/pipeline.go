package summarize

import (
	"context"

	"github.com/briefing-news/briefing/summarize/merge"
)

// Limits bound one request; zero means the default.
type Limits struct {
	MaxArticles     int // most articles in one request (default 200)
	MaxArticleChars int // most characters of one article's text or html (default 200,000)
	MaxTotalTokens  int // most tokens of all articles together (default 2,000,000)
}

// Pipeline runs normalize → segment → merge → engine → verify. Build it in cmd/ with
// the engines it may use; it reads no environment and holds no request state.
type Pipeline struct {
	// Tokenizer counts tokens for the merge statistics (chunk.Tokenizer).
	Tokenizer merge.Counter
	// Engines by name ("extractive", "llm"). "extractive" must be present: it is the
	// fallback when the model fails.
	Engines map[string]Engine
	// DefaultEngine is used for Options.Engine "" or "auto".
	DefaultEngine string
	Limits        Limits
}

// MergeReport is the answer of Pipeline.Merge: the articles as resolved (ids
// assigned) and the merge result.
type MergeReport struct {
	Articles []Article
	Result   merge.Result
}

// Brief runs the whole pipeline on one request.
func (p *Pipeline) Brief(ctx context.Context, req Request) (*Briefing, error) {
	panic("TODO")
}

// Merge runs normalize → segment → merge only, for tools that want to see what each
// article adds before any model runs.
func (p *Pipeline) Merge(ctx context.Context, req Request) (*MergeReport, error) {
	panic("TODO")
}
