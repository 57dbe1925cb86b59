package llm_test

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

func TestParseEntailment(t *testing.T) {
	yes, no, none := summarize.Entailed, summarize.NotEntailed, summarize.NoOpinion
	tests := []struct {
		in   string
		want summarize.Entailment
	}{
		// The schema's answer, and JSON around it.
		{`{"entailed":true}`, yes},
		{`{"entailed": false}`, no},
		{"```json\n{\"entailed\": true}\n```", yes},
		{`Here is my answer: {"entailed":false} — the figure differs.`, no},
		{`{"entailed":"yes"}`, yes},
		{`{"verdict":"not entailed"}`, no},
		{`{"verdict":"not_entailed","reason":"S1 says 212"}`, no},
		{`{"answer":"entailed"}`, yes},
		{`{"reason":"no idea"} {"entailed":true}`, yes},
		// JSON that says neither is no answer, whatever prose is around it.
		{`{"entailed":null}`, none},
		{`{"entailed":"maybe"}`, none},
		{`{"ok":true} yes`, none},
		{`{"entailed": tru`, none},
		{`{}`, none},
		// Prose that opens with a plain yes or no.
		{"Yes", yes},
		{"yes.", yes},
		{"No", no},
		{"No, the sentences give 212 passengers.", no},
		{"Entailed", yes},
		{"Not entailed.", no},
		{"**Not entailed**", no},
		{"NOT SUPPORTED", no},
		{"True", yes},
		{"false", no},
		{"Answer: yes", yes},
		{"\"No\"", no},
		{"Yes\nThe sentences say so.", yes},
		// Anything else says nothing.
		{"", none},
		{"   ", none},
		{"OK", none},
		{"No idea", none},
		{"Yes and no", none},
		{"Maybe.", none},
		{"I cannot tell from the sentences.", none},
		{"Nope", none},
		{"Yesterday the ferry sank.", none},
		{"Notably, yes.", none},
		{"entailment unclear", none},
		{strings.Repeat("yes ", 200), none},
	}
	for _, tt := range tests {
		if got := llm.ParseEntailment(tt.in); got != tt.want {
			t.Errorf("ParseEntailment(%q)=%v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzParseEntailment: any answer reads as one of the three, and a text that
// names neither a yes nor a no word cannot be read as either.
func FuzzParseEntailment(f *testing.F) {
	for _, s := range []string{`{"entailed":true}`, "No, not quite.", "```json\n{\"verdict\":\"entailed\"}\n```", "{{{", "Yes"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := llm.ParseEntailment(s)
		switch got {
		case summarize.Entailed, summarize.NotEntailed, summarize.NoOpinion:
		default:
			t.Fatalf("ParseEntailment(%q)=%d, not an Entailment", s, got)
		}
		if got == summarize.NoOpinion {
			return
		}
		lower := strings.ToLower(s)
		found := false
		for _, w := range []string{"yes", "no", "true", "false", "entail", "support", "contradicted"} {
			found = found || strings.Contains(lower, w)
		}
		if !found {
			t.Fatalf("ParseEntailment(%q)=%v with no yes or no word in it", s, got)
		}
		if len(s) > 400 {
			t.Fatalf("ParseEntailment read an answer of %d bytes", len(s))
		}
	})
}
