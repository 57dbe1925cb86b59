package verify

import (
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// item is one thing a claim says that the passages must carry.
type item struct {
	kind string // summarize.MissingFigure, MissingName, MissingWord, MissingDetail or MissingModality (a certainty word)
	key  key    // the index key that carries it
	alt  key    // figures: another key that carries it, when the claim's numeral has two readings
	one  [1]key // key, as a slice without allocating (keys)
	text string // as the claim writes it
	word string // content words: the word in lower case, for the lexicon
	run  int    // names: which name of the claim it belongs to (-1 otherwise)
	near []key  // figures and details: the content words around it; a passage must carry one
	// dayNear: a calendar day whose near words a passage must carry only where
	// it implies the day (keyDayOf: a weekday, "today", its article's date),
	// not where it writes it.
	dayNear bool
	// clause is the clause of the claim (split at semicolons) it is first read in.
	clause int
	// capBefore: a name word written right after a capitalized word that is
	// not the sentence's first ("Ferry" of "a Night Ferry Service", where the
	// sources write "night" in lower case and "Night" is no name)
	capBefore bool
	// tight: a detail of time that relates two events ("three years before
	// the attacks", "A year earlier, …", "Before the bombings, …"): its near
	// words are the unit before it and the word it is before, and a passage
	// must write both beside its own (nearTight, allBeside)
	tight bool
}

// claim is a claim read into items.
type claim struct {
	items []item
	toks  []token // the claim as lexed, for the slot rules (antonyms.go, roles.go)
	// nearby are the passages of the request that carry most of the claim (Find
	// sets them): the slot rules read them as well as the set found.
	nearby []int32
	// placed are the same first candidates that carry a quarter of the claim:
	// the rules that compare a word's place (antonymIn, directionFlipped,
	// substituted) read them, as a place found in a passage that shares
	// less of the claim is still a place.
	placed []int32
	hard   uint64 // figures, names, details and certainty words: all must be carried
	words  uint64 // content words
	// unwritten are the content words whose stem no passage of the request
	// writes (foreign, judge.go).
	unwritten uint64
	negs      []negation
	stems     map[string]bool // every content stem of the claim, names included
	// figs are its figures (x.figures), for the rules that compare them with a
	// passage's.
	figs []figure
	// pos are the token positions of each stem, for the scope of a passage's negation.
	pos map[string][]int
	// content are the claim's content stems (s: keys), for a passage's small figures.
	content []key
	// clauses are, by clause (split at semicolons), the bits of its content words
	// and its negations, when the claim has more than one.
	clauses []clause
	// nearSets are, by item, the passages that satisfy its near words (nearSet).
	nearSets [][]uint64
	// prepared are, by item, its word prepared for the lexicon (preparedWord).
	prepared []*lexicon.Word
}

type clause struct {
	words uint64
	negs  []negation
	stems map[string]bool
}

func (x *Index) read(sentence string) *claim {
	toks := x.lex(sentence)
	// the maps by word are sized for the claim's tokens: one short sentence
	c := &claim{toks: toks, stems: make(map[string]bool, len(toks)), pos: make(map[string][]int, len(toks))}
	lowerHere := make(map[string]bool, len(toks))
	clauseOf := make([]int, len(toks))
	nclauses := 1
	for k, t := range toks {
		if !t.Cap && !t.Num {
			lowerHere[t.Low] = true
		}
		clauseOf[k] = nclauses - 1
		if t.Semi && k+1 < len(toks) {
			nclauses++
		}
	}
	var hard, words []item
	seen := make(map[key]bool, len(toks))
	add := func(list *[]item, it item) {
		if !seen[it.key] {
			seen[it.key] = true
			if it.kind == summarize.MissingWord {
				c.content = append(c.content, it.key)
			}
			*list = append(*list, it)
		}
	}
	skip := make([]bool, len(toks))
	dates := claimDates(x.lang, toks)
	for _, d := range dates {
		for _, k := range d.toks {
			skip[k] = true
		}
	}
	var quarters []item
	if x.english() {
		// "Q3" is a quarter, carried by "third quarter" as by "Q3"; the words of
		// "third quarter" stay words
		for k := range toks {
			if q, n := quarterAt(toks, k); n == 2 && (toks[k].Low == "q" || toks[k+1].Low == "q") && !skip[k] {
				quarters = append(quarters, item{kind: summarize.MissingFigure, key: key{keyQuarter, q}, text: toks[k].Raw + toks[k+1].Raw, run: -1, clause: clauseOf[k]})
				skip[k], skip[k+1] = true, true
			}
		}
	}
	c.figs = x.figures(toks, false)
	for _, f := range c.figs {
		if nt := f.at - 1; nt >= 0 && toks[nt].Dash && toks[nt].Cap && !toks[nt].Num && !skip[f.at] {
			// A name's number ("COVID-19", "F-16", "G-20") is the name's: it
			// must match when the articles write the name with a number ("F-35"
			// is not "F-16"); where they write the name alone ("the impact of
			// COVID"), the name is read and the number is not a figure.
			if len(x.post[key{keyName, toks[nt].Low + "-#"}]) > 0 {
				add(&hard, item{kind: summarize.MissingFigure, key: key{keyName, toks[nt].Low + "-" + toks[f.at].Low}, text: toks[nt].Raw + "-" + toks[f.at].Raw, run: -1, clause: clauseOf[f.at]})
			}
			continue
		}
		if !skip[f.at] && x.english() && enumerated(toks, f) {
			continue // "Two friends, Steve and Carly": the names carry it
		}
		if !skip[f.at] {
			if f.currency != "" {
				// a currency's code is the figure's: "EUR", "US" of "US$"
				// are no names of their own ("euros" stays a word: a short
				// claim's only other word, "Japan also offers 500 million
				// dollars", is carried by "$500 million")
				for k := f.at; k < f.end; k++ {
					skip[k] = skip[k] || !toks[k].Num && toks[k].Cap && text.IsCurrencyCode(toks[k].Raw, k+1 < len(toks) && toks[k+1].Cur != "")
				}
			}
			it := item{kind: summarize.MissingFigure, key: key{keyFigure, f.key}, text: f.text, run: -1, clause: clauseOf[f.at]}
			if f.alt != "" {
				it.alt = key{keyFigure, f.alt}
			}
			if f.small {
				it.near = x.near(toks, f.at)
			}
			add(&hard, it)
		}
	}
	for _, d := range dates {
		it := item{kind: summarize.MissingFigure, key: d.key, text: d.text, run: -1}
		if d.key.kind == keyDay {
			it.alt, it.dayNear, it.near = key{keyDayOf, d.key.s}, true, x.nearWide(toks, d.toks[0])
		}
		add(&hard, it)
	}
	for _, q := range quarters {
		add(&hard, q)
	}
	// A country's name in several words ("United States", "U.S." lexed as "U"
	// "S") is one name, carried by any form of it (text.CountryAt): "the U.S.
	// agreed" by "the United States agreed".
	country := make([]bool, len(toks))
	if x.english() {
		for k := 0; k < len(toks); k++ {
			if skip[k] {
				continue
			}
			if cn, n := text.CountryAt(toks, k); (n >= 2 || n == 1 && toks[k].Raw == "US") && !slices.ContainsFunc(toks[k:k+n], func(t token) bool { return t.Low == cn }) {
				// only a phrase that is another name of its country: "South
				// Africa" (canonical "africa") is not carried by "Africa", nor
				// "North Korea" by "Korea"; its words are read as before
				raw := toks[k].Raw
				for j := k + 1; j < k+n; j++ {
					raw += " " + toks[j].Raw
				}
				add(&hard, item{kind: summarize.MissingName, key: key{keyName, cn}, text: raw, run: -1, clause: clauseOf[k]})
				for j := k; j < k+n; j++ {
					country[j] = true
				}
				k += n - 1
			}
		}
	}
	// Name runs (text.NameRuns): a word is a name when capitalized, not opening
	// the sentence unless the articles capitalize it mid-sentence, and not a
	// word the articles or the claim write in lower case; an honorific ("Mr")
	// joins a run without being a name of its own.
	const (
		notName = iota
		isName
		honorific
	)
	kinds := make([]uint8, len(toks))
	for k, t := range toks {
		low := t.Low
		switch {
		case skip[k] || country[k] || t.Num || !t.Cap:
		case text.IsHonorific(low):
			kinds[k] = honorific
		case (!t.Start || x.capMid[low] || x.unknownOpening(t) || openingAcronym(toks, k)) && !x.isStopword(low) && !x.lower[low] && !lowerHere[low] && !x.isDateWord(low) && !x.isNegation(low) && !x.isFigureWord(low):
			kinds[k] = isName
		}
	}
	runOf := make([]int32, len(toks))
	nruns := int32(0)
	text.NameRuns(len(toks), func(k int) text.NameWord {
		return text.NameWord{Name: kinds[k] != notName, BreakAfter: kinds[k] == isName && toks[k].Brk}
	}, text.NameOptions{}, func(start, end int) {
		for k := start; k < end; k++ {
			runOf[k] = nruns
		}
		nruns++
	})
	for k, t := range toks {
		if skip[k] || t.Num {
			continue
		}
		low := t.Low
		st := x.stem(canonical(low))
		c.stems[st] = true
		c.pos[st] = append(c.pos[st], k)
		if kinds[k] == honorific || country[k] {
			continue
		}
		if kinds[k] == isName {
			nk := x.nameKey(canonical(low))
			if sg, ok := acronymPlural(t.Raw); ok && x.english() {
				nk = sg // "CNNs" is carried by "CNN" and by "CNNs"
			}
			it := item{kind: summarize.MissingName, key: key{keyName, nk}, text: t.Raw, run: int(runOf[k]), clause: clauseOf[k],
				capBefore: k > 0 && toks[k-1].Cap && !toks[k-1].Start && !toks[k-1].Brk}
			if a, ok := acronymOf(t.Raw); ok && x.english() {
				it.alt = key{keyAcronym, a} // "YoY" is carried by "year over year"
			}
			add(&hard, it)
			continue
		}
		// A detail is carried only beside a word the claim puts it with, as a
		// small figure is: a detail word (light.go; "less" and "most" are
		// English stopwords besides, and "most" is a Czech bridge), or
		// "before" after a unit of time or opening a clause ("three years
		// before", "Before the bombings, …"), a time before another, which a
		// claim must take from its sources as it must "earlier". Such a relation,
		// and "earlier" wherever it is not a date, is read tight (nearTight).
		before := low == "before" && x.english() && (k == 0 || toks[k].Start || toks[k-1].Brk || timeUnits[toks[k-1].Low])
		detail := isDetailWord(low) && (x.english() || !comparing[low] && !lowEnd[low]) && !x.isNegation(low) && !x.isFigureWord(low) && !x.isDateWord(low) && !x.ofTime(toks, k)
		if before || detail {
			it := item{kind: summarize.MissingDetail, key: key{keyStem, st}, text: t.Raw, run: -1, clause: clauseOf[k], near: x.nearWide(toks, k)}
			if (low == "before" || low == "earlier") && x.english() {
				if near, ok := x.nearTight(toks, k); ok {
					it.near, it.tight = near, true
				}
			}
			add(&hard, it)
			continue
		}
		if x.isStopword(low) || isLight(low) || x.isNegation(low) || x.isFigureWord(low) || x.isDateWord(low) || len(low) < 2 ||
			(k > 0 && toks[k-1].Num && toks[k-1].Glued && isOrdinalSuffix(low)) {
			continue
		}
		if certainWords[low] {
			add(&hard, item{kind: summarize.MissingModality, key: key{keyStem, st}, text: t.Raw, run: -1, clause: clauseOf[k]})
			continue
		}
		if x.namesByContent() && len(x.post[key{keyStem, st}]) == 0 && x.lang.IsNameWord(t) && text.LooksName(x.lang, low) && x.unknownName(st, low) {
			// A script without capitals (lang.go): a word of six letters
			// or more whose opening no passage's stem has, with no
			// article or plural/feminine/pronoun ending
			// (text.LooksName), may be a name; it must be found
			// (unknownName says what was measured).
			add(&hard, item{kind: summarize.MissingName, key: key{keyStem, st}, text: t.Raw, run: -1, clause: clauseOf[k]})
			continue
		}
		add(&words, item{kind: summarize.MissingWord, key: key{keyStem, st}, text: t.Raw, word: low, run: -1, clause: clauseOf[k]})
	}
	if len(hard) > maxItems {
		hard = hard[:maxItems]
	}
	if room := maxItems - len(hard); len(words) > room {
		words = words[:room]
	}
	c.items = append(hard, words...)
	for i := range c.items {
		c.items[i].one[0] = c.items[i].key
	}
	for i := range c.items {
		if i < len(hard) {
			c.hard |= 1 << i
		} else {
			c.words |= 1 << i
			if len(x.post[c.items[i].key]) == 0 {
				c.unwritten |= 1 << i
			}
		}
	}
	c.negs = negations(toks, stem)
	if nclauses > 1 {
		c.clauses = make([]clause, nclauses)
		for i := range c.clauses {
			c.clauses[i].stems = map[string]bool{}
		}
		for k, t := range toks {
			if !t.Num {
				c.clauses[clauseOf[k]].stems[x.stem(canonical(t.Low))] = true
			}
		}
		for i, it := range c.items {
			if c.words&(1<<i) != 0 {
				c.clauses[it.clause].words |= 1 << i
			}
		}
		for _, n := range c.negs {
			c.clauses[clauseOf[n.at]].negs = append(c.clauses[clauseOf[n.at]].negs, n)
		}
	}
	return c
}

// near returns the keys of the content words around toks[at] in its sentence (the
// nearest two before it and three after it, within eight words, other figures
// skipped): a small whole number is carried only by a passage that has one of
// them too, or whose own words around that number the claim has, so that "6"
// is not found in another passage's "six hours". Larger and decimal figures
// rarely recur by chance and need no company.
func (x *Index) near(toks []token, at int) []key {
	var out []key
	content := x.nearWord
	for k, n := at-1, 0; k >= 0 && k >= at-8 && n < 2 && !toks[k+1].Start; k-- {
		if content(toks[k]) {
			out = append(out, key{keyStem, x.stem(canonical(toks[k].Low))})
			n++
		}
	}
	for k, n := at+1, 0; k < len(toks) && k <= at+8 && n < 3 && !toks[k].Start; k++ {
		if content(toks[k]) {
			out = append(out, key{keyStem, x.stem(canonical(toks[k].Low))})
			n++
		}
	}
	return out
}

// nearWord says whether a token may be a figure's near word: a word of two
// letters or more that is no stopword, figure word, date word or negation.
func (x *Index) nearWord(w token) bool {
	return !w.Num && len(w.Low) >= 2 && !x.isStopword(w.Low) && !x.isFigureWord(w.Low) && !x.isDateWord(w.Low) && !x.isNegation(w.Low)
}

// nearWide is near for a detail word: the nearest three content words before it
// and three after it in its sentence, within twelve tokens ("the toll reached 21
// in the evening" carries "evening" for "the toll rose … by the evening").
func (x *Index) nearWide(toks []token, at int) []key {
	var out []key
	content := func(w token) bool { return x.nearWord(w) && !isDetailWord(w.Low) }
	for k, n := at-1, 0; k >= 0 && k >= at-detailReach && n < 3 && !toks[k+1].Start; k-- {
		if content(toks[k]) {
			out = append(out, key{keyStem, x.stem(canonical(toks[k].Low))})
			n++
		}
	}
	for k, n := at+1, 0; k < len(toks) && k <= at+detailReach && n < 3 && !toks[k].Start; k++ {
		if content(toks[k]) {
			out = append(out, key{keyStem, x.stem(canonical(toks[k].Low))})
			n++
		}
	}
	return out
}

func isOrdinalSuffix(w string) bool {
	return w == "th" || w == "st" || w == "nd" || w == "rd" || w == "s"
}

func isFigureWord(w string) bool { return text.IsFigureWord(w) }

func isDateWord(w string) bool {
	return text.IsWeekday(w) || text.IsRelativeDay(w)
}

// unknownOpening says whether a capitalized word that opens the claim is a
// name by not being a word: English, no article writes it (nor, as one word,
// a hyphenated compound: "Antigovernment" for "anti-government"), it is no
// part of a hyphenated compound itself ("Multi-billion"), and the lexicon
// does not know it ("Hincapie led his team", where the articles never write
// "Hincapie"). One the articles write stays a content word as before (a name
// counts in no coverage: "Joe invites Luke" would lose a word it carries).
func (x *Index) unknownOpening(t token) bool {
	low := t.Low
	return x.english() && len(low) > 2 && !t.Dash && len(x.post[key{keyName, x.nameKey(canonical(low))}]) == 0 && !lexicon.Known(low)
}

// openingAcronym says whether the sentence's first word is written in capitals
// as an acronym ("ETA claimed responsibility", "\"COBRA emergency committee\"
// was activated"): a name, though the dictionary knows the word in lower case,
// unless the next word is in capitals too (a headline's or a shout's).
func openingAcronym(toks []token, k int) bool {
	if _, ok := acronymOf(toks[k].Raw); !ok || strings.ToUpper(toks[k].Raw) != toks[k].Raw {
		return false
	}
	return k+1 >= len(toks) || strings.ToUpper(toks[k+1].Raw) != toks[k+1].Raw
}

// acronymOf returns the letters of a word written as an acronym, as written:
// two to six letters (isAcronym: "YoY", "GHG", "IOC", "PhD"; "CNNs" without
// its plural's "s").
func acronymOf(raw string) (string, bool) {
	if n := len(raw); n >= 3 && raw[n-1] == 's' && isAcronym(raw[:n-1]) {
		raw = raw[:n-1]
	}
	if len(raw) < 2 || len(raw) > 6 || !isAcronym(raw) {
		return "", false
	}
	return raw, true
}

// keys are the index keys that carry the item: its key, and its other reading.
func (it *item) keys() []key {
	if it.alt.s != "" {
		return []key{it.key, it.alt}
	}
	return it.one[:]
}

// nearTight returns the near words of a detail of time read tight (beside):
// "before" or "earlier" after a unit of time ("three years before the
// attacks", "A year earlier, …") or opening a clause ("Before the bombings,
// …") relates two events, and "earlier" elsewhere puts one before another
// ("but earlier discovered"); one that dates a thing ("earlier in the
// day") is not read tight. Its near words are the unit, or the content word
// right before "earlier", and the first content word after it within three
// tokens; ok is false where there are none.
func (x *Index) nearTight(toks []token, k int) (near []key, ok bool) {
	word := func(t token) key { return key{keyStem, x.stem(canonical(t.Low))} }
	opening := k == 0 || toks[k].Start || toks[k-1].Brk
	switch {
	case dating(toks, k):
		return nil, false // "earlier in the day", "earlier this year": a date
	case !opening && timeUnits[toks[k-1].Low]:
		near = append(near, word(toks[k-1]))
	case !opening && toks[k].Low != "earlier":
		return nil, false
	case !opening && x.nearWord(toks[k-1]):
		near = append(near, word(toks[k-1]))
	}
	for j := k + 1; j < len(toks) && j <= k+tightReach && !toks[j-1].Brk; j++ {
		if x.nearWord(toks[j]) {
			near = append(near, word(toks[j]))
			break
		}
	}
	return near, len(near) > 0
}
