package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/coverage"
	"github.com/briefing-news/briefing/summarize/merge"
)

// countingCtx is a context that is cancelled at its after-th look: Err
// answers nil to the first after-1 calls and context.Canceled from then on, and
// Done is closed then. It counts every look, so that a test can say how many
// more a stage made once it was cancelled: deterministic, no clock.
type countingCtx struct {
	context.Context
	after int64 // 0: never cancelled
	looks atomic.Int64
	once  sync.Once
	done  chan struct{}
}

func newCountingCtx(after int64) *countingCtx {
	return &countingCtx{Context: context.Background(), after: after, done: make(chan struct{})}
}

func (c *countingCtx) Err() error {
	n := c.looks.Add(1)
	if c.after > 0 && n >= c.after {
		c.once.Do(func() { close(c.done) })
		return context.Canceled
	}
	return nil
}

func (c *countingCtx) Done() <-chan struct{} { return c.done }

// maxLooksAfter is the most looks at a cancelled context a stage and its
// callers may take before they return: each caller's own look on the way out.
const maxLooksAfter = 8

// TestStagesStopWhenCancelled: the merge, the coverage analysis and the whole
// pipeline (normalize, segment, merge, coverage, the engine, verify's callers)
// look at the context in their loops, and once it is cancelled return its
// error within a few looks, wherever the cancel falls: the context is
// cancelled at its n-th look for n across the whole run.
func TestStagesStopWhenCancelled(t *testing.T) {
	p := newPipeline(t)
	articles := nearIdentical(1000)
	req := summarize.Request{Articles: articles, Options: summarize.Options{Engine: "extractive"}}
	docs := nearIdenticalDocs(2000)
	var arts []summarize.Article
	for _, d := range docs {
		arts = append(arts, summarize.Article{ID: d.ID, Source: d.Outlet})
	}
	merged := merge.Merge(docs, nil, merge.Options{})
	stages := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"merge", func(ctx context.Context) error {
			_, err := merge.MergeContext(ctx, docs, nil, merge.Options{})
			return err
		}},
		{"coverage", func(ctx context.Context) error {
			_, err := coverage.AnalyzeContext(ctx, arts, docs, merged)
			return err
		}},
		{"brief", func(ctx context.Context) error {
			_, err := p.Brief(ctx, req)
			return err
		}},
		{"merge report", func(ctx context.Context) error {
			_, err := p.Merge(ctx, req)
			return err
		}},
		{"check", func(ctx context.Context) error {
			_, err := p.Check(ctx, summarize.CheckRequest{Articles: articles, Claims: []summarize.Claim{{Text: "Sentence number 1 1 tells of the flood in town 1."}}})
			return err
		}},
	}
	for _, st := range stages {
		t.Run(st.name, func(t *testing.T) {
			whole := newCountingCtx(0)
			if err := st.run(whole); err != nil {
				t.Fatal(err)
			}
			total := whole.looks.Load()
			if total < 10 {
				t.Fatalf("the whole run looked at its context %d times: too few for 1,000 sentences", total)
			}
			for _, at := range []int64{1, 2, total / 4, total / 2, total * 3 / 4, total - 1} {
				ctx := newCountingCtx(at)
				err := st.run(ctx)
				if err == nil {
					t.Fatalf("cancelled at look %d of %d: no error", at, total)
				}
				if !errors.Is(err, context.Canceled) && summarize.ErrorCode(err) != summarize.ETIMEOUT {
					t.Fatalf("cancelled at look %d of %d: %v", at, total, err)
				}
				if after := ctx.looks.Load() - at; after > maxLooksAfter {
					t.Errorf("cancelled at look %d of %d: %d more looks before returning (want at most %d)", at, total, after, maxLooksAfter)
				}
			}
		})
	}
}

// nearIdenticalDocs are nearIdentical's articles as segment makes them:
// ten documents of n sentences in all, four to a paragraph.
func nearIdenticalDocs(n int) []merge.Doc {
	docs := make([]merge.Doc, 10)
	for a := range docs {
		docs[a] = merge.Doc{ID: fmt.Sprintf("n%d", a+1), Outlet: fmt.Sprintf("Outlet %d", a+1)}
		for j := 0; j < n/10; j++ {
			if j%4 == 0 {
				docs[a].Paragraphs = append(docs[a].Paragraphs, nil)
			}
			last := len(docs[a].Paragraphs) - 1
			docs[a].Paragraphs[last] = append(docs[a].Paragraphs[last], fmt.Sprintf("Sentence number %d %d tells of the flood in town %d.", a+1, j+1, j+1))
		}
	}
	return docs
}
