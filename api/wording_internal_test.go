package api

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestTooManyArticlesWording holds readBody's early refusal to the words of
// summarize.Request.Valid, the one copy of the rule: the same sentence, with "more
// than" where the early check cannot know the exact count.
func TestTooManyArticlesWording(t *testing.T) {
	const max = 2
	err := summarize.Request{Articles: make([]summarize.Article, max+1)}.Valid(summarize.Limits{MaxArticles: max})
	if got, want := summarize.ErrorCode(err), summarize.ETOOLARGE; got != want {
		t.Fatalf("code=%s, want %s", got, want)
	}
	valid := summarize.ErrorMessage(err)
	early := tooManyArticles(max)
	if strings.Replace(early, "more than 2", "3", 1) != valid {
		t.Fatalf("readBody says %q where Valid says %q", early, valid)
	}
}
