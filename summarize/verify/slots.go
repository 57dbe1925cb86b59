package verify

import (
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
)

// Slots: a claim that keeps a source sentence's words around a place and
// changes the word in it. Three changes are read this way, each a hard failure:
//
//   - An antonym: in a place where the source has a word, the claim has its
//     opposite ("publicly" for "secretly", "uncontrolled" for "controlled",
//     "fell" for "rose"; from the lexicon), or the opposite function word of a
//     short closed list ("before" for "after", "less" for "more", "below" for
//     "above"). A place is the same when the nearest word before it or after
//     it that is not a stopword is the same in both (by stem or value), and the
//     claim does not also write the source's word. Besides, a claim word that
//     the set does not account for, whose direct opposite (lexicon.DirectAntonyms
//     or the closed list) a passage writes near a word they share, is an
//     antonym (unaccountedAntonym), as is a function word of the closed list
//     that the passages write only as its opposite near the claim's words
//     (closedOppositeNear: "after the crash sent 24 messages" against "sent
//     24 error messages shortly before it disappeared"). And a claim diffed
//     against a passage that changes a short stretch of it for the opposite
//     word is an antonym (substituted), where the words' order tells which
//     of two places a word written twice stands in. So is a figure both
//     write with words of opposite ways before it: "rose 4.1 percent" for
//     "closed down 4.1 percent" (directionFlipped).
//   - A figure in another's place: a passage read writes another figure
//     where the claim writes its own, and none writes the claim's in a place
//     as like it (figureReplaced): "agreed to acquire five stores" for
//     "agreed to acquire 11 stores", where another passage says "plans to
//     open five new stores". A failure of the figure.
//   - Swapped roles: around a verb that claim and source share, the words
//     right beside it in the claim (subject and object) stand in the source's
//     sentence in the reverse order: "Lazio beat Roma" for "Roma beat Lazio".
//     A passive ("was beaten by") turns the sides around before they are
//     compared. A side that stands in a relative clause about the other is
//     not the verb's subject: "the attacks had rehearsed the bombers" for
//     "the bombers who mounted an attack had rehearsed their plan". Where
//     a sentence writes the claim's subject only as the verb's object, and
//     not its object, the claim has made the object the subject ("The
//     violation admitted the staff" for "the sailors have admitted the
//     violation").
//
// The antonym rules are in antonyms.go, figureReplaced in figures.go and the
// roles' in roles.go; this file holds the places they read (around, shared)
// and a name's honorific changed (honorificChanged).
//
// Rules tried and left out, measured on MultiLing, SummEdits and our cases
// together: a word with any lexicon antonym that the set does not account for
// as a failure (antonyms caught 57% → 92% on MultiLing, but faithful
// sentences supported 85.3% → 48.1%); three neighbours each side for a place
// instead of two (two antonyms more, three faithful MultiLing sentences
// refused); a side written twice read where it stands nearest the verb (two
// swaps more, SciTLDR 57.3 → 55.8).

// neighbours are the words that stand around a word of a sentence: the
// nearest two before it and two after it, within five tokens, that are neither
// stopwords nor opposites, not crossing a sentence break; the words of a name
// count as one ("After the United States agreed" has "agreed" beside it, as
// "Before the US agreed" has).
type neighbours []string

// slotKey is how a word is compared as a neighbour: a figure by its value, a
// word by its stem.
func slotKey(t token) string {
	if t.Num {
		if v, ok := text.ParseNumeral(t.Low); ok {
			return "#" + text.ValueKey(v)
		}
		return "#" + t.Low
	}
	return stem(canonical(t.Low))
}

func slotWord(t token) bool { return t.Num || !isStopword(t.Low) && !closedOpposite[t.Low] }

func around(toks []token, i int) neighbours { return aroundSpan(toks, i, i) }

