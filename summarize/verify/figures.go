package verify

import (
	"slices"
	"strconv"

	"github.com/briefing-news/briefing/summarize/text"
)

// figure is one value as written.
type figure struct {
	key  string // the value, canonical ("1500000", "2.5")
	text string // as written ("1.5 million")
	at   int    // its first token
	end  int    // the token after its last
	// small is a whole number under 100: such figures recur by chance.
	small bool
	// alt is the value's other reading, when the numeral has one: "80.000" is
	// 80 as a decimal and 80,000 as the thousands that much of the world writes
	// with a dot.
	alt string
	// currency is the figure's currency sign, when written ("$", "€").
	currency string
	// unit is the unit of measure written right after it (text.UnitAfter,
	// English only), and unitAt its token: "nine days", "150 km".
	unit   text.Unit
	unitAt int
}

// figures reads the numerals and number words of toks with the text toolkit's
// one reader of figures (text.Figures): "6,000" = "6000", "1.5 million" =
// "1,500,000" = "1.5m", "five" = "5", "twenty-five" = "25", "a dozen" = "12",
// "$1.8 billion" = "1.8bn", "80.000" read both as 80 and as 80,000. With pool
// false (a claim), a lone "one" is not a figure.
func figures(toks []token, pool bool) []figure { return figuresOfLang(text.English, toks, pool) }

// figuresOfLang is figures read in a language (text.Lang.Figures).
func figuresOfLang(l *text.Lang, toks []token, pool bool) []figure {
	fs := l.Figures(toks, text.FigureOptions{Passage: pool})
	out := make([]figure, 0, len(fs))
	for _, f := range fs {
		g := figure{key: f.Key, text: f.Text, at: f.At, end: f.End, small: f.Small, currency: f.Currency}
		if len(f.Alt) > 0 {
			g.alt = text.ValueKey(f.Alt[0])
		}
		if l == text.English && f.Currency == "" && !f.Percent {
			if u, at, ok := text.UnitAfter(toks, f.End); ok {
				g.unit, g.unitAt = u, at
			}
		}
		out = append(out, g)
	}
	return out
}

// measureChanged looks for a figure of the claim written with a currency or
// a unit of measure (text.UnitAfter) that a passage read writes with the same
// value in another currency or another unit of the same kind, where no passage
// that writes the value writes it with the claim's: "nine weeks" against "was
// rescued after nine days", "$20 million" against "€20 million". The unit is
// part of the quantity. A passage that writes the value with no unit or
// currency says nothing of it. It returns the claim's figure with its unit and
// the source's.
func (x *Index) measureChanged(c *claim, read []int32) (claimFig, sourceFig string, ok bool) {
	var cf []figure
	for _, f := range c.figs {
		if f.currency != "" || f.unit.Name != "" {
			cf = append(cf, f)
		}
	}
	if len(cf) == 0 || len(read) == 0 {
		return "", "", false
	}
	// a figure's place: the words around it and its unit
	place := func(toks []token, g figure) neighbours {
		end := g.end - 1
		if g.unit.Name != "" {
			end = g.unitAt
		}
		return wordsOnly(aroundSpan(toks, g.at, end))
	}
	for _, f := range cf {
		here := place(c.toks, f)
		// how passage p writes f's value: with f's measure (own) or another
		// of its kind (other, as written), each with the most words around it
		// that the claim has around its figure (-1: none): "jailed for three
		// months" is the place of a claim's "jailed for three years", not "a
		// 3-year-old girl"
		measure := func(p int32) (own, other int, otherText string) {
			own, other = -1, -1
			toks := x.toks[p]
			for _, g := range x.figs[p] {
				if !sameValue(f, g) {
					continue
				}
				n := here.shared(place(toks, g))
				switch {
				case f.currency != "" && text.SameCurrency(g.currency, f.currency), f.unit.Name != "" && g.unit.Name == f.unit.Name:
					own = max(own, n)
				case f.currency != "" && g.currency != "" && n > other:
					other, otherText = n, g.text
				case f.unit.Name != "" && g.unit.Kind == f.unit.Kind && n > other:
					other, otherText = n, g.text+" "+toks[g.unitAt].Raw
				}
			}
			return own, other, otherText
		}
		own, other, otherText := -1, -1, ""
		for _, p := range read {
			o, t, tt := measure(p)
			own = max(own, o)
			if t > other {
				other, otherText = t, tt
			}
		}
		if other < 0 || own >= other {
			continue
		}
		// the sources may disagree: a passage beyond those read that writes
		// the value with the claim's measure carries it
		writes := x.post[key{keyFigure, f.key}]
		if f.alt != "" {
			writes = append(slices.Clip(writes), x.post[key{keyFigure, f.alt}]...)
		}
		elsewhere := false
		for i, p := range writes {
			if i >= farOpposites {
				break
			}
			if slices.Contains(read, p) {
				continue
			}
			if o, _, _ := measure(p); o >= 0 {
				elsewhere = true
				break
			}
		}
		if elsewhere {
			continue
		}
		named := f.text
		if f.unit.Name != "" {
			named += " " + c.toks[f.unitAt].Raw
		}
		return named, otherText, true
	}
	return "", "", false
}

