package verify

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// key is what an index maps to the passages that carry it: a kind and its text.
type key struct {
	kind keyKind
	s    string
}

// keyKind says what a key's text is.
type keyKind uint8

const (
	keyStem       keyKind = iota // a content word's stem ("ferri")
	keyName                      // a name word, lower case and canonical ("russia")
	keyFigure                    // a figure's canonical value ("1500000", "3-1")
	keyFigureNear                // a small figure with a content stem beside it ("6|hour")
	keyDay                       // a calendar day, month-day ("1-13")
	keyDayOf                     // a day a passage implies by a weekday, a relative day or its article's date ("1-13")
	keyWeekday                   // a weekday ("monday")
	keyMonth                     // a month ("3")
	keyMonthYear                 // a month of a year ("3-2006")
	keyYear                      // a year ("2006")
	keyQuarter                   // a quarter of the year ("3": "Q3", "third quarter")
	keyAcronym                   // an acronym a claim writes ("yoy"), carried by its words (acronymPost)
)

// Index holds the passages of one request, read once, for many claims.
type Index struct {
	passages []summarize.Passage
	pos      map[string]int32
	post     map[key][]int32 // key → passages that carry it, ascending
	negs     [][]negation
	words    [][]string // by passage, its distinct content words in lower case, for the lexicon
	toks     [][]token  // by passage, its tokens, for the slot rules
	stems    [][]string // by passage, its tokens' stems (canonical), parallel to toks
	rel      relations
	lower    map[string]bool // words some passage writes in lower case
	capMid   map[string]bool // words some passage writes capitalized inside a sentence

	lang      *text.Lang    // the language claims and passages are read in (lang.go)
	claimStop text.Stoplist // its words a claim may add or drop (non-English)

	// stemOf are the stems of the passages' words (x.stem's answers, read once
	// in NewIndex and read-only after): claims ask for the same words again.
	stemOf map[string]string

	// prepared are, by passage, its words prepared for the lexicon, filled as
	// asked (preparedWords).
	prepared []atomic.Pointer[[]*lexicon.Word]

	prefixOnce sync.Once
	prefixes   map[string]bool // the openings of the passages' stems (unknownName)

	// acronyms are, by acronym a claim wrote, the passages that spell it out
	// (acronymPost), found as asked: string → []int32.
	acronyms sync.Map

	// figs are, by passage, its figures as x.figures reads them (with their
	// units and currencies), read once for the postings and kept for the rules
	// that compare a claim's figure with a passage's (figureReplaced,
	// measureChanged).
	figs [][]figure

	// published are, by passage, its article's published_at (zero when not
	// given), for a claim dated after every source that tells it
	// (datedAfter).
	published []time.Time

	// articles is how many articles the passages' text comes from
	// (Passage.Article: a sentence folded from several copies counts once, as
	// the article whose text was kept), for the foreign-word rule (judge.go).
	articles int
}

