package pipeline

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/langid"
)

// minDetectRunes is the least story text (title and paragraphs, in code points)
// a language is told from; less is "" (undetermined, "und" on the wire).
const minDetectRunes = 12

// detectLanguages sets every page's Article.Language: the tag the client sent,
// in its usual case, or the language detected from the page's title and story
// text (text.Detect), "" when there is too little text to tell.
func detectLanguages(pages []normalize.Page) {
	for i := range pages {
		a := &pages[i].Article
		if a.Language != "" {
			a.Language = summarize.CanonicalLanguage(a.Language)
			continue
		}
		a.Language = detectPage(pages[i])
	}
}

// detectPage is the language of a page's title and story text.
func detectPage(pg normalize.Page) string {
	var b strings.Builder
	b.WriteString(pg.Article.Title)
	for _, para := range pg.Paragraphs {
		if b.Len() > maxDetectBytes {
			break
		}
		b.WriteByte('\n')
		b.WriteString(para.Text)
	}
	s := b.String()
	if utf8.RuneCountInString(s) < minDetectRunes {
		return ""
	}
	return detectText(s)
}

// maxDetectBytes bounds the text a page's language is told from: the first
// paragraphs say it as well as the whole, at a fraction of the cost.
const maxDetectBytes = 4 << 10

// detectText is the language detector the pipeline uses (the text toolkit's,
// langid.Detect): the tag it gives, "" when it cannot tell.
func detectText(s string) string {
	tag, _ := langid.Detect(s)
	return tag
}

// storyLanguage is the language a briefing is written in: the one asked for
// (Options.Language), else the language that most of the story's text is in
// (counted in code points of the pages' paragraphs; a tie goes to the language
// of the earlier article), else "" when no page's language is known.
func storyLanguage(asked string, pages []normalize.Page) string {
	if asked != "" {
		return summarize.CanonicalLanguage(asked)
	}
	weight := map[string]int{}
	first := map[string]int{}
	tagOf := map[string]string{} // base → the first full tag seen
	for i, pg := range pages {
		base := summarize.BaseLanguage(pg.Article.Language)
		if base == "" || base == "und" {
			continue
		}
		if _, ok := first[base]; !ok {
			first[base], tagOf[base] = i, pg.Article.Language
		}
		for _, para := range pg.Paragraphs {
			weight[base] += utf8.RuneCountInString(para.Text)
		}
	}
	best := ""
	for base := range weight {
		if best == "" || weight[base] > weight[best] || weight[base] == weight[best] && first[base] < first[best] {
			best = base
		}
	}
	if best == "" {
		return ""
	}
	// The bare language when its articles name regions apart (fr-CA and fr-FR).
	tag := tagOf[best]
	for _, pg := range pages {
		if summarize.BaseLanguage(pg.Article.Language) == best && pg.Article.Language != tag {
			return best
		}
	}
	return tag
}

// languageWarnings says which articles are in a language the text toolkit has
// no rules for (they were read with the generic rules), one warning for all,
// and which could not be told at all.
func languageWarnings(articles []summarize.Article) []string {
	generic := map[string][]string{} // language → article ids
	var unknown []string
	for _, a := range articles {
		switch {
		case a.Language == "":
			unknown = append(unknown, a.ID)
		case text.For(a.Language).Generic():
			generic[a.Language] = append(generic[a.Language], a.ID)
		}
	}
	var out []string
	if len(generic) > 0 {
		langs := make([]string, 0, len(generic))
		for l := range generic {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		var parts []string
		for _, l := range langs {
			parts = append(parts, fmt.Sprintf("%s (%s)", strings.Join(limitIDs(generic[l]), ", "), l))
		}
		out = append(out, fmt.Sprintf("this server has no rules of its own for the language of %s: read with generic rules (no stemming, stopwords, calendar or speaker words; figures and sentences read more roughly)",
			strings.Join(parts, "; ")))
	}
	if len(unknown) > 0 {
		out = append(out, fmt.Sprintf("the language of %s could not be told (too little text; send language on the article): read with generic rules",
			strings.Join(limitIDs(unknown), ", ")))
	}
	return out
}

// limitIDs names at most ten ids, and how many more there are.
func limitIDs(ids []string) []string {
	if len(ids) <= 10 {
		return ids
	}
	return append(ids[:10:10], fmt.Sprintf("%d more", len(ids)-10))
}