// ordinalAt reads an ordinal at toks[i] with the noun it counts: "third
// quarter", "third-quarter", "Q3", "3rd quarter", "second round", "fifth
// straight day" (a modifier of text.UnitAfter's between). It returns the
// ordinal's value, the noun's stem and its token (0 when there is none).
func (x *Index) ordinalAt(toks []token, i int) (v string, noun string, at int) {
	if q, n := quarterAt(toks, i); n > 0 {
		return q, x.stem("quarter"), i + n - 1
	}
	t := toks[i]
	k := i + 1
	switch {
	case t.Num && t.Glued && k < len(toks) && isOrdinalSuffix(toks[k].Low):
		v, k = t.Low, k+1
	case !t.Num:
		n, ok := text.OrdinalWord(t.Low)
		if !ok {
			return "", "", 0
		}
		v = text.ValueKey(float64(n))
	default:
		return "", "", 0
	}
	if t.Brk {
		return "", "", 0
	}
	for ; k < len(toks) && k <= i+3; k++ {
		w := toks[k]
		if w.Num {
			break
		}
		if !isStopword(w.Low) && !text.IsUnitModifier(w.Low) {
			return v, x.stem(canonical(w.Low)), k
		}
		if w.Brk || !text.IsUnitModifier(w.Low) {
			break
		}
	}
	return "", "", 0
}

// streak says whether the ordinal at toks[i], of the noun at toks[at], counts
// a run ("the fourth straight quarter", "the third day in a row"): a count,
// not a place in a calendar, compared only with another such count.
func streak(toks []token, i, at int) bool {
	for k := i + 1; k < at; k++ {
		switch toks[k].Low {
		case "straight", "consecutive", "successive", "running":
			return true
		}
	}
	return at+3 < len(toks) && toks[at+1].Low == "in" && toks[at+2].Low == "a" && toks[at+3].Low == "row"
}

// ordinalReplaced looks for an ordinal of the claim with the noun it counts
// ("the fourth quarter") where a passage read writes another ordinal of that
// noun ("the third quarter", "Q3") and no passage that writes the noun writes
// the claim's ordinal of it (the sources may speak of several quarters). An
// ordinal is a figure: WordNet reads "fourth" as a synonym of "quarter", and
// the claim's words were all carried. It returns the claim's ordinal and
// noun and the source's.
func (x *Index) ordinalReplaced(c *claim, read []int32) (claimOrd, sourceOrd string, ok bool) {
	// the claim's own ordinals, by noun: a passage's ordinal that the claim
	// writes too is the claim's other ("second place … third place")
	type ordinal struct {
		v, noun string
		i, at   int
	}
	var ords []ordinal
	mine := map[string][]string{}
	for i := range c.toks {
		if v, noun, at := x.ordinalAt(c.toks, i); at > 0 {
			ords = append(ords, ordinal{v, noun, i, at})
			mine[noun] = append(mine[noun], v)
		}
	}
	for _, o := range ords {
		v, noun, i, at := o.v, o.noun, o.i, o.at
		run := streak(c.toks, i, at)
		// how passage p writes an ordinal of the noun: the claim's (own), or
		// another (as written)
		ordinals := func(p int32) (own bool, other string) {
			toks := x.toks[p]
			for j := range toks {
				w, n, end := x.ordinalAt(toks, j)
				if end == 0 || streak(toks, j, end) != run {
					continue
				}
				if n != noun {
					// the same ordinal of another unit of the noun's kind:
					// "the first month" against "the first year"
					if w == v && sameKindUnit(c.toks[at].Low, toks[end].Low) && other == "" && !slices.Contains(mine[n], w) {
						other = text.SpanText(toks, j, end+1)
					}
					continue
				}
				if w == v {
					return true, ""
				}
				if other == "" && !slices.Contains(mine[noun], w) {
					other = text.SpanText(toks, j, end+1)
				}
			}
			return false, other
		}
		other := ""
		for _, p := range read {
			own, o := ordinals(p)
			if own {
				other = ""
				break
			}
			if other == "" {
				other = o
			}
		}
		if other == "" {
			continue
		}
		own := false
		for n, p := range x.post[key{keyStem, noun}] {
			if n >= farOpposites {
				break
			}
			if own, _ = ordinals(p); own {
				break
			}
		}
		if !own {
			return text.SpanText(c.toks, i, at+1), other, true
		}
	}
	return "", "", false
}

// sameKindUnit says whether two words are different units of one kind
// (text.UnitOf): "month" and "year", "km" and "miles".
func sameKindUnit(a, b string) bool {
	ua, ok := text.UnitOf(a)
	ub, ok2 := text.UnitOf(b)
	return ok && ok2 && ua.Kind == ub.Kind && ua.Name != ub.Name
}

