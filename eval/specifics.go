package eval

import (
	"strings"
	"unicode"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// Specific is a number or a name in a briefing that appears in no article of
// the case.
type Specific struct {
	Kind string `json:"kind"` // "number" or "name"
	Text string `json:"text"`
}

// SpecificsResult lists the unsupported specifics of one briefing.
type SpecificsResult struct {
	Unsupported []Specific `json:"unsupported"`
	Count       int        `json:"count"`
	// Per100Words is Count per 100 words of the briefing (see Words).
	Per100Words float64 `json:"per_100_words"`
}

// UnsupportedSpecifics finds the numbers and capitalized names of a briefing
// (headline, summary, points) that appear in no article of the case.
//
// Numbers are numerals, normalized as for key facts ("1,200" = "1200",
// "12.50" = "12.5"); one is supported when an article has the same number as a
// numeral or spelled out ("six" = "6").
//
// Names are runs of capitalized words not broken by punctuation. A capitalized
// word belongs to a name unless it is a stopword or is a common word: one that
// the articles or the briefing also write in lower case (so sentence-initial
// "Scientists" and title-case headlines do not count). A name is supported
// when its tokens, honorifics such as "Dr." dropped, occur contiguously in an
// article (title included).
//
// Each unsupported specific is listed once.
func UnsupportedSpecifics(b *summarize.Briefing, articles []summarize.Article) SpecificsResult {
	var res SpecificsResult
	if b == nil {
		return res
	}
	brief := StripTimeAnchors(BriefingText(b))
	var corpus []string
	var artToks [][]string
	artNums := map[string]bool{}
	for _, a := range articles {
		t := articleText(a)
		corpus = append(corpus, t)
		artToks = append(artToks, Tokenize(t, false))
		for _, n := range numbers(t, true) {
			artNums[n] = true
		}
	}
	lower := lowercaseWords(append(corpus, brief)...)
	seen := map[string]bool{}
	add := func(kind, s string) {
		k := kind + "\x00" + strings.ToLower(s)
		if !seen[k] {
			seen[k] = true
			res.Unsupported = append(res.Unsupported, Specific{Kind: kind, Text: s})
		}
	}
	for _, m := range numberRE.FindAllString(brief, -1) {
		if !artNums[normalizeNumber(m)] {
			add("number", m)
		}
	}
	for _, name := range names(brief, lower) {
		toks := Tokenize(name, false)
		for len(toks) > 1 && text.IsHonorific(toks[0]) {
			toks = toks[1:]
		}
		if len(toks) == 0 {
			continue
		}
		found := false
		for _, at := range artToks {
			if containsSeq(at, toks) {
				found = true
				break
			}
		}
		if !found {
			add("name", name)
		}
	}
	res.Count = len(res.Unsupported)
	if w := Words(b); w > 0 {
		res.Per100Words = float64(res.Count) * 100 / float64(w)
	}
	return res
}

// lowercaseWords returns the words that the texts write starting with a
// lower-case letter, lower-cased and stripped of punctuation.
func lowercaseWords(texts ...string) map[string]bool {
	m := map[string]bool{}
	for _, t := range texts {
		for _, f := range strings.Fields(t) {
			w := strings.TrimFunc(f, isEdgePunct)
			r := firstRune(w)
			if unicode.IsLower(r) {
				m[strings.ToLower(w)] = true
			}
		}
	}
	return m
}

// names returns the runs of name words in text (see UnsupportedSpecifics).
// A run of one word at the start of a sentence is not a name: without a
// dictionary "Officials said" cannot be told from "Halcyon said".
func names(s string, common map[string]bool) []string {
	var out []string
	var words []string
	var nw []text.NameWord
	for _, line := range strings.Split(s, "\n") {
		words, nw = words[:0], nw[:0]
		atStart := true
		for _, f := range strings.Fields(line) {
			w := strings.TrimFunc(f, isEdgePunct)
			lw := strings.ToLower(strings.TrimSuffix(w, "."))
			isName := unicode.IsUpper(firstRune(w)) && !text.MatchWords.Has(lw) && !common[strings.ToLower(w)] &&
				!common[lw] && !text.IsMonth(lw) && !text.IsWeekday(lw)
			if text.IsHonorific(lw) && unicode.IsUpper(firstRune(w)) {
				isName = true
			}
			// A possessive ends the name: "Kestrel's Nils Berger" is two names.
			base, poss := text.TrimPossessive(w)
			words = append(words, base)
			nw = append(nw, text.NameWord{Name: isName, Opens: atStart, BreakAfter: poss || breaksRun(f)})
			atStart = endsSentence(f)
		}
		text.NameRuns(len(nw), func(i int) text.NameWord { return nw[i] }, text.NameOptions{DropLoneOpener: true}, func(start, end int) {
			out = append(out, strings.Join(words[start:end], " "))
		})
	}
	return out
}

// endsSentence reports whether a raw field ends a sentence: a final . ! or ?
// (quotes after it allowed) that is not an abbreviation's or an initial's period.
func endsSentence(field string) bool {
	f := strings.TrimRight(field, `"'’”)`)
	switch lastRune(f) {
	case '!', '?':
		return true
	case '.':
		w := strings.ToLower(strings.TrimRight(strings.TrimFunc(f, isEdgePunct), "."))
		return !(text.IsHonorific(w) || text.IsAbbreviation(w) || len([]rune(w)) == 1)
	}
	return false
}

// breaksRun reports whether a raw field ends with punctuation that ends a
// name run: anything but an abbreviation's period or a possessive.
func breaksRun(field string) bool {
	r := lastRune(field)
	if r == '.' {
		w := strings.ToLower(strings.TrimRight(strings.TrimFunc(field, isEdgePunct), "."))
		return !(text.IsHonorific(w) || text.IsAbbreviation(w) || len([]rune(w)) == 1)
	}
	return unicode.IsPunct(r) && r != '\'' && r != '’'
}

func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}
