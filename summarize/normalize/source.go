package normalize

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// pageSource is what the page as sent says about the text an extractor returns:
// its lines (for resplit), its words with the spaces between them (for respace),
// and how much of each line is link text (for the menu rules and the choice of
// extractor). It is read from the parsed page before the extractors run.
type pageSource struct {
	units []unit
	sq    []byte // the page's text with white space left out
	space []bool // by byte of sq: white space stood before it in the page
	links map[string]lineLinks
}

// lineLinks is how a line of the page is linked: the share of its letters
// inside links and how many links it holds.
type lineLinks struct {
	share float32
	n     int
}

func newPageSource(doc *html.Node) *pageSource {
	lc := &linkCollector{frac: map[string]lineLinks{}}
	text := blockText(doc, lc)
	src := &pageSource{units: textUnits(text), links: lc.frac,
		sq: make([]byte, 0, len(text)), space: make([]bool, 0, len(text))}
	pending := false
	for _, r := range cleanText(text) {
		if unicode.IsSpace(r) {
			pending = true
			continue
		}
		n := len(src.sq)
		src.sq = utf8.AppendRune(src.sq, r)
		for k := n; k < len(src.sq); k++ {
			src.space = append(src.space, pending && k == n)
		}
		pending = false
	}
	return src
}

// linkCollector measures, line by line of blockText's output, the share of the
// letters that stand inside links; a nil collector measures nothing.
type linkCollector struct {
	frac          map[string]lineLinks // by squashed line
	line          []byte
	total, linked int
	n             int // links begun on the line
}

// link counts a link begun on the current line.
func (lc *linkCollector) link() {
	if lc != nil {
		lc.n++
	}
}

func (lc *linkCollector) add(s string, inLink bool) {
	if lc == nil {
		return
	}
	for _, r := range s {
		if r == '\n' {
			lc.flush()
			continue
		}
		if unicode.IsSpace(r) {
			continue
		}
		lc.line = utf8.AppendRune(lc.line, r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			lc.total++
			if inLink {
				lc.linked++
			}
		}
	}
}

// lineEnd ends the current line when blockText has just ended one.
func (lc *linkCollector) lineEnd(sb *strings.Builder) {
	if lc != nil && strings.HasSuffix(sb.String(), "\n") {
		lc.flush()
	}
}

func (lc *linkCollector) flush() {
	if lc == nil {
		return
	}
	if lc.total > 0 && len(lc.line) > 0 {
		lc.frac[string(lc.line)] = lineLinks{share: float32(lc.linked) / float32(lc.total), n: lc.n}
	}
	lc.line, lc.total, lc.linked, lc.n = lc.line[:0], 0, 0, 0
}

// linkShare returns the share of a unit's letters that the page shows as link
// text (-1 when the unit is not a line of the page) and how many links it holds.
func (src *pageSource) linkShare(s string) (float32, int) {
	if f, ok := src.links[squash(s)]; ok {
		return f.share, f.n
	}
	return -1, 0
}

// Bounds of respace's search for a unit in the page.
const (
	respaceSlack  = 8192 // bytes past the cursor searched for the next unit
	respaceMisses = 16   // whole-page searches per page
)

// respace gives the units the spaces the page had between their words: an
// extractor that trims the text around inline elements glues a link to its
// neighbours ("whatever thatJermaine Whiteheadexperiment"). A unit is found in the
// page by its text without spaces, after the previous one (or, a bounded number of
// times, anywhere); a space is put wherever the unit or the page had one. Units
// not found stay as they are. The search is bounded, so the work is linear.
func (src *pageSource) respace(units []unit) {
	at, misses := 0, 0
	for i := range units {
		k := []byte(squash(units[i].text))
		if len(k) == 0 {
			continue
		}
		p := -1
		win := src.sq[min(at, len(src.sq)):]
		win = win[:min(len(win), len(k)+respaceSlack)]
		if x := bytes.Index(win, k); x >= 0 {
			p = at + x
		} else if misses < respaceMisses {
			misses++
			p = bytes.Index(src.sq, k)
		}
		if p < 0 {
			continue
		}
		var sb strings.Builder
		j := 0 // bytes of k written
		spaced := false
		for _, r := range units[i].text {
			if unicode.IsSpace(r) {
				spaced = true
				continue
			}
			if j > 0 && (spaced || src.space[p+j]) {
				sb.WriteByte(' ')
			}
			sb.WriteRune(r)
			j += utf8.RuneLen(r)
			spaced = false
		}
		units[i].text = sb.String()
		at = p + len(k)
	}
}

