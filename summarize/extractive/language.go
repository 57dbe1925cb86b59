package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize/text"
)

// The ranking reads each passage in its article's language: its stopwords are
// the language's topic stoplist (function words, calendar and speaker words),
// and its words are matched as written, lower case, unstemmed. The language's
// stemmer conflates too much for the similarity graph: on MultiLing 2011
// (ROUGE-1/2 recall at 250 words) Czech fell from .351/.147 unstemmed to
// .332/.132 with its light stemmer, French from .474/.208 to .474/.207 and
// Arabic from .378/.220 to .369/.210 with Snowball's; English's stoplist alone
// (as before) gave Czech .336/.137. English, and a passage whose language is
// not known or has no rules here, are read as before (tokenize).

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
		out = append(out, token{surface: lower, upper: unicode.IsUpper(r), stop: utf8.RuneCountInString(lower) < 2 || stop.Has(lower), stem: lower})
	}
	return out
}