// NewIndex reads the passages; articles give each passage's published_at (by
// Passage.Article), for dates. Passages without text are kept but carry nothing.
func NewIndex(passages []summarize.Passage, articles []summarize.Article) *Index {
	// vocab is a guess at the number of distinct words, to size the maps by
	// word: about ten new ones a passage in a story's few dozen passages,
	// fewer in more (the story's words come back).
	vocab := min(10*len(passages), 1000+len(passages))
	x := &Index{
		passages:  passages,
		pos:       make(map[string]int32, len(passages)),
		negs:      make([][]negation, len(passages)),
		words:     make([][]string, len(passages)),
		toks:      make([][]token, len(passages)),
		stems:     make([][]string, len(passages)),
		prepared:  make([]atomic.Pointer[[]*lexicon.Word], len(passages)),
		published: make([]time.Time, len(passages)),
		figs:      make([][]figure, len(passages)),
		lower:     make(map[string]bool, vocab),
		capMid:    map[string]bool{},
		lang:      indexLang(articles),
	}
	x.claimStop = x.lang.Stoplist(text.StopClaim)
	pub := map[string]time.Time{}
	outlet := map[string][]key{} // an article's outlet, as name keys: "Market Ledger, citing…"
	for _, a := range articles {
		if a.PublishedAt != nil {
			pub[a.ID] = *a.PublishedAt
		}
		for _, t := range x.lex(a.Source) {
			outlet[a.ID] = append(outlet[a.ID], key{keyName, x.nameKey(canonical(t.Low))})
		}
		for _, t := range x.datelineNames(a.Text) {
			outlet[a.ID] = append(outlet[a.ID], key{keyName, x.nameKey(canonical(t.Low))})
		}
	}
	stems := make(map[string]string, vocab)
	x.stemOf = stems // filled as read below; x.stem asks it first (near)
	cache := func(w string) string {
		s, ok := stems[w]
		if !ok {
			s = x.stem(w)
			stems[w] = s
		}
		return s
	}
	// The posting lists are built by number (ids) and put in x.post at the end:
	// a word's two keys are numbered once (words); a passage is added to a list
	// unless it is already its last (passages are read in order, so every list
	// comes out ascending without duplicates), as a hit, and the hits are
	// sorted by key into one array at the end (counting sort, which keeps
	// their order) that the lists are slices of.
	ids := make(map[key]int32, 2*vocab)
	type hit struct{ key, p int32 }
	var last []int32 // by key number: the last passage of its list, or -1
	id := func(k key) int32 {
		n, ok := ids[k]
		if !ok {
			n = int32(len(last))
			ids[k] = n
			last = append(last, -1)
		}
		return n
	}
	type word struct {
		stem           string
		stemID, nameID int32
		lower, capMid  bool // already set in x.lower, x.capMid
		content        bool // a word for the lexicon (x.words)
	}
	wordList := make([]word, 0, vocab)
	words := make(map[string]int32, vocab) // lower-case word → its keys (wordList)
	outletIDs := map[string][]int32{}
	for a, ks := range outlet {
		for _, k := range ks {
			outletIDs[a] = append(outletIDs[a], id(k))
		}
	}
	speakerIDs := map[string][]int32{}
	for a, names := range speakers(passages) {
		for _, nm := range names {
			speakerIDs[a] = append(speakerIDs[a], id(key{keyName, x.nameKey(canonical(nm))}))
		}
	}
	// The passages' stems and lexicon words are slices of a few long arrays.
	// The arrays are sized from the text (left to read): news copy has a token
	// for about five bytes, a hit for 2.5 and a lexicon word of its passage
	// for ten (measured on the fixture clusters and cluster50).
	left := 0
	ofArticle := map[string]bool{}
	for _, p := range passages {
		left += len(p.Text)
		if p.Article != "" {
			ofArticle[p.Article] = true
		}
	}
	x.articles = len(ofArticle)
	listed := lists(passages)
	hits := make([]hit, 0, left*2/5+16)
	var stemBuf []string
	wordBuf := make([]string, 0, left/10+16)
	for i, p := range passages {
		x.pos[p.ID] = int32(i)
		at := int32(i)
		add := func(n int32) {
			if last[n] != at {
				last[n] = at
				hits = append(hits, hit{n, at})
			}
		}
		toks := x.lex(p.Text)
		x.toks[i] = toks
		if len(stemBuf) < len(toks) {
			stemBuf = make([]string, max(len(toks), left/5+2*(len(passages)-i)))
		}
		left -= len(p.Text)
		x.stems[i], stemBuf = stemBuf[:len(toks):len(toks)], stemBuf[len(toks):]
		from := len(wordBuf)
		for j, t := range toks {
			if t.Num {
				continue
			}
			n, ok := words[t.Low]
			if !ok {
				c := canonical(t.Low)
				st := cache(c)
				n = int32(len(wordList))
				wordList = append(wordList, word{stem: st, stemID: id(key{keyStem, st}), nameID: id(key{keyName, x.nameKey(c)}),
					content: len(t.Low) >= 3 && !x.isStopword(t.Low) && !x.isNegation(t.Low)})
				words[t.Low] = n
			}
			w := &wordList[n]
			if !t.Cap {
				if !w.lower {
					w.lower = true
					x.lower[t.Low] = true
				}
			} else if !t.Start && !w.capMid {
				w.capMid = true
				x.capMid[t.Low] = true
			}
			add(w.stemID)
			if d, ok := detailForms[t.Low]; ok && x.english() {
				add(id(key{keyStem, d})) // "alone" restricts as "only" does
			}
			if t.Low != "us" || t.Raw == "US" || !x.english() {
				add(w.nameID) // the pronoun "us" names no country: only "US" does (text.CountryAt)
			}
			if sg, ok := acronymPlural(t.Raw); ok && x.english() {
				add(id(key{keyName, sg})) // "CNNs" carries "CNN"
			}
			if t.Dash && j+1 < len(toks) && !toks[j+1].Num && x.english() {
				// a hyphenated compound as one word ("anti-government" for a
				// claim's "Antigovernment", unknownOpening)
				add(id(key{keyName, t.Low + toks[j+1].Low}))
			}
			if t.Cap && t.Dash && j+1 < len(toks) && toks[j+1].Num {
				// a name's number ("COVID-19", "F-16"): the name with it, and
				// that the name is written with a number (namedNumber)
				add(id(key{keyName, t.Low + "-" + toks[j+1].Low}))
				add(id(key{keyName, t.Low + "-#"}))
			}
			x.stems[i][j] = w.stem
			if w.content && !slices.Contains(wordBuf[from:], t.Low) {
				wordBuf = append(wordBuf, t.Low)
			}
		}
		if to := len(wordBuf); to > from {
			x.words[i] = wordBuf[from:to:to]
		}
		if x.english() {
			for j := range toks {
				if q, n := quarterAt(toks, j); n > 0 {
					add(id(key{keyQuarter, q}))
				}
				if !toks[j].Cap {
					continue // a country's phrase opens with a capital
				}
				if cn, n := text.CountryAt(toks, j); n >= 2 || n == 1 && toks[j].Raw == "US" {
					add(id(key{keyName, cn}))
				}
			}
		}
		for _, a := range p.Sources {
			for _, n := range outletIDs[a] {
				add(n)
			}
		}
		for _, n := range speakerIDs[p.Article] {
			add(n) // a conversation's speakers (speakers)
		}
		var day *time.Time
		if t, ok := pub[p.Article]; ok {
			day = &t
			x.published[i] = t
		}
		// The day of an explicit date ("February 27") is a date, not a count: it
		// carries no "27 aftershocks".
		dates := x.lang.Dates(toks)
		var dayAt []int
		for _, d := range dates {
			for k := d.At; k < d.End; k++ {
				if toks[k].Num && len(toks[k].Low) <= 2 {
					dayAt = append(dayAt, k)
				}
			}
		}
		// A range written "4% to 7%" or "between 4 and 7" carries the claim's
		// "4-7%" (which text.Figures reads as one figure, as a score).
		for j := 0; j+2 < len(toks); j++ {
			if toks[j].Num && toks[j+2].Num && (toks[j+1].Low == "to" || toks[j+1].Low == "and" && j > 0 && toks[j-1].Low == "between") {
				add(id(key{keyFigure, toks[j].Low + "-" + toks[j+2].Low}))
			}
		}
		if items, ok := listed[i]; ok {
			// a numbered list's opening carries its count, near its words,
			// and its items' titles (lists)
			v := strconv.Itoa(len(items))
			add(id(key{keyFigure, v}))
			for j, t := range toks {
				if x.nearWord(t) {
					add(id(key{keyFigureNear, v + "|" + x.stems[i][j]}))
				}
			}
			for _, it := range items {
				for _, t := range x.lex(listTitle(passages[it].Text)) {
					if t.Num {
						continue
					}
					c := canonical(t.Low)
					add(id(key{keyStem, cache(c)}))
					add(id(key{keyName, x.nameKey(c)}))
				}
			}
		}
		x.figs[i] = x.figures(toks, true)
		for _, f := range x.figs[i] {
			if slices.Contains(dayAt, f.at) {
				continue
			}
			add(id(key{keyFigure, f.key}))
			if f.alt != "" {
				add(id(key{keyFigure, f.alt}))
			}
			if f.small {
				for _, nk := range x.near(toks, f.at) {
					add(id(key{keyFigureNear, f.key + "|" + nk.s}))
				}
			}
		}
		for _, k := range dateKeys(x.lang, toks, dates, day) {
			add(id(k))
		}
		for _, k := range periodKeys(x.lang, toks, day) {
			add(id(k))
		}
		x.negs[i] = negations(toks, cache)
	}
	end := make([]int32, len(last)+1) // end[n]: where list n starts, and once filled, where it ends
	for _, h := range hits {
		end[h.key+1]++
	}
	for n := 1; n < len(end); n++ {
		end[n] += end[n-1]
	}
	all := make([]int32, len(hits))
	for _, h := range hits {
		all[end[h.key]] = h.p
		end[h.key]++ // now where list key+1 starts
	}
	x.post = make(map[key][]int32, len(ids))
	for k, n := range ids {
		var from int32
		if n > 0 {
			from = end[n-1]
		}
		if to := end[n]; to > from { // else an outlet no passage cites
			x.post[k] = all[from:to:to]
		}
	}
	return x
}

