package verify

import (
	"reflect"
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

func TestSpeakers(t *testing.T) {
	passages := func(article string, texts ...string) []summarize.Passage {
		var ps []summarize.Passage
		for _, s := range texts {
			ps = append(ps, summarize.Passage{Text: s, Article: article})
		}
		return ps
	}
	tests := []struct {
		name     string
		passages []summarize.Passage
		want     map[string][]string
	}{
		{"a dialogue", passages("a1", "Tobin: Harwick Bay?", "Mara: lovely, but cold", "Tobin: Elm Point?", "Mara: never been"),
			map[string][]string{"a1": {"tobin", "mara"}}},
		{"a label of two words", passages("a1", "Professor B: we have no model of it yet.", "Grad F: Right.", "Professor B: So the next step is the parser."),
			map[string][]string{"a1": {"professor", "b"}}},
		{"a label that opens one passage is no speaker", passages("a1", "Subject: A new ferry timetable", "The ferry to Gull Island leaves at noon."),
			nil},
		{"a time, a lower-case word, a long label", passages("a1", "12:30 the ferry leaves", "12:30 the ferry leaves", "the ferry: late again", "the ferry: late again",
			"The Harbour Board Of Kestrel: ferries", "The Harbour Board Of Kestrel: ferries"),
			nil},
		{"speakers by article", append(passages("a1", "Tobin: Harwick Bay?", "Tobin: Elm Point?"), passages("a2", "Mara: never been", "Tobin: shame")...),
			map[string][]string{"a1": {"tobin"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakers(tt.passages); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("speakers = %v, want %v", got, tt.want)
			}
		})
	}
}