// aroundSpan is around for the tokens i to j (inclusive): the neighbours
// before i and after j.
func aroundSpan(toks []token, i, j int) neighbours {
	var n neighbours
	for k, got := i-1, 0; k >= 0 && k >= i-5 && got < 2; k-- {
		if toks[k].Brk && k < i-1 && !text.Abbreviated(toks, k) {
			break
		}
		if slotWord(toks[k]) {
			n = append(n, slotKey(toks[k]))
			if !toks[k].Cap || k+1 == i || !toks[k+1].Cap {
				got++ // the words of a name are one neighbour
			}
		}
	}
	for k, got := j+1, 0; k < len(toks) && k <= j+5 && got < 2; k++ {
		if slotWord(toks[k]) {
			n = append(n, slotKey(toks[k]))
			if !toks[k].Cap || k+1 == len(toks) || !toks[k+1].Cap {
				got++
			}
		}
		if toks[k].Brk && !text.Abbreviated(toks, k) {
			break
		}
	}
	return n
}

// wordsOnly is the place without its figures.
func wordsOnly(n neighbours) neighbours {
	out := n[:0:0]
	for _, w := range n {
		if !strings.HasPrefix(w, "#") {
			out = append(out, w)
		}
	}
	return out
}

// shared counts the words two places have in common.
func (a neighbours) shared(b neighbours) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// contentToken says whether a token is a content word: no figure, no stopword.
func contentToken(t token) bool { return !t.Num && len(t.Low) >= 3 && !isStopword(t.Low) }

// negatedAt says whether a negation word stands among the three tokens
// before token j of its sentence: "did not win", "never won", "no longer
// open". Its opposite is what the word then says, unless the other word is
// negated too ("did not lose" against "did not win"). "not only", "not just" and
// "not merely" negate nothing ("not only won the final but also the cup").
func (x *Index) negatedAt(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if toks[k].Brk {
			return false
		}
		if x.isNegation(toks[k].Low) {
			return k+1 >= j || !notOnly[toks[k+1].Low]
		}
	}
	return false
}

// notOnly are the words after "not" that make it no negation.
var notOnly = map[string]bool{"only": true, "just": true, "merely": true, "simply": true}

// honorificChanged looks for a name the claim writes after a man's or a
// woman's honorific ("Mrs Johnson") that a passage of the request writes
// after one of the other ("Mr Johnson"), where none writes it after one of
// the claim's (text.HonorificGender; "Dr" is neither): the claim has changed
// who the person is. A passage's honorific may stand before given names ("Mrs
// Jane Smith") or pair with another ("Mr and Mrs Smith": both). A surname the
// passages write after two given names ("Boris Johnson", "Diana Johnson")
// names two people and is left alone. The passages read are those that write
// the name (at most farOpposites): a transcript names its speaker once, in a
// passage that carries little of a claim about him. It returns the claim's
// honorific and name and the source's.
func (x *Index) honorificChanged(c *claim) (claimName, sourceName string, ok bool) {
	for k := 0; k+1 < len(c.toks); k++ {
		g := text.HonorificGender(c.toks[k].Low)
		if g == 0 {
			continue
		}
		last := k + 1 // the surname: the last of the capitalized words after it
		for last+1 < len(c.toks) && c.toks[last+1].Cap && !c.toks[last].Brk && !c.toks[last+1].Num {
			last++
		}
		n := c.toks[last]
		if !n.Cap || n.Num {
			continue
		}
		own, other := false, ""
		var given []string
		for i, p := range x.post[key{keyName, x.nameKey(canonical(n.Low))}] {
			if i >= farOpposites {
				break
			}
			toks := x.toks[p]
			for j := 1; j < len(toks); j++ {
				if toks[j].Low != n.Low || !toks[j].Cap {
					continue
				}
				h := j - 1 // the honorific, right before the name or its given name
				if t := toks[h]; t.Cap && !t.Brk && !t.Num && !text.IsHonorific(t.Low) && !isStopword(t.Low) {
					if !slices.Contains(given, t.Low) {
						given = append(given, t.Low)
					}
					h--
				}
				if h < 0 {
					continue
				}
				genders := []byte{text.HonorificGender(toks[h].Low)}
				if h >= 2 && (toks[h-1].Low == "and" || toks[h-1].Raw == "&") {
					genders = append(genders, text.HonorificGender(toks[h-2].Low)) // "Mr and Mrs Smith"
				}
				for _, hg := range genders {
					switch {
					case hg == g:
						own = true
					case hg != 0 && other == "":
						other = toks[h].Raw + " " + toks[j].Raw
					}
				}
			}
		}
		if other != "" && !own && len(given) < 2 {
			return c.toks[k].Raw + " " + n.Raw, other, true
		}
	}
	return "", "", false
}
