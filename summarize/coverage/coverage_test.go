package coverage

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/merge"
)

func at(h int) *time.Time {
	t := time.Date(2026, 6, 12, h, 0, 0, 0, time.UTC)
	return &t
}

func analyze(texts []string, hours []int) summarize.CoverageReport {
	var arts []summarize.Article
	var docs []merge.Doc
	for i, s := range texts {
		id := "a" + string(rune('1'+i))
		arts = append(arts, summarize.Article{ID: id, Source: "Outlet " + id, PublishedAt: at(hours[i])})
		docs = append(docs, merge.Doc{ID: id, Paragraphs: [][]string{{s}}})
	}
	return Analyze(arts, docs, summarize.MergeResult{})
}

func TestConflict(t *testing.T) {
	r := analyze([]string{
		"The magnitude 6.4 quake hit at 3.12 a.m. at a depth of about 10 km.",
		"The network put the magnitude at 6.6, higher than the 6.4 reported by the institute.",
	}, []int{9, 11})
	if len(r.Differences) != 1 {
		t.Fatalf("differences = %+v", r.Differences)
	}
	d := r.Differences[0]
	if d.About != "magnitude" || d.Label != summarize.LabelConflict || len(d.Values) != 2 ||
		d.Values[0].Value != "6.4" || d.Values[0].Citations[0] != "a1" || d.Values[1].Value != "6.6" || len(d.Values[1].Citations) != 1 {
		t.Errorf("difference = %+v", d)
	}
}

func TestUpdatedToll(t *testing.T) {
	r := analyze([]string{
		"A fire swept through a ferry, killing at least 4 people, the coast guard said.",
		"The death toll from the fire rose to 9 on Friday morning.",
		"The toll climbed to 17 on Friday afternoon.",
	}, []int{6, 9, 16})
	if len(r.Differences) != 1 || r.Differences[0].Label != summarize.LabelUpdated || len(r.Differences[0].Values) != 3 {
		t.Fatalf("differences = %+v", r.Differences)
	}
}

func TestNoDifference(t *testing.T) {
	for name, texts := range map[string][]string{
		"hedges overlap":         {"A coach overturned, injuring at least 40 people, police said.", "42 people were injured when the coach overturned."},
		"history":                {"At least 23 people died in the quake.", "The area was struck by a smaller quake in 1962 that killed 11 people."},
		"parts":                  {"More than 140 people were injured, 31 of them seriously.", "At least 140 people had been hurt."},
		"same value":             {"killing at least 23 people", "At least 23 people died when the quake struck."},
		"comparison":             {"The phone will cost $899.", "At $899, the phone costs $100 more than last year's model."},
		"points group thousands": {"The fund for the flooded farms holds 1.200.000 euros, the ministry said.", "The fund for the flooded farms holds 1,200,000 euros, the ministry said."},
		"decimal comma":          {"The river rose 3,75 metres overnight at the Kelby gauge.", "The river rose 3.75 metres overnight at the Kelby gauge."},
	} {
		if r := analyze(texts, []int{9, 12}); len(r.Differences) != 0 {
			t.Errorf("%s: differences = %+v", name, r.Differences)
		}
	}
}

func TestAlignedDate(t *testing.T) {
	r := analyze([]string{
		"The Norland Rail Workers' Union said the strike would begin on March 14 and last three days.",
		"The Norland Rail Workers' Union said the strike would begin on March 16 and last three days.",
	}, []int{8, 9})
	if len(r.Differences) != 1 || r.Differences[0].Kind != summarize.KindDate {
		t.Fatalf("differences = %+v", r.Differences)
	}
}

func TestQuotes(t *testing.T) {
	arts := []summarize.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}
	docs := []merge.Doc{
		{ID: "a1", Paragraphs: [][]string{{`"We will rebuild this library stone by stone, and it will be open to everyone again by next spring," said Mayor Ines Okafor.`}}},
		{ID: "a2", Paragraphs: [][]string{{`"We will rebuild this library stone by stone and it will open to everyone again next spring," Mayor Ines Okafor said.`}}},
		{ID: "a3", Paragraphs: [][]string{{`Mayor Ines Okafor visited the site.`, `"We are going to rebuild this library stone by stone, and it will be open to all again by next spring," she said.`}}},
	}
	r := Analyze(arts, docs, summarize.MergeResult{})
	if len(r.Quotes) != 1 {
		t.Fatalf("quotes = %+v", r.Quotes)
	}
	q := r.Quotes[0]
	if q.Speaker != "Ines Okafor" || len(q.Citations) != 3 || len(q.Variants) != 3 {
		t.Errorf("quote = %+v", q)
	}
}