// masks returns, by passage, the bits of the items it carries, and the passages
// that carry any.
func (x *Index) masks(c *claim) ([]uint64, []int32) {
	m := make([]uint64, len(x.passages))
	var cands []int32
	for b := range c.items {
		it := &c.items[b]
		near := x.nearSet(c, b)
		for _, k := range it.keys() {
			post := x.post[k]
			if k.kind == keyAcronym {
				post = x.acronymPost(k.s)
			}
			for _, p := range post {
				if near == nil || it.dayNear && k.kind != keyDayOf || near[p>>6]&(1<<(p&63)) != 0 && x.beside(it, p) {
					if m[p] == 0 {
						cands = append(cands, p)
					}
					m[p] |= 1 << b
				}
			}
		}
	}
	return m, cands
}

// nearSet returns, for item b of c when it has near words, the passages that
// have one of them or have the figure next to a word of the claim, as a bitset
// by passage (nil when the item has no near words: every passage will do). It
// is built once per claim: a claim is checked against many passages.
func (x *Index) nearSet(c *claim, b int) []uint64 {
	it := &c.items[b]
	if len(it.near) == 0 {
		return nil
	}
	if c.nearSets == nil {
		c.nearSets = make([][]uint64, len(c.items))
	}
	if s := c.nearSets[b]; s != nil {
		return s
	}
	s := make([]uint64, len(x.passages)/64+1)
	set := func(ps []int32) {
		for _, p := range ps {
			s[p>>6] |= 1 << (p & 63)
		}
	}
	for _, k := range it.near {
		set(x.post[k])
	}
	for _, ck := range c.content {
		set(x.post[key{keyFigureNear, it.key.s + "|" + ck.s}])
	}
	c.nearSets[b] = s
	return s
}

