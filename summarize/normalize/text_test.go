package normalize_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/google/go-cmp/cmp"
)

// Story paragraphs of the fixtures' fictional event, used around each kind
// of clutter below.
const (
	lead  = "Fire crews in Brennick ordered 2,400 residents to leave their homes on Thursday after a wildfire on Tallow Ridge jumped the Esk River, the county emergency office said."
	body  = "The fire has burned about 3,100 hectares since it was sparked by a lightning strike on Monday evening. No deaths have been reported."
	quote = `"The wind turned on us at 4 p.m. and pushed the fire straight across the water," said Chief Mara Lindqvist.`
)

// clutterCases has one table entry per kind of clutter (issue 5, section 4).
// Each input is the story with clutter in it; the output is the story alone.
var clutterCases = []struct {
	name string
	in   string
	want []string
}{
	{"menu lines in one block", "Home\nNews\nWorld\nPolitics\nSport\n\n" + lead, []string{lead}},
	{"menu items one per block", "Home\n\nWorld\n\nPolitics\n\nSport\n\n" + lead, []string{lead}},
	{"menu on one line", "Home | News | Local | Sport | Weather\n\n" + lead, []string{lead}},
	{"menu of section names no list knows", "Home | News | Harbour | Ferries\n\n" + lead, []string{lead}},
	{"a sentence with a pipe stays", "Prices rose 4% | the bank said on Friday that it would act.\n\n" + lead, []string{"Prices rose 4% | the bank said on Friday that it would act.", lead}},
	{"numbered skip links", "1. Skip to content\n2. Skip to main menu\n3. Skip to search\n\n" + lead, []string{lead}},
	{"skip to main content", "Skip to main content\n\n" + lead, []string{lead}},
	{"sections glued together", lead + "\n\nLocalEsk ValleyWildfires", []string{lead}},
	{"photo credit", lead + "\n\nPhoto: Jonas Berg/Reuters\n\n" + body, []string{lead, body}},
	{"photo by", lead + "\n\nPhoto by Jonas Berg\n\n" + body, []string{lead, body}},
	{"image credit", lead + "\n\nImage credit: Esk Valley Courier\n\n" + body, []string{lead, body}},
	{"AP photo caption", lead + "\n\nSmoke rises over the ridge on Thursday. (AP Photo/Lena Park)\n\n" + body, []string{lead, body}},
	{"getty credit", lead + "\n\nCrews on Mill Road. Jonas Berg/AFP via Getty Images\n\n" + body, []string{lead, body}},
	{"file photo", lead + "\n\nFILE PHOTO: The Esk River bridge in 2019\n\n" + body, []string{lead, body}},
	{"caption with alt text and glued credit", lead + "\n\nSmoke over a ridge\nA firefighter on Mill RoadImage: Jonas Berg/picture alliance\n\n" + body, []string{lead, body}},
	{"caption repeated with source", lead + "\n\nA firefighter on Mill Road.\n\nA firefighter on Mill Road. (Source: Associated Press)\n\n" + body, []string{lead, body}},
	{"inline copyright credit", "A firefighter on Mill Road. © REUTERS " + body, []string{body}},
	{"inline credit with photographer", lead + " © Jonas BERG / AFP " + body, []string{body}},
	{"agency signoff", body + "\n\nhv/jb (AP, Reuters)", []string{body}},
	{"read more teaser", lead + "\n\nRead more: Tallow Ridge fire doubles in size overnight\n\n" + body, []string{lead, body}},
	{"related list", lead + "\n\nRelated:\n\nBrennick council approves new fire station\n\nDrought leaves Esk River at record low\n\n" + body, []string{lead, body}},
	{"more from list with dates", lead + "\n\nMore from Local\n\nCouncil approves fire station\nSeptember 3, 2026\n\nRiver at record low\nLocalSeptember 2, 2026", []string{lead}},
	{"watch teaser", lead + "\n\nWatch: Drone footage of the fire front", []string{lead}},
	{"you may also like", lead + "\n\nYou may also like\n\nCorran festival cancelled over fire risk", []string{lead}},
	{"recommended, most read, trending", lead + "\n\nRecommended\n\nA headline here\n\nMost read\n\nAnother headline\n\nTrending\n\nThird headline", []string{lead}},
	{"teaser blurb before its date", lead + "\n\nExplore more\n\nWhy is the Esk River so low?\n\nWhy is the Esk River so low?\n\nThe drought has cut the flow by half. Farmers are worried.\nEnvironmentAugust 22, 2026", []string{lead}},
	{"page x of y", lead + "\n\nPage 1 of 2\n\n" + body, []string{lead, body}},
	{"advertisement", lead + "\n\nAdvertisement\n\n" + body + "\n\nStory continues below advertisement", []string{lead, body}},
	{"share bar", lead + "\n\nShare this article\nShare on Facebook\nShare on X\nShare on WhatsApp\nCopy link\nEmail\n\n" + body, []string{lead, body}},
	{"share bar on one line", lead + "\n\nFacebook Twitter WhatsApp Email Print\n\n" + body, []string{lead, body}},
	{"newsletter", lead + "\n\nSign up for our newsletter\n\nSign up for our morning newsletter to get the top stories in your inbox.\n\nSubscribe\n\n" + body, []string{lead, body}},
	{"cookie notice", "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.\n\n" + lead, []string{lead}},
	{"footer", lead + "\n\n© 2026 Esk Valley Courier. All rights reserved.\n\nTerms of use | Privacy policy | Contact us\n\nCopyright 2026 Esk Media", []string{lead}},
	{"footer links one per line", lead + "\n\nTerms of use\nPrivacy policy\nContact us\nAbout us", []string{lead}},
	{"cookie banner", "This website uses cookies\nManage preferences\n\n" + lead, []string{lead}},
	{"byline and updated", "By Hanna Vogt and Omar Ruiz, Esk Valley Courier\nUpdated 3 hours ago\n\n" + lead, []string{lead}},
	{"dateline only", "September 3, 2026\n\n9:30pm\n\n" + lead, []string{lead}},
	{"a date line under a date label", "Date: September 3, 2026\n\nStand: 03.09.2026, 9:30 Uhr\n\n" + lead, []string{lead}},
	{"reporting by", lead + "\n\nReporting by Hanna Vogt; Editing by Omar Ruiz.", []string{lead}},
	{"comment count", lead + "\n\n37 comments\n\nView comments\n\nJoin the conversation", []string{lead}},
	{"listen and read time", "Listen to this article\n\n4 min read\n\n" + lead, []string{lead}},
	{"listen with its length after a dot", "Listen to this article · 4 min\n\n" + lead, []string{lead}},
	{"share bar after a colon", lead + "\n\nShare this article: Facebook | X | WhatsApp | Email | Copy link\n\n" + body, []string{lead, body}},
	{"share label and networks", lead + "\n\nShare: Facebook | Twitter\n\n" + body, []string{lead, body}},
	{"print promo", lead + "\n\nFour issues a year, delivered to your door. Subscribe today and save 30 percent.\n\n" + body, []string{lead, body}},
	{"magazine credit line", "Words by Mira Sand · Photographs by Eik Tan\n\n" + lead, []string{lead}},
	{"bare link", lead + "\n\nhttps://courier.example/p/4Wx\n\n" + body, []string{lead, body}},
	{"date metadata prefix", "date 2026-09-03 " + lead + "\n\n" + body, []string{lead, body}},
}

