package api_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestSpecBoundsMatchSummarize holds the bounds openapi.yaml states against the
// constants of summarize/request.go, the one copy of the rules: if either changes alone,
// this fails.
func TestSpecBoundsMatchSummarize(t *testing.T) {
	c, err := loadContract()
	if err != nil {
		t.Fatal(err)
	}
	schemas := c.doc.Components.Schemas
	req := schemas["BriefingRequest"].Value
	articles := req.Properties["articles"].Value
	if articles.MaxItems == nil || *articles.MaxItems != summarize.DefaultMaxArticles {
		t.Errorf("articles maxItems=%v, want summarize.DefaultMaxArticles=%d", articles.MaxItems, summarize.DefaultMaxArticles)
	}
	if articles.MinItems != 1 {
		t.Errorf("articles minItems=%d, want 1", articles.MinItems)
	}
	id := schemas["Article"].Value.Properties["id"].Value
	if id.MaxLength == nil || *id.MaxLength != summarize.MaxIDLength {
		t.Errorf("id maxLength=%v, want summarize.MaxIDLength=%d", id.MaxLength, summarize.MaxIDLength)
	}
	opts := schemas["Options"].Value.Properties
	for _, b := range []struct {
		name     string
		min, max float64
	}{
		{"max_points", summarize.MinMaxPoints, summarize.MaxMaxPoints},
		{"max_words", summarize.MinMaxWords, summarize.MaxMaxWords},
	} {
		s := opts[b.name].Value
		if s.Min == nil || *s.Min != b.min || s.Max == nil || *s.Max != b.max {
			t.Errorf("%s range=[%v,%v], want [%v,%v]", b.name, deref(s.Min), deref(s.Max), b.min, b.max)
		}
	}
	var enum []string
	for _, v := range opts["engine"].Value.Enum {
		enum = append(enum, v.(string))
	}
	want := []string{summarize.EngineAuto, summarize.EngineLLM, summarize.EngineExtractive}
	if strings.Join(enum, ",") != strings.Join(want, ",") {
		t.Errorf("engine enum=%v, want %v", enum, want)
	}
	// The limits the spec states in prose name summarize's defaults.
	text := schemas["Article"].Value.Description + articles.Description
	for _, figure := range []string{"200,000", "200"} {
		if !strings.Contains(text, figure) {
			t.Errorf("the spec's limits prose lacks %s", figure)
		}
	}
	if summarize.DefaultMaxArticleChars != 200_000 || summarize.DefaultMaxArticles != 200 {
		t.Errorf("summarize's defaults changed: update the prose of openapi.yaml and this test")
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
