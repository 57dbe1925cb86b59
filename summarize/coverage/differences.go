package coverage

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// sentence is one sentence of one article, where it stands and what it says.
type sentence struct {
	art       int // index of the article
	para, idx int // paragraph index; sentence index across the article
	text      string
	toks      []tok // its tokens, read once
	figs      []figure
	keyed     []figure // in a language other than English: its figures keyed by what they count (keyedIn)
	lang      bool     // the article's language has rules here (keyed replaces the English keys)
	stems     map[string]bool
	stemKey   string                 // its stems, sorted and joined: one key for sentences of the same content words
	slots     [len(kindNames)][]slot // its figures, dates and names by kind (kindNames), read once
}

// claim is one value an article gives for an attribute.
type claim struct {
	kind, about string
	fig         figure
	dateKey     string // for dates and names: the normalized value
	s           *sentence
}

// minAligned is the content-word Jaccard above which two sentences of different
// articles state the same fact, so that a figure, date or name that differs
// between them is a difference.
const minAligned = 0.6

// minAlignedWords is the fewest content words a sentence needs to be aligned.
const minAlignedWords = 5

// differences finds the figures, dates and names the articles give differently.
func (a *analysis) differences() ([]summarize.Difference, error) {
	var claims []claim
	// Keyed figures: a count of casualties, a magnitude, a value or a cost.
	for _, s := range a.sents {
		if s.lang {
			for _, f := range s.keyed {
				claims = append(claims, claim{kind: summarize.KindNumber, about: f.about, fig: f, s: s})
			}
			continue
		}
		for _, f := range s.figs {
			if f.skip || f.ref || f.about == "" {
				continue
			}
			claims = append(claims, claim{kind: summarize.KindNumber, about: f.about + unitSuffix(f.unit), fig: f, s: s})
		}
	}
	// Aligned sentences: two articles say the same thing but one slot differs.
	al, err := a.aligned(claims)
	if err != nil {
		return nil, err
	}
	claims = append(claims, al...)
	groups := map[string][]claim{}
	var keys []string
	for _, c := range claims {
		k := c.kind + "\x00" + c.about
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], c)
	}
	sort.Strings(keys)
	var out []summarize.Difference
	for _, k := range keys {
		if err := a.tick(); err != nil {
			return nil, err
		}
		if d, ok := a.judge(groups[k]); ok {
			out = append(out, d)
		}
	}
	return out, nil
}

func unitSuffix(u string) string {
	switch u {
	case "", "$":
		return ""
	}
	return " (" + u + ")"
}

