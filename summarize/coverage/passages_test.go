package coverage

import (
	"reflect"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

// TestDifferencePassages: a value's passages are those keeping one of its
// sentences (written with white space around it in the article), and those of a
// citing article that hold the value in the same words; not a passage of
// another article, nor one without the value.
func TestDifferencePassages(t *testing.T) {
	arts := []summarize.Article{{ID: "a1", PublishedAt: at(9)}, {ID: "a2", PublishedAt: at(11)}, {ID: "a3", PublishedAt: at(12)}}
	docs := []merge.Doc{
		{ID: "a1", Paragraphs: [][]string{{"Rescue teams reached the town before dawn.", " The magnitude 6.4 quake hit at 3.12 a.m. at a depth of about 10 km. "}}},
		{ID: "a2", Paragraphs: [][]string{{"The network put the magnitude at 6.6, higher than the 6.4 reported by the institute."}}},
		{ID: "a3", Paragraphs: [][]string{
			{"Rescue teams reached the town before dawn."},
			{"The magnitude 6.4 quake hit at 3.12 a.m. local time at a depth of about 10 km."},
			{"The 6.4 quake hit at a depth of 10 km, near the coast."},
		}},
	}
	res := merge.Merge(docs, nil, merge.Options{})
	r := Analyze(arts, docs, res)
	if len(r.Differences) != 1 {
		t.Fatalf("differences = %+v", r.Differences)
	}
	byText := map[string]string{}
	for _, p := range res.Passages {
		byText[p.Text] = p.ID
	}
	tests := []struct {
		value string
		want  []string // passage texts
	}{
		{"6.4", []string{
			"The magnitude 6.4 quake hit at 3.12 a.m. local time at a depth of about 10 km.",
			"The 6.4 quake hit at a depth of 10 km, near the coast.",
		}},
		{"6.6", []string{"The network put the magnitude at 6.6, higher than the 6.4 reported by the institute."}},
	}
	for i, tt := range tests {
		v := r.Differences[0].Values[i]
		var want []string
		for _, s := range tt.want {
			want = append(want, byText[s])
		}
		if v.Value != tt.value || !reflect.DeepEqual(v.Passages, want) {
			t.Errorf("value %d = %q with passages %v, want %q with %v", i, v.Value, v.Passages, tt.value, want)
		}
	}
}

// TestReadPassage: a passage that keeps a sentence of the docs is read from that
// sentence, as Analyze tokenized it; one that names no sentence of them is read
// from its own text, to the same tokens and stems.
func TestReadPassage(t *testing.T) {
	const s = "The 6.4 quake hit at a depth of 10 km, near the coast."
	a := &analysis{kept: map[place]*sentence{}}
	kept := &sentence{text: " " + s, toks: tokens(" " + s), stems: contentStems(" " + s)}
	a.kept[place{"a1", 1, s}] = kept
	tests := []struct {
		name   string
		p      summarize.Passage
		shared bool // the sentence's own tokens
	}{
		{"kept sentence", summarize.Passage{Text: s, Article: "a1", Paragraph: 1}, true},
		{"other paragraph", summarize.Passage{Text: s, Article: "a1", Paragraph: 0}, false},
		{"other article", summarize.Passage{Text: s, Article: "a2", Paragraph: 1}, false},
	}
	for _, tt := range tests {
		toks, stems := a.read(tt.p)
		if shared := &toks[0] == &kept.toks[0]; shared != tt.shared {
			t.Errorf("%s: read the kept sentence's tokens = %v, want %v", tt.name, shared, tt.shared)
		}
		var got, want []string
		for _, x := range toks {
			got = append(got, x.lower)
		}
		for _, x := range tokens(s) {
			want = append(want, x.lower)
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(stems, contentStems(s)) {
			t.Errorf("%s: read %q, %v; want %q, %v", tt.name, got, stems, want, contentStems(s))
		}
	}
}
