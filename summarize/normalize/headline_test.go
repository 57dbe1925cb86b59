package normalize_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize/normalize"
)

func TestSplitHeadline(t *testing.T) {
	body := []string{"The council voted on Monday to close the old pier.", "Repairs will take a year."}
	tests := []struct {
		name  string
		first string
		want  string
	}{
		{"a pasted headline", "Harbour pier to close for a year, council says", "Harbour pier to close for a year, council says"},
		{"a headline in quotes", `Mayor: "We had no choice"`, `Mayor: "We had no choice"`},
		{"a story sentence", "The pier will close, the council said.", ""},
		{"a question is a sentence", "Why is the pier closing?", ""},
		{"too short to tell", "Breaking news", ""},
		{"too long for a headline", "The council voted on Monday night after a long and heated debate to close the old pier for repairs that engineers say will take about a year", ""},
		{"lower-case start is a fragment", "and the pier will close for a year", ""},
		{"ends with a colon: a lead-in", "Here is what we know so far about the pier:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := append([]string{tt.first}, body...)
			got, rest := normalize.SplitHeadline(paras)
			if got != tt.want {
				t.Fatalf("headline=%q, want %q", got, tt.want)
			}
			if wantRest := len(paras) - map[bool]int{true: 1, false: 0}[tt.want != ""]; len(rest) != wantRest {
				t.Fatalf("rest has %d paragraphs, want %d", len(rest), wantRest)
			}
		})
	}
	if got, _ := normalize.SplitHeadline([]string{"Harbour pier to close for a year", "Only one paragraph follows."}); got != "" {
		t.Fatalf("a two-paragraph text gave headline %q: the first line may be the story", got)
	}
}

func TestSameHeadline(t *testing.T) {
	if !normalize.SameHeadline("Pier to  Close", "pier to close") || normalize.SameHeadline("Pier to close", "Pier to reopen") {
		t.Fatal("SameHeadline folds case and spacing only")
	}
}
