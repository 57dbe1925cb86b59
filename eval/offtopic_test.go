package eval_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

// TestOffTopic briefs every eval case as it is, and again with the first
// article of the next case added as "stray": unmixed, no article is left out;
// mixed, the stray is named in coverage.off_topic and a warning, cited by no
// point, summary or source, and every article of the case is still in; with
// off_topic keep, nothing is left out. It prints the table of the note.
func TestOffTopic(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs every eval case three times")
	}
	cases, err := eval.LoadCases("cases")
	if err != nil {
		t.Fatal(err)
	}
	p := realPipeline(t)
	ctx := context.Background()
	var table strings.Builder
	fmt.Fprintf(&table, "| case | articles | unmixed: left out | stray from | mixed: left out | stray cited |\n|---|---|---|---|---|---|\n")
	for k, c := range cases {
		opts := c.Options
		opts.Engine = summarize.EngineExtractive
		b, err := p.Brief(ctx, summarize.Request{Articles: c.Articles, Options: opts})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if len(b.Coverage.OffTopic) > 0 {
			t.Errorf("%s unmixed: %v left out", c.Name, b.Coverage.OffTopic)
		}
		other := cases[(k+1)%len(cases)]
		stray := other.Articles[0]
		stray.ID = "stray"
		mixed := append(slices.Clone(c.Articles), stray)
		m, err := p.Brief(ctx, summarize.Request{Articles: mixed, Options: opts})
		if err != nil {
			t.Fatalf("%s mixed: %v", c.Name, err)
		}
		if !slices.Equal(m.Coverage.OffTopic, []string{"stray"}) {
			t.Errorf("%s + %s: left out %v, want [stray]", c.Name, other.Name, m.Coverage.OffTopic)
		}
		cited := cites(m, "stray")
		if cited {
			t.Errorf("%s + %s: the stray is cited", c.Name, other.Name)
		}
		if !slices.ContainsFunc(m.Warnings, func(w string) bool { return strings.Contains(w, "stray") }) {
			t.Errorf("%s: no warning names the stray: %v", c.Name, m.Warnings)
		}
		opts.OffTopic = summarize.OffTopicKeep
		kept, err := p.Brief(ctx, summarize.Request{Articles: mixed, Options: opts})
		if err != nil {
			t.Fatal(err)
		}
		if len(kept.Coverage.OffTopic) > 0 || len(kept.Sources) != len(mixed) {
			t.Errorf("%s keep: left out %v, %d sources", c.Name, kept.Coverage.OffTopic, len(kept.Sources))
		}
		fmt.Fprintf(&table, "| %s | %d | %d | %s | %s | %v |\n", c.Name, len(c.Articles), len(b.Coverage.OffTopic), other.Name, strings.Join(m.Coverage.OffTopic, ","), cited)
	}
	t.Logf("\n%s", table.String())
}

// cites says whether any point, the summary or the sources name article id.
func cites(b *summarize.Briefing, id string) bool {
	if slices.Contains(b.SummaryCitations, id) {
		return true
	}
	for _, p := range b.Points {
		if slices.Contains(p.Citations, id) {
			return true
		}
	}
	for _, s := range b.Sources {
		if s.ID == id {
			return true
		}
	}
	return false
}
