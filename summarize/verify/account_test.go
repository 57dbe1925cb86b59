package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// TestAccounting pins the rules of accounting and of the meaning checks, each
// on a source sentence of our own: a faithful paraphrase is supported, a changed
// fact is not, and the verdict names what changed.
func TestAccounting(t *testing.T) {
	pub := time.Date(1998, 10, 16, 12, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		name, source, claim string
		want                string // status
		kind                string // a kind the verdict must name ("" for none)
	}{
		// accounted for
		{"derived form", "The alliance made a threat of airstrikes against the rebels.", "The alliance threatened airstrikes against the rebels.", "supported", ""},
		{"derived noun", "The minister admitted that the plan had failed.", "The minister made an admission that the plan had failed.", "supported", ""},
		{"synonym", "The fighting ceased after the ceasefire was agreed.", "The fighting stopped after the ceasefire was agreed.", "supported", ""},
		{"more general word", "A car hit the barrier on the bridge near Lindholm.", "A vehicle hit the barrier on the bridge near Lindholm.", "supported", ""},
		{"part of a compound", "Police found the body on a clifftop near Lindholm.", "Police found the body on a cliff near Lindholm.", "supported", ""},
		{"light words", "Police found the body near Lindholm.", "However, police eventually found the body near Lindholm.", "supported", ""},
		{"dotted thousands", "The death toll in Aceh passed 80,000.", "The death toll in Aceh passed 80.000.", "supported", ""},
		{"a month and year from published_at", "Prospects for a deal are dim this month, the envoy said.", "In October 1998, prospects for a deal were dim, the envoy said.", "supported", ""},
		{"a year from published_at", "Prospects for a deal are dim, the envoy said.", "In 1998 prospects for a deal were dim, the envoy said.", "supported", ""},
		{"accents", "Rescuers reached Piñera's home town of Lolol.", "Rescuers reached Pinera's home town of Lolol.", "supported", ""},
		{"a word for its opposite, not negated", "The council accepted the offer from the ferry company.", "The council refused the offer from the ferry company.", "unsupported", summarize.MissingAntonym},
		{"a negation of a synonym or a narrower word", "Ten missionaries tried to take 33 children out of the country without the government's consent.", "Ten missionaries tried to take 33 children out of the country without permission.", "supported", ""},
		{"a modality of a synonym", "The company hopes to expand its network of stores by 2025.", "The company plans to grow its network of stores by 2025.", "supported", ""},
		{"a negation of another word", "Ten missionaries tried to take 33 children out of the country without the government's consent.", "Ten missionaries tried to take 33 children out of the country without money.", "unsupported", summarize.MissingNegation},
		{"a negation of several words needs them written", "The report, titled No Soldiers' Accounts of Orders, was published in May.", "The soldiers were not acting under orders.", "unsupported", summarize.MissingNegation},
		{"a modality that holds nothing", "The agent will call back next week to answer any questions.", "The agent will call back next week to answer any questions the client may have.", "supported", ""},
		{"expected: the verb expected, through the lexicon", "We expect the average selling price for fourth quarter unit deliveries to again exceed $460,000.", "The average selling price for unit deliveries is expected to surpass $460,000.", "supported", ""},
		{"expected: another verb expected", "We expect the average selling price for fourth quarter unit deliveries to again exceed $460,000.", "The average selling price for unit deliveries is expected to double to $460,000.", "unsupported", summarize.MissingModality},
		{"uncertain for uncertain", "The trust hoped to release another 14 lynx over five years.", "The trust plans to release another 14 lynx over five years.", "supported", ""},
		// meaning changed
		{"another month", "Prospects for a deal are dim this month, the envoy said.", "In March 1998, prospects for a deal were dim, the envoy said.", "unsupported", summarize.MissingFigure},
		{"antonym from the lexicon", "The fire was an uncontrolled burn in the hills above Lindholm.", "The fire was a controlled burn in the hills above Lindholm.", "unsupported", summarize.MissingAntonym},
		{"antonym of a verb", "Prices rose sharply in Lisbon in March.", "Prices fell sharply in Lisbon in March.", "unsupported", summarize.MissingAntonym},
		{"old for new", "The government expressed concerns about the new abuse pictures.", "The government expressed concerns about the old abuse pictures.", "unsupported", summarize.MissingAntonym},
		{"profit for loss", "The report put the economic loss suffered by Haiti at 7.8 billion dollars.", "The report put the economic profit suffered by Haiti at 7.8 billion dollars.", "unsupported", summarize.MissingAntonym},
		{"opposite function word beside a name", "After the United States agreed to the changes proposed by India, the roadmap was adopted.", "Before the US agreed to the changes proposed by India, the roadmap was adopted.", "unsupported", summarize.MissingAntonym},
		{"opposite function word", "The quay closed after the inspection in Lindholm.", "The quay closed before the inspection in Lindholm.", "unsupported", summarize.MissingAntonym},
		{"modality: certain for possible", "The restoration could take a year, the museum said.", "The restoration will take a year, the museum said.", "unsupported", summarize.MissingModality},
		{"modality: possible for certain", "The restoration will take a year, the museum said.", "The restoration might take a year, the museum said.", "unsupported", summarize.MissingModality},
		{"modality: expected for done", "The company is expected to announce 300 job cuts.", "The company announced 300 job cuts.", "unsupported", summarize.MissingModality},
		{"modality: due to be, then done", "The quake struck 21 minutes before the new president was due to be sworn in.", "The quake struck 21 minutes before the new president was sworn in.", "unsupported", summarize.MissingModality},
		{"due to as a cause", "The delay was due to the rain, the airline said.", "The delay was due to the rain, the airline said.", "supported", ""},
		{"denied for said", "The ministry said the convoy was attacked near Lindholm.", "The ministry denied the convoy was attacked near Lindholm.", "unsupported", summarize.MissingNegation},
		{"swapped roles", "Roma beat Lazio in the cup final in Rome.", "Lazio beat Roma in the cup final in Rome.", "unsupported", summarize.MissingRole},
		{"passive keeps roles", "Roma beat Lazio in the cup final in Rome.", "Lazio were beaten by Roma in the cup final in Rome.", "", ""},
		{"the same roles", "Roma beat Lazio in the cup final in Rome.", "Roma beat Lazio in the final in Rome.", "supported", ""},
		{"roles: the source's subject far before its verb", "Alexander Vinokourov of Kazakhstan failed a blood test after the time trial.", "A blood test failed Alexander Vinokourov after the time trial.", "unsupported", summarize.MissingRole},
		{"roles: a passive source, an active claim", "The ruling was appealed by the Interior Ministry on Monday.", "The ruling appealed the Interior Ministry on Monday.", "unsupported", summarize.MissingRole},
		{"roles: a passive claim with its agent", "Rasmussen was suspended by the Danish Cycling Federation after a warning.", "The Danish Cycling Federation was suspended by Rasmussen after a warning.", "unsupported", summarize.MissingRole},
		{"roles: common nouns apart in the source", "The coach, on its way from Lake Varna, left the road on a sharp bend.", "The road left the coach on a sharp bend.", "unsupported", summarize.MissingRole},
		{"roles: another form of the verb", "Hincapie was given the honour of leading his team onto the Champs-Elysees.", "His team led Hincapie onto the Champs-Elysees.", "unsupported", summarize.MissingRole},
		{"roles kept: an active claim of a passive source", "Rasmussen was suspended by the Danish Cycling Federation after a warning.", "The Danish Cycling Federation suspended Rasmussen after a warning.", "", ""},
		{"roles kept: a noun far after the verb is no object", "Cracks were found in the hangers during an inspection in May.", "An inspection in May found cracks in the hangers.", "", ""},
		{"roles kept: a passive claim without agent", "Iran said it would release the female sailor immediately.", "The female sailor would be released immediately, Iran said.", "", ""},
		{"a time of day the sources do not give", "The ferry left Lindholm on Tuesday with 312 passengers.", "The ferry left Lindholm on Tuesday morning with 312 passengers.", "unsupported", summarize.MissingDetail},
		{"a point of the compass the sources do not give", "The river burst its banks across Ashby Vale.", "The river burst its banks across northern Ashby Vale.", "unsupported", summarize.MissingDetail},
		{"the low end of a scale the sources do not give", "The quake shook buildings across the coast of Kestrel Bay on Sunday.", "A weak quake shook buildings across the coast of Kestrel Bay on Sunday.", "unsupported", summarize.MissingDetail},
		{"the last of a series the sources do not give", "Portmere won the round of the cup in Lindholm on Sunday.", "Portmere won the last round of the cup in Lindholm on Sunday.", "unsupported", summarize.MissingDetail},
		{"the low end of a scale the sources give", "A weak quake shook buildings across the coast of Kestrel Bay on Sunday.", "A weak quake shook buildings across the coast of Kestrel Bay.", "supported", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := []summarize.Passage{{ID: "P1", Text: tt.source, Article: "a1", Sources: []string{"a1"}}}
			x := verify.NewIndex(ps, []summarize.Article{{ID: "a1", PublishedAt: &pub}})
			r := x.Check(tt.claim, []string{"P1"})
			var kinds []string
			for _, m := range r.Unsupported {
				kinds = append(kinds, m.Kind+":"+m.Text)
			}
			if tt.want != "" && r.Status != tt.want {
				t.Errorf("%q against %q: %s (%s), want %s", tt.claim, tt.source, r.Status, strings.Join(kinds, ", "), tt.want)
			}
			if tt.want == "" {
				for _, m := range r.Unsupported {
					if m.Kind == summarize.MissingRole {
						t.Errorf("%q: roles reported swapped (%s)", tt.claim, strings.Join(kinds, ", "))
					}
				}
			}
			if tt.kind != "" && !strings.Contains(strings.Join(kinds, ","), tt.kind+":") {
				t.Errorf("%q: names %v, want a %s", tt.claim, kinds, tt.kind)
			}
		})
	}
}

// TestGeneralizeNeverSpecialize: a claim may use a more general word than its
// source's, never a more specific one.
func TestGeneralizeNeverSpecialize(t *testing.T) {
	ps := []summarize.Passage{{ID: "P1", Text: "A car hit the barrier on the bridge.", Article: "a1", Sources: []string{"a1"}}}
	x := verify.NewIndex(ps, []summarize.Article{{ID: "a1"}})
	if r := x.Check("A vehicle hit the barrier on the bridge.", []string{"P1"}); r.Coverage != 1 {
		t.Errorf("vehicle for car: coverage %.2f, want 1", r.Coverage)
	}
	ps[0].Text = "A vehicle hit the barrier on the bridge."
	x = verify.NewIndex(ps, []summarize.Article{{ID: "a1"}})
	if r := x.Check("A car hit the barrier on the bridge.", []string{"P1"}); r.Coverage == 1 {
		t.Errorf("car for vehicle: coverage 1, want the car left unaccounted for")
	}
}