// aligned pairs sentences of different articles that share most content words
// (a content-word Jaccard of at least minAligned) and differ in one figure,
// date or name, and returns both sides as claims. Figures the keyed claims
// already cover are left to them.
//
// It compares no sentence with every other. Two sentences differ in one slot of
// a kind exactly when each has that slot once and the rest of their slots of
// that kind are the same multiset; so every slot that could differ is filed
// under its kind, its context word, its unit and the rest of its sentence's
// slots, and only the sentences filed together are compared. Within such a
// bucket, the sentences with the same content words are one class, compared
// with another class once; a class is compared with at most maxClassFanout
// others and at most maxClassScan of its sentences are read for one partner (a
// cap no news copy reaches: it bounds the work of input built to defeat it).
// The claims come out in the order the all-pairs scan gave them: by the first
// pair (in sentence order) that yields each.
func (a *analysis) aligned(keyed []claim) ([]claim, error) {
	covered := map[*sentence]bool{}
	for _, c := range keyed {
		covered[c.s] = true
	}
	type entry struct {
		s    int32 // index in a.sents
		kind int   // index in kindNames
		slot slot
	}
	type bucket struct {
		classes []int32           // class ids in order of first entry
		members map[int32][]entry // by class, in sentence order
	}
	// a bucket is a kind, an about, a unit and the rest of the slots, as the
	// sum of their keys' hashes (a multiset hash: no sentence's rest is written
	// out, so a sentence of many figures costs as many steps, not their square)
	type bucketKey struct {
		kind        int
		about, unit string
		rest        uint64
	}
	buckets := map[bucketKey]*bucket{}
	var order []bucketKey
	classIDs := map[string]int32{}
	var classStems []map[string]bool
	for i, s := range a.sents {
		if err := a.tick(); err != nil {
			return nil, err
		}
		if len(s.stems) < minAlignedWords {
			continue
		}
		id, ok := classIDs[s.stemKey]
		if !ok {
			id = int32(len(classStems))
			classIDs[s.stemKey] = id
			classStems = append(classStems, s.stems)
		}
		for kind, ss := range s.slots {
			if kindNames[kind] == summarize.KindNumber && covered[s] {
				continue
			}
			count := map[string]int{}
			var all uint64
			for _, sl := range ss {
				count[sl.key]++
				all += keyHash(sl.key)
			}
			for _, sl := range ss {
				if count[sl.key] != 1 || sl.about == "" {
					continue
				}
				k := bucketKey{kind: kind, about: sl.about, unit: sl.fig.unit, rest: all - keyHash(sl.key)}
				b, ok := buckets[k]
				if !ok {
					b = &bucket{members: map[int32][]entry{}}
					buckets[k] = b
					order = append(order, k)
				}
				if _, ok := b.members[id]; !ok {
					b.classes = append(b.classes, id)
				}
				b.members[id] = append(b.members[id], entry{s: int32(i), kind: kind, slot: sl})
			}
		}
	}
	// similar caches the Jaccard test of two classes
	similar := map[[2]int32]bool{}
	near := func(x, y int32) bool {
		if x == y {
			return true
		}
		if x > y {
			x, y = y, x
		}
		k := [2]int32{x, y}
		v, ok := similar[k]
		if !ok {
			v = jaccard(classStems[x], classStems[y]) >= minAligned
			similar[k] = v
		}
		return v
	}
	type found struct {
		c     claim
		first [4]int32 // the first pair that yields it: x, y, kind, side
	}
	var all []found
	for _, bk := range order {
		b := buckets[bk]
		for _, cx := range b.classes {
			var partners []int32
			for _, cy := range b.classes {
				if len(partners) == maxClassFanout {
					break
				}
				if near(cx, cy) {
					partners = append(partners, cy)
				}
			}
			for _, e := range b.members[cx] {
				if err := a.tick(); err != nil {
					return nil, err
				}
				x := a.sents[e.s]
				valid := func(f entry) bool {
					y := a.sents[f.s]
					if f.s == e.s || y.art == x.art || f.slot.key == e.slot.key {
						return false
					}
					// "Minister Oliver Grant" and "Grant" name the same person
					return kindNames[e.kind] != summarize.KindName || !sharesWord(e.slot.key, f.slot.key)
				}
				// the earliest partner before e, else the earliest after it
				before, after := int32(-1), int32(-1)
				for _, cy := range partners {
					for n, f := range b.members[cy] {
						if n == maxClassScan || f.s >= e.s || (before >= 0 && f.s >= before) {
							break
						}
						if valid(f) {
							before = f.s
							break
						}
					}
				}
				if before < 0 {
					for _, cy := range partners {
						ms := b.members[cy]
						from, _ := slices.BinarySearchFunc(ms, e.s+1, func(f entry, s int32) int { return cmp.Compare(f.s, s) })
						for n, f := range ms[from:] {
							if n == maxClassScan || (after >= 0 && f.s >= after) {
								break
							}
							if valid(f) {
								after = f.s
								break
							}
						}
					}
				}
				kind := e.kind
				c := claim{kind: kindNames[kind], about: e.slot.about, fig: e.slot.fig, dateKey: e.slot.key, s: x}
				switch {
				case before >= 0:
					all = append(all, found{c, [4]int32{before, e.s, int32(kind), 1}})
				case after >= 0:
					all = append(all, found{c, [4]int32{e.s, after, int32(kind), 0}})
				}
			}
		}
	}
	sort.Slice(all, func(i, j int) bool {
		x, y := all[i].first, all[j].first
		for k := range x {
			if x[k] != y[k] {
				return x[k] < y[k]
			}
		}
		return false
	})
	out := make([]claim, len(all))
	for i, f := range all {
		out[i] = f.c
	}
	return out, nil
}

