package eval_test

import (
	"reflect"
	"testing"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
)

var specArticles = []summarize.Article{
	{ID: "a1", Title: "Halcyon capsule lands", Text: "A capsule from the Halcyon spacecraft landed in the Korrin Desert on Sunday. It carries about 142 grams of dust, said Dr. Mara Ilves of the Deep Space Consortium. The trip took six years and cost 1,100 million dollars. Scientists were pleased."},
	{ID: "a2", HTML: "<p>The <b>U.S.</b> team will study 25% of the sample in Vestbury.</p>"},
}

func TestUnsupportedSpecifics(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []eval.Specific
	}{
		{"all supported", "Scientists say the Halcyon capsule landed in the Korrin Desert with 142 grams of dust.", nil},
		{"number spelled out in the article", "The trip took 6 years.", nil},
		{"number with separators", "It cost 1100 million dollars.", nil},
		{"honorific dropped, name in html article", "Mara Ilves said the U.S. team in Vestbury will study 25% of it.", nil},
		{"title-case headline words are common words", "Capsule Landed In Desert", nil},
		{"invented number", "It carries 150 grams of dust.", []eval.Specific{{Kind: "number", Text: "150"}}},
		{"invented name", "Officials thanked Peter Quell of Orbital Works.", []eval.Specific{{Kind: "name", Text: "Peter Quell"}, {Kind: "name", Text: "Orbital Works"}}},
		{"known words in an unknown order", "Korrin Halcyon said so.", []eval.Specific{{Kind: "name", Text: "Korrin Halcyon"}}},
		{"listed once", "Zed Corp grew. Zed Corp fell.", []eval.Specific{{Kind: "name", Text: "Zed Corp"}}},
		{"a possessive ends a name", "The Korrin's Mara Ilves spoke.", nil},
		{"punctuation breaks a run", "In Vestbury, Halcyon landed.", nil},
		{"one capitalized word opening a sentence is not a name", "Officials cheered. Quell said so.", nil},
		{"two capitalized words opening a sentence are", "Peter Quell cheered.", []eval.Specific{{Kind: "name", Text: "Peter Quell"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.UnsupportedSpecifics(&summarize.Briefing{Summary: tt.text}, specArticles)
			if got, want := r.Unsupported, tt.want; !reflect.DeepEqual(got, want) {
				t.Fatalf("unsupported=%+v, want %+v", got, want)
			}
			if got, want := r.Count, len(tt.want); got != want {
				t.Fatalf("count=%d, want %d", got, want)
			}
		})
	}
	r := eval.UnsupportedSpecifics(&summarize.Briefing{Headline: "Capsule back", Points: []summarize.Point{{Text: "It carries 150 grams and 3 rocks."}}}, specArticles)
	// 2 specifics (150 and 3) in 2+7 words.
	if got, want := r.Per100Words, 2*100.0/9; got != want {
		t.Fatalf("per 100 words=%v, want %v", got, want)
	}
}