// sameValue says whether two figures are one value (either reading of each).
func sameValue(f, g figure) bool {
	return g.key == f.key || f.alt != "" && g.key == f.alt || g.alt != "" && g.alt == f.key
}

// enumerated says whether the claim gives its figure f itself, by naming what
// it counts right after it: "Two friends, Steve and Carly, plan to meet",
// "three suspects: Ali Khan, Omar and Yusuf". The figure is a whole number
// from 2 to 9 with one or two words after it and a break; then come as many
// names as it says, each of one to three capitalized words, joined by commas
// and "and", the list ending at a word in lower case or the sentence's end.
// Such a figure is the claim's count of its own names, which the names carry:
// the sources of a dialogue write "Steve:" and "Carly:", never "two". A count
// that differs from the names ("Three friends, Steve and Carly") is read as
// any figure is. English only ("and"). (SummEdits samsum consistent
// summaries accepted 100 → 101, sales_email 88 → 89; one samsum edit caught
// only by the count passes, 322 → 321: its change, "ill and drunk" for "ill
// not drunk", is negatedOnly's.)
func enumerated(toks []token, f figure) bool {
	n, err := strconv.Atoi(f.key)
	if err != nil || n < 2 || n > 9 || f.end >= len(toks) || toks[f.end-1].Brk {
		return false
	}
	j := f.end
	for words := 1; ; words++ {
		if j >= len(toks) || words > 2 || toks[j].Cap || toks[j].Num {
			return false
		}
		j++
		if toks[j-1].Brk {
			break
		}
	}
	names := 0
	for j < len(toks) {
		if toks[j].Low == "and" && names > 0 {
			j++
			continue
		}
		if !toks[j].Cap || toks[j].Num {
			break
		}
		k := j
		for k < len(toks) && k-j < 3 && toks[k].Cap && !toks[k].Num {
			k++
			if toks[k-1].Brk {
				break
			}
		}
		if k < len(toks) && k-j == 3 && toks[k].Cap && !toks[k-1].Brk {
			return false // a name of four words or more: no list of names
		}
		names++
		j = k
		if !toks[j-1].Brk && (j >= len(toks) || toks[j].Low != "and") {
			break
		}
	}
	return names == n
}

// figureReplaced looks for a figure of the claim that a passage read writes
// otherwise in the same place, where no passage read writes the claim's in a
// place as like the claim's: "agreed to acquire five stores and one
// collision center" where one passage says "agreed to acquire 11 stores and
// one collision center" and another "plans to open five new stores". A
// place is the figure's neighbours (aroundSpan); the other figure's must
// share three of them (words, not figures: "won stages 13 and 15" is no place
// of "2007" in "won stage 13 of the 2007 Tour"), on both sides, and stand in
// a passage that does not write the claim's figure. A figure of 100 or more
// (or a fraction) written anywhere in the passages read is the claim's: the
// sources may disagree ("killed about 200,000 people", "left exactly 222,570
// deaths"). (SummEdits ectsum inconsistent summaries caught 303 → 305 of
// 426; MultiLing faithful 363 → 362: "A total of eleven American soldiers
// were found guilty", where the passage that writes it word for word says
// "nine other American soldiers".) It returns the claim's figure and the
// source's.
func (x *Index) figureReplaced(c *claim, read []int32) (claimFig, sourceFig string, ok bool) {
	cf := c.figs
	if len(cf) == 0 || len(read) == 0 {
		return "", "", false
	}
	// writes says whether passage p writes the claim's figure f, as the
	// index reads it (a range "between 4 and 7" writes "4-7")
	writes := func(f figure, p int32) bool {
		_, ok := slices.BinarySearch(x.post[key{keyFigure, f.key}], p)
		if !ok && f.alt != "" {
			_, ok = slices.BinarySearch(x.post[key{keyFigure, f.alt}], p)
		}
		return ok
	}
	// a figure that ends its sentence has no neighbours after it there
	afterOf := func(toks []token, g figure) neighbours {
		if toks[g.end-1].Brk && !text.Abbreviated(toks, g.end-1) {
			return nil
		}
		return wordsOnly(aroundSpan(toks, 0, g.end-1))
	}
	for _, f := range cf {
		before := wordsOnly(aroundSpan(c.toks, f.at, len(c.toks)-1))
		after := afterOf(c.toks, f)
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		own, other, otherText := 0, 0, ""
		anywhere := false
		for _, p := range read {
			w := writes(f, p)
			anywhere = anywhere || w
			if anywhere && !f.small {
				break // a figure that recurs by no chance, written: the sources may disagree
			}
			toks := x.toks[p]
			for _, g := range x.figs[p] {
				nb := before.shared(aroundSpan(toks, g.at, len(toks)-1))
				na := after.shared(afterOf(toks, g))
				switch {
				case sameValue(f, g):
					own = max(own, nb+na)
				case !w && nb > 0 && na > 0 && nb+na > other:
					other, otherText = nb+na, g.text
				}
			}
		}
		if other >= 3 && other > own && !(anywhere && !f.small) {
			return f.text, otherText, true
		}
	}
	return "", "", false
}