// keyHash hashes a slot's key for the multiset hash of aligned's buckets
// (FNV-1a, then a 64-bit finalizer so that sums of hashes do not collide by
// carries).
func keyHash(k string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// maxClassFanout is the most classes of near-identical sentences one class is
// compared with in a bucket of aligned, and maxClassScan the most sentences of
// a class read for one partner.
const (
	maxClassFanout = 64
	maxClassScan   = 64
)

// kindNames are the kinds of slot aligned compares, in the order it compares them.
var kindNames = [...]string{summarize.KindNumber, summarize.KindDate, summarize.KindName}

// slot is one figure, date or name of a sentence, for alignment.
type slot struct {
	key   string // normalized value
	about string // the context word that names it
	fig   figure
}

func slots(s *sentence, kind string) []slot {
	var out []slot
	switch kind {
	case summarize.KindNumber:
		for _, f := range s.figs {
			if f.skip || f.ref {
				continue
			}
			out = append(out, slot{key: f.value, about: f.after, fig: f})
		}
	case summarize.KindDate:
		ts := s.toks
		for i, t := range ts {
			m := monthOf(t.text)
			if m == "" || !isCapitalized(t.text) {
				continue
			}
			j := i + 1
			if j < len(ts) && ts[j].text == "." {
				j++
			}
			var day string
			if j < len(ts) && ts[j].num && len(ts[j].text) <= 2 {
				day = ts[j].text
			} else if i > 0 && ts[i-1].num && len(ts[i-1].text) <= 2 {
				day = ts[i-1].text
			}
			if day == "" {
				continue
			}
			v := strings.ToUpper(m[:1]) + m[1:] + " " + day
			out = append(out, slot{key: v, about: wordBefore(ts, i), fig: figure{value: v}})
		}
		for i, t := range ts {
			if isWeekday(t.lower) {
				v := strings.ToUpper(t.lower[:1]) + t.lower[1:]
				out = append(out, slot{key: v, about: wordBefore(ts, i), fig: figure{value: v}})
			}
		}
	case summarize.KindName:
		ts := s.toks
		// The first word never opens a name (it opens the sentence), nor does a
		// month or a weekday; both may continue one.
		word := func(i int) text.NameWord {
			name := isCapitalized(ts[i].text) && !ts[i].punct
			return text.NameWord{Name: name, NoOpen: i == 0 || monthOf(ts[i].text) != "" || isWeekday(ts[i].lower)}
		}
		text.NameRuns(len(ts), word, text.NameOptions{}, func(i, j int) {
			v := s.text[ts[i].start : ts[j-1].start+len(ts[j-1].text)]
			out = append(out, slot{key: v, about: wordBefore(ts, i), fig: figure{value: v}})
		})
	}
	return out
}

// wordBefore is the nearest content word before ts[i], skipping "on", "the"….
func wordBefore(ts []tok, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ts[k].punct {
			return ""
		}
		if !isStopword(ts[k].lower) && !ts[k].num {
			return ts[k].lower
		}
	}
	return ""
}

// oneDiff returns the one slot of x and of y that differ when every other slot
// is the same in both (as multisets), in the same number.
func oneDiff(x, y []slot) (slot, slot, bool) {
	if len(x) != len(y) || len(x) == 0 {
		return slot{}, slot{}, false
	}
	count := map[string]int{}
	for _, s := range x {
		count[s.key]++
	}
	for _, s := range y {
		count[s.key]--
	}
	var dx, dy []slot
	for _, s := range x {
		if count[s.key] > 0 {
			dx = append(dx, s)
		}
	}
	for _, s := range y {
		if count[s.key] < 0 {
			dy = append(dy, s)
		}
	}
	if len(dx) != 1 || len(dy) != 1 {
		return slot{}, slot{}, false
	}
	if dx[0].fig.unit != dy[0].fig.unit {
		return slot{}, slot{}, false
	}
	return dx[0], dy[0], true
}

// side is one value of a group with the claims that give it.
type side struct {
	key    string
	fig    figure
	claims []claim
	first  *time.Time
}

