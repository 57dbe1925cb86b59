package normalize

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBetter checks the measure that picks readability over trafilatura, on
// readings where each wins.
func TestBetter(t *testing.T) {
	story := strings.Repeat("The council approved 420 homes on the old harbour site after a long meeting. ", 4)
	cand := func(paras []string, linked float64) candidate {
		c := candidate{paras: paras}
		for _, p := range paras {
			c.runes += len(squash(p))
			if storyLike(p) {
				c.prose += len(squash(p))
			}
		}
		c.linked = int(linked * float64(c.runes))
		return c
	}
	wholePage := func(c candidate) candidate { c.whole = true; return c }
	first := []string{story + "One.", story + "Two."}
	whole := append(append([]string(nil), first...), story+"Three.", story+"Four.")
	teaser := []string{"Subscribe to read the whole story of the harbour vote tonight."}
	menu := append(append([]string(nil), whole...), whole...)
	for _, tc := range []struct {
		name       string
		traf, read candidate
		wantRead   bool
	}{
		{"trafilatura found nothing", cand(nil, 0), cand(whole, 0), true},
		{"trafilatura stopped early: readability holds it and goes on", cand(first, 0), cand(whole, 0), true},
		{"trafilatura found a fragment: readability much longer", cand(teaser, 0), cand(whole, 0), true},
		{"readability is mostly links", cand(first, 0), cand(menu, 0.6), false},
		{"readability is not much longer", cand(whole, 0), cand(append(whole, "A short line more."), 0), false},
		{"readability found nothing", cand(whole, 0), cand(nil, 0), false},
		{"trafilatura's reading is the whole page: readability's story, shorter, wins", wholePage(cand(menu[:1], 0)), cand(first, 0), true},
		{"both readings are the whole page", wholePage(cand([]string{story + "Page."}, 0)), wholePage(cand([]string{story + "Body."}, 0)), false},
	} {
		got := better(tc.traf, tc.read)
		if isRead := len(got.paras) == len(tc.read.paras) && (len(got.paras) == 0 || got.paras[0] == tc.read.paras[0]) && len(tc.read.paras) > 0; isRead != tc.wantRead {
			t.Errorf("%s: readability chosen %v, want %v", tc.name, isRead, tc.wantRead)
		}
	}
}

