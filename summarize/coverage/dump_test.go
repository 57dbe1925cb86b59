package coverage_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

func TestDump(t *testing.T) {
	if os.Getenv("COVDUMP") == "" {
		t.Skip()
	}
	tok, err := chunk.NewTokenizer("")
	if err != nil {
		t.Fatal(err)
	}
	p := &pipeline.Pipeline{Tokenizer: tok}
	dirs, _ := filepath.Glob("../../eval/cases/" + os.Getenv("COVDUMP") + "/case.json")
	for _, d := range dirs {
		c, err := eval.LoadCase(filepath.Dir(d))
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Merge(context.Background(), summarize.Request{Articles: c.Articles, Options: c.Options})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]any{"differences": r.Differences}
		if os.Getenv("QUOTES") != "" {
			out["quotes"] = r.Quotes
			out["coverage"] = r.Coverage
		}
		b, _ := json.MarshalIndent(out, "", " ")
		fmt.Printf("=== %s\n%s\n", c.Name, b)
	}
}