// judge turns the claims of one attribute into a difference, if they differ: a
// conflict when two values cannot both hold (hedges taken into account), an update
// when a count that changes over time rises from article to article.
func (a *analysis) judge(cs []claim) (summarize.Difference, bool) {
	var sides []*side
	byKey := map[string]*side{}
	for _, c := range cs {
		k := c.fig.key()
		if c.kind != summarize.KindNumber {
			k = c.dateKey
		}
		sd, ok := byKey[k]
		if !ok {
			sd = &side{key: k, fig: c.fig}
			byKey[k] = sd
			sides = append(sides, sd)
		}
		if c.fig.hedge == "" && sd.fig.hedge != "" {
			// an exact statement of the value is the tighter one
			sd.fig = c.fig
		}
		sd.claims = append(sd.claims, c)
		if t := a.articles[c.s.art].PublishedAt; t != nil && (sd.first == nil || t.Before(*sd.first)) {
			sd.first = t
		}
	}
	if len(sides) < 2 {
		return summarize.Difference{}, false
	}
	sort.SliceStable(sides, func(i, j int) bool {
		ti, tj := sides[i].first, sides[j].first
		switch {
		case ti == nil || tj == nil:
			return ti != nil && tj == nil
		default:
			return ti.Before(*tj)
		}
	})
	kind, about := cs[0].kind, cs[0].about
	label := ""
	if kind == summarize.KindNumber && timeVarying[about] && rising(sides) {
		label = summarize.LabelUpdated
	} else {
		for i := range sides {
			for j := i + 1; j < len(sides); j++ {
				if kind != summarize.KindNumber || conflicts(sides[i].fig, sides[j].fig) {
					label = summarize.LabelConflict
				}
			}
		}
	}
	if label == "" && kind == summarize.KindNumber {
		// no two values conflict: bounds that differ are still listed
		if sides = imprecise(sides); len(sides) >= 2 {
			label = summarize.LabelImprecise
		}
	}
	if label == "" {
		return summarize.Difference{}, false
	}
	if label == summarize.LabelConflict && kind == summarize.KindNumber {
		// keep only the values that conflict with another: a hedged value that
		// fits one of them is not a side of its own
		var keep []*side
		for i, s := range sides {
			for j, o := range sides {
				if i != j && conflicts(s.fig, o.fig) {
					keep = append(keep, s)
					break
				}
			}
		}
		sides = keep
	}
	if label == summarize.LabelConflict && !disputed(sides) {
		return summarize.Difference{}, false
	}
	d := summarize.Difference{Kind: kind, About: about, Label: label}
	for _, sd := range sides {
		d.Values = append(d.Values, a.valueOf(sd))
	}
	return d, true
}

// maxValuesPerArticle is the most values of one attribute a single article may
// give for them to be one disputed fact: an article that reports several tolls
// (one per country) or several quakes is not disputing itself.
const maxValuesPerArticle = 2

// disputed says whether conflicting sides are a dispute between articles: two
// sides that do not overlap are given by two different articles, and no article
// gives more than maxValuesPerArticle of the values. Otherwise the attribute
// names several facts (a toll per country, a quake and its aftershocks) or one
// article's own figures, and nothing is reported: precision first.
func disputed(sides []*side) bool {
	perArticle := map[int]int{}
	for _, sd := range sides {
		arts := map[int]bool{}
		for _, c := range sd.claims {
			arts[c.s.art] = true
		}
		for a := range arts {
			perArticle[a]++
			if perArticle[a] > maxValuesPerArticle {
				return false
			}
		}
	}
	for i, x := range sides {
		for _, y := range sides[i+1:] {
			if x.claims[0].kind == summarize.KindNumber && !conflicts(x.fig, y.fig) {
				continue
			}
			for _, cx := range x.claims {
				for _, cy := range y.claims {
					if cx.s.art != cy.s.art {
						return true
					}
				}
			}
		}
	}
	return false
}

// imprecise returns the sides of a figure on which the articles give different
// hedged values that can all hold ("more than three years", "more than two
// years"; "about 40", "at least 45"): the hedged sides, when there are two or
// more, two of them are given by different articles and no article gives more
// than maxValuesPerArticle of them; else nil. An exact value that fits a bound
// is that bound stated more precisely, not a side of its own ("at least 40
// injured", "42 injured" differ in nothing). The caller has found that no two
// sides conflict.
func imprecise(sides []*side) []*side {
	var hedged []*side
	for _, sd := range sides {
		if sd.fig.hedge != "" {
			hedged = append(hedged, sd)
		}
	}
	if len(hedged) < 2 {
		return nil
	}
	perArticle := map[int]int{}
	for _, sd := range hedged {
		arts := map[int]bool{}
		for _, c := range sd.claims {
			arts[c.s.art] = true
		}
		for a := range arts {
			if perArticle[a]++; perArticle[a] > maxValuesPerArticle {
				return nil
			}
		}
	}
	for i, x := range hedged {
		for _, y := range hedged[i+1:] {
			for _, cx := range x.claims {
				for _, cy := range y.claims {
					if cx.s.art != cy.s.art {
						return hedged
					}
				}
			}
		}
	}
	return nil
}