func TestSpeakers(t *testing.T) {
	for _, tt := range []struct{ after, before, want string }{
		{` said Giulia Ferrante, the head of the agency.`, ``, "Giulia Ferrante"},
		{` civil protection chief Giulia Ferrante said.`, ``, "Giulia Ferrante"},
		{` said Halvern CEO Miriam Osei.`, ``, "Miriam Osei"},
		{` said Dr. Hanna Lindgren, a seismologist.`, ``, "Hanna Lindgren"},
		{` said the office's director, Chiara Valli.`, ``, "Chiara Valli"},
		{`.`, `Norrail chief executive Jonas Berg called the strike `, "Jonas Berg"},
	} {
		if got, _ := attribute(tt.after, tt.before); got != tt.want {
			t.Errorf("attribute(%q, %q) = %q, want %q", tt.after, tt.before, got, tt.want)
		}
	}
}

func TestCoverage(t *testing.T) {
	arts := []summarize.Article{{ID: "a1", Source: "Wire", PublishedAt: at(8)}, {ID: "a2", Source: "Paper", PublishedAt: at(10)}, {ID: "a3", Source: "Site", PublishedAt: at(9)}}
	docs := []merge.Doc{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}
	res := summarize.MergeResult{Articles: []summarize.ArticleStats{{ID: "a1", UniqueShare: 0.5}, {ID: "a2", SyndicatedOf: "a1"}, {ID: "a3", SyndicatedOf: "a2"}}}
	c := Analyze(arts, docs, res).Coverage
	if c.OutletCount != 3 || !c.SingleSource || len(c.WireGroups) != 1 || c.WireGroups[0].Original != "a1" || len(c.WireGroups[0].Reprints) != 2 {
		t.Errorf("coverage = %+v", c)
	}
	if !c.FirstPublished.Equal(*at(8)) || !c.LastPublished.Equal(*at(10)) {
		t.Errorf("first %v last %v", c.FirstPublished, c.LastPublished)
	}
}

// analyzeUndated reads articles of several sentences each, none with a
// publication time (as in a benchmark cluster).
func analyzeUndated(texts ...[]string) summarize.CoverageReport {
	var arts []summarize.Article
	var docs []merge.Doc
	for i, ss := range texts {
		id := "a" + string(rune('1'+i))
		arts = append(arts, summarize.Article{ID: id})
		docs = append(docs, merge.Doc{ID: id, Paragraphs: [][]string{ss}})
	}
	return Analyze(arts, docs, summarize.MergeResult{})
}

// A cluster that follows a story over weeks gives many figures for one
// attribute that are not one fact; none of them is a dispute.
func TestSeveralFactsNoDifference(t *testing.T) {
	for name, texts := range map[string][][]string{
		"number words": {
			{"The bombings on the transport network claimed 52 lives."},
			{"Fifty-two people were killed in the attacks, and about 700 were injured."},
		},
		"a toll per country": {
			{"The Red Cross said the toll could pass 100,000 people dead."},
			{"More than 300 were killed in Malaysia and Kenya.", "Sweden has 17 confirmed dead.", "The confirmed death toll passed 121,000."},
		},
		"one article's own figures": {
			{"The storm left 5 million people homeless, the agency said.", "About 1 million people are homeless, the relief coordinator said."},
			{"The storm hit the coast on Sunday and flooded the delta."},
		},
		"bodies recovered": {
			{"The jetliner crashed into the ocean, killing all 228 people on board."},
			{"Sixteen bodies have been recovered from the ocean."},
		},
		"a quake, its aftershock and history": {
			{"The last strong quake in the area was in 1984, and had a magnitude of 6.7."},
			{"The latest tremor had a magnitude of 6.1 and was felt in the capital, devastated by the initial quake."},
			{"The magnitude 7 earthquake left many people homeless."},
			{"An earthquake with a magnitude of 7.0 struck the island."},
		},
		"a name one sentence adds": {
			{"The sailors, from the Type 22 frigate HMS Cornwall, had been inspecting a ship that was believed to be smuggling cars, though it was cleared after inspection."},
			{"The sailors, from the frigate HMS Cornwall, had been inspecting a ship that was believed to be smuggling cars, though it was cleared after inspection when Iranian gunboats surrounded them."},
		},
	} {
		if r := analyzeUndated(texts...); len(r.Differences) != 0 {
			t.Errorf("%s: differences = %+v", name, r.Differences)
		}
	}
}

func TestNumberWordCompounds(t *testing.T) {
	r := analyzeUndated([]string{"Fifty-two people were killed in the attacks."}, []string{"The attacks killed 48 people."})
	if len(r.Differences) != 1 || len(r.Differences[0].Values) != 2 || r.Differences[0].Values[0].Value != "52" {
		t.Fatalf("differences = %+v", r.Differences)
	}
}

