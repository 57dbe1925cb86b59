package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// The ranking reads each passage in its article's language: its stopwords are
// the language's topic stoplist (function words, calendar and speaker words)
// and its words longer than three characters are stemmed by the language's
// stemmer (as English's are by Porter). Measured on MultiLing 2011 (ROUGE-1/2
// recall at 250 words, with the ranking of this commit) against the English
// reading and the language's stoplist with words unstemmed: French .494/.222
// (English .496/.222, unstemmed .479/.210), Arabic .409/.244 (.406/.233,
// .404/.235), Czech .366/.152 (.362/.150, .371/.163). English, and a passage
// whose language is not known or has no rules here, are read as before
// (tokenize).

// lang is the text toolkit of the article with id, nil for English or an
// unknown language (the package's English functions).
func (c *corpus) lang(id string) *text.Lang {
	if c.langs == nil {
		c.langs = make(map[string]*text.Lang, len(c.in.Articles))
		for _, a := range c.in.Articles {
			if a.Language == "" {
				continue
			}
			if l := text.For(a.Language); l != text.English && !l.Generic() {
				c.langs[a.ID] = l
			}
		}
	}
	return c.langs[id]
}

// stemIn is w's stem in l when it is longer than three characters (as
// text.StemLong is English's), else w.
func stemIn(l *text.Lang, w string) string {
	if utf8.RuneCountInString(w) > 3 {
		return l.Stem(w)
	}
	return w
}

// tokenizeIn is tokenize in language l (nil: English).
func tokenizeIn(s string, l *text.Lang) []token {
	if l == nil {
		return tokenize(s)
	}
	stop := l.Stoplist(text.StopTopic)
	var out []token
	for start, end := range text.Runs(s) {
		word := s[start:end]
		r, _ := utf8.DecodeRuneInString(word)
		lower := strings.ToLower(word)
		out = append(out, token{surface: lower, upper: unicode.IsUpper(r), stop: utf8.RuneCountInString(lower) < 2 || stop.Has(lower), stem: stemIn(l, lower)})
	}
	return out
}

// A cluster in several languages is briefed in one (Options.Language, the
// pipeline's choice: asked for, or the language of most of the story's text).
// A passage in another language is worth foreignWeight of its score, and
// coveredWeight when a passage in the briefing's language carries its facts
// (every figure it gives, by value, and every name, by its words): the point
// is then written from that passage. A passage whose facts only it carries
// stays a candidate, and is shown in its own language (the pipeline marks its
// point's language).
const (
	foreignWeight = 0.8
	coveredWeight = 0.3
)

// languageWeight is what passage i's score is multiplied by for its language
// (1 in a cluster of one language, or when the briefing's is not known).
func (c *corpus) languageWeight(i int) float64 {
	if c.langWeights == nil {
		c.langWeights = c.languageWeights()
	}
	return c.langWeights[i]
}

// facts are the figures (by value) and names (lower-case words of names) of
// one passage.
type facts struct {
	figures map[string]bool
	names   map[string]bool
}

func factsOf(s string, l *text.Lang) facts {
	if l == nil {
		l = text.English
	}
	f := facts{figures: map[string]bool{}, names: map[string]bool{}}
	toks := l.Lex(s)
	for _, fg := range l.Figures(toks, text.FigureOptions{Passage: true}) {
		f.figures[fg.Key] = true
	}
	for k, t := range toks {
		if k > 0 && !t.Start && t.Cap && !t.Num && l.NameRule() == text.NamesByCapitals && !l.IsCalendarWord(t.Low) {
			f.names[t.Low] = true
		}
	}
	return f
}

// coveredBy reports whether g carries every figure and name of f, which has one
// at least.
func (f facts) coveredBy(g facts) bool {
	if len(f.figures)+len(f.names) == 0 {
		return false
	}
	for k := range f.figures {
		if !g.figures[k] {
			return false
		}
	}
	for k := range f.names {
		if !g.names[k] {
			return false
		}
	}
	return true
}

func (c *corpus) languageWeights() []float64 {
	n := len(c.in.Passages)
	out := make([]float64, n)
	for i := range out {
		out[i] = 1
	}
	want := c.in.Options.Language
	if want == "" {
		return out
	}
	langOf := make(map[string]string, len(c.in.Articles))
	for _, a := range c.in.Articles {
		langOf[a.ID] = a.Language
	}
	var own, foreign []int
	for i, p := range c.in.Passages {
		if summarize.SameLanguage(langOf[p.Article], want) {
			own = append(own, i)
		} else {
			foreign = append(foreign, i)
		}
	}
	if len(foreign) == 0 || len(own) == 0 {
		return out // one language, or none in the briefing's: nothing to prefer
	}
	ownFacts := make([]facts, len(own))
	for k, i := range own {
		ownFacts[k] = factsOf(c.in.Passages[i].Text, text.For(want))
	}
	for _, i := range foreign {
		out[i] = foreignWeight
		p := c.in.Passages[i]
		f := factsOf(p.Text, text.For(langOf[p.Article]))
		for _, g := range ownFacts {
			if f.coveredBy(g) {
				out[i] = coveredWeight
				break
			}
		}
	}
	return out
}
