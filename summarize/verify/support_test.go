package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

func supportIndex() *verify.Index {
	pub := time.Date(2026, 1, 13, 12, 0, 0, 0, time.UTC) // a Tuesday
	texts := []string{
		"The bridge carries about 64,000 vehicles a day and repairs will cost 1.5 million euros.",
		"Unemployment rose to 40% in the five northern districts.",
		"Kim Jong Un met Russian officials in Vladivostok.",
		"Mr Kim said the talks were useful.",
		"No repair cost has been estimated yet.",
		"Engineers closed the bridge on Monday after the inspection.",
		"Transport Minister Oliver Grant promised ferries.",
		"The ferries will run every 15 minutes at rush hour.",
		"The authority did not reopen the bridge.",
		"Ms. Kerr said one crack was about 11 cm long.",
		"Kestrel won the final 2-1 after extra time.",
		"The council said it was too early to estimate the cost of repairs.",
		"A magnitude 6.4 quake hit the region before dawn; no one died.",
		"The painting was not insured when it was stolen.",
		"Talks on a wage deal resumed on Monday; no deal was reached by the evening.",
		"The union did not accept the deal; the drivers did not accept the deal.",
	}
	var ps []summarize.Passage
	for i, t := range texts {
		id := "P" + string(rune('1'+i))
		if i >= 9 {
			id = "P1" + string(rune('0'+i-9))
		}
		ps = append(ps, summarize.Passage{ID: id, Text: t, Article: "a1", Sources: []string{"a1"}})
	}
	return verify.NewIndex(ps, []summarize.Article{{ID: "a1", PublishedAt: &pub}})
}

func TestSupportRules(t *testing.T) {
	x := supportIndex()
	tests := []struct {
		name, claim string
		cited       []string // nil: Find
		want        string
		missing     string // kinds:texts of Unsupported, joined by ","
		passages    string
	}{
		{"same figures in other forms", "The bridge carries about 64000 vehicles a day; repairs cost 1,500,000 euros.", []string{"P1"}, "supported", "", "P1"},
		{"1.5m and 40 percent and five as a digit", "Unemployment rose to 40 percent in 5 northern districts.", []string{"P2"}, "supported", "", "P2"},
		{"changed figure", "The bridge carries about 65,000 vehicles a day.", []string{"P1"}, "unsupported", "figure:65,000", "P1"},
		{"a figure in words changed", "Unemployment rose to 40% in six northern districts.", []string{"P2"}, "unsupported", "figure:six", "P2"},
		{"honorific and full name", "Mr Kim met Russian officials in Vladivostok.", []string{"P3"}, "supported", "", "P3"},
		{"full name found through its short form", "Kim Jong Un said the talks were useful.", []string{"P4"}, "supported", "", "P4"},
		{"country for its adjective", "Kim Jong Un met officials from Russia in Vladivostok.", []string{"P3"}, "supported", "", "P3"},
		{"a name no passage has", "Kim Jong Un met Chinese officials in Vladivostok.", []string{"P3"}, "unsupported", "name:Chinese", "P3"},
		{"a first name no passage has", "Transport Minister Petra Grant promised ferries.", []string{"P7"}, "unsupported", "name:Petra", "P7"},
		{"negation removed", "A repair cost has been estimated.", []string{"P5"}, "unsupported", "negation:the sources negate it", "P5"},
		{"negation kept in other words", "The repair cost has not been estimated.", []string{"P5"}, "supported", "", "P5"},
		{"negation added", "The engineers did not close the bridge after the inspection.", []string{"P6"}, "unsupported", "negation:the claim's negation is not in the sources", "P6"},
		{"contraction", "The authority didn't reopen the bridge.", []string{"P9"}, "supported", "", "P9"},
		{"a clause negating another is the claim's own (Find)", "Talks on a wage deal resumed on Monday; no deal was reached by the evening.", nil, "supported", "", "P15"},
		{"a clause negating another is the claim's own (Check)", "Talks on a wage deal resumed on Monday; no deal was reached by the evening.", []string{"P15"}, "supported", "", "P15"},
		{"one clause of the claim negated by the cited passage", "The union did not accept the deal; the drivers accepted the deal.", []string{"P16"}, "unsupported", "negation:the sources negate it", "P16"},
		{"one clause of the claim negated (Find)", "The union did not accept the deal; the drivers accepted the deal.", nil, "unsupported", "negation:the sources negate it", "P16"},
		{"weekday as a date (published Tuesday 13 January)", "Engineers closed the bridge on January 12 after the inspection.", []string{"P6"}, "supported", "", "P6"},
		{"wrong date", "Engineers closed the bridge on January 9 after the inspection.", []string{"P6"}, "unsupported", "figure:January 9", "P6"},
		{"too few content words", "Ferries and shuttle buses replaced the bridge for commuters and lorries.", []string{"P7"}, "unsupported", "", ""},
		{"wrong citation, found elsewhere", "Ferries will run every 15 minutes at rush hour.", nil, "supported", "", "P8"},
		{"two passages together", "Transport Minister Oliver Grant promised ferries every 15 minutes at rush hour.", nil, "supported", "", "P7,P8"},
		{"invented", "The two governments signed a treaty on shipbuilding worth 4.2 billion euros.", nil, "unsupported", "", ""},
		{"a crack of 11 cm", "One crack was about 11 cm long, Ms Kerr said.", []string{"P10"}, "supported", "", "P10"},
		{"a score as written", "Kestrel won the final 2-1 after extra time.", []string{"P11"}, "supported", "", "P11"},
		{"a score changed", "Kestrel won the final 3-1 after extra time.", []string{"P11"}, "unsupported", "figure:3-1", "P11"},
		{"too early to is a negation", "No cost of repairs has been estimated, the council said.", []string{"P12"}, "supported", "", "P12"},
		{"too early to, flipped", "The council estimated the cost of repairs.", []string{"P12"}, "unsupported", "negation:", "P12"},
		{"struck for hit", "A magnitude 6.4 quake struck the region before dawn.", []string{"P13"}, "supported", "", "P13"},
		{"a clause that a passage negates", "A magnitude 6.4 quake struck the region before dawn; someone died.", nil, "unsupported", "negation:", "P13"},
		{"no insurer is not not insured", "The painting was insured when it was stolen, so no insurer paid.", []string{"P14"}, "unsupported", "negation:", "P14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r verify.Result
			if tt.cited == nil {
				r = x.Find(tt.claim)
			} else {
				r = x.Check(tt.claim, tt.cited)
			}
			if r.Status != tt.want {
				t.Fatalf("status %s, want %s (missing %v, coverage %.2f, passages %v)", r.Status, tt.want, r.Unsupported, r.Coverage, r.Passages)
			}
			if tt.missing != "" {
				var got []string
				for _, m := range r.Unsupported {
					got = append(got, m.Kind+":"+m.Text)
				}
				if !strings.Contains(strings.Join(got, ","), tt.missing) {
					t.Errorf("missing %v, want %s among them", got, tt.missing)
				}
			}
			if tt.passages != "" && strings.Join(r.Passages, ",") != tt.passages {
				t.Errorf("passages %v, want %s", r.Passages, tt.passages)
			}
		})
	}
}