// Two articles that disagree stay a difference when a third reports both sides.
func TestDisputeReportedByOneArticle(t *testing.T) {
	r := analyzeUndated(
		[]string{"At least 11 people died in the floods, police said."},
		[]string{"Nine people died in the floods, the regional government said."},
		[]string{"Police said 11 people died; the regional government said 9 people died."},
	)
	if len(r.Differences) != 1 || len(r.Differences[0].Values) != 2 {
		t.Fatalf("differences = %+v", r.Differences)
	}
}

// TestQuoteSpeakersAcrossParagraphs: news copy names a speaker in one paragraph
// and quotes them in the next; a later quotation of an attributed sentence is
// the same speaker's; a framing verb before a quotation names its speaker. A
// quotation someone unnamed says is nobody's.
func TestQuoteSpeakersAcrossParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras [][]string
		want  map[string]string // quotation's first words → speaker
	}{
		{"he said, the paragraph after the name", [][]string{
			{"Harbour master Ola Brekke said the ferry would be towed to Kessel."},
			{`"We will not let it sail again until every hull plate has been checked," he said.`},
		}, map[string]string{"We will not let": "Ola Brekke"}},
		{"a quotation paragraph goes on with the last speaker", [][]string{
			{`"The crew did everything right on the night of the fire," said Ola Brekke.`},
			{`"Nobody could have seen the fault in the engine room before it failed."`},
		}, map[string]string{"The crew did": "Ola Brekke", "Nobody could have": "Ola Brekke"}},
		{"it added, an agency going on", [][]string{
			{`"The envoy will arrive on the morning train," the Central News Agency said. "She will meet the premier before noon," it added.`},
		}, map[string]string{"The envoy will": "Central News Agency", "She will meet": "Central News Agency"}},
		{"a second quotation in one sentence", [][]string{
			{`Minister Ana Ruiz said the inquiry was "the first of its kind in the region" and that the port would "pay for every lost day of fishing".`},
		}, map[string]string{"the first of": "Ana Ruiz", "pay for every": "Ana Ruiz"}},
		{"someone else speaks between two quotations", [][]string{
			{`Minister Ana Ruiz said the inquiry was "the first of its kind in the region", while a fisherman said the port "had lost the whole spring season".`},
		}, map[string]string{"the first of": "Ana Ruiz", "had lost the": ""}},
		{"a framing verb", [][]string{
			{`In July, Ana Ruiz hailed the crew's "calm courage in the worst of the storm".`},
		}, map[string]string{"calm courage in": "Ana Ruiz"}},
		{"an unnamed speaker is not the last one", [][]string{
			{"Harbour master Ola Brekke said the ferry would be towed to Kessel."},
			{`"It was chaos on the top deck when the smoke came up," a passenger said.`},
		}, map[string]string{"It was chaos": ""}},
		{"a name two paragraphs back is not carried", [][]string{
			{"Harbour master Ola Brekke said the ferry would be towed to Kessel."},
			{"The ferry had been in service since 1998."},
			{`"The engine room was full of smoke within a minute," he said.`},
		}, map[string]string{"The engine room": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze([]summarize.Article{{ID: "a1"}}, []merge.Doc{{ID: "a1", Paragraphs: tc.paras}}, summarize.MergeResult{})
			got := map[string]string{}
			for _, q := range r.Quotes {
				for prefix := range tc.want {
					if strings.HasPrefix(q.Text, prefix) {
						got[prefix] = q.Speaker
					}
				}
			}
			for prefix, want := range tc.want {
				sp, ok := got[prefix]
				if !ok {
					t.Errorf("no quotation %q… in %+v", prefix, r.Quotes)
				} else if sp != want {
					t.Errorf("quotation %q…: speaker %q, want %q", prefix, sp, want)
				}
			}
		})
	}
}

// Figures read with the toolkit's scale and number words: "4.2bn" is "4.2
// billion", and 13 to 19 are figures.
func TestFigureScalesAndTeens(t *testing.T) {
	ts := tokens("The deal was valued at $4.2bn, or $4.2 billion, and seventeen were killed.")
	fs := figures("", ts, 0)
	if len(fs) != 3 || fs[0].key() != fs[1].key() || fs[0].lo != 4.2e9 || fs[2].lo != 17 {
		t.Fatalf("figures = %+v", fs)
	}
	r := analyzeUndated([]string{"Seventeen people were killed in the attacks."}, []string{"The attacks killed 19 people."})
	if len(r.Differences) != 1 {
		t.Fatalf("differences = %+v", r.Differences)
	}
}