// keepCases must come through untouched: story text that looks a little
// like clutter.
var keepCases = []struct {
	name string
	in   string
	want []string
}{
	{"subheading between paragraphs", lead + "\n\nWhat happens next\n\n" + body, []string{lead, "What happens next", body}},
	{"Windows-1252 quotes read as Latin-1", lead + "\n\nThe chief said the crews hadn\u0092t lost a house, calling it \u0093a miracle\u0094.",
		[]string{lead, "The chief said the crews hadn’t lost a house, calling it “a miracle”."}},
	{"labelled values with dates and figures", lead + "\n\nDeadline: 3.11.2019 (postmark)\n\nAdults: 3 € (2019 price)\n\nTermin: 29.02.2020, 19 Uhr",
		[]string{lead, "Deadline: 3.11.2019 (postmark)", "Adults: 3 € (2019 price)", "Termin: 29.02.2020, 19 Uhr"}},
	{"headline", "Brennick orders evacuation as fire jumps the river\n\n" + lead, []string{"Brennick orders evacuation as fire jumps the river", lead}},
	{"question subheading", lead + "\n\nWhat's on the agenda?\n\n" + body, []string{lead, "What's on the agenda?", body}},
	{"list after colon", "The closed roads are:\nMill Road\nQuay Street\nEsk Bridge", []string{"The closed roads are:", "Mill Road", "Quay Street", "Esk Bridge"}},
	{"sentence starting with By", "By Tuesday the river had fallen by two metres.", []string{"By Tuesday the river had fallen by two metres."}},
	{"sentence about a newsletter", "The council said it would email residents a daily update on the fire.", []string{"The council said it would email residents a daily update on the fire."}},
	{"story after a related list", lead + "\n\nRelated\n\nCouncil approves fire station\n\n" + body + "\n\n" + quote, []string{lead, body, quote}},
	{"hard-wrapped paragraph", "Fire crews in Brennick ordered 2,400 residents to leave their\nhomes on Thursday after a wildfire on Tallow Ridge jumped the\nEsk River, the county emergency office said.", []string{lead}},
	{"lines of paragraphs", lead + "\n" + body + "\n" + quote, []string{lead, body, quote}},
	{"whitespace", "  Fire crews\u00a0in Brennick\tordered 2,400 residents to leave their homes on Thursday after a wildfire on Tallow Ridge jumped the Esk River, the county emergency office said.  \r\n\r\n", []string{lead}},
	{"imperative sentence with email", "Join the rescue effort, officials urged residents in an email on Thursday.", []string{"Join the rescue effort, officials urged residents in an email on Thursday."}},
	{"numbers subheading", lead + "\n\n3 dead, 12 injured\n\n" + body, []string{lead, "3 dead, 12 injured", body}},
	{"sign up in a story", "More than 300 volunteers signed up for the cleanup on Saturday.", []string{"More than 300 volunteers signed up for the cleanup on Saturday."}},
	{"photo in a story", "The photo of the burning ridge was shared widely on Thursday.", []string{"The photo of the burning ridge was shared widely on Thursday."}},
	{"photographs by in a sentence", "Photographs by the agency showed the fire crossing the river.", []string{"Photographs by the agency showed the fire crossing the river."}},
	{"reported by in a sentence", "Reported cases rose by 12 percent on Thursday.", []string{"Reported cases rose by 12 percent on Thursday."}},
	{"file photo in a sentence", "The police released a file photo of the missing hiker on Friday.", []string{"The police released a file photo of the missing hiker on Friday."}},
	{"cookie policy in a sentence", "Regulators said the cookie policy of the site broke the law.", []string{"Regulators said the cookie policy of the site broke the law."}},
	{"copyright in a sentence", "Copyright holders sued the site over the fire photos.", []string{"Copyright holders sued the site over the fire photos."}},
	{"labelled sentence", "Opinion: The evacuation order came too late, residents say.", []string{"Opinion: The evacuation order came too late, residents say."}},
	{"subscribe today in a sentence", "The paper urged readers to subscribe today before prices rise, the editor wrote.", []string{"The paper urged readers to subscribe today before prices rise, the editor wrote."}},
	{"words by in a sentence", "Words by the mayor were read out at the vigil on Friday.", []string{"Words by the mayor were read out at the vigil on Friday."}},
	{"share and listen in a sentence", "Listen: residents share their stories of the fire on Facebook.", []string{"Listen: residents share their stories of the fire on Facebook."}},
	{"sections subheading with a colon", lead + "\n\nNews: what the council decided\n\n" + body, []string{lead, "News: what the council decided", body}},
	{"a signature's name and position after a closing", lead + "\n\nBest regards,\n\nMara Tobin\nPress Officer, Kestrel Harbour Board\nPhone: (555) 010-4477\nEmail: press@kestrel.example\nwww.kestrel.example",
		[]string{lead, "Best regards,", "Mara Tobin", "Press Officer, Kestrel Harbour Board"}},
	{"short lines with no closing before them", lead + "\n\nMara Tobin\nPress Officer, Kestrel Harbour Board\nPhone: (555) 010-4477\nEmail: press@kestrel.example",
		[]string{lead}},
	{"empty", " \n\n ", nil},
}

