package main

// A story is one article's content: what its reference body holds, in order.
// Blocks are paragraphs ("p"), subheads ("h2"), lists ("ul", one item a line;
// "ul-links" when every item is a link, as in a deals list), tables ("table",
// cells split by " | ", one row a line) and quotes ("quote").
type block struct {
	kind  string
	lines []string
}

type story struct {
	slug, headline, date string
	blocks               []block
	// part2 is the second page of a multi-part story, or the second half of a
	// long magazine piece that sits after an in-article promo.
	part2 []block
}

func p(s ...string) block     { return block{"p", s} }
func h2(s string) block       { return block{"h2", []string{s}} }
func ul(s ...string) block    { return block{"ul", s} }
func links(s ...string) block { return block{"ul-links", s} }
func table(s ...string) block { return block{"table", s} }
func quote(s string) block    { return block{"quote", []string{s}} }

var stories = []story{
	{slug: "flood", headline: "Varnby evacuates riverside homes as the Esk rises two metres", date: "2026-02-11",
		blocks: []block{
			p("Emergency crews in Varnby moved 600 residents out of riverside homes on Tuesday night after the Esk rose two metres in twelve hours, the county flood office said."),
			p("The river crested at 4.7 metres at the Mill Bridge gauge shortly after midnight, its highest reading since the floods of 2009. Water covered the lower end of Quay Street and closed the ferry landing."),
			p("\"We knocked on every door below the railway line,\" said Ines Carlsen, who leads the volunteer fire brigade. \"Most people had already packed a bag.\""),
			p("Three shelters opened in school halls. The Red Cross said 140 people spent the night in them, and the rest stayed with relatives on higher ground."),
			h2("Roads and schools"),
			p("The coast road between Varnby and Holm stays closed until the water drops. Schools in the lower town will reopen on Thursday at the earliest, the education office said."),
			p("Forecasters expect the rain to ease on Wednesday afternoon, but warned that the ground is saturated and that the river could rise again if a second front arrives at the weekend."),
		}},
	{slug: "standings", headline: "Harbour United go top after late winner at Kell Park", date: "2026-03-02",
		blocks: []block{
			p("Harbour United went top of the Northern League on Saturday after Tomas Reyes scored in the 89th minute to beat Kell Athletic 2-1 at Kell Park."),
			p("Kell had led through a first-half header from Owen Marsh, but United equalised ten minutes after the break when Dani Okafor turned in a low cross from the left."),
			p("The table after 24 rounds:"),
			table("Pos | Team | P | W | D | L | Pts", "1 | Harbour United | 24 | 16 | 5 | 3 | 53", "2 | Mill Town | 24 | 16 | 4 | 4 | 52", "3 | Kell Athletic | 24 | 14 | 4 | 6 | 46", "4 | Esk Rovers | 24 | 12 | 6 | 6 | 42", "5 | Corran City | 24 | 11 | 5 | 8 | 38"),
			p("United play Mill Town at home next Saturday in what their manager called the game of the season."),
			h2("Next fixtures"),
			table("Sat 9 Mar | Harbour United v Mill Town | 15:00", "Sat 9 Mar | Esk Rovers v Kell Athletic | 15:00", "Sun 10 Mar | Corran City v Holm FC | 13:30"),
		}},
	{slug: "deals", headline: "The best spring deals on kitchen gear this week", date: "2026-03-18",
		blocks: []block{
			p("Spring sales have started early, and several kitchen appliances we tested this year are at their lowest prices since the autumn. These are the deals worth a look."),
			links("Brava 9-cup food processor: $89 (was $129)", "Kettlewell electric kettle 1.7 litres: $34 (was $49)", "Norda cast-iron skillet, 26 cm: $29 (was $45)", "Pellar stand mixer 5 quart: $219 (was $299)", "Tessin knife set, 6 pieces: $64 (was $99)"),
			p("Prices were checked on Wednesday morning and can change at any time. The food processor is the one we would buy: it chopped onions evenly in our tests and is quiet for its size."),
			p("If you only need one thing, the skillet is the best value. It holds heat well and will outlast every other item on this list."),
		}},
	{slug: "specs", headline: "Review: the Arlo T7 is a quiet, sturdy budget laptop", date: "2026-01-22",
		blocks: []block{
			p("The Arlo T7 costs less than most phones, and for once a budget laptop does not feel like one. Its aluminium lid does not flex and the keyboard is firm and quiet."),
			p("Battery life is the surprise: it lasted 11 hours in our video test, two more than the model it replaces."),
			h2("Specifications"),
			ul("Display: 14-inch, 1920 x 1200, 300 nits", "Processor: eight cores, 3.4 GHz", "Memory: 16 GB", "Storage: 512 GB SSD", "Weight: 1.35 kg", "Ports: two USB-C, one USB-A, HDMI, headphone jack"),
			p("The screen is the weak point. It is dim outdoors and colours look washed out next to more expensive machines, but for documents and video calls it is fine."),
			p("At its price the T7 is easy to recommend to students and anyone who needs a second computer."),
		}},
	{slug: "mealplan", headline: "A week of lunches for under $30", date: "2026-02-03",
		blocks: []block{
			p("Cooking once on Sunday can cover five work lunches. This plan uses one pot of lentils, one tray of roast vegetables and a loaf of bread, and it costs about $28 at current prices."),
			h2("Monday"),
			ul("Lentil soup with bread", "An apple"),
			h2("Tuesday"),
			ul("Roast vegetable wrap", "Yogurt with honey"),
			h2("Wednesday"),
			ul("Lentil soup with bread", "An apple"),
			h2("Thursday"),
			ul("Roast vegetable wrap", "Yogurt with honey"),
			h2("Friday"),
			ul("Lentil salad with feta", "An apple"),
			p("Keep the soup in the fridge for up to four days, or freeze half of it on Sunday night."),
		}},
	{slug: "council", headline: "Council backs harbour housing plan after a long night", date: "2026-04-08",
		blocks: []block{
			p("Corran's council approved 420 homes on the old harbour site early on Wednesday, after a meeting that ran past 1 a.m. and heard from 38 residents."),
			p("Councillor Maren Holt, who chairs the planning committee, said the vote followed what she called whatever that consultation experiment was last spring, when fewer than 200 people answered an online survey."),
			p("The developer, Northshore Homes, must build a quarter of the homes as social housing and pay for a new footbridge over the inner basin, under the conditions set by the council."),
			quote("\"This is the biggest decision this council will take in a decade,\" said Holt."),
			p("Opponents said the plan ignores the flood risk on the site and the loss of the fish market, which has stood on the quay since 1921. A residents' group said it would ask for a judicial review."),
		}},
	{slug: "magazine", headline: "The last lighthouse keeper of Skarholm", date: "2025-11-30",
		blocks: []block{
			p("For thirty-one years, Arne Voll climbed the 112 steps of the Skarholm light twice a day. He wound the clockwork, trimmed the wick and, when the fog came in, sounded the horn every ninety seconds until it lifted."),
			p("The light was automated in 1994, and Voll was offered a job on the mainland. He turned it down. He still lives in the keeper's cottage, which the coastal authority rents to him for a symbolic sum."),
			p("\"People think it was lonely,\" he says, pouring coffee in a kitchen that smells of paraffin and salt. \"It was the opposite. Every ship that passed was company.\""),
			p("His logbooks fill a shelf in the hallway: weather, ships, birds, and once, in 1979, a whale that stranded on the north beach and was pulled off by the lifeboat crew at high tide."),
		},
		part2: []block{
			p("The island had forty residents when Voll arrived. Now it has six, and the school closed in 2003. The ferry still calls three times a week, weather allowing, and brings his groceries and his newspaper."),
			p("In winter the storms come from the south-west, and the spray reaches the lantern gallery. Voll says he has never been afraid of the sea, only of the day when he can no longer climb the steps."),
			p("Last year a museum in Bergen asked for the logbooks. He said they could have them when he is gone, and not a day before."),
			p("As the light comes on at dusk, he still walks to the window to watch the beam sweep the water. \"It does not need me any more,\" he says. \"But I like to see that it is working.\""),
		}},
	{slug: "court", headline: "Former port director charged over customs bribes", date: "2026-05-14",
		blocks: []block{
			p("Prosecutors in Holm charged the former director of the city's port with taking bribes to wave containers through customs, the public prosecutor's office said on Thursday."),
			p("The indictment accuses Lars Brekke, who ran the port from 2017 to 2024, of accepting at least 1.2 million crowns from two freight companies in return for skipping inspections."),
			p("Brekke's lawyer, Sofie Arendt, said her client denies all charges and will plead not guilty. \"He looks forward to clearing his name in court,\" she said."),
			p("The two companies are also under investigation. One of them, Nordlink Freight, said it was cooperating with the authorities; the other did not answer requests for comment."),
			p("If convicted, Brekke faces up to six years in prison. The trial is expected to start in the autumn."),
		}},
	{slug: "recipe", headline: "Cardamom buns for a slow Saturday", date: "2026-01-10",
		blocks: []block{
			p("These buns take most of a morning, but very little of it is work. The dough rises twice, and the cardamom is best ground fresh from the pods."),
			h2("Ingredients"),
			ul("500 g flour", "75 g sugar", "2 tsp ground cardamom", "25 g fresh yeast", "250 ml milk", "100 g butter, soft", "1 egg for brushing"),
			h2("Method"),
			ul("Warm the milk and dissolve the yeast in it.", "Mix in the flour, sugar and cardamom, then knead in the butter for ten minutes.", "Let the dough rise for an hour, roll it out, fill, cut and twist.", "Rise again for 40 minutes, brush with egg and bake at 220 C for 10 to 12 minutes."),
			p("The buns keep for two days in a tin, and freeze well."),
		}},
	{slug: "election", headline: "Mill Town mayor wins a third term by 212 votes", date: "2026-05-05",
		blocks: []block{
			p("Mill Town's mayor, Petra Lund, won a third term on Sunday by 212 votes, the narrowest margin in the town's history, after a recount that lasted into the night."),
			p("Lund took 4,118 votes to 3,906 for her challenger, the business owner Karim Aziz. Turnout was 61 percent, up from 48 percent four years ago."),
			table("Candidate | Votes | Share", "Petra Lund | 4,118 | 51.3% ", "Karim Aziz | 3,906 | 48.7%"),
			p("Aziz conceded on Monday morning and said he would work with the mayor on the new bus depot, the issue that dominated the campaign."),
			p("Lund said her first task would be the budget, which the council must pass by the end of June."),
		}},
}
