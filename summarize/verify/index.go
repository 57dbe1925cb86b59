package verify

import (
	"slices"
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
	keyWeekday                   // a weekday ("monday")
	keyMonth                     // a month ("3")
	keyMonthYear                 // a month of a year ("3-2006")
	keyYear                      // a year ("2006")
	keyQuarter                   // a quarter of the year ("3": "Q3", "third quarter")
)

func (k key) compare(o key) int {
	if k.kind != o.kind {
		return int(k.kind) - int(o.kind)
	}
	return strings.Compare(k.s, o.s)
}

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
}

// NewIndex reads the passages; articles give each passage's published_at (by
// Passage.Article), for dates. Passages without text are kept but carry nothing.
func NewIndex(passages []summarize.Passage, articles []summarize.Article) *Index {
	x := &Index{
		passages: passages,
		pos:      make(map[string]int32, len(passages)),
		post:     make(map[key][]int32, len(passages)*4),
		negs:     make([][]negation, len(passages)),
		words:    make([][]string, len(passages)),
		toks:     make([][]token, len(passages)),
		stems:    make([][]string, len(passages)),
		prepared: make([]atomic.Pointer[[]*lexicon.Word], len(passages)),
		lower:    map[string]bool{},
		capMid:   map[string]bool{},
		lang:     indexLang(articles),
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
	}
	stems := map[string]string{}
	cache := func(w string) string {
		s, ok := stems[w]
		if !ok {
			s = x.stem(w)
			stems[w] = s
		}
		return s
	}
	wordKeys := map[string][2]key{} // lower-case word → its stem and name keys
	var keys []key
	for i, p := range passages {
		x.pos[p.ID] = int32(i)
		toks := x.lex(p.Text)
		x.toks[i] = toks
		x.stems[i] = make([]string, len(toks))
		keys = keys[:0]
		for j, t := range toks {
			if t.Num {
				continue
			}
			if !t.Cap {
				x.lower[t.Low] = true
			} else if !t.Start {
				x.capMid[t.Low] = true
			}
			wk, ok := wordKeys[t.Low]
			if !ok {
				c := canonical(t.Low)
				wk = [2]key{{keyStem, cache(c)}, {keyName, x.nameKey(c)}}
				wordKeys[t.Low] = wk
			}
			if t.Low == "us" && t.Raw != "US" && x.english() {
				// the pronoun "us" names no country: only "US" does (text.CountryAt)
				keys = append(keys, wk[0])
			} else {
				keys = append(keys, wk[0], wk[1])
			}
			if sg, ok := acronymPlural(t.Raw); ok && x.english() {
				keys = append(keys, key{keyName, sg}) // "CNNs" carries "CNN"
			}
			x.stems[i][j] = wk[0].s
			if len(t.Low) >= 3 && !x.isStopword(t.Low) && !x.isNegation(t.Low) && !slices.Contains(x.words[i], t.Low) {
				x.words[i] = append(x.words[i], t.Low)
			}
		}
		if x.english() {
			for j := range toks {
				if q, n := quarterAt(toks, j); n > 0 {
					keys = append(keys, key{keyQuarter, q})
				}
				if !toks[j].Cap {
					continue // a country's phrase opens with a capital
				}
				if cn, n := text.CountryAt(toks, j); n >= 2 {
					keys = append(keys, key{keyName, cn})
				}
			}
		}
		for _, a := range p.Sources {
			keys = append(keys, outlet[a]...)
		}
		var day *time.Time
		if t, ok := pub[p.Article]; ok {
			day = &t
		}
		// The day of an explicit date ("February 27") is a date, not a count: it
		// carries no "27 aftershocks".
		var dayAt []int
		for _, d := range x.lang.Dates(toks) {
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
				keys = append(keys, key{keyFigure, toks[j].Low + "-" + toks[j+2].Low})
			}
		}
		for _, f := range x.figures(toks, true) {
			if slices.Contains(dayAt, f.at) {
				continue
			}
			keys = append(keys, key{keyFigure, f.key})
			if f.alt != "" {
				keys = append(keys, key{keyFigure, f.alt})
			}
			if f.small {
				for _, nk := range x.near(toks, f.at) {
					keys = append(keys, key{keyFigureNear, f.key + "|" + nk.s})
				}
			}
		}
		keys = append(keys, dateKeys(x.lang, toks, day)...)
		keys = append(keys, periodKeys(x.lang, toks, day)...)
		x.negs[i] = negations(toks, cache)
		slices.SortFunc(keys, key.compare)
		for _, k := range slices.Compact(keys) {
			x.post[k] = append(x.post[k], int32(i))
		}
	}
	x.stemOf = stems
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
			for _, p := range x.post[k] {
				if near == nil || near[p>>6]&(1<<(p&63)) != 0 {
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
			if _, ok := slices.BinarySearch(x.post[k], p); ok && x.carriesNear(c, b, p) {
				m |= 1 << b
				break
			}
		}
	}
	return m
}
