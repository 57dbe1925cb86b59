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
		{"an opposite in a passage that carries a quarter of the claim, of a word no source writes",
			[]string{"Thousands marched through Kestrel Town on Saturday against the harbour tax.", "It was a large harbour demonstration for a town of its size, organisers said."},
			"Thousands marched through Kestrel Town on Saturday against the harbour tax in a small demonstration.", "unsupported", summarize.MissingAntonym},
		{"an opposite, where the claim's word is written only in a passage that carries little of it",
			[]string{"Thousands marched through Kestrel Town on Saturday against the harbour tax.", "It was a large harbour demonstration for a town of its size, organisers said.", "The ferry company reported a small profit for the year."},
			"Thousands marched through Kestrel Town on Saturday against the harbour tax in a small demonstration.", "unsupported", summarize.MissingAntonym},
		{"no opposite from a passage that carries less than a quarter of the claim",
			[]string{"Thousands marched through Kestrel Town on Saturday against the harbour tax.", "A large crowd is expected at the demonstration in the capital."},
			"Thousands marched through Kestrel Town on Saturday against the harbour tax in a small demonstration.", "", summarize.MissingAntonym},
		{"no opposite when another source writes the claim's word",
			[]string{"Thousands marched through Kestrel Town on Saturday against the harbour tax.", "It was a large harbour demonstration for a town of its size, organisers said.", "A small demonstration by farmers was held a week later."},
			"Thousands marched through Kestrel Town on Saturday against the harbour tax in a small demonstration.", "", summarize.MissingAntonym},
		{"an opposite in the copied place by a sense past the third (\"second\" for \"first\")",
			[]string{"Members of the cooperative get a 10% discount in their first year of membership."},
			"Members of the cooperative get a 10% discount in their second year of membership.", "unsupported", summarize.MissingAntonym},
		{"a loss for a gain in the copied place",
			[]string{"The cooperative reported a gain in membership this year, its chair said."},
			"The cooperative reported a loss in membership this year, its chair said.", "unsupported", summarize.MissingAntonym},
		{"another word of the same sense in the copied place is no opposite",
			[]string{"Members of the cooperative get a 10% discount in their first year of membership."},
			"Members of the cooperative get a 10% reduction in their first year of membership.", "supported", ""},
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
		{"a certainty the sources do not state",
			[]string{"The line was closed on Friday, reportedly because of a signal fault near Ashby Vale."},
			"The line was closed on Friday, certainly because of a signal fault near Ashby Vale.", "unsupported", summarize.MissingModality},
		{"a certainty the sources state",
			[]string{"The line was closed on Friday, certainly because of a signal fault near Ashby Vale, the operator said."},
			"The line was closed on Friday, certainly because of a signal fault near Ashby Vale.", "supported", ""},
		{"a denial is not matched by a plain negation whose clause ends after its first word",
			[]string{"Inspectors said the safety rules did not apply, and that crews could use older ladders.", "At the hearing, the crews said they applied safety checks learned from the navy."},
			"At the hearing, the crews denied that they applied safety checks from the navy.", "unsupported", summarize.MissingNegation},
		{"roles reversed where the passage writes one side twice, both after the verb",
			[]string{"Rosa Lind was given the honor of leading her team and the crowd into the square, as she has guided team members there for years."},
			"Her team led Rosa Lind into the square.", "unsupported", summarize.MissingRole},
		{"certain where a passage holds it possible, the word before it another",
			[]string{"In a dissent, Judge Ada Moor wrote that the cameras recorded only what any officer standing in a square could see."},
			"Judge Ada Moor wrote that the cameras recorded only what an officer will see.", "unsupported", summarize.MissingModality},
		{"a negated denial is no denial",
			[]string{"The ministry denies any approval for the sale of the harbour land."},
			"The ministry did not deny any approval for the sale of the harbour land.", "unsupported", summarize.MissingNegation},
		{"a negated denial for a negated denial",
			[]string{"The ministry did not deny that it approved the sale of the harbour land."},
			"The ministry did not deny approving the sale of the harbour land.", "supported", ""},
		{"earlier where the sources tell of later",
			[]string{"Two weeks after the flood, the mayor of Ashby Vale announced a tourism campaign."},
			"Two weeks earlier, the mayor of Ashby Vale announced a tourism campaign.", "unsupported", summarize.MissingDetail},
		{"earlier where the sources write it",
			[]string{"Earlier in the week, the mayor of Ashby Vale announced a tourism campaign."},
			"Earlier, the mayor of Ashby Vale announced a tourism campaign.", "supported", ""},
		{"a comparison the sources do not make",
			[]string{"Up to four times as many women as men died in the flood, figures published by the relief agency show."},
			"Four times less women than men died in the flood.", "unsupported", summarize.MissingDetail},
		{"a comparison the sources make",
			[]string{"The second quake lasted less than a minute, the survey said."},
			"The second quake lasted less than a minute.", "supported", ""},
		{"roles reversed in the verb's clause, a side written on both sides of the verb in the sentence",
			[]string{"Witnesses say that the riders passed the bridge before the charges went off, while others say that the charges were set off before the riders passed."},
			"Witnesses say that the bridge passed the riders before the charges went off.", "unsupported", summarize.MissingRole},
		{"done where the sources say it was due",
			[]string{"A magnitude 6.9 earthquake struck the coast on Thursday, just 21 minutes before the new governor, Ana Lind, was due to be sworn in."},
			"A magnitude 6.9 earthquake struck the coast on Thursday, just 21 minutes before the new governor was sworn in.", "unsupported", summarize.MissingModality},
		{"due for due",
			[]string{"A magnitude 6.9 earthquake struck the coast on Thursday, just 21 minutes before the new governor was due to be sworn in."},
			"A 6.9 quake struck the coast on Thursday, 21 minutes before the new governor was due to be sworn in.", "supported", ""},
		{"a detail word carried only beside the claim's words",
			[]string{"A strong earthquake struck Ashby Vale again, eight days after a magnitude 7.0 quake left much of the valley in ruins.", "In a letter to the health minister earlier this week, the governor said that the hospitals, short of beds and of doctors since the first quake, could no longer treat the injured of the valley."},
			"Eight days earlier a quake left much of the valley in ruins.", "unsupported", summarize.MissingDetail},
		{"a time before another the sources do not give",
			[]string{"Residents of Ashby Vale marked the first anniversary of the flood that claimed 52 lives."},
			"A year before the flood, residents of Ashby Vale marked its anniversary.", "unsupported", summarize.MissingDetail},
		{"a time before another the sources give",
			[]string{"Three days before the flood, residents of Ashby Vale were told to leave their homes."},
			"Three days before the flood, residents of Ashby Vale were told to leave.", "supported", ""},
		{"a clause opening with before that the sources do not give",
			[]string{"Police searched six houses in Leeds today in connection with the Ashby Vale bombings."},
			"Before the Ashby Vale bombings, police searched six houses in Leeds.", "unsupported", summarize.MissingDetail},
		{"a denial carried only by another passage's negation of some of its words",
			[]string{"The Ashby Vale Flood Warning Center has announced that a flood warning is in effect for the whole of the lower valley.", "There was no flood warning, and the mayor was away on holiday when the dam failed."},
			"The Ashby Vale Flood Warning Center denied that a flood warning was in effect for the lower valley.", "unsupported", summarize.MissingNegation},
		{"a negation carried by a passage that carries little else of the claim",
			[]string{"After a short ceremony at the airport, the fifteen sailors returned to Ashby Vale on Thursday.", "The boats and the equipment were not returned."},
			"After a short ceremony the fifteen sailors were not returned to Ashby Vale.", "unsupported", summarize.MissingNegation},
		{"a negation with its subject in a passage that carries little else of the claim",
			[]string{"A coach carrying 51 tourists overturned on the road to the Gallo pass on Tuesday, injuring 42 people.", "Nobody died, the police said."},
			"A coach carrying 51 tourists overturned on the road to the Gallo pass on Tuesday, injuring 42 people; nobody died.", "supported", ""},
		{"a negation after the same pronoun, with another verb of saying before it",
			[]string{"Mara: I overheard Tobin on the phone last night.", "Mara: he was telling someone that he wasn't very happy here."},
			"Mara overheard her flatmate, Tobin, saying that he wasn't happy living with her.", "", summarize.MissingNegation},
		{"a count the claim's own names give",
			[]string{"Tobin: fancy a drink at the Anchor on Friday?", "Mara: yes, let's meet at the Anchor at eight."},
			"Two friends, Tobin and Mara, meet at the Anchor on Friday.", "supported", ""},
		{"a count the claim's own names do not give",
			[]string{"Tobin: fancy a drink at the Anchor on Friday?", "Mara: yes, let's meet at the Anchor at eight."},
			"Three friends, Tobin and Mara, meet at the Anchor on Friday.", "unsupported", summarize.MissingFigure},
		{"a numbered list counts its items",
			[]string{"The harbour board set out its demands to the ministry:", "1. A new sea wall by 2028.", "The wall would cost 40 million euros.", "2. Dredging of the eastern channel.", "3. Two more pilots for the night shift."},
			"The harbour board set out three demands to the ministry.", "supported", ""},
		{"a count a numbered list does not give",
			[]string{"The harbour board set out its demands to the ministry:", "1. A new sea wall by 2028.", "The wall would cost 40 million euros.", "2. Dredging of the eastern channel.", "3. Two more pilots for the night shift."},
			"The harbour board set out four demands to the ministry.", "unsupported", summarize.MissingFigure},
		{"no count from numbers out of turn",
			[]string{"The harbour board set out its demands to the ministry:", "1. A new sea wall by 2028.", "2. Dredging of the eastern channel.", "1. The ministry will study the wall.", "3. Two more pilots for the night shift."},
			"The harbour board set out three demands to the ministry.", "unsupported", summarize.MissingFigure},
		{"a restriction the sources do not make",
			[]string{"The new ferry pass is available to residents and visitors of Kestrel Town from Monday."},
			"The new ferry pass is only available to residents of Kestrel Town from Monday.", "unsupported", summarize.MissingDetail},
		{"a restriction the sources make with another word",
			[]string{"In Kestrel Town alone, 40 homes were flooded on Monday night."},
			"Only in Kestrel Town, 40 homes were flooded on Monday night.", "supported", ""},
		{"a hyphenated compound with the opposite first part",
			[]string{"We train the harbour pilot agent off-policy from logged data of past dockings and test it in a simulator."},
			"The harbour pilot agent is trained on-policy from logged data of past dockings.", "unsupported", summarize.MissingAntonym},
		{"a hyphenated compound the sources write, with its opposite",
			[]string{"We train the harbour pilot agent off-policy from logged data of past dockings, where on-policy training would need a live harbour."},
			"The harbour pilot agent is trained off-policy from logged data of past dockings.", "supported", ""},
		{"a common word inside a name, which the sources do not write",
			[]string{"The board wants a Night Pilot Service for the harbour by May."},
			"The board wants a Night Bakery Service for the harbour by May.", "unsupported", summarize.MissingName},
		{"a common word inside a name whose first word the sources write in lower case",
			[]string{"The board wants a Night Pilot Service for the harbour by May, as the night shift has too few pilots."},
			"The board wants a Night Ferry Service for the harbour by May.", "unsupported", summarize.MissingName},
		{"a common word that opens a name, which the sources do not write",
			[]string{"Tobin Graner won the gold medal at the Kestrel Games on Saturday."},
			"Tobin Graner won the gold medal at the Summer Kestrel Games.", "supported", ""},
		{"a list's opening names its items",
			[]string{"The harbour board set out its demands to the ministry:", "1. Kestrel Sea Wall - a new wall by 2028 at a cost of 40 million euros.", "2. Eastern Channel Dredging - to open the port to larger ships.", "3. Night Pilot Service - two more pilots for the night shift."},
			"The harbour board's demands to the ministry include the Kestrel Sea Wall, Eastern Channel Dredging and a Night Pilot Service.", "supported", ""},
		{"a list's opening does not name what its items do not",
			[]string{"The harbour board set out its demands to the ministry:", "1. Kestrel Sea Wall - a new wall by 2028 at a cost of 40 million euros.", "2. Eastern Channel Dredging - to open the port to larger ships.", "3. Night Pilot Service - two more pilots for the night shift."},
			"The harbour board's demands to the ministry include the Kestrel Vantor Wall, Eastern Channel Dredging and a Night Pilot Service.", "unsupported", summarize.MissingName},
		{"a conversation names its speakers",
			[]string{"Tobin: Harwick Bay?", "Mara: lovely, but cold in winter", "Tobin: Elm Point?", "Mara: never been there", "Tobin: Gull Island is my favourite", "Mara: mine too"},
			"Tobin and Mara talk about Harwick Bay, Elm Point and Gull Island.", "supported", ""},
		{"a conversation does not name who does not speak",
			[]string{"Tobin: Harwick Bay?", "Mara: lovely, but cold in winter", "Tobin: Elm Point?", "Mara: never been there", "Tobin: Gull Island is my favourite", "Mara: mine too"},
			"Tobin and Kesh talk about Harwick Bay, Elm Point and Gull Island.", "unsupported", summarize.MissingName},
		{"a word the sources write only negated, left out of the set found",
			[]string{"Tobin: you got us thrown out of the Anchor again", "Mara: I was tired not drunk", "Tobin: you were tired all weekend, Mara"},
			"Tobin teases Mara about getting thrown out of the Anchor, and Mara says she was tired and drunk.", "unsupported", summarize.MissingNegation},
		{"a word the sources write only negated, where the claim says it is needed",
			[]string{"The survey team will meet the harbour board on Monday to discuss the eastern channel.", "The board said the channel has not been mapped properly."},
			"The survey team will meet the harbour board on Monday to discuss the need to map the eastern channel.", "", summarize.MissingNegation},
		{"roles reversed around a verb of saying that takes an object",
			[]string{"A report is published by the Harbour Trust on the treatment of the dock workers after the strike."},
			"After the strike a report published the Harbour Trust on the treatment of the dock workers.", "unsupported", summarize.MissingRole},
		{"roles reversed around a relative clause about the verb's subject",
			[]string{"Police have found that the gunmen who mounted an attack on the harbour had rehearsed their plan nine days earlier."},
			"Police said that the attacks had rehearsed the gunmen nine days earlier.", "unsupported", summarize.MissingRole},
		{"no swap read where the verb stands in an object relative clause",
			[]string{"Analysts doubt the deal that the companies value at $2.1 billion.", "The companies agreed the deal on Monday."},
			"The companies value the deal at $2.1 billion.", "", summarize.MissingRole},
		{"no swap read where the verb after a relative clause is passive",
			[]string{"The gunmen who mounted an attack on the harbour were killed by police."},
			"The attack killed the gunmen.", "", summarize.MissingRole},
		{"a word the claim puts under a refusal is not negated by a passage",
			[]string{"Officials in Kestrel Town do not accept the request on welcoming the relay of the harbour games without flags, symbols and the anthem.", "The mayor commented that he can not welcome the relay of the harbour games with the anthem and the flags."},
			"Kestrel Town refused the request on welcoming the relay of the harbour games without flags, symbols and the anthem.", "supported", ""},
		{"a word the claim states is negated by a passage",
			[]string{"Officials in Kestrel Town do not accept the request on welcoming the relay of the harbour games without flags, symbols and the anthem.", "The mayor commented that he can not welcome the relay of the harbour games with the anthem and the flags."},
			"The mayor welcomed the relay of the harbour games with the anthem and the flags.", "unsupported", summarize.MissingNegation},
		{"an opposite in a passage that carries what the set found does not",
			[]string{"Kestrel Town in the Ashby Region of Norland held a vote on the budget.", "Kestrel Town and the Ashby Region of Norland signed a deal on buses.", "The Ashby Region of Norland said Kestrel Town would get new schools.", "Kestrel Town, in the Ashby Region of Norland, elected a mayor.", "Norland's Ashby Region and Kestrel Town shared the cost of a bridge.", "Kestrel Town is a harbour town in the Ashby Region of Norland, known for its square and its surfing waves.", "The storm and the flood completely destroyed Kestrel Town's oldest harbour street and its fishing villages.", "The giant waves annihilated the beach and reached the square, destroying everything in their way, the paper reported."},
			"The giant waves destroyed Kestrel Town's newest harbour street, a harbour town in the Ashby Region of Norland, and reached the square.", "unsupported", summarize.MissingAntonym},
		{"a figure another passage writes in the claim's place",
			[]string{"Today we signed an agreement to acquire 11 stores and one repair centre from the Peacock group in Savannah.", "We plan to open five new stores by the end of this year."},
			"The company signed an agreement to acquire five stores and one repair centre from the Peacock group.", "unsupported", summarize.MissingFigure},
		{"a large figure written elsewhere: the sources disagree, the claim is not changed",
			[]string{"Officials estimate the earthquake killed about 200,000 people and affected three million.", "The United Nations said the earthquake left exactly 222,570 deaths and 310,000 injured."},
			"Overall, the earthquake killed exactly 222,570 people and affected three million.", "", summarize.MissingFigure},
		{"figures are no neighbours of a figure's place",
			[]string{"Alexander Vinokourov of Kazakhstan has won stage 13 of the 2007 Tour de France.", "Alexander Vinokourov of Kazakhstan has won stage 15 of the 2007 Tour de France in a time of 5h 34'."},
			"Vinokourov, who won stages 13 and 15, was a pre-Tour favourite.", "", summarize.MissingFigure},
		{"the claim's subject is the source's object, its object not written",
			[]string{"The sailors have admitted the violation of the territorial waters, the general said."},
			"The violation admitted the staff.", "unsupported", summarize.MissingRole},
		{"no object where a verb takes an infinitive",
			[]string{"The Basque group ETA has claimed responsibility for placing the devices on the route.", "A call was placed to the police by someone claiming to be from the ETA."},
			"ETA claimed responsibility for placing the devices on the route.", "supported", ""},
		{"a range the passage writes in words is the claim's figure",
			[]string{"Net sales grew between 4 and 7 percent in fiscal 2021, the company said.", "Net sales grew 4 percent in the first quarter of fiscal 2021."},
			"Net sales grew 4-7 percent in fiscal 2021, the company said.", "", summarize.MissingFigure},
		{"a modal before a figure holds the figure uncertain",
			[]string{"The death toll from the flood in Ashby Vale is 200, officials said."},
			"The death toll from the flood in Ashby Vale could be 200, officials said.", "unsupported", summarize.MissingModality},
		{"no swap read in the verb of an object relative clause with a two-word subject",
			[]string{"The suspect who police officers arrested on Monday was charged with arson on Tuesday."},
			"Police officers arrested the suspect on Monday.", "", summarize.MissingRole},
		{"a word the claim states outside a refusal is negated by a passage",
			[]string{"Officials in Kestrel Town refused the request on welcoming the relay of the harbour games without flags.", "The mayor said he can not welcome the relay of the harbour games with the anthem and the flags."},
			"Kestrel Town refused the request, and the mayor is welcoming the relay of the harbour games with the anthem and the flags.", "unsupported", summarize.MissingNegation},
		{"N days before an event a passage says was N days ago",
			[]string{"The government of Norland has put an end to its efforts to find and rescue survivors of the earthquake that hit the region eleven days ago."},
			"Eleven days before the earthquake, the government of Norland put an end to its efforts to rescue survivors.", "unsupported", summarize.MissingAntonym},
		{"N days after an event a passage says was N days ago",
			[]string{"The government of Norland has put an end to its efforts to find and rescue survivors of the earthquake that hit the region eleven days ago."},
			"Eleven days after the earthquake, the government of Norland put an end to its efforts to rescue survivors.", "", summarize.MissingAntonym},
		{"an opposite near a figure both write",
			[]string{"The crash of the ferry in the northern channel is said to be the world's worst sea disaster since 1987."},
			"The crash marked the best accident since 1987.", "unsupported", summarize.MissingAntonym},
		{"an opposite the lexicon does not relate",
			[]string{"The council allowed street vendors in the old market square on Sundays, the mayor said."},
			"The council banned street vendors in the old market square on Sundays.", "unsupported", summarize.MissingAntonym},
		{"an opposite of the closed list in another form",
			[]string{"The United States also called for the immediate release of the sailors, supporting the demand of the Kingdom."},
			"The United States expressed their oppose and their claim for immediate release of the sailors.", "unsupported", summarize.MissingAntonym},
		{"a verb of saying is matched by its own word, not by another that says",
			[]string{"The report was published by the ministry on Monday.", "The report said the ministry had failed to act."},
			"The ministry published the report on Monday.", "", summarize.MissingRole},
		{"a claim's negations are read in their own clauses, past a modality in another",
			[]string{"The company may cut jobs at the plant next year.", "The plant, officials said, did not close."},
			"The company may cut jobs at the plant next year; the plant did not close.", "supported", ""},
		{"a year before a comma and a number word, carried by the article's year",
			[]string{"Five men were found guilty today of plotting to cause explosions at the harbour."},
			"In 2026, five men were found guilty of plotting to cause explosions at the harbour.", "supported", ""},
		{"an opposite put in a copied sentence, where the claim writes the source's word elsewhere",
			[]string{"Witnesses said the ferry left the harbour before the storm reached the coast, while others said the storm reached the coast before the ferry left."},
			"Witnesses said the ferry left the harbour after the storm reached the coast, while others said the storm reached the coast before the ferry left.", "unsupported", summarize.MissingAntonym},
		{"an opposite in the place of one of two words the claim writes twice",
			[]string{"Across the three districts surveyed, the study finds that women hired outnumber men in every trade."},
			"The study finds that men hired outnumber men in every trade.", "unsupported", summarize.MissingAntonym},
		{"an opposite of the closed list in another form, in a copied sentence",
			[]string{"The two unions, along with the port authority, are refusing to agree to any cuts this week."},
			"The two unions, along with the port authority, agreed to agree to any cuts this week.", "unsupported", summarize.MissingAntonym},
		{"an opposite beside a negation says the same",
			[]string{"The home side did not win the final in Dunmore on Saturday, the club said."},
			"The home side lost the final in Dunmore on Saturday, the club said.", "", summarize.MissingAntonym},
		{"a negation of one word, said of another subject, does not carry a longer one",
			[]string{"Inspectors were told that the safety rules did not apply, and that crews were free to apply heavier loads to the beams.", "At the hearing, the crews described the heavier loads on the beams."},
			"At the hearing, the crews said they did not apply heavier loads to the beams.", "unsupported", summarize.MissingNegation},
		{"a negation added to a copied sentence, matched only by a looser passage",
			[]string{"The harbour board said early on that dredging targets were not to be expected this year.", "The plan is expected to include dredging targets for the north harbour, among other things."},
			"The plan is not expected to include dredging targets for the north harbour, among other things.", "unsupported", summarize.MissingNegation},
		{"a negation both the copied sentence and the claim write",
			[]string{"The harbour board said early on that dredging targets were not to be expected this year.", "The plan is not expected to include dredging targets for the north harbour, among other things."},
			"The plan is not expected to include dredging targets for the north harbour, among other things.", "supported", ""},
		{"an opposite in the claim's opening stretch, before the words it copies",
			[]string{"The draft deal was revised twice before being finalized on Friday.", "After almost two weeks of talks, the union and the rail operator reached a deal on Friday."},
			"Finally, before two weeks of talks, the union and the rail operator reached a deal on Friday.", "unsupported", summarize.MissingAntonym},
		{"an acronym that opens the claim is a name, though the dictionary knows the word",
			[]string{"The government activated its emergency committee on Monday."},
			"COBRA emergency committee was activated on Monday.", "unsupported", summarize.MissingName},
		{"an acronym that opens the claim, written by the sources, is carried",
			[]string{"The government activated its COBRA emergency committee on Monday."},
			"COBRA emergency committee was activated on Monday.", "supported", ""},
		{"a figure moved the other way",
			[]string{"Ostrava Steel shares closed down 3.2 percent at $18.40, while rival Kessler rose 9 percent."},
			"Kessler shares jumped 9 percent, while Ostrava Steel's stock rose 3.2 percent.", "unsupported", summarize.MissingAntonym},
		{"a figure moved the same way, in other words",
			[]string{"Ostrava Steel shares closed down 3.2 percent at $18.40, while rival Kessler rose 9 percent."},
			"Kessler shares jumped 9 percent, while Ostrava Steel's stock fell 3.2 percent.", "", summarize.MissingAntonym},
		{"a word of the other way in a copied sentence",
			[]string{"Quarterly sales at the Dunmore plant declined from a year earlier, the company said on Monday."},
			"Quarterly sales at the Dunmore plant climbed from a year earlier, the company said on Monday.", "unsupported", summarize.MissingAntonym},
		{"a passage's negation of another subject, which the claim writes after the word",
			[]string{"Engineers stressed from the start that firm dates for the repairs were not to be expected this year.", "The plan is expected to include firm dates for the repairs of the north bridge, among other things."},
			"The plan is expected to include firm dates for the repairs of the north bridge.", "supported", ""},
		{"an opposite in the place, in a passage that carries a quarter of the claim",
			[]string{"The city council approved the budget for the central library on Tuesday after a long debate about costs.", "Members said the library would open before the election."},
			"The city council approved the budget for the central library on Tuesday after a long debate about costs, and the library would open after the election.", "unsupported", summarize.MissingAntonym},
		{"a figure moved the other way, the words between too many for a diff",
			[]string{"Ostrava Steel, a maker of rail and beams based in the north, slid 3.2 percent."},
			"Ostrava Steel, a maker of rail and beams, jumped 3.2 percent.", "unsupported", summarize.MissingAntonym},
		{"a limit is no way a figure moved",
			[]string{"Profits at the Dunmore plant fell by over 40 percent last year, the company said."},
			"Profits at the Dunmore plant fell by more than 40 percent last year, the company said.", "supported", ""},
		{"up to a figure is no way it moved",
			[]string{"Sales at the Dunmore plant could fall by up to 5 percent next year, the company said."},
			"Sales at the Dunmore plant could fall by as much as 5 percent next year, the company said.", "", summarize.MissingAntonym},
		{"not only is no negation of the opposite",
			[]string{"The home side not only won the final in Dunmore on Saturday but also the cup, the club said."},
			"The home side lost the final in Dunmore on Saturday, the club said.", "unsupported", summarize.MissingAntonym},
		{"a negation before the opposite, outside the stretch the diff reads",
			[]string{"The home side did not manage to win Saturday's final in Dunmore, the club said."},
			"The home side lost Saturday's final in Dunmore, the club said.", "", summarize.MissingAntonym},
		{"opposites both negated stay opposites",
			[]string{"The council's target range of 25 to 40 percent was not included in the final plan, but only in its preamble."},
			"The council's target range of 25 to 40 percent was not excluded in the final plan, but only in its preamble.", "unsupported", summarize.MissingAntonym},
		{"a negation said of a title carries the negation of a name it may stand for",
			[]string{"The prime minister did not resign.", "Prime Minister Jan Kerr faced calls to quit over the budget."},
			"Kerr did not resign over the budget.", "", summarize.MissingNegation},
		{"an opposite far from the claim's words is no antonym",
			[]string{"The Olympic Games in Beijing began on August 8 with a parade of teams.", "The closing ceremony at the end of the Games drew 91,000 people to the stadium."},
			"The Olympic Games in Beijing began on August 8 with a parade of teams.", "supported", ""},
		{"a closed-list opposite near the words the claim shares, not in its place",
			[]string{"Coastguard officers said the ferry sent twelve distress calls shortly before it disappeared."},
			"Coastguard officers said the ferry after the storm sent twelve distress calls.", "unsupported", summarize.MissingAntonym},
		{"no closed-list opposite where a passage writes the claim's word near the words they share",
			[]string{"Coastguard officers said the ferry sent twelve distress calls shortly before it disappeared.", "Coastguard officers said that after the storm the ferry sent its calls again."},
			"Coastguard officers said the ferry after the storm sent twelve distress calls.", "", summarize.MissingAntonym},
		{"a figure's unit changed",
			[]string{"The man was rescued from the rubble after nine days, officials said."},
			"The man was rescued from the rubble after nine weeks.", "unsupported", summarize.MissingFigure},
		{"a unit in another form is the same unit",
			[]string{"Arlen is 150 km from the epicentre."},
			"Arlen lies 150 kilometres away.", "supported", ""},
		{"a figure's currency changed",
			[]string{"Airbus will contribute €20 million to fund an extended search."},
			"Airbus will contribute $20 million to fund an extended search.", "unsupported", summarize.MissingFigure},
		{"a currency's code is its sign",
			[]string{"Airbus will contribute €20 million to fund an extended search."},
			"Airbus will contribute EUR 20 million to fund an extended search.", "supported", ""},
		{"a value the sources write without a unit says nothing of it",
			[]string{"Nine rescuers pulled the man from the rubble, officials said."},
			"Nine rescuers pulled the man from the rubble after nine weeks.", "", summarize.MissingFigure},
		{"the sources may disagree on a unit",
			[]string{"Rescuers from Kestrel Point, Arlen and Dunmore pulled Tomas Reyl from the rubble after nine days, officials said.", "His brother said it felt like nine weeks."},
			"Rescuers from Kestrel Point, Arlen and Dunmore pulled Tomas Reyl from the rubble after nine weeks.", "", summarize.MissingFigure},
		{"a woman's honorific where the sources write a man's",
			[]string{"Agent: Good morning, am I speaking with Mr. Johnson?", "Client: Yes. I want cover for my house and my car."},
			"The agent called Mrs. Johnson about cover for her house and car.", "unsupported", summarize.MissingName},
		{"no honorific changed where the sources write both",
			[]string{"Agent: Good morning, am I speaking with Mr. Johnson?", "Client: Yes. I want cover for my house and my car.", "Client: Mrs. Johnson drives the car."},
			"The agent called Mrs. Johnson about cover for her house and car.", "", summarize.MissingName},
		{"a title of neither sex changes no one",
			[]string{"Agent: Good morning, am I speaking with Mr. Johnson?", "Client: Yes. I want cover for my house and my car."},
			"The agent called Dr. Johnson about cover for his house and car.", "", summarize.MissingName},
		{"losses where the sources say earnings",
			[]string{"Kestrel Bank said earnings per share in the quarter were $6.86."},
			"Kestrel Bank reported losses per share of $6.86 in the quarter.", "unsupported", summarize.MissingAntonym},
		{"another ordinal of the same noun",
			[]string{"Kestrel Bank said revenue rose 5% in the third quarter."},
			"Kestrel Bank said revenue rose 5% in the fourth quarter.", "unsupported", summarize.MissingFigure},
		{"an ordinal against a quarter written as Q3",
			[]string{"Kestrel Bank said Q3 revenue rose 5%."},
			"Kestrel Bank said revenue rose 5% in the fourth quarter.", "unsupported", summarize.MissingFigure},
		{"the same ordinal written as Q3",
			[]string{"Kestrel Bank said Q3 revenue rose 5%."},
			"Kestrel Bank said revenue rose 5% in the third quarter.", "supported", ""},
		{"an ordinal the claim writes of its other side is no change",
			[]string{"Ulla Berg won by 23 seconds over Cadel Moss.", "Third place went to Levi Thorn, 31 seconds behind."},
			"Ulla Berg won by 23 seconds over Cadel Moss in second place and Levi Thorn in third place.", "", summarize.MissingFigure},
		{"the sources may speak of several quarters",
			[]string{"Kestrel Bank, Arlen Trust, Dunmore Savings and Ostby Credit said revenue rose 5% in the third quarter.", "The fourth quarter is slower."},
			"Kestrel Bank, Arlen Trust, Dunmore Savings and Ostby Credit said revenue rose 5% in the fourth quarter.", "", summarize.MissingFigure},
		{"one of a unit is a figure",
			[]string{"Clinics that sign up get the platform for $480 a month, an offer valid for two weeks."},
			"Clinics that sign up get the platform for $480 a month, an offer valid for one week.", "unsupported", summarize.MissingFigure},
		{"the same ordinal of another unit",
			[]string{"New members get 10% off the first year of their subscription."},
			"New members get 10% off the first month of their subscription.", "unsupported", summarize.MissingFigure},
		{"the same ordinal of another unit the claim writes too",
			[]string{"New members get 10% off the first year of their subscription."},
			"New members get 10% off the first year of their subscription, billed from the first month.", "", summarize.MissingFigure},
		{"an opposite among the claim's words, in a passage that carries little of a long claim",
			[]string{"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "Many people switch to us because of our competitive prices and comprehensive coverage options."},
			"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, offers uncomprehensive coverage options at competitive prices, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "unsupported", summarize.MissingAntonym},
		{"no opposite beside one word of a long claim",
			[]string{"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "Many people switch to us because of our comprehensive plans and their coverage."},
			"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, offers uncomprehensive coverage options at competitive prices, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "", summarize.MissingAntonym},
		{"an opposite beside the word the claim writes beside its own, in a passage that carries little of the claim",
			[]string{"Kestrel Media's podcast visits a garden in the town every week and gives advice on soil and seeds.", "Listeners say the public garden on Mill Lane is the best in the town."},
			"Kestrel Media's podcast visits a private garden in the town every week and gives advice on soil and seeds.", "unsupported", summarize.MissingAntonym},
		{"an opposite beside another word",
			[]string{"Kestrel Media's podcast visits a garden in the town every week and gives advice on soil and seeds.", "Listeners say the public library on Mill Lane has a garden."},
			"Kestrel Media's podcast visits a private garden in the town every week and gives advice on soil and seeds.", "", summarize.MissingAntonym},
		{"the high end of a scale is the writer's",
			[]string{"The quake shook buildings across the coast of Kestrel Bay on Sunday."},
			"A strong quake shook buildings across the coast of Kestrel Bay on Sunday.", "", summarize.MissingDetail},
		{"last before a word of time is a date",
			[]string{"Portmere's sales rose 5% in the fourth quarter from the same quarter a year earlier."},
			"Portmere's sales rose 5% in the fourth quarter from last year's quarter.", "", summarize.MissingDetail},
		{"last before a weekday is a date (dates.go reads it)",
			[]string{"Portmere beat Lindholm 2-1 in the cup semi-final on Sunday."},
			"Portmere beat Lindholm 2-1 in the cup semi-final last Sunday.", "", summarize.MissingDetail},
		{"released where the sources say arrested",
			[]string{"Police in Kestrel Town arrested ten missionaries at the border on Friday."},
			"Police in Kestrel Town released ten missionaries at the border on Friday.", "unsupported", summarize.MissingAntonym},
		{"released where the sources say detained, as written",
			[]string{"The crew would be held until five guards, who had been detained in Kestrel by the coalition, were freed.", "The five guards were seized in a raid on the consulate in Kestrel."},
			"The crew would be held until five guards had been freed, who had been released in Kestrel.", "unsupported", summarize.MissingAntonym},
		{"release is no opposite of detained",
			[]string{"The ministry said the fifteen sailors detained by the coast guard would be released on Friday."},
			"The ministry said it would release the fifteen sailors on Friday.", "", summarize.MissingAntonym},
		{"a relation of time carried only beside its unit and its event",
			[]string{"The footage, taken nine days before the bombings, was shown to the jury in Kestrel Town three years after the attacks."},
			"Three years before the attacks, the footage was shown to the jury in Kestrel Town.", "unsupported", summarize.MissingDetail},
		{"a relation of time the sources write beside its unit",
			[]string{"The jury was told that the footage of the bombers, taken by a camera at Kestrel Station, was taken just nine days before the bombings."},
			"Nine days before the bombings, a camera at Kestrel Station filmed the bombers.", "supported", ""},
		{"a relation of time with another unit is not carried by its event alone",
			[]string{"The footage of the bombers, taken a day before the attacks, was shown to the jury in Kestrel Town."},
			"A year before the attacks, the footage of the bombers was taken.", "unsupported", summarize.MissingDetail},
		{"a relation of time with another unit is not carried by its unit alone",
			[]string{"The mayor of Kestrel Town resigned in the year before the vote on the harbour."},
			"The mayor of Kestrel Town resigned a week before the vote on the harbour.", "unsupported", summarize.MissingDetail},
		{"earlier that dates a thing does not put it before another",
			[]string{"A court martial in Kestrel Town sentenced the soldier, who had been released earlier this year, to eight years."},
			"A year earlier, a court martial in Kestrel Town sentenced the soldier to eight years.", "unsupported", summarize.MissingDetail},
		{"earlier is carried beside the words it goes with",
			[]string{"Pilots of the air force found wreckage in the ocean, the navy said; a fishing crew had earlier said they saw debris, but the pilots later discovered that the objects were thrown from a ship."},
			"Pilots of the air force found wreckage in the ocean but earlier discovered that the objects were thrown from a ship.", "unsupported", summarize.MissingDetail},
		{"earlier that dates a thing is carried as written",
			[]string{"The police figure is lower than the toll of at least 11 given earlier in the day by the emergency agency of Kestrel Town."},
			"The police figure is lower than the toll of at least 11 given earlier in the day by the emergency agency of Kestrel Town.", "supported", ""},
		{"old after a unit of time is an age",
			[]string{"A man aged 78 died in the fire at the harbour of Kestrel Town on Sunday."},
			"A 78-year-old man died in the fire at the harbour of Kestrel Town on Sunday.", "", summarize.MissingDetail},
		{"minor is the writer's word",
			[]string{"Three people suffered slight injuries in the crash at the harbour of Kestrel Town."},
			"Three people suffered minor injuries in the crash at the harbour of Kestrel Town.", "", summarize.MissingDetail},
		{"worsened carries worse",
			[]string{"Conditions in the camps of Kestrel Town worsened on Monday, aid workers said."},
			"Conditions in the camps of Kestrel Town got worse on Monday.", "", summarize.MissingDetail},
		{"at last is finally",
			[]string{"Peace talks in Kestrel Town finally succeeded on Monday."},
			"Peace talks in Kestrel Town at last succeeded on Monday.", "", summarize.MissingDetail},
		{"ahead of carries before",
			[]string{"Voters in Kestrel Town were told of the closure a week ahead of the election."},
			"A week before the election, voters in Kestrel Town were told of the closure.", "supported", ""},
		{"at last at the end of the sentence is finally",
			[]string{"Peace talks in Kestrel Town finally succeeded on Monday."},
			"On Monday, peace talks in Kestrel Town succeeded at last.", "", summarize.MissingDetail},
		{"final carries last",
			[]string{"Portmere won the final round of the cup in Lindholm on Sunday."},
			"Portmere won the last round of the cup in Lindholm on Sunday.", "supported", ""},
		{"the last of a rank is not last year",
			[]string{"Nuvra, which sold about 31 million phones last year, launched the Arc, a phone with a solid-state battery."},
			"Nuvra launched the Arc, the last phone with a solid-state battery.", "unsupported", summarize.MissingDetail},
		{"a sentence copied as written is no substitution, whatever a later passage says",
			[]string{"The harbour authority initially gave the position of the ferry as being inside Kestrel waters.", "After comments from the navy, the authority gave a revised position for the ferry, and the new position was outside Kestrel waters."},
			"The harbour authority initially gave the position of the ferry as being inside Kestrel waters.", "supported", ""},
		{"a substitution in a sentence otherwise copied",
			[]string{"The harbour authority gave the position of the ferry as being inside Kestrel waters on Monday."},
			"The harbour authority gave the position of the ferry as being outside Kestrel waters on Monday.", "unsupported", summarize.MissingAntonym},
		{"a negation with no subject bears by its first word only when it has no other",
			[]string{"\"We fear major loss of life in Kestrel Town. Survivors are using their hands to help get trapped people out. We can't get through anymore.\""},
			"Survivors in Kestrel Town are using their hands to help get trapped people out.", "supported", ""},
		{"a negation with no subject and one scope word bears by it",
			[]string{"The coach overturned near Kestrel Town on Tuesday; no one died."},
			"The coach overturned near Kestrel Town on Tuesday; someone died.", "unsupported", summarize.MissingNegation},
		{"a number word is no opposite of an ordinal",
			[]string{"Officials estimate the earthquake killed about 2,000 people and affected a third of Kestrel's population."},
			"Details emerge in Kestrel earthquake; thousands feared dead", "", summarize.MissingAntonym},
		{"an uncertain marker whose whole scope the claim states as certain, in a passage that carries little of it",
			[]string{"The coast guard of Kestrel Bay insisted the fishermen were working in Kestrel waters.", "An official of Ostby said the fishermen entered Ostby waters illegally.", "A ministry spokesman in Ostby said the men could face charges of espionage."},
			"Kestrel Bay insisted the fishermen were working in Kestrel waters, while Ostby said they entered illegally and that they will face charges of espionage.", "unsupported", summarize.MissingModality},
		{"an uncertain marker whose scope the claim does not write whole",
			[]string{"The coast guard of Kestrel Bay insisted the fishermen were working in Kestrel waters.", "An official of Ostby said the fishermen entered Ostby waters illegally.", "A ministry spokesman in Ostby said the men could face charges of espionage and fraud in Ostby."},
			"Kestrel Bay insisted the fishermen were working in Kestrel waters, while Ostby said they entered illegally and that they will face charges.", "", summarize.MissingModality},
		{"an opposite beside the claim's own neighbour, in a passage that shares one word of a long claim",
			[]string{"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "Many people switch to us because of our comprehensive coverage."},
			"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, offers uncomprehensive coverage options at competitive prices, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "unsupported", summarize.MissingAntonym},
		{"a size no source gives, with the opposite said of another thing",
			[]string{"Thousands marched through Kestrel Town on Saturday against the harbour tax.", "A large demonstration is planned in the capital."},
			"Thousands marched through Kestrel Town on Saturday against the harbour tax in a small demonstration.", "unsupported", ""},
		{"not all denies all, not what follows",
			[]string{"It is alleged that senior officials in Kestrel knew of the abuse at the prison, including the minister.", "The minister testified that not all known photographs of the abuse at the prison had been released."},
			"It is alleged that senior officials in Kestrel knew of the abuse at the prison, including the minister.", "supported", ""},
		{"not all bears on all",
			[]string{"The minister testified that not all known photographs of the abuse at the prison had been released."},
			"The minister testified that all known photographs of the abuse at the prison had been released.", "unsupported", summarize.MissingNegation},
		{"a synonym of the claim's function word near its words",
			[]string{"The airline grounded its Kestrel fleet following the crash, days before the inquiry opened."},
			"The airline grounded its Kestrel fleet after the crash.", "", summarize.MissingAntonym},
		{"over for more",
			[]string{"Over 500 people attended the Kestrel festival, fewer than last year."},
			"More than 500 people attended the Kestrel festival.", "", summarize.MissingAntonym},
		{"a couple's honorifics",
			[]string{"Mr and Mrs Smith, of Kestrel Town, won the lottery jackpot on Saturday."},
			"Mr Smith, of Kestrel Town, won the lottery jackpot on Saturday.", "", summarize.MissingName},
		{"an honorific before a given name",
			[]string{"Mr Smith, 62, died at the scene.", "His widow, Mrs Jane Smith, said she was devastated."},
			"Mrs Smith said she was devastated.", "", summarize.MissingName},
		{"one surname, two people",
			[]string{"Tomas Reyl resigned as harbour master on Thursday.", "Councillor Anna Reyl said the board had collapsed. Ms Reyl called for an election."},
			"Mr Reyl resigned as harbour master on Thursday.", "", summarize.MissingName},
		{"a run of quarters is no quarter of the calendar",
			[]string{"Kestrel Bank's revenue fell in the third quarter, its fourth straight quarterly decline."},
			"Kestrel Bank's revenue fell for a fourth straight quarter.", "", summarize.MissingFigure},
		{"a known word's letters are no negative prefix",
			[]string{"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "Clients say our valuable advice on home cover saved them money."},
			"The agent from Kestrel Insurance calls the client to offer a range of insurance products, asks about the client's needs and budget, offers invaluable advice on home cover, and emails a brochure on flexible payment plans and add-ons before scheduling a follow-up call.", "", summarize.MissingAntonym},
		{"Canadian dollars for American ones",
			[]string{"Air Kestrel will pay USD 20 million to settle the claims."},
			"Air Kestrel will pay CAD 20 million to settle the claims.", "unsupported", summarize.MissingFigure},
		{"a bare dollar sign for Hong Kong dollars",
			[]string{"Kestrel Holdings will pay HK$20 million to settle the claims."},
			"Kestrel Holdings will pay $20 million to settle the claims.", "", summarize.MissingFigure},
		{"one month is a month",
			[]string{"The strike at the Kestrel harbour lasted a month, the union said."},
			"The strike at the Kestrel harbour lasted one month, the union said.", "supported", ""},
		{"a unit in the figure's place, not another figure's",
			[]string{"The driver who hit a 3-year-old girl from Kestrel Town was jailed for three months."},
			"The driver who hit a 3-year-old girl from Kestrel Town was jailed for three years.", "unsupported", summarize.MissingFigure},
		{"told as done on a day after every source",
			[]string{"The summit of the harbour towns will open in Kestrel Town on March 24, the council said."},
			"The summit of the harbour towns opened in Kestrel Town on March 24, 2026.", "unsupported", summarize.MissingFigure},
		{"a date after the sources' publication that a source tells as done",
			[]string{"The harbour treaty was signed in Kestrel Town on 1 January 2100, the archive's catalogue says."},
			"The harbour treaty was signed in Kestrel Town on 1 January 2100.", "supported", ""},
		{"told as done late in a month the sources were published early in",
			[]string{"The summit of the harbour towns will open in Kestrel Town in late March 2026, the council said."},
			"The summit of the harbour towns opened in Kestrel Town in late March 2026.", "unsupported", summarize.MissingFigure},
		{"early in the month of the sources",
			[]string{"The summit of the harbour towns opened in Kestrel Town in early March 2026, the council said."},
			"The summit of the harbour towns opened in Kestrel Town in early March 2026.", "supported", ""},
		{"a plan for a day after the sources",
			[]string{"The summit of the harbour towns was scheduled to open in Kestrel Town on March 24, the council said."},
			"The summit of the harbour towns was scheduled to open in Kestrel Town on March 24, 2026.", "supported", ""},
		{"the present of a plan",
			[]string{"The summit of the harbour towns will open in Kestrel Town on March 24, the council said."},
			"The summit of the harbour towns meets in Kestrel Town on March 24, 2026.", "", summarize.MissingFigure},
		{"with where the sources say without",
			[]string{"Ten missionaries who tried to take 33 children out of the country without the government's consent were charged on Friday."},
			"Ten missionaries tried to take 33 children out of the country with permission.", "unsupported", summarize.MissingAntonym},
		{"without doing the opposite says with",
			[]string{"Agent: We offer competitive prices without compromising the quality of our services."},
			"The agent assures competitive prices with quality services.", "", summarize.MissingAntonym},
		{"a word carried through the lexicon out of its place, its opposite in place",
			[]string{"Sean Ostby, a spokesman for the US, said we support the British demand for the safe return of their sailors.", "A writer for the weekly said we can feed them to our fighting cocks and reach the heart of Europe.", "Britain activated its COBRA committee after the detention of the sailors."},
			"Britain, opposed by the USA and Europe, required the sailors' return and activated COBRA.", "unsupported", summarize.MissingAntonym},
		{"a word carried by its opposite with a negation is in its place",
			[]string{"People in Kestrel Town do not accept the request on welcoming the torch without flags, the council said.", "The people of Arlen are accepting the request on welcoming the torch."},
			"Kestrel Town refused the request on welcoming the torch without flags.", "", summarize.MissingAntonym},
		{"a particle is no closed-list opposite",
			[]string{"The design team came up with a far lighter remote."},
			"The team brought the weight of the remote down.", "", summarize.MissingAntonym},
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

// TestForeignWords pins the foreign-word rule: with copy from three articles or
// more, a claim half made of words none of them writes (two at least) is
// partial, whatever its coverage; with fewer articles, with one such word, or
// outside English, coverage alone decides.
func TestForeignWords(t *testing.T) {
	pub := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	english := []string{
		"The ferry Halcyon ran aground off Kestrel Point on Tuesday, the coastguard said.",
		"All 212 passengers of the Halcyon were taken ashore by lifeboats.",
		"The coastguard said the hull of the Halcyon was not breached.",
	}
	french := []string{
		"Le ferry Halcyon s'est échoué au large de Kestrel Point mardi, selon les garde-côtes.",
		"Les 212 passagers du Halcyon ont été ramenés à terre par des canots de sauvetage.",
		"Les garde-côtes ont dit que la coque du Halcyon n'était pas percée.",
	}
	damaged := []string{english[0], english[1], "The coastguard said the car ferry was damaged."}
	tests := []struct {
		name     string
		articles int
		lang     string
		claim    string
		want     string
		foreign  bool
		sources  []string // english when nil
		folded   bool     // every passage's text is the first article's, folded from all of them (Sources)
	}{
		{"half the words written by no article", 3, "", "Lifeboats were dangerous and exhausted the coastguard.", "partial", true, nil, false},
		{"words the set accounts for through the lexicon are not foreign", 3, "", "The vessel Halcyon and its automobiles were damaged.", "supported", false, damaged, false},
		{"copies folded from three articles are one article's text", 3, "", "Lifeboats were dangerous and exhausted the coastguard.", "supported", false, nil, true},
		{"the same claim with copy from two articles", 2, "", "Lifeboats were dangerous and exhausted the coastguard.", "supported", false, nil, false},
		{"one word of two that no article writes", 3, "", "Lifeboats rescued them.", "supported", false, nil, false},
		{"outside English", 3, "fr", "Les canots étaient dangereux, lents et ont épuisé les garde-côtes.", "supported", false, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []summarize.Passage
			var arts []summarize.Article
			sources := english
			switch {
			case tt.lang == "fr":
				sources = french
			case tt.sources != nil:
				sources = tt.sources
			}
			var ids []string
			for i, s := range sources {
				a := "a" + string(rune('1'+i%tt.articles))
				p := summarize.Passage{ID: "P" + string(rune('1'+i)), Text: s, Article: a, Sources: []string{a}}
				if tt.folded {
					p.Article, p.Sources = "a1", []string{"a1", "a2", "a3"}
				}
				ps = append(ps, p)
				ids = append(ids, p.ID)
				if i < tt.articles {
					arts = append(arts, summarize.Article{ID: a, PublishedAt: &pub, Language: tt.lang})
				}
			}
			x := verify.NewIndex(ps, arts)
			r := x.Find(tt.claim)
			if r.Status != tt.want || r.Foreign != tt.foreign {
				t.Errorf("%q: %s (foreign %v, coverage %.2f, missing %v), want %s (foreign %v)", tt.claim, r.Status, r.Foreign, r.Coverage, r.Unsupported, tt.want, tt.foreign)
			}
			// Check, citing every passage, reads the claim the same way
			if c := x.Check(tt.claim, ids); c.Foreign != r.Foreign {
				t.Errorf("%q: Check's foreign %v, Find's %v", tt.claim, c.Foreign, r.Foreign)
			}
		})
	}
}

// TestImpliedDays pins how a passage's weekday, relative day or article date
// carries a claim's date: a weekday is the latest such day on or before
// publication, or the next one where the passage looks ahead; and a day the
// passage only implies carries the claim's date only where the passage has a
// word the claim writes around it.
func TestImpliedDays(t *testing.T) {
	day := func(m time.Month, d int) *time.Time {
		t := time.Date(2008, m, d, 12, 0, 0, 0, time.UTC)
		return &t
	}
	arts := []summarize.Article{
		{ID: "wed", PublishedAt: day(time.April, 9)},  // a Wednesday
		{ID: "mon", PublishedAt: day(time.April, 7)},  // a Monday
		{ID: "sun", PublishedAt: day(time.April, 20)}, // a Sunday
	}
	passages := []summarize.Passage{
		{ID: "P1", Text: "On Monday, protesters hung banners from a crane at the port.", Article: "wed"},
		{ID: "P2", Text: "Today, the Olympic torch went out three times while travelling through Paris.", Article: "mon"},
		{ID: "P3", Text: "The Bay Bridge will reopen on Monday, the city said.", Article: "wed"},
		{ID: "P4", Text: "Officials counted the cost of the damage.", Article: "mon"},
		{ID: "P5", Text: "The flame was relit at the stadium, organisers said.", Article: "sun"},
	}
	for i := range passages {
		passages[i].Sources = []string{passages[i].Article}
	}
	x := verify.NewIndex(passages, arts)
	tests := []struct {
		claim, want string
	}{
		{"On April 7, protesters hung banners from a crane at the port.", "supported"},
		{"On April 7, 2008 the torch went out three times in Paris.", "supported"},
		// "On Monday" of an article of Wednesday 9 April is 7 April, not 14 April
		{"On April 14, 2008 the torch went out three times in Paris.", "unsupported"},
		{"The Bay Bridge will reopen on April 14.", "supported"},
		{"The Bay Bridge reopened on April 7.", "unsupported"},
		// P4 tells of 7 April but of no flame; P5 of the flame on 20 April
		{"On April 7 the flame was relit at the stadium.", "unsupported"},
		{"On April 20 the flame was relit at the stadium.", "supported"},
	}
	for _, tt := range tests {
		r := x.Find(tt.claim)
		if r.Status != tt.want {
			t.Errorf("%q: %s (missing %v, passages %v), want %s", tt.claim, r.Status, r.Unsupported, r.Passages, tt.want)
		}
	}
}

// TestAntonymNamesDirectOpposite pins the word the verdict names: a direct
// opposite at the claim word's place ("oldest" for "newest"), not a word
// opposite only through derived forms that stands earlier ("completely").
func TestAntonymNamesDirectOpposite(t *testing.T) {
	x := verify.NewIndex([]summarize.Passage{{ID: "P1", Text: "The storm and the flood completely destroyed Kestrel Town's oldest harbour street and its fishing villages."}}, nil)
	r := x.Check("The flood destroyed Kestrel Town's newest harbour street.", []string{"P1"})
	for _, m := range r.Unsupported {
		if m.Kind == summarize.MissingAntonym {
			if !strings.Contains(m.Text, "(the sources: oldest)") {
				t.Errorf("antonym named %q, want the sources' \"oldest\"", m.Text)
			}
			return
		}
	}
	t.Errorf("no antonym named: %s %v", r.Status, r.Unsupported)
}

// TestMeaningRulesCited pins rules as Check reads them, every passage cited:
// a claim's subject standing as a cited passage's object is read as a swap
// only where no passage read writes the claim's object ("Obama met Merkel" is
// no swap of "Sarkozy met Obama" beside "Obama and Merkel met"); a word the
// claim puts under a refusal is exempt from a cited passage's negation of it
// in the negation rule, not only in the contradiction check.
func TestMeaningRulesCited(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		claim   string
		want    string // status; "" for any
		kind    string // with want "", a kind the verdict must not name
	}{
		{"no swap where another cited passage writes the claim's object",
			[]string{"Obama and Merkel met in Berlin on Tuesday for talks on trade.", "On Wednesday Sarkozy met Obama in Paris for talks on trade."},
			"Obama met Merkel in Berlin on Tuesday for talks on trade.", "", summarize.MissingRole},
		{"a word under a refusal, cited with a passage that negates it",
			[]string{"Officials in Kestrel Town do not accept the request on welcoming the relay of the harbour games without flags, symbols and the anthem.", "The mayor commented that he can not welcome the relay of the harbour games with the anthem and the flags."},
			"Kestrel Town refused the request on welcoming the relay of the harbour games without flags, symbols and the anthem.", summarize.SupportSupported, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []summarize.Passage
			var ids []string
			for i, s := range tt.sources {
				id := "P" + string(rune('1'+i))
				ps = append(ps, summarize.Passage{ID: id, Text: s})
				ids = append(ids, id)
			}
			r := verify.NewIndex(ps, nil).Check(tt.claim, ids)
			if tt.want != "" && r.Status != tt.want {
				t.Errorf("%q: %s %v, want %s", tt.claim, r.Status, r.Unsupported, tt.want)
			}
			for _, m := range r.Unsupported {
				if tt.want == "" && m.Kind == tt.kind {
					t.Errorf("%q: names %s %q", tt.claim, m.Kind, m.Text)
				}
			}
		})
	}
}

// TestUnanchored pins that a claim whose content words the passages carry
// only through the lexicon, none as written, is partial at best, by Find and by
// Check, and says so (Result.Unanchored); one word carried as written anchors
// it.
func TestUnanchored(t *testing.T) {
	ps := []summarize.Passage{{ID: "P1", Text: "Prime Minister Tony Blair, who attended a private memorial service at the Fire Brigade headquarters in Lindholm, said the town stands united."}}
	x := verify.NewIndex(ps, nil)
	tests := []struct {
		claim      string
		want       string
		unanchored bool
	}{
		{"After a ceremony they returned to Lindholm.", summarize.SupportPartial, true},
		{"After a memorial service they returned to Lindholm.", summarize.SupportSupported, false},
	}
	for _, tt := range tests {
		for name, r := range map[string]verify.Result{"Find": x.Find(tt.claim), "Check": x.Check(tt.claim, []string{"P1"})} {
			if r.Status != tt.want || r.Unanchored != tt.unanchored {
				t.Errorf("%s %q: %s (unanchored %v), want %s (unanchored %v)", name, tt.claim, r.Status, r.Unanchored, tt.want, tt.unanchored)
			}
		}
	}
}
