package merge_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// words counts whitespace-separated words: a stand-in tokenizer for tests.
type words struct{}

func (words) Count(s string) int { return len(strings.Fields(s)) }

func doc(id string, paras ...[]string) merge.Doc {
	return merge.Doc{ID: id, Paragraphs: paras}
}

func p(sentences ...string) []string { return sentences }

// TestFoldPairs documents the thresholds: each pair is an earlier sentence (a)
// and a later one (b); folded says whether they become one passage, and kept
// which text survives.
func TestFoldPairs(t *testing.T) {
	const wire = "President Vladimir Putin said on Tuesday that the talks in Vladivostok would cover energy, food aid and rail links across the border."
	tests := []struct {
		name   string
		a, b   string
		folded bool
		kept   string // "a" or "b" when folded
	}{
		{"identical", wire, wire, true, "a"},
		{"punctuation and case only",
			wire,
			"President Vladimir Putin said on Tuesday that the talks in Vladivostok would cover energy -- food aid, and rail links across the border",
			true, "a"},
		{"name shortened",
			wire,
			"Putin said on Tuesday that the talks in Vladivostok would cover energy, food aid and rail links across the border.",
			true, "a"},
		{"on Tuesday becomes today",
			wire,
			"President Vladimir Putin said today that the talks in Vladivostok would cover energy, food aid and rail links across the border.",
			true, "a"},
		{"honorific dropped",
			"Mr Halloran told reporters the harbour wall had been inspected twice since the spring floods and was judged sound.",
			"Halloran told reporters the harbour wall had been inspected twice since the spring floods and was judged sound.",
			true, "a"},
		{"clause cut",
			wire,
			"President Vladimir Putin said on Tuesday that the talks in Vladivostok would cover energy.",
			true, "a"},
		{"clause added: the longer variant is kept",
			"President Vladimir Putin said on Tuesday that the talks in Vladivostok would cover energy.",
			wire,
			true, "b"},
		{"one word changed in a long sentence",
			"The regional council said the new ferry terminal would open to passengers at the end of the summer season after months of delays.",
			"The regional council said the new ferry terminal would open to travellers at the end of the summer season after months of delays.",
			true, "a"},
		{"different sentence sharing entity words",
			wire,
			"President Vladimir Putin met the visiting delegation in Vladivostok on Tuesday evening at a naval base.",
			false, ""},
		{"reworded sentence",
			"Rescue crews pulled 12 people from the flooded tunnel before dawn, the fire service said.",
			"The fire service said its crews had rescued 12 people from the tunnel before dawn.",
			false, ""},
		{"a changed figure never folds",
			"Rescue crews pulled 12 people from the flooded tunnel before dawn, the fire service said.",
			"Rescue crews pulled 15 people from the flooded tunnel before dawn, the fire service said.",
			false, ""},
		{"a changed name never folds",
			"The contract was signed by the transport minister Alma Reyes in the capital late in the evening.",
			"The contract was signed by the transport minister Tomas Reyes in the capital late in the evening.",
			false, ""},
		{"two swapped words in a short account stay apart",
			"Idris Whitlock said the car at her home on Market Hill had been checked twice and that she was worried by the delay.",
			"Idris Whitlock said the roof at her home on Market Hill had been checked twice and that she was frightened by the delay.",
			false, ""},
		{"two swapped words in a long wire sentence fold",
			"The regional council said on Monday that the new ferry terminal would open to passengers at the end of the summer season after months of delays caused by a shortage of steel and a dispute with the builder.",
			"The regional council said on Monday that the new ferry terminal would open to travellers at the end of the summer season after months of delays caused by a lack of steel and a dispute with the builder.",
			true, "a"},
		{"full name later, surname in the kept passage",
			"In return, Okafor wants the government to pay for emergency housing and new pumps for the harbour district, officials say.",
			"Maria Okafor wants the government to pay for emergency housing and new pumps for the harbour district.",
			true, "a"},
		{"a name the kept passage lacks never folds",
			"Floodwater reaches the old town of Porthwick, Halden officials say",
			"Floodwater reaches the old town of Porthwick after the river burst its banks overnight",
			false, ""},
		{"each variant with a detail of its own stays",
			"State media said the minister boarded the night train to the coast on Sunday afternoon, accompanied by unspecified members of the party.",
			"State media said the minister boarded the night train to Ostrava on Sunday, accompanied by members of the party.",
			false, ""},
		{"a changed pronoun never folds",
			"She told the inquiry that the warning had been sent to the harbour office two hours before the surge.",
			"He told the inquiry that the warning had been sent to the harbour office two hours before the surge.",
			false, ""},
		{"a dropped negation never folds",
			"The harbour office said the warning had not been sent to residents of the old quarter before the surge.",
			"The harbour office said the warning had been sent to residents of the old quarter before the surge.",
			false, ""},
		{"an added negation never folds",
			"The council said the sea wall was inspected by engineers before the winter storms arrived in the bay.",
			"The council said the sea wall wasn't inspected by engineers before the winter storms arrived in the bay.",
			false, ""},
		{"short sentences fold only when exactly equal",
			"He declined to comment.", "He declined to comment!", true, "a"},
		{"short sentences differing by a word stay apart",
			"He declined to comment.", "She declined to comment.", false, ""},
		{"short sentence inside a long one stays apart",
			"Police declined.", "Police declined to say how many officers were on duty at the harbour that night.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := merge.Merge([]merge.Doc{doc("a1", p(tt.a)), doc("a2", p(tt.b))}, words{}, merge.Options{})
			if got, want := len(res.Passages) == 1, tt.folded; got != want {
				t.Fatalf("folded=%v, want %v (passages %q)", got, want, texts(res))
			}
			if !tt.folded {
				return
			}
			want := tt.a
			if tt.kept == "b" {
				want = tt.b
			}
			if got := res.Passages[0].Text; got != want {
				t.Fatalf("kept %q, want %q", got, want)
			}
			if got, want := res.Passages[0].Sources, []string{"a1", "a2"}; !slices.Equal(got, want) {
				t.Fatalf("Sources=%v, want %v", got, want)
			}
		})
	}
}

