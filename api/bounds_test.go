package api_test

import (
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

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
	for _, e := range []struct {
		name string
		want []string
	}{
		{"engine", []string{summarize.EngineAuto, summarize.EngineLLM, summarize.EngineExtractive}},
		{"unsupported", []string{summarize.UnsupportedDrop, summarize.UnsupportedFlag}},
		{"strategy", []string{summarize.StrategyAuto, summarize.StrategySingle, summarize.StrategyMapReduce}},
	} {
		if got := enumOf(opts[e.name].Value); strings.Join(got, ",") != strings.Join(e.want, ",") {
			t.Errorf("%s enum=%v, want %v", e.name, got, e.want)
		}
	}
	// The answer's enums are the values summarize writes.
	for _, e := range []struct {
		schema string
		got    []string
		want   []string
	}{
		{"SupportStatus", enumOf(schemas["SupportStatus"].Value), []string{summarize.SupportSupported, summarize.SupportPartial, summarize.SupportUnsupported}},
		{"Missing.kind", enumOf(schemas["Missing"].Value.Properties["kind"].Value), []string{summarize.MissingFigure, summarize.MissingName, summarize.MissingNegation, summarize.MissingModality, summarize.MissingAntonym, summarize.MissingRole, summarize.MissingDetail, summarize.MissingWord}},
		{"Difference.kind", enumOf(schemas["Difference"].Value.Properties["kind"].Value), []string{summarize.KindNumber, summarize.KindDate, summarize.KindName}},
		{"Difference.label", enumOf(schemas["Difference"].Value.Properties["label"].Value), []string{summarize.LabelConflict, summarize.LabelUpdated, summarize.LabelImprecise}},
		{"Usage.strategy", enumOf(schemas["Usage"].Value.Properties["strategy"].Value), []string{"", summarize.StrategySingle, summarize.StrategySelect, summarize.StrategyMapReduce}},
	} {
		if strings.Join(e.got, ",") != strings.Join(e.want, ",") {
			t.Errorf("%s enum=%q, want %q", e.schema, e.got, e.want)
		}
	}
	// The bounds of a check.
	check := schemas["CheckRequest"].Value.Properties
	claim := schemas["Claim"].Value.Properties
	for _, b := range []struct {
		name string
		got  *uint64
		want int
	}{
		{"claims maxItems", check["claims"].Value.MaxItems, summarize.MaxClaims},
		{"draft maxLength", check["draft"].Value.MaxLength, summarize.MaxDraftChars},
		{"claim text maxLength", claim["text"].Value.MaxLength, summarize.MaxClaimChars},
		{"claim citations maxItems", claim["citations"].Value.MaxItems, summarize.MaxClaimCitations},
		{"check articles maxItems", check["articles"].Value.MaxItems, summarize.DefaultMaxArticles},
	} {
		if b.got == nil || *b.got != uint64(b.want) {
			t.Errorf("%s=%v, want %d", b.name, b.got, b.want)
		}
	}
	for _, figure := range []string{"100,000", "200 sentences"} {
		if !strings.Contains(check["draft"].Value.Description, figure) {
			t.Errorf("the draft's prose lacks %s", figure)
		}
	}
	if !strings.Contains(check["claims"].Value.Description, "200") || !strings.Contains(claim["citations"].Value.Description, "20") {
		t.Errorf("the claims' prose lacks their bounds")
	}
	if summarize.MaxClaims != 200 || summarize.MaxDraftChars != 100_000 || summarize.MaxClaimCitations != 20 {
		t.Errorf("summarize's check bounds changed: update the prose of openapi.yaml and this test")
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

func enumOf(s *openapi3.Schema) []string {
	var out []string
	for _, v := range s.Enum {
		out = append(out, v.(string))
	}
	return out
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