// rising says whether each side, in publication order, is later than the one
// before and larger, and at least one step changes the figure rather than stating
// it more precisely: a toll that rose. Every side needs a publication time, and no
// article may give two of the values.
func rising(sides []*side) bool {
	arts := map[int]bool{}
	changed := false
	for i, s := range sides {
		if s.first == nil {
			return false
		}
		for _, c := range s.claims {
			if arts[c.s.art] {
				return false
			}
		}
		for _, c := range s.claims {
			arts[c.s.art] = true
		}
		if i > 0 && (!s.first.After(*sides[i-1].first) || s.fig.lo <= sides[i-1].fig.lo) {
			return false
		}
		if i > 0 && !(s.fig.hedge == "" && overlap(s.fig, sides[i-1].fig)) {
			// a step that changes the figure ("at least 40", then "42" fits the
			// earlier one: it states it more precisely rather than changing it)
			changed = true
		}
	}
	return changed
}

func (a *analysis) valueOf(sd *side) summarize.DifferenceValue {
	v := summarize.DifferenceValue{Value: sd.fig.value, Hedge: sd.fig.hedge, PublishedAt: sd.first}
	arts := map[int]bool{}
	var first *sentence
	for _, c := range sd.claims {
		arts[c.s.art] = true
		if first == nil || c.s.art < first.art {
			first = c.s
		}
	}
	for i, art := range a.articles {
		if arts[i] {
			v.Citations = append(v.Citations, art.ID)
		}
	}
	v.Quote, v.Article, v.Paragraph, v.Sentence = first.text, a.articles[first.art].ID, first.para, first.idx
	v.Passages = a.passagesStating(v.Citations, sd.fig.value, sd.claims)
	return v
}

// passagesStating returns the ids of the merged passages that carry one of the
// claims' sentences (the kept variant, or one citing the article and holding the value).
// Only the passages that hold one of the sentences or the value's first word
// are read (a.passageIndex), in passage order.
func (a *analysis) passagesStating(cites []string, value string, cs []claim) []string {
	var out []string
	seen := map[string]bool{}
	texts := map[string]map[string]bool{} // the claims' sentences, trimmed, and their stems
	for _, c := range cs {
		texts[strings.TrimSpace(c.s.text)] = c.s.stems
	}
	byText, holding := a.passageIndex()
	var cand []int
	for t := range texts {
		cand = append(cand, byText[t]...)
	}
	first := strings.Fields(value)
	if len(first) > 0 {
		cand = append(cand, holding[strings.TrimPrefix(first[0], "$")]...)
		cand = append(cand, holding["#"+first[0]]...)
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	for _, i := range cand {
		p := a.passages[i]
		_, ok := texts[strings.TrimSpace(p.Text)]
		if !ok && len(first) > 0 {
			for _, src := range p.Sources {
				if !contains(cites, src) {
					continue
				}
				toks, stems := a.read(p)
				if containsWord(toks, first[0]) {
					for _, t := range texts {
						if jaccard(t, stems) >= 0.5 {
							ok = true
						}
					}
				}
				break // the same test for every cited source
			}
		}
		if ok && !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p.ID)
		}
	}
	return out
}

// passageIndex returns, built once, the passages by their trimmed text and by
// the words they hold as containsWord reads them: each token without a leading
// "$", and "#" and the figure of a spelled-out number.
func (a *analysis) passageIndex() (byText, holding map[string][]int) {
	if a.byText != nil {
		return a.byText, a.holding
	}
	a.byText, a.holding = map[string][]int{}, map[string][]int{}
	add := func(k string, i int) {
		if l := a.holding[k]; len(l) == 0 || l[len(l)-1] != i {
			a.holding[k] = append(l, i)
		}
	}
	for i, p := range a.passages {
		t := strings.TrimSpace(p.Text)
		a.byText[t] = append(a.byText[t], i)
		toks, _ := a.read(p)
		for _, tk := range toks {
			add(strings.TrimPrefix(tk.lower, "$"), i)
			if n, ok := numberWord(tk.lower); ok {
				add("#"+strconv.FormatFloat(n, 'f', -1, 64), i)
			}
		}
	}
	return a.byText, a.holding
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// containsWord says whether the tokens ts hold the figure w as written or
// spelled out.
func containsWord(ts []tok, w string) bool {
	for _, t := range ts {
		if t.lower == w || strings.TrimPrefix(t.lower, "$") == strings.TrimPrefix(w, "$") {
			return true
		}
		if n, ok := numberWord(t.lower); ok && strconv.FormatFloat(n, 'f', -1, 64) == w {
			return true
		}
	}
	return false
}

// sharesWord says whether two names have a word in common.
func sharesWord(x, y string) bool {
	for _, a := range wordsOf(x) {
		for _, b := range wordsOf(y) {
			if a == b {
				return true
			}
		}
	}
	return false
}