// TestFoldWithinArticle: near-duplicate folding is across articles, and within
// one article between whole sentences only. A subheading that restates a later
// sentence stays in its place; a standfirst that the lede restates and extends
// folds into it, as across articles; an exact repeat (a pull quote) folds. The
// same pair sent by two articles folds.
func TestFoldWithinArticle(t *testing.T) {
	const (
		head = "The council will rebuild the harbour wall"
		body = "After the storm the council said it will rebuild the harbour wall before next winter."
		lead = "The council said the harbour wall will be rebuilt before the winter storms."
		more = "The council said the harbour wall will be rebuilt before the winter storms, at a cost of 4 million."
	)
	tests := []struct {
		name string
		docs []merge.Doc
		want []string
	}{
		{"a subheading and the sentence it restates stay",
			[]merge.Doc{doc("a1", p(body), p(head), p("Work starts in May."))},
			[]string{body, head, "Work starts in May."}},
		{"a later, longer sentence of the article replaces an earlier one it extends",
			[]merge.Doc{doc("a1", p(lead), p("Residents welcomed the plan."), p(more))},
			[]string{more, "Residents welcomed the plan."}},
		{"a subheading before the sentence it heads stays",
			[]merge.Doc{doc("a1", p(head), p(body), p("Work starts in May."))},
			[]string{head, body, "Work starts in May."}},
		{"a heading never replaces nor is replaced, even when a sentence extends it word for word",
			[]merge.Doc{doc("a1", p("The council said the harbour wall will be rebuilt before the winter storms"), p(more))},
			[]string{"The council said the harbour wall will be rebuilt before the winter storms", more}},
		{"an exact repeat within the article folds",
			[]merge.Doc{doc("a1", p(lead), p("Residents welcomed the plan."), p(lead))},
			[]string{lead, "Residents welcomed the plan."}},
		{"across articles the longer sentence replaces the shorter",
			[]merge.Doc{doc("a1", p(lead)), doc("a2", p(more))},
			[]string{more}},
		{"across articles, after the first article's own fold",
			[]merge.Doc{doc("a1", p(lead), p(more)), doc("a2", p(lead))},
			[]string{more}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := merge.Merge(tt.docs, words{}, merge.Options{})
			if got := texts(res); !slices.Equal(got, tt.want) {
				t.Fatalf("passages %q, want %q", got, tt.want)
			}
		})
	}
}

func texts(res summarize.MergeResult) []string {
	var out []string
	for _, p := range res.Passages {
		out = append(out, p.Text)
	}
	return out
}
