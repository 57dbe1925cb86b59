package main

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestVerifySetting: BRIEFING_VERIFY is rules or model; model needs a model,
// and then the pipeline asks the llm engine, with the question bounds under the
// model's own; merge and check run the rules whatever it says.
func TestVerifySetting(t *testing.T) {
	for _, tt := range []struct {
		env  []string
		want string // an error's words, or "" for none
	}{
		{nil, ""},
		{[]string{"BRIEFING_VERIFY", "rules"}, ""},
		{[]string{"BRIEFING_VERIFY", "model"}, "BRIEFING_VERIFY=model needs OPENAI_BASE_URL or OPENAI_API_KEY"},
		{[]string{"BRIEFING_VERIFY", "both"}, `BRIEFING_VERIFY: unknown value "both"`},
		{[]string{"BRIEFING_VERIFY", "model", "OPENAI_BASE_URL", "http://127.0.0.1:1/v1"}, ""},
	} {
		c, err := loadConfig(env(tt.env...))
		if err != nil {
			t.Fatal(err)
		}
		err = c.check()
		if tt.want != "" {
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%v: check()=%v, want %q", tt.env, err, tt.want)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v: %v", tt.env, err)
		}
	}
	c, err := loadConfig(env("BRIEFING_VERIFY", "model", "OPENAI_BASE_URL", "http://127.0.0.1:1/v1", "BRIEFING_ENGINE", "extractive", "BRIEFING_LLM_CONCURRENCY", "2", "BRIEFING_LLM_TIMEOUT", "5s"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	p, _, err := c.build(c.logger(&strings.Builder{}), nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.Entailer == nil || p.Verify != summarize.VerifyModel || p.VerifyConcurrency != 2 || p.VerifyTimeout.Seconds() != 5 {
		t.Fatalf("pipeline: entailer %v, verify %q, concurrency %d, timeout %s", p.Entailer != nil, p.Verify, p.VerifyConcurrency, p.VerifyTimeout)
	}
	if p.DefaultEngine != summarize.EngineExtractive {
		t.Fatalf("default engine %q: the second opinion works whichever engine writes", p.DefaultEngine)
	}
	ext, err := c.extractivePipeline(&strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if ext.Entailer != nil || ext.VerifyMode("") != summarize.VerifyRules {
		t.Fatalf("merge and check's pipeline asks a model")
	}
}
