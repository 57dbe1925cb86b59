package normalize

import "strings"

// edgeParas is how many paragraphs at the start and at the end of an article
// count as its edges, where an outlet's boilerplate sits.
const (
	edgeHead = 1
	edgeTail = 2
)

// StripRepeated removes the paragraphs that one outlet repeats verbatim
// (after folding case and whitespace) in two or more of its articles, such as
// a standard footer or tagline, and returns new slices; docs[i] is the
// article of outlets[i].
//
// Text that also appears in an article of another outlet, or of an unknown
// (empty) outlet, is wire copy and is always kept: merge folds it. Lines that
// do not read like a sentence are removed wherever they repeat. A repeated
// paragraph that reads like a sentence is removed only when it names the
// outlet and sits at an edge (the first paragraph or the last two) of every
// article that carries it, so that two reports of one outlet sharing a
// background paragraph keep it.
func StripRepeated(outlets []string, docs [][]string) [][]string {
	keep := repeatedKeep(outlets, docs)
	out := make([][]string, len(docs))
	for i, doc := range docs {
		kept := make([]string, 0, len(doc))
		for j, p := range doc {
			if keep[i][j] {
				kept = append(kept, p)
			}
		}
		out[i] = kept
	}
	return out
}

// repeatedKeep says, by article and paragraph, what StripRepeated keeps.
func repeatedKeep(outlets []string, docs [][]string) [][]bool {
	type seen struct {
		outlet   string
		docs     map[int]bool
		inBody   bool // some occurrence is away from the article's edges
		shared   bool // an article of another or unknown outlet carries it
		sentence bool
	}
	outletOf := func(i int) string {
		if i < len(outlets) {
			return strings.ToLower(strings.TrimSpace(outlets[i]))
		}
		return ""
	}
	byKey := map[string]*seen{}
	for i, doc := range docs {
		o := outletOf(i)
		for j, p := range doc {
			k := foldKey(p)
			if k == "" {
				continue
			}
			s := byKey[k]
			if s == nil {
				s = &seen{outlet: o, docs: map[int]bool{}, sentence: storyLike(p)}
				byKey[k] = s
			}
			if o == "" || o != s.outlet {
				s.shared = true
			}
			s.docs[i] = true
			if j >= edgeHead && j < len(doc)-edgeTail {
				s.inBody = true
			}
		}
	}
	keep := make([][]bool, len(docs))
	for i, doc := range docs {
		keep[i] = make([]bool, len(doc))
		for j, p := range doc {
			s := byKey[foldKey(p)]
			keep[i][j] = !(s != nil && !s.shared && len(s.docs) >= 2 && (!s.sentence || (!s.inBody && s.outlet != "" && strings.Contains(foldKey(p), s.outlet))))
		}
	}
	return keep
}

// foldKey folds case and whitespace for comparing paragraphs.
func foldKey(p string) string {
	return strings.ToLower(strings.Join(strings.Fields(p), " "))
}