// candidate is one extractor's reading of the page: its kept paragraphs, the
// text they come from, and the measures better compares.
type candidate struct {
	paras  []string
	text   string
	links  map[string]float32 // by paragraph: the share of its letters that is link text on the page, when known
	runes  int                // letters and digits of the kept paragraphs
	linked int                // of them, inside links on the page
	prose  int                // of them, in paragraphs that read like running prose
	// whole: the reading is the page's text in one or two paragraphs, at least
	// wholeShare of it (trafilatura's baseline when its extraction fails: the
	// page's body text, menus and all, as one paragraph), not a story found in it.
	whole bool
}

func (src *pageSource) candidate(text string) candidate {
	units := resplit(textUnits(text), src.units)
	src.respace(units)
	for i := range units {
		units[i].links, units[i].nlinks = src.linkShare(units[i].text)
		units[i].html = true
	}
	c := candidate{text: text, paras: filter(units), links: map[string]float32{}}
	for _, p := range c.paras {
		if f, _ := src.linkShare(p); f > 0 {
			c.links[p] = f
		}
		n := 0
		for _, r := range p {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
		c.runes += n
		if f, _ := src.linkShare(p); f > 0 {
			c.linked += int(f * float32(n))
		}
		if storyLike(p) {
			c.prose += n
		}
	}
	if len(c.paras) > 0 && len(c.paras) <= 2 {
		longest := 0
		for _, p := range c.paras {
			longest = max(longest, len(squash(p)))
		}
		c.whole = float64(longest) >= wholeShare*float64(len(src.sq))
	}
	return c
}

// linkDensity is the share of the candidate's letters that are link text.
func (c candidate) linkDensity() float64 {
	if c.runes == 0 {
		return 1
	}
	return float64(c.linked) / float64(c.runes)
}

// proseDensity is the share of the candidate's letters in prose paragraphs.
func (c candidate) proseDensity() float64 {
	if c.runes == 0 {
		return 0
	}
	return float64(c.prose) / float64(c.runes)
}

// Thresholds of better.
const (
	longerBy       = 1.3  // readability, holding trafilatura's text, must be this much longer
	muchLonger     = 2.0  // readability, whatever it holds, must be this much longer
	maxLinkDensity = 0.25 // the most link text the replacement may carry
	minProse       = 0.5  // the least prose it must carry
	minCovered     = 0.7  // the share of trafilatura's text readability must also hold
	coverSample    = 24   // paragraphs of trafilatura's looked up in readability's text
	wholeShare     = 0.5  // the share of the page's text that makes one paragraph the whole page
	minSuperset    = 0.95 // the share of trafilatura's text readability holds when it adds prose to it
)

// better keeps trafilatura's reading unless readability's is better by this
// measure. Readability's must read as a story does, or at least as well as
// trafilatura's: at most maxLinkDensity of its letters in links (link density),
// or trafilatura's share when that is higher, and at least minProse of them in
// paragraphs of running prose (text density), or trafilatura's share when that is
// lower. Then it wins when trafilatura found nothing; when
// it is muchLonger or more longer (trafilatura found a fragment: a teaser, a
// caption, the first part of the page; trafilatura's own fallback uses the same
// factor); or when it holds at least minCovered of trafilatura's text and is
// longerBy or more longer (trafilatura stopped early: the same story, continued).
// It also wins, whatever its length, when trafilatura's reading is the whole page
// in one paragraph (see candidate.whole) and readability's is not. When
// readability's reading holds minSuperset or more of trafilatura's and is longer,
// the two read the same story and readability's adds to it: what it adds is kept
// where it reads as running prose (a lead or a passage trafilatura left out) and
// dropped where it does not (the short lines around a story: section names,
// captions, links), see proseAdded; this comes before the length rules. When
// none of these holds but readability's reading still holds minCovered or more
// of trafilatura's (the same story, each reading leaving out some of it),
// trafilatura's reading stays and takes from readability's the lead it left
// out (a standfirst in a teaser block), see leadAdded.
func better(traf, read candidate) candidate {
	switch {
	case len(read.paras) == 0:
		return traf
	case len(traf.paras) == 0:
		return read
	case read.linkDensity() > max(maxLinkDensity, traf.linkDensity()) || read.proseDensity() < min(minProse, traf.proseDensity()):
		return traf
	case traf.whole && !read.whole:
		return read
	case read.runes > traf.runes && covered(traf, read) >= minSuperset:
		return proseAdded(traf, read)
	case float64(read.runes) >= muchLonger*float64(traf.runes):
		return read
	case float64(read.runes) >= longerBy*float64(traf.runes) && covered(traf, read) >= minCovered:
		return read
	case covered(traf, read) >= minCovered:
		return leadAdded(traf, read)
	}
	return traf
}

// covered is the share of a's letters, over up to coverSample of its paragraphs
// spread through it, in paragraphs found in b's text (spaces aside).
func covered(a, b candidate) float64 {
	var sb strings.Builder
	for _, p := range b.paras {
		sb.WriteString(squash(p))
	}
	hay := sb.String()
	step := max(1, len(a.paras)/coverSample)
	in, all := 0, 0
	for i := 0; i < len(a.paras); i += step {
		k := squash(a.paras[i])
		all += len(k)
		if strings.Contains(hay, k) {
			in += len(k)
		}
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// proseAdded is read's reading, which holds traf's, keeping of what traf does not
// hold the paragraphs of running prose (a lead trafilatura left out) and, between
// the first and the last paragraph the two share, the runs of two or more lines
// that read as a list (see listLike: a list, a table, a subheading with its
// list, story trafilatura dropped from the middle of the story both read) and
// are not a box of links (see linkRun: a teaser box, "more" links, downloads,
// which sit between a story's paragraphs as often as lists do). A
// paragraph of prose it adds after the last paragraph the two share is kept only
// when it adds two or more there (trafilatura stopped before the story's end);
// a lone one there is a note, a disclaimer or an author's line. An added
// credit line and the paragraph it follows (a caption) stay out (see
// creditLine). A
// lone short line it adds (a caption, a gallery link, a label), a run of bare
// labels ("Photo gallery", "Video") and the section names and links around the
// story stay out.
func proseAdded(traf, read candidate) candidate {
	keep, _ := addedKeep(traf, read)
	out := read
	out.paras = nil
	for i, p := range read.paras {
		if keep[i] {
			out.paras = append(out.paras, p)
		}
	}
	return out
}

// addedKeep tells, by paragraph of read, whether proseAdded keeps it (every
// paragraph traf also holds is kept), and which paragraphs traf also holds.
func addedKeep(traf, read candidate) (keep, shared []bool) {
	in := make(map[string]bool, len(traf.paras))
	for _, p := range traf.paras {
		in[squash(p)] = true
	}
	shared = make([]bool, len(read.paras))
	keep = make([]bool, len(read.paras))
	first, last := -1, -1
	for i, p := range read.paras {
		if shared[i] = in[squash(p)]; shared[i] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	tail := 0 // prose paragraphs added after the last shared one
	for _, p := range read.paras[last+1:] {
		if storyLike(p) {
			tail++
		}
	}
	for i := 0; i < len(read.paras); {
		if shared[i] {
			keep[i] = true
			i++
			continue
		}
		j := i // read.paras[i:j] is a run of added paragraphs
		for j < len(read.paras) && !shared[j] {
			j++
		}
		keepRun := i > first && j <= last && j-i >= 2 && listLike(read.paras[i:j]) && !read.linkRun(read.paras[i:j])
		for k, p := range read.paras[i:j] {
			if creditLine(p) || i+k+1 < j && creditLine(read.paras[i+k+1]) {
				continue // a photo's credit, or its caption: the credit follows it
			}
			if keepRun || (storyLike(p) && (i < last || tail >= 2)) {
				keep[i+k] = true
			}
		}
		i = j
	}
	return keep, shared
}

// leadAdded is traf's reading with the lead readability's reading holds and
// trafilatura's left out: the paragraphs read adds before the first paragraph
// the two share, those of them proseAdded would keep (running prose; not a
// photo's credit or its caption), put just before that paragraph in traf's
// reading, and written into its text there, so that every paragraph keeps a
// place in the text (see locate). What read adds further down is left out:
// past the story's first shared paragraph, readability's additions are
// captions, boxes and teasers as often as story.
func leadAdded(traf, read candidate) candidate {
	keep, shared := addedKeep(traf, read)
	var lead []string
	first := ""
	for i, p := range read.paras {
		if shared[i] {
			first = squash(p)
			break
		}
		if keep[i] {
			lead = append(lead, p)
		}
	}
	k := -1 // first's place in traf's reading
	for i, p := range traf.paras {
		if first != "" && squash(p) == first {
			k = i
			break
		}
	}
	if len(lead) == 0 || k < 0 {
		return traf
	}
	at := 0 // the start of the line first begins on, in traf's text
	if ps := locate(traf.text, traf.paras[:k+1]); len(ps[k].lo) > 0 {
		at = strings.LastIndexByte(traf.text[:ps[k].lo[0]], '\n') + 1
	}
	out := traf
	out.text = traf.text[:at] + strings.Join(lead, "\n\n") + "\n\n" + traf.text[at:]
	out.paras = slices.Concat(traf.paras[:k], lead, traf.paras[k:])
	return out
}

// listLike reports whether a run of lines reads as a list of the story: at
// least half of them carry a figure ("500 g flour", "$89 (was $129)") or have
// four words or more ("Monday: lentil soup with bread"), or the run is long
// (minListRun lines: a day-by-day plan of short items); a page's labels come
// in short runs of short words.
func listLike(lines []string) bool {
	if len(lines) >= minListRun {
		return true
	}
	n := 0
	for _, l := range lines {
		if words(l) >= 4 || strings.IndexFunc(l, unicode.IsDigit) >= 0 {
			n++
		}
	}
	return 2*n >= len(lines)
}

// creditLine reports whether a line is a photo's credit: a short line with a
// copyright sign ("Foto © Peter Steiger", "© AFP") or a labelled credit
// ("Foto: dpa", see reCreditLang). The paragraph readability adds just before
// one is the photo's caption, however well it reads.
func creditLine(l string) bool {
	return words(l) <= maxCreditWords && (strings.Contains(l, "©") || reCreditLang.MatchString(l))
}

// maxCreditWords is the longest credit line, in words.
const maxCreditWords = 8

// linkRun reports whether a run of lines is a box of links rather than a list
// of the story: at least one line in linkRunShare of them is mostly link text
// on the page. A teaser box gives each teaser a linked title or a "more" link
// (one line in two or three); the items of a story's list (ingredients, a
// table, a plan) are rarely links.
func (c candidate) linkRun(lines []string) bool {
	n := 0
	for _, l := range lines {
		if c.links[l] >= 0.5 {
			n++
		}
	}
	return float64(n) >= linkRunShare*float64(len(lines))
}

// linkRunShare is the share of linked lines that makes a run a box of links.
const linkRunShare = 1.0 / 3

// minListRun is the length of a run of added lines inside the story that is
// kept as a list whatever its lines.
const minListRun = 6

// maxShared is the share of words two readings of a page may hold in common,
// each way, and still be said to disagree sharply (see disagree).
const maxShared = 0.5

// disagree reports whether ours, the reading better chose, and the library's
// (trafilatura's) disagree sharply: neither holds half of the other's words
// (counted with repeats: words are runs of letters and digits, case folded),
// and ours is not the longer (the library did not stop at a fragment — a
// teaser, a caption — which is what a longer reading by readability
// replaces). Two such readings are two different parts of the page, and
// the library's is kept: our rules do not overrule it on a page they read
// otherwise altogether. A reading that is the library's never disagrees.
func disagree(lib, ours candidate) bool {
	if len(lib.paras) == 0 || len(ours.paras) == 0 || ours.text == lib.text {
		return false
	}
	l, o := wordCounts(lib.paras), wordCounts(ours.paras)
	both, nl, no := 0, 0, 0
	for w, n := range l {
		nl += n
		both += min(n, o[w])
	}
	for _, n := range o {
		no += n
	}
	if no > nl || nl == 0 || no == 0 {
		return false
	}
	return float64(both) < maxShared*float64(nl) && float64(both) < maxShared*float64(no)
}

// wordCounts counts the words of paragraphs: runs of letters and digits,
// lower-cased.
func wordCounts(paras []string) map[string]int {
	m := map[string]int{}
	for _, p := range paras {
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
	}
	return m
}
