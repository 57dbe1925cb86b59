package jobs

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestResultKeyNamesLanguages: an answer asked in another language, or for an
// article whose language the client set, is another answer.
func TestResultKeyNamesLanguages(t *testing.T) {
	base := summarize.Request{Articles: []summarize.Article{{ID: "a1", Text: "Un texte."}}}
	key := func(mod func(*summarize.Request)) string {
		r := base
		r.Articles = append([]summarize.Article(nil), base.Articles...)
		mod(&r)
		return resultKey(r, "extractive", summarize.VerifyRules, "")
	}
	same := key(func(*summarize.Request) {})
	if key(func(*summarize.Request) {}) != same {
		t.Fatal("the key of one request changes")
	}
	for name, mod := range map[string]func(*summarize.Request){
		"options.language": func(r *summarize.Request) { r.Options.Language = "fr" },
		"article language": func(r *summarize.Request) { r.Articles[0].Language = "fr" },
	} {
		if key(mod) == same {
			t.Errorf("%s: same key as without it", name)
		}
	}
}
