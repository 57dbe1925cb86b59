package merge

import (
	"context"

	"github.com/briefing-news/briefing/summarize"
)

// MergeExhaustive is Merge verifying every kept passage for every sentence, with
// no LSH index: the all-pairs reference for measuring the index's recall.
func MergeExhaustive(docs []Doc, counter Counter, opts Options) summarize.MergeResult {
	res, _ := merge(context.Background(), docs, counter, opts, true)
	return res
}
