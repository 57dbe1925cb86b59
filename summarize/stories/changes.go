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
// updated; else it is new. Each previous point updates at most one.
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
	return out
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
	a := text.Figures(text.Lex(was), text.FigureOptions{})
	b := text.Figures(text.Lex(now), text.FigureOptions{})
	keys := func(fs []text.Figure) map[string]string {
		m := map[string]string{}
		for _, f := range fs {
			m[f.Key] = f.Text
		}
		return m
	}
	ka, kb := keys(a), keys(b)
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
