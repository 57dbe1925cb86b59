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
