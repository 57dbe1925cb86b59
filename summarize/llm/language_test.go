package llm_test

import (
	"context"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize/llm"
)

// TestPromptAsksForTheBriefingsLanguage: the model is asked to brief in the
// briefing's language (options.language or most of the story's text), naming
// it, in the single call and in every map and reduce call; an English
// briefing's prompt does not name a language.
func TestPromptAsksForTheBriefingsLanguage(t *testing.T) {
	cases := []struct {
		name     string
		lang     string
		window   int
		passages int
		want     string // in every user prompt; "" for no language named
	}{
		{"french, one call", "fr", 8192, 6, "in French (fr)"},
		{"arabic, one call", "ar", 8192, 6, "in Arabic (ar)"},
		{"region kept", "pt-BR", 8192, 6, "in Portuguese (pt-BR)"},
		{"unnamed language", "tlh", 8192, 6, "in the language of BCP 47 tag tlh"},
		{"german, map and reduce", "de", 2048, 400, "in German (de)"},
		{"english", "en", 8192, 6, ""},
		{"unknown", "", 8192, 6, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := okModel(t)
			e := mustEngine(t, f, llm.Config{ContextTokens: c.window})
			in := input(c.passages)
			in.Options.Language = c.lang
			if _, err := e.Brief(context.Background(), in); err != nil {
				t.Fatal(err)
			}
			reqs := f.seen()
			if len(reqs) == 0 {
				t.Fatal("no call")
			}
			for _, s := range reqs {
				user := s.req.user()
				if c.want == "" && strings.Contains(user, "Write the") {
					t.Errorf("%s prompt names a language:\n%s", s.req.kind(), user)
				}
				if c.want != "" && !strings.Contains(user, c.want) {
					t.Errorf("%s prompt does not ask for %q:\n%s", s.req.kind(), c.want, user)
				}
			}
		})
	}
}
