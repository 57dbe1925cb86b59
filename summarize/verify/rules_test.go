package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/verify"
)

// TestMeaningRulesFind pins the meaning checks that read the request's
// passages beyond the set found (Find): each case has its own sources, a claim,
// the status it must get and a kind the verdict must name (or, with want "",
// kinds it must not name).
func TestMeaningRulesFind(t *testing.T) {
	pub := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		sources []string
		claim   string
		want    string // status; "" for any
		kind    string // a kind the verdict must name; with want "", a kind it must not name
	}{
		{"certain where a passage holds it uncertain",
			[]string{"The suspension bridge carries about 64,000 vehicles a day.", "Emergency vehicles may cross the bridge one at a time under escort, the authority said."},
			"Emergency vehicles will cross the bridge one at a time under escort.", "unsupported", summarize.MissingModality},
		{"expected, then elected: a prediction stated as certain",
			[]string{"Anneke Solberg is expected to be elected premier when the assembly votes on Sept. 24.", "The agreement gives the parties 51 of the 101 seats."},
			"Anneke Solberg will be elected premier when the assembly votes on Sept. 24.", "unsupported", summarize.MissingModality},
		{"an outcome a later passage states, in the past tense",
			[]string{"Searchers are trying to find the black boxes of the airliner.", "The black boxes of the airliner were found on the sea floor in May."},
			"The black boxes of the airliner were found in May.", "supported", ""},
		{"uncertain for uncertain",
			[]string{"Emergency vehicles may cross the bridge one at a time under escort, the authority said."},
			"Emergency vehicles could cross the bridge one at a time under escort.", "supported", ""},
		{"a denial is not matched by another negation of its first word alone",
			[]string{"Soldiers were told that the Geneva Conventions did not apply in the prison.", "During their testimony, the soldiers said they applied interrogation techniques from Guantanamo."},
			"During their testimony, the soldiers denied that they applied interrogation techniques from Guantanamo.", "unsupported", summarize.MissingNegation},
		{"roles reversed in a passage outside the set",
			[]string{"Police questioned the driver of the coach on Tuesday.", "Police took the coach away for tests on its brakes."},
			"The driver questioned police on Tuesday and took the coach for tests on its brakes.", "unsupported", summarize.MissingRole},
		{"a sentence briefed word for word is no swap when another passage reads the verb the other way",
			[]string{"The harbour strike suspect, Tomas Reyl, has arrived in Kestrel Town and been arrested following his extradition.", "Police said the suspect had planned to strike the harbour again."},
			"The harbour strike suspect, Tomas Reyl, has arrived in Kestrel Town and been arrested following his extradition.", "supported", ""},
		{"an opposite near the claim's words, not in its place",
			[]string{"Halvern Foods agreed on Monday to buy rival grocery chain Brightmarket Stores in a cash-and-stock deal."},
			"Halvern Foods will sell Brightmarket Stores in a cash-and-stock deal.", "unsupported", summarize.MissingAntonym},
		{"a denial past an abbreviation: its scope goes on after the initials' periods",
			[]string{"Pictures that had not been publicly released by a U.S. federal court were shown.", "U.S. Lt. Col. Steven Lee Jordan will be tried by a military court, the U.S. Army announced."},
			"The U.S. Army denied that U.S. Lt. Col. Steven Lee Jordan would be tried by a military court.", "unsupported", summarize.MissingNegation},
		{"a capitalized opening word no article writes and no dictionary knows is a name",
			[]string{"The crisis management team said the sailors were in Iraqi waters, a victory for the navy."},
			"Hincapie led his team to victory.", "unsupported", summarize.MissingName},
		{"a spelling variant that opens the claim is no unknown name",
			[]string{"Anti-government protesters marched through the capital on Sunday, police said."},
			"Antigovernment protesters marched through the capital on Sunday, police said.", "supported", ""},
		{"a hyphenated compound that opens the claim is no unknown name",
			[]string{"A multibillion-dollar deal was signed in the capital on Sunday."},
			"Multi-billion dollar deal was signed in the capital on Sunday.", "supported", ""},
		{"an opening name the articles write is read as before",
			[]string{"Joe invited Luke on a trip to Ukraine with friends in January.", "Luke told him it was February."},
			"Joe invites Luke on a trip to Ukraine with friends in January.", "supported", ""},
		{"a capitalized opening word the dictionary knows is no name",
			[]string{"The ferry strike closed the harbour for two days."},
			"Strike closed the harbour for two days.", "supported", ""},
		{"a country's name in another form: U.S. for United States",
			[]string{"After the United States agreed to the changes proposed by India, the roadmap was agreed on."},
			"After the U.S. agreed to the changes proposed by India, the roadmap was agreed on.", "supported", ""},
		{"the pronoun us names no country",
			[]string{"Give us the aid we were promised, the mayor told reporters after the floods."},
			"The United States promised the mayor aid after the floods.", "unsupported", summarize.MissingName},
		{"the pronoun us carries no US",
			[]string{"Give us the aid we were promised, the mayor told reporters after the floods."},
			"The US promised the mayor aid after the floods.", "unsupported", summarize.MissingName},
		{"US is U.S.",
			[]string{"After the U.S. agreed to the changes proposed by India, the roadmap was agreed on."},
			"After the US agreed to the changes proposed by India, the roadmap was agreed on.", "supported", ""},
		{"an opposite in the place of the claim's word, past an abbreviation",
			[]string{"After the United States agreed to the changes proposed by India, the roadmap was agreed on."},
			"Before the U.S. agreed to the changes proposed by India, the roadmap was agreed on.", "unsupported", summarize.MissingAntonym},
		{"a word accounted for only by a far sense is not when the passage writes its opposite",
			[]string{"George Hincapie has now guided team mates to victory a record eight times."},
			"Hincapie led his team to defeat.", "unsupported", summarize.MissingAntonym},
		{"a synonym accounts for a word though the passage writes its opposite elsewhere",
			[]string{"Shares climbed 5% in early trading before they fell back to close flat."},
			"Shares rose 5% in early trading.", "supported", ""},
		{"a date's day is no count",
			[]string{"Another large aftershock of the February 27 earthquake rocked Chile on Wednesday."},
			"At least 27 aftershocks were recorded.", "unsupported", summarize.MissingFigure},
		{"a day written before its month with of is a date",
			[]string{"Rasmussen said he was in Mexico until June 26, before the race."},
			"Rasmussen said he was in Mexico until the 26th of June.", "supported", ""},
		{"Q3 is the third quarter",
			[]string{"Harbour Freight said revenue rose 19% in the third quarter, to $1.2 billion."},
			"Harbour Freight revenue rose 19% to $1.2 billion in Q3.", "supported", ""},
		{"Q3 is the third-quarter, written with a hyphen",
			[]string{"Harbour Freight's third-quarter revenue rose 19%."},
			"Harbour Freight's Q3 revenue rose 19%.", "supported", ""},
		{"3Q is the third quarter",
			[]string{"Harbour Freight said revenue rose 19% in the third quarter, to $1.2 billion."},
			"Harbour Freight revenue rose 19% to $1.2 billion in 3Q 2026.", "", summarize.MissingFigure},
		{"Q2 is not the third quarter",
			[]string{"Harbour Freight said revenue rose 19% in the third quarter, to $1.2 billion."},
			"Harbour Freight revenue rose 19% to $1.2 billion in Q2.", "unsupported", summarize.MissingFigure},
		{"a range written with a dash is carried by one written with to",
			[]string{"We expect net sales to be up 4% to 7% next year, the company said."},
			"Net sales will be up 4-7% next year, the company said.", "supported", ""},
		{"a range the sources do not give",
			[]string{"We expect net sales to be up 4% to 7% next year, the company said."},
			"Net sales will be up 4-8% next year, the company said.", "unsupported", summarize.MissingFigure},
		{"the previous year is last year",
			[]string{"Net income fell compared to last year on a GAAP basis."},
			"Net income fell compared to the previous year on a GAAP basis.", "supported", ""},
		{"an acronym's plural carries its singular",
			[]string{"Bias terms used in most CNNs interfere with the interpretability of these networks."},
			"Bias terms in CNN architectures interfere with interpretability.", "supported", ""},
		{"an acronym the sources do not write, in the plural",
			[]string{"Bias terms used in most CNNs interfere with the interpretability of these networks."},
			"Bias terms used in most RNNs interfere with the interpretability of these networks.", "unsupported", summarize.MissingName},
		{"an undated passage tells of its article's day",
			[]string{"The harbour authority reopened the eastern quay to ferries."},
			"On March 10, the harbour authority reopened the eastern quay to ferries.", "supported", ""},
		{"a passage that dates its event elsewhere does not",
			[]string{"The harbour authority reopened the eastern quay to ferries yesterday."},
			"On March 10, the harbour authority reopened the eastern quay to ferries.", "unsupported", summarize.MissingFigure},
		{"a passage that dates its event by a year does not carry the day of publication",
			[]string{"The harbour authority built the eastern quay in 1998."},
			"On March 10, the harbour authority built the eastern quay.", "unsupported", summarize.MissingFigure},
		{"a passage that dates its event by last year does not either",
			[]string{"The harbour authority built the eastern quay last year."},
			"On March 10, the harbour authority built the eastern quay.", "unsupported", summarize.MissingFigure},
		{"a country named in part of its phrase is not carried by the rest",
			[]string{"Africa will host the trade summit in Durban next year, officials said."},
			"South Africa will host the trade summit in Durban next year, officials said.", "unsupported", ""},
		{"wire copy's mln is million",
			[]string{"Output fell to 4.2 mln barrels a day in March, the ministry said."},
			"Output fell to 4.2 million barrels a day in March, the ministry said.", "supported", ""},
		{"bucks are dollars",
			[]string{"If the deal slips we may lose 5 mln bucks, the manager said."},
			"The manager said they may lose 5 million dollars if the deal slips.", "supported", ""},
		{"a mixed-case acronym's plural carries its singular",
			[]string{"The committee discussed funding for PhDs in the department."},
			"The committee discussed funding for each PhD in the department.", "supported", ""},
		{"certain past a perfect tense where a passage holds it possible",
			[]string{"Autopsies of the victims revealed fractures in leg bones.", "The fractures suggest the jet may have been torn apart in midair before it hit the water."},
			"Autopsies revealed fractures in leg bones, suggesting that the jet will have been torn apart in midair.", "unsupported", summarize.MissingModality},
		{"a count before of and a month's possessive is no date",
			[]string{"Only 12 of June's flood victims were children, the county said."},
			"Only 12 flood victims were children, the county said.", "supported", ""},
		{"a negation in a condition says what would follow, not what is",
			[]string{"After two weeks of negotiations, the talks will run into Saturday if agreement can not be reached by Friday.", "The Bali roadmap was agreed on Saturday morning."},
			"After two weeks of negotiations, agreement was reached on the Bali roadmap.", "supported", ""},
		{"a condition's consequence is as hypothetical as the condition",
			[]string{"Dozens of injured Haitians were flown to Miami on Friday.", "If we don't have permission to bring them, we can't fly the injured Haitians to Miami, the spokesman said."},
			"Dozens of injured Haitians were flown to Miami.", "supported", ""},
		{"a condition's negation does not carry a claim's plain one",
			[]string{"If the crew does not have permission to land, the plane can't fly the mission, the spokesman said."},
			"The spokesman said the crew did not have permission to land.", "unsupported", summarize.MissingNegation},
		{"trying to is in an effort to",
			[]string{"A spokesperson said the agency released food only to women in an effort to reduce violence caused by starvation."},
			"The agency was trying to reduce violence caused by starvation.", "supported", ""},
		{"a claim's efforts to needs no hedge in the sources",
			[]string{"The health agency is working to improve conditions in the camps."},
			"The health agency makes hard efforts to improve conditions in the camps.", "", summarize.MissingModality},
		{"a negation of a wider clause covers the claim's",
			[]string{"The minister said the union would not view it as necessary to attend the emitters meeting if no agreement was reached."},
			"The minister said the union would not attend the emitters meeting if no agreement was reached.", "supported", ""},
		{"a negated saying covers nothing it reports",
			[]string{"The authority did not say whether the bridge would reopen on Monday morning."},
			"The authority said the bridge would not reopen on Monday morning.", "unsupported", summarize.MissingNegation},
		{"a claim's efforts to answers a passage's",
			[]string{"The government has put an end to its efforts to find and rescue buried survivors of the earthquake."},
			"The government put an end to efforts to find buried survivors of the earthquake.", "supported", ""},
		{"plans to a client are no plan to do",
			[]string{"The agent offered an exclusive insurance plan for a new client on the call."},
			"The agent offered exclusive insurance plans to a new client on the call.", "supported", ""},
		{"plans to before a verb are a plan",
			[]string{"The agent offered an exclusive insurance plan to a new client on the call."},
			"The agent plans to offer an exclusive insurance plan to a new client on the call.", "unsupported", summarize.MissingModality},
		{"expected to grow is we expect sales to be up",
			[]string{"We expect net sales to be up 4% to 7% next year, the finance chief said."},
			"Net sales are expected to grow by 4-7% next year, the finance chief said.", "supported", ""},
		{"expected to grow is not sales grew",
			[]string{"Net sales grew 4% to 7% last year, the finance chief said."},
			"Net sales are expected to grow by 4-7%, the finance chief said.", "unsupported", summarize.MissingModality},
		{"a name's number where the sources write the name alone",
			[]string{"Conditions remain uncertain due to the impact of COVID on the plant, the company said."},
			"Conditions remain uncertain due to the impact of COVID-19 on the plant, the company said.", "supported", ""},
		{"a name's number the sources write otherwise",
			[]string{"The air force will buy 24 F-35 jets from the United States, the ministry said."},
			"The air force will buy 24 F-16 jets from the United States, the ministry said.", "unsupported", summarize.MissingFigure},
		{"an acronym is carried by the words it stands for",
			[]string{"Second-quarter revenue rose 19% year over year, the International Olympic Committee's sponsor said."},
			"Second-quarter revenue rose 19% YoY, the IOC's sponsor said.", "supported", ""},
		{"an acronym's plural is carried by the words it stands for",
			[]string{"Bias terms used in most convolutional neural networks interfere with their interpretability."},
			"Bias terms used in most CNNs interfere with their interpretability.", "supported", ""},
		{"a short acronym is not spelled by words and a filler",
			[]string{"The model learns from images and language without supervision."},
			"The IL model learns from images and language without supervision.", "unsupported", summarize.MissingName},
		{"a claim's negation written with a Windows-1252 apostrophe read as Latin-1",
			[]string{"The harbour authority reopened the eastern quay to ferries on Monday."},
			"The harbour authority didn\u0092t reopen the eastern quay to ferries on Monday.", "unsupported", summarize.MissingNegation},
		{"a negation that is no condition still contradicts",
			[]string{"After two weeks of negotiations, agreement on the Bali roadmap was not reached by Friday."},
			"After two weeks of negotiations, agreement on the Bali roadmap was reached by Friday.", "unsupported", summarize.MissingNegation},
		{"a month, a comma, then a count is no date",
			[]string{"In November, four aftershocks hit the coast again, with no reports of damage."},
			"In November, 4 aftershocks hit the coast again.", "supported", ""},
		{"an opposite far from the claim's words is no antonym",
			[]string{"The Olympic Games in Beijing began on August 8 with a parade of teams.", "The closing ceremony at the end of the Games drew 91,000 people to the stadium."},
			"The Olympic Games in Beijing began on August 8 with a parade of teams.", "supported", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []summarize.Passage
			for i, s := range tt.sources {
				ps = append(ps, summarize.Passage{ID: "P" + string(rune('1'+i)), Text: s, Article: "a1", Sources: []string{"a1"}})
			}
			x := verify.NewIndex(ps, []summarize.Article{{ID: "a1", PublishedAt: &pub}})
			r := x.Find(tt.claim)
			var kinds []string
			for _, m := range r.Unsupported {
				kinds = append(kinds, m.Kind+":"+m.Text)
			}
			got := strings.Join(kinds, ", ")
			if tt.want != "" && r.Status != tt.want {
				t.Errorf("%q: %s (%s), want %s", tt.claim, r.Status, got, tt.want)
			}
			if tt.kind != "" && tt.want != "" && !strings.Contains(got, tt.kind+":") {
				t.Errorf("%q: names %q, want a %s", tt.claim, got, tt.kind)
			}
			if tt.kind != "" && tt.want == "" && strings.Contains(got, tt.kind+":") {
				t.Errorf("%q: names %q, want no %s", tt.claim, got, tt.kind)
			}
		})
	}
}