// carriesNear says whether passage p has one of item b's near words (or the
// item has none), or has the figure next to a word of the claim.
func (x *Index) carriesNear(c *claim, b int, p int32) bool {
	s := x.nearSet(c, b)
	return s == nil || s[p>>6]&(1<<(p&63)) != 0
}

// mask returns the items passage p carries.
func (x *Index) mask(c *claim, p int32) uint64 {
	var m uint64
	for b := range c.items {
		for _, k := range c.items[b].keys() {
			if _, ok := slices.BinarySearch(x.post[k], p); ok && (c.items[b].dayNear && k.kind != keyDayOf || x.carriesNear(c, b, p) && x.beside(&c.items[b], p)) {
				m |= 1 << b
				break
			}
		}
	}
	return m
}

// acronymPost returns the passages that write the words an acronym stands for,
// in order, each word's first letter the acronym's next letter ("year over
// year" for "yoy", "greenhouse gas" for "ghg", "International Olympic
// Committee" for "ioc"); "of", "and", "the", "for", "on", "in" may stand
// between them without a letter of their own ("United Nations Framework
// Convention on Climate Change"). Found once per acronym and index.
func (x *Index) acronymPost(a string) []int32 {
	if v, ok := x.acronyms.Load(a); ok {
		return v.([]int32)
	}
	var out []int32
	for p, toks := range x.toks {
		if spellsOut(toks, a) {
			out = append(out, int32(p))
		}
	}
	x.acronyms.Store(a, out)
	return out
}

// spellsOut says whether toks hold the words acronym a stands for (a as the
// claim writes it): a capital letter stands for a word that is no stopword
// ("is learned" spells no "IL"), a lower-case one may stand for one ("year
// over year" for "YoY").
func spellsOut(toks []token, a string) bool {
	for j := range toks {
		k, n := j, 0
		for k < len(toks) && n < len(a) {
			t := toks[k]
			if t.Num || t.Low == "" {
				break
			}
			c := a[n]
			upper := c >= 'A' && c <= 'Z'
			if upper {
				c += 'a' - 'A'
			}
			if t.Low[0] == c && (n > 0 || !isAcronymFiller(t.Low)) && (!upper || !isStopword(t.Low)) {
				n++
			} else if n == 0 || len(a) < 3 || !isAcronymFiller(t.Low) {
				break // a filler only inside an acronym of three letters or more ("images and language" spells no "IL")
			}
			if t.Brk && n < len(a) {
				break
			}
			k++
		}
		if n == len(a) {
			return true
		}
	}
	return false
}

func isAcronymFiller(w string) bool {
	switch w {
	case "of", "and", "the", "for", "on", "in":
		return true
	}
	return false
}