// TestBetterAddsProse: when readability's reading holds trafilatura's and more,
// what it adds is kept where it reads as running prose (a lead paragraph
// trafilatura left out) or as a list inside the story both read (not a box of
// links there: a third or more of its lines linked), not its short
// captions (a paragraph its photo's credit follows) nor its short
// lines (a byline, a caption, a "Related" link, a run of labels); when it adds
// only such lines, trafilatura's paragraphs stay as they were.
func TestBetterAddsProse(t *testing.T) {
	cand := func(paras ...string) candidate {
		c := candidate{paras: paras}
		for _, p := range paras {
			c.runes += len(squash(p))
			if storyLike(p) {
				c.prose += len(squash(p))
			}
		}
		return c
	}
	// linked marks lines as link text on the page.
	linked := func(c candidate, lines ...string) candidate {
		c.links = map[string]float32{}
		for _, l := range lines {
			c.links[l] = 1
		}
		return c
	}
	const (
		lead  = "Two young drivers wrecked a sports car each on Friday night, in separate crashes on the motorway."
		body1 = "A 19-year-old lost control of his car shortly after joining the motorway at Lenzburg, the police said on Saturday."
		body2 = "In St. Gallen a 33-year-old hit the barrier with his Corvette; his passenger was seriously injured."
	)
	traf := cand(body1, body2)
	for _, tc := range []struct {
		name string
		read candidate
		want []string
	}{
		{"a lead paragraph added", cand("Region", lead, body1, "Photo gallery", body2), []string{lead, body1, body2}},
		{"only short lines added", cand("Region", body1, "Photo gallery", body2, "More from the region"), []string{body1, body2}},
		{"a list added inside the story", cand(body1, "Ingredients", "500 g flour", "75 g sugar", "2 tsp ground cardamom", body2), []string{body1, "Ingredients", "500 g flour", "75 g sugar", "2 tsp ground cardamom", body2}},
		{"a list added outside the story", cand(body1, body2, "Ingredients", "500 g flour", "75 g sugar"), []string{body1, body2}},
		{"a box of links added inside the story", linked(cand(body1, "More on the motorway", "Speed cameras: where they stand in 2024", "Read more", "Crash statistics of the canton", "Read more", body2), "Read more", "Speed cameras: where they stand in 2024"), []string{body1, body2}},
		{"a list with one link in it added inside the story", linked(cand(body1, "Ingredients", "500 g flour", "75 g sugar", "2 tsp ground cardamom", body2), "500 g flour"), []string{body1, "Ingredients", "500 g flour", "75 g sugar", "2 tsp ground cardamom", body2}},
		{"a lone paragraph added after the story", cand(body1, body2, "NOTE: The advertising disclaimer below does not apply to this article or to any other of our newsroom."), []string{body1, body2}},
		{"the story continued after trafilatura's end", cand(body1, body2, lead, "The motorway was closed for three hours in both directions while the police cleared the wrecks."), []string{body1, body2, lead, "The motorway was closed for three hours in both directions while the police cleared the wrecks."}},
		{"a caption added inside the story, its credit after it", cand(body1, "Chestnut groves grew where the slopes were used as orchard and as pasture at once.", "Foto © Peter Steiger", body2), []string{body1, body2}},
		{"a paragraph added inside the story, no credit after it", cand(body1, "Chestnut groves grew where the slopes were used as orchard and as pasture at once.", body2), []string{body1, "Chestnut groves grew where the slopes were used as orchard and as pasture at once.", body2}},
		{"much longer, mostly lines", cand("Region", "Traffic", "Police", lead, body1, "Photo gallery", "Video", "Weather", body2, "More from the region", "Most read", "Latest"), []string{lead, body1, body2}},
	} {
		got := better(traf, tc.read)
		if diff := cmp.Diff(tc.want, got.paras); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestBetterAsStoryLike: readability's reading must read as a story at least as
// well as trafilatura's: prose density of minProse, or trafilatura's own when that
// is lower (a page of short paragraphs that both read), and link density of at most
// maxLinkDensity, or trafilatura's own when that is higher (trafilatura read a menu).
func TestBetterAsStoryLike(t *testing.T) {
	mk := func(name string, runes int, prose, linked float64) candidate {
		return candidate{paras: []string{name}, runes: runes, prose: int(prose * float64(runes)), linked: int(linked * float64(runes))}
	}
	for _, tc := range []struct {
		name       string
		traf, read candidate
		wantRead   bool
	}{
		{"little prose, but more than trafilatura's", mk("t", 500, 0.3, 0), mk("r", 7000, 0.43, 0), true},
		{"little prose, less than trafilatura's", mk("t", 500, 0.45, 0), mk("r", 7000, 0.43, 0), false},
		{"trafilatura read a menu: a reading less linked wins", mk("t", 700, 0.6, 0.99), mk("r", 3000, 0.6, 0.3), true},
		{"a reading more linked than trafilatura's loses", mk("t", 700, 0.6, 0.2), mk("r", 3000, 0.6, 0.3), false},
	} {
		if got := better(tc.traf, tc.read).paras[0] == "r"; got != tc.wantRead {
			t.Errorf("%s: readability chosen %v, want %v", tc.name, got, tc.wantRead)
		}
	}
}

// TestDisagree checks the measure by which a reading our rules chose falls back
// to the library's: two readings that share less than half their words either
// way, ours not the longer.
func TestDisagree(t *testing.T) {
	c := func(text string, paras ...string) candidate { return candidate{text: text, paras: paras} }
	story := "The council approved 420 homes on the old harbour site after a long meeting on Tuesday night."
	more := "Residents asked for a new school and a bus line before the first families move in next spring."
	other := "Our shop sells garden furniture, grills and lamps; delivery is free on orders above 50 euros."
	other2 := "Sign up for the newsletter and get ten percent off your first order of chairs and tables."
	for _, tc := range []struct {
		name      string
		lib, ours candidate
		want      bool
	}{
		{"another part of the page, shorter than the library's", c("lib", story, more, other2), c("read", other), true},
		{"ours is the library's reading", c("lib", story, more), c("lib", story), false},
		{"ours holds the library's and adds a lead", c("lib", story), c("read", other, story, more), false},
		{"ours is a part of the library's whole page", c("lib", other, story, more, other2), c("read", story, more), false},
		{"the library stopped at a fragment: ours is longer", c("lib", other2), c("read", story, more), false},
		{"the library found nothing", c("lib"), c("read", story), false},
	} {
		if got := disagree(tc.lib, tc.ours); got != tc.want {
			t.Errorf("%s: disagree %v, want %v", tc.name, got, tc.want)
		}
	}
}
