package llm_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

func TestParseAnswer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *summarize.Draft // nil: ErrMalformed
	}{
		{
			name: "plain",
			in:   `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["P3","P7"]}]}`,
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{{Text: "A.", Passages: []string{"P3", "P7"}}}},
		},
		{
			name: "code fence and chatter",
			in:   "Sure, here it is:\n```json\n{\"headline\":\"H\",\"summary\":\"S\",\"points\":[{\"text\":\"A {b}.\",\"citations\":[\"[P1]\"]}]}\n```\nHope this helps!",
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{{Text: "A {b}.", Passages: []string{"P1"}}}},
		},
		{
			name: "labels in many forms",
			in:   `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["p7"," P 2 ",3,"[P4]","P7","a1"]},{"text":"B.","citations":"P5, P6"},{"text":"C.","citations":9}]}`,
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{
				{Text: "A.", Passages: []string{"P7", "P2", "P3", "P4", "a1"}},
				{Text: "B.", Passages: []string{"P5", "P6"}},
				{Text: "C.", Passages: []string{"P9"}},
			}},
		},
		{
			name: "labels copied with their source count",
			in:   `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["P3 ×4","P7×2"]},{"text":"B.","citations":"P5 × 3, P6"}]}`,
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{
				{Text: "A.", Passages: []string{"P3", "P7"}},
				{Text: "B.", Passages: []string{"P5", "P6"}},
			}},
		},
		{
			name: "inline citations and string points",
			in:   `{"headline":"H","summary":"S","points":["Ferry aground [P1][P2].",{"text":"Two counts [P3, P4]"}]}`,
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{
				{Text: "Ferry aground.", Passages: []string{"P1", "P2"}},
				{Text: "Two counts", Passages: []string{"P3", "P4"}},
			}},
		},
		{
			name: "unknown citations kept, empty points dropped",
			in:   `{"headline":"H","summary":"S","points":[{"text":"","citations":["P1"]},{"text":"X.","citations":["Q9"]},{"text":"Y.","citations":[]}]}`,
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{{Text: "X.", Passages: []string{"Q9"}}, {Text: "Y."}}},
		},
		{
			name: "first object broken, second good",
			in:   `{"headline": oops} then {"headline":"H","summary":"S","points":[{"text":"A.","citations":["P1"]}]}`,
			want: &summarize.Draft{Headline: "H", Summary: "S", Points: []summarize.DraftPoint{{Text: "A.", Passages: []string{"P1"}}}},
		},
		{name: "no points", in: `{"headline":"H","summary":"S","points":[]}`},
		{name: "empty", in: ""},
		{name: "chatter only", in: "I cannot help with that."},
		{name: "cut off", in: `{"headline":"H","summary":"S","points":[{"text":"A`},
		{name: "a lone point object", in: `{"text":"A.","citations":["P1"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := llm.ParseAnswer(tt.in)
			if tt.want == nil {
				if !errors.Is(err, llm.ErrMalformed) {
					t.Fatalf("ParseAnswer()=%+v, %v, want ErrMalformed", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Fatalf("ParseAnswer() mismatch (-got +want):\n%s", diff)
			}
		})
	}
}

func FuzzParseAnswer(f *testing.F) {
	f.Add(`{"headline":"H","summary":"S","points":[{"text":"A.","citations":["P3"]}]}`)
	f.Add("```json\n{\"points\":[\"x [P1]\"]}\n```")
	f.Fuzz(func(t *testing.T, s string) {
		checkSchemaAnswer(t, s)
		d, err := llm.ParseAnswer(s)
		if err != nil {
			if !errors.Is(err, llm.ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		if len(d.Points) == 0 {
			t.Fatal("a parsed answer has no point")
		}
		for _, p := range d.Points {
			if p.Text == "" {
				t.Fatal("a parsed point has no text")
			}
			for _, c := range p.Passages {
				if c == "" {
					t.Fatal("an empty citation")
				}
			}
		}
	})
}