func TestTextClutter(t *testing.T) {
	for _, tt := range clutterCases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, normalize.Text(tt.in)); diff != "" {
				t.Fatalf("Text(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTextKeeps(t *testing.T) {
	for _, tt := range keepCases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, normalize.Text(tt.in)); diff != "" {
				t.Fatalf("Text(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func readFixture(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// storyParagraphs is the story body of the pasted-page and HTML fixtures.
func storyParagraphs(tb testing.TB) []string {
	return normalize.Text(readFixture(tb, "story.txt"))
}

func TestTextPastedPage(t *testing.T) {
	got := normalize.Text(readFixture(t, "page_pasted.txt"))
	if diff := cmp.Diff(storyParagraphs(t), got); diff != "" {
		t.Fatalf("Text(page_pasted.txt) (-want +got):\n%s", diff)
	}
}

func TestTextStoryUnchanged(t *testing.T) {
	story := readFixture(t, "story.txt")
	want := strings.Split(strings.TrimSpace(story), "\n\n")
	if diff := cmp.Diff(want, normalize.Text(story)); diff != "" {
		t.Fatalf("Text(story.txt) (-want +got):\n%s", diff)
	}
}

// TestTextPublished reads the day of a clipping tool's "date YYYY-MM-DD" prefix,
// and Article gives it to a text article that has no published_at of its own.
func TestTextPublished(t *testing.T) {
	day := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		in   string
		want time.Time
	}{
		{"prefix before the story", " date 2023-09-12 " + lead, day},
		{"prefix on its own line", "date 2023-09-12\n\n" + lead, day},
		{"prefix after a byte-order mark", "\ufeffdate 2023-09-12 " + lead, day},
		{"no prefix", lead, time.Time{}},
		{"a date inside the story", lead + " date 2023-09-12", time.Time{}},
		{"a date with no story word boundary", "date 2023-09-12T10:00 " + lead, time.Time{}},
		{"no such day", "date 2023-02-30 " + lead, time.Time{}},
		{"out of range", "date 1066-10-14 " + lead, time.Time{}},
		{"another word", "updated 2023-09-12 " + lead, time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalize.TextPublished(tc.in); !got.Equal(tc.want) {
				t.Errorf("TextPublished = %v, want %v", got, tc.want)
			}
		})
	}

	sent := time.Date(2023, 9, 11, 18, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		a    summarize.Article
		want *time.Time
	}{
		{"the prefix's day", summarize.Article{ID: "a1", Text: " date 2023-09-12 " + lead}, &day},
		{"the client's published_at wins", summarize.Article{ID: "a1", Text: " date 2023-09-12 " + lead, PublishedAt: &sent}, &sent},
		{"none", summarize.Article{ID: "a1", Text: lead}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pg, err := normalize.Article(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			got := pg.Article.PublishedAt
			if (got == nil) != (tc.want == nil) || got != nil && !got.Equal(*tc.want) {
				t.Errorf("PublishedAt = %v, want %v", got, tc.want)
			}
			if len(pg.Paragraphs) != 1 || pg.Paragraphs[0].Text != lead {
				t.Errorf("paragraphs = %q, want the story alone", pg.Paragraphs)
			}
		})
	}
}