// beside says whether passage p writes detail item it beside one of its near
// words, within detailReach tokens, as the claim does (nearWide); other items
// pass. A detail written anywhere in a passage that has a near word anywhere
// carried it: "earlier this week, the governor … National Disaster Medical
// System" carried "Eight days earlier left much of the nation in ruins"
// (MultiLing antonym edits caught 135 → 138 of 212, nothing else moved; a
// reach of 6 or 8 caught one more and refused a faithful sentence).
//
// A tight detail (nearTight) is carried only within tightReach tokens of its
// near words, and not by a passage's "earlier" or "before" that dates a
// thing (dating): "Three years before the attacks, footage … has been shown"
// was carried by "footage … taken just nine days before the bombings", "A
// year earlier, a court martial sentenced" by "released earlier this year",
// "but earlier discovered that they were objects" by "had earlier said they
// saw". Nor is a rank's "last" carried by a passage's "last year"
// (ofTime): "the last phone with a solid-state battery" against "sold
// about 31 million phones last year". (MultiLing antonym edits caught 184 →
// 191 of 212, faithful sentences 362 → 360: "Two weeks earlier, the Mayor of
// Pichilemu had announced" and "A year earlier, a top US commander … had
// declined", relations a writer took from the articles' dates, were carried
// by the same chance; our antonym edits 73 → 74 of 82; SummEdits and our
// references unchanged. "later" after a unit read the same way refused eight
// faithful sentences and caught nothing.)
func (x *Index) beside(it *item, p int32) bool {
	if it.kind != summarize.MissingDetail || len(it.near) == 0 {
		return true // a detail with no near word ("Earlier.") is carried anywhere, as masks has it
	}
	stems := x.stems[p]
	for j, st := range stems {
		if st != it.key.s && detailForms[x.toks[p][j].Low] != it.key.s || it.tight && dating(x.toks[p], j) || x.ofTime(x.toks[p], j) {
			continue
		}
		if it.tight {
			if x.allBeside(it.near, p, j) {
				return true
			}
			continue
		}
		for k := max(0, j-detailReach); k <= j+detailReach && k < len(stems); k++ {
			for _, nk := range it.near {
				if k != j && stems[k] == nk.s {
					return true
				}
			}
		}
	}
	return false
}

// allBeside says whether passage p writes every one of near within
// tightReach tokens of its token j: a tight detail is carried beside its unit
// and its event both ("a year before the attacks" is not carried by "a day
// before the attacks", nor "a week before the vote" by "in the year before
// the vote").
func (x *Index) allBeside(near []key, p int32, j int) bool {
	stems := x.stems[p]
	for _, nk := range near {
		found := false
		for k := max(0, j-tightReach); k <= j+tightReach && k < len(stems) && !found; k++ {
			found = k != j && stems[k] == nk.s
		}
		if !found {
			return false
		}
	}
	return true
}

// dating says whether toks[j], "earlier" or "before", dates a thing rather
// than puts it before another: followed by "this", "that", "today", "on",
// "in" ("released earlier this year", "suspended earlier that morning").
func dating(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].Brk {
		return false
	}
	switch toks[j+1].Low {
	case "this", "that", "today", "tonight", "yesterday", "on", "in":
		return true
	}
	return false
}

// detailReach is how far nearWide looks for a detail word's near words in the
// claim, and beside in a passage; tightReach how far nearTight and beside
// look for a tight detail's.
const (
	detailReach = 12
	tightReach  = 3
)

// maxDatelines bounds the lines datelineNames reads datelines from.
const maxDatelines = 8

// datelineNames returns the capitalized words of the wire datelines that open
// lines of an article's text ("Meadow Lake, Saskatchewan – The municipal
// council …", "NAIROBI, Kenya (Reuters) —"), which normalize strips from its
// passages (text.DatelineEnd): the place a story was filed from and its
// agency, which a claim may name ("the council of Meadow Lake,
// Saskatchewan"). They are posted, as the outlet's are, to every passage of
// the article; a date line's weekday and month are not names.
func (x *Index) datelineNames(s string) []token {
	var out []token
	for n := 0; s != "" && n < maxDatelines; {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimSpace(line)
		end := text.DatelineEnd(line)
		if end == 0 {
			continue
		}
		n++
		for _, t := range x.lex(line[:end]) {
			if t.Cap && !t.Num && len(t.Low) > 1 && !text.IsWeekday(t.Low) && !text.IsMonth(t.Low) {
				out = append(out, t)
			}
		}
	}
	return out
}
