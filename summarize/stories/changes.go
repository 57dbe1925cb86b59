package stories

import (
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// Kinds of Change.
const (
	ChangeNew     = "new"
	ChangeUpdated = "updated"
)

// Change marks a point of a story's briefing against the version before it.
type Change struct {
	// Point is the index of the point in the new version.
	Point int
	// Kind is ChangeNew (no point of the previous version tells it) or
	// ChangeUpdated (a previous point tells the same with other words or
	// figures: Was).
	Kind string
	// Was is the previous version's point, for an update.
	Was string
	// Note says what changed when a figure did: "from 9 to 14".
	Note string
}

// updatedOverlap is the least share of content words a point shares with a
// previous one (of the smaller's words) for it to be that point updated.
const updatedOverlap = 0.5

// Changes marks the points of cur against prev: a point prev holds word for
// word is unchanged (no Change); else the previous point that shares the most
// content words with it (updatedOverlap of the shorter at least) makes it
// updated; else a previous point one of whose figures it states beside a
// figure of its own makes it updated (a toll that rose: "from 9 to 14"); else it
// is new. Each previous point updates at most one.
func Changes(prev, cur []summarize.Point) []Change {
	same := map[string]bool{}
	for _, p := range prev {
		same[norm(p.Text)] = true
	}
	prevWords := make([]map[string]bool, len(prev))
	for i, p := range prev {
		prevWords[i] = contentWords(p.Text)
	}
	used := make([]bool, len(prev))
	var out []Change
	for i, p := range cur {
		if same[norm(p.Text)] {
			continue
		}
		words := contentWords(p.Text)
		best, bestShare := -1, 0.0
		for j, pw := range prevWords {
			if used[j] {
				continue
			}
			shared := 0
			for w := range words {
				if pw[w] {
					shared++
				}
			}
			smaller := min(len(words), len(pw))
			if smaller == 0 {
				continue
			}
			if s := float64(shared) / float64(smaller); s > bestShare {
				best, bestShare = j, s
			}
		}
		if best >= 0 && bestShare >= updatedOverlap {
			used[best] = true
			out = append(out, Change{Point: i, Kind: ChangeUpdated, Was: prev[best].Text, Note: figureNote(prev[best].Text, p.Text)})
			continue
		}
		out = append(out, Change{Point: i, Kind: ChangeNew})
	}
	// A point left new that states a figure of a previous point left unused
	// beside a figure of its own updates it: "the toll rose to 9" then "the
	// figure for people killed rose: 9 according to [1], 14 according to [3]".
	for k, c := range out {
		if c.Kind != ChangeNew {
			continue
		}
		now := figureKeys(cur[c.Point].Text)
		for j, p := range prev {
			if used[j] {
				continue
			}
			was := figureKeys(p.Text)
			var shared, came []string
			for key, t := range now {
				if _, ok := was[key]; ok {
					shared = append(shared, t)
				} else {
					came = append(came, t)
				}
			}
			if len(shared) == 0 || len(came) == 0 {
				continue
			}
			used[j] = true
			out[k] = Change{Point: c.Point, Kind: ChangeUpdated, Was: p.Text}
			if len(shared) == 1 && len(came) == 1 {
				out[k].Note = "from " + shared[0] + " to " + came[0]
			}
			break
		}
	}
	return out
}

// figureKeys are a text's figures by their value's key, as written; its
// citations ("[q1]", "[3]") are none.
func figureKeys(s string) map[string]string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	m := map[string]string{}
	for _, f := range text.Figures(text.Lex(b.String()), text.FigureOptions{}) {
		m[f.Key] = f.Text
	}
	return m
}

func norm(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// contentWords are a text's words of three letters or more, cut as the
// grouping cuts them, and its figures.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Lex(s) {
		switch {
		case t.Num:
			out["#"+t.Low] = true
		case len([]rune(t.Low)) >= 3 && !text.TopicWords.Has(t.Low):
			out[stem(t.Low)] = true
		}
	}
	return out
}

// figureNote is "from X to Y" when one figure of was gave way to one other in
// now, and "" otherwise.
func figureNote(was, now string) string {
	ka, kb := figureKeys(was), figureKeys(now)
	var gone, came []string
	for k, t := range ka {
		if _, ok := kb[k]; !ok {
			gone = append(gone, t)
		}
	}
	for k, t := range kb {
		if _, ok := ka[k]; !ok {
			came = append(came, t)
		}
	}
	if len(gone) == 1 && len(came) == 1 {
		return "from " + gone[0] + " to " + came[0]
	}
	return ""
}
