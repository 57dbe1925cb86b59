package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// The languages of a briefing's points, and the scope of their support.
//
// A point is in the briefing's language, except one the extractive engine took
// from an article in another language: it keeps that article's words, and
// Point.Language names its language. A point whose cited passages are not all
// in its own language (the llm engine's translation of a foreign passage) has
// no words to match in them: the support checker cannot read "a déclaré" in
// "said". Such a point is checked on its figures, dates and names only
// (summarize.ScopeFigures): what the checker found missing of any other kind is
// set aside, and its verdict says so. A point with no figure, date or name has
// nothing left to check and stays partial.

// languages is the language of each article of a request, by id.
type languages map[string]string

func languagesOf(articles []summarize.Article) languages {
	out := make(languages, len(articles))
	for _, a := range articles {
		out[a.ID] = a.Language
	}
	return out
}

// multilingual reports whether an article is in another language than lang
// (articles of unknown language aside).
func (ls languages) multilingual(lang string) bool {
	for _, l := range ls {
		if l != "" && !summarize.SameLanguage(l, lang) {
			return true
		}
	}
	return false
}

// pointLanguage is the language of a point an engine wrote: the briefing's for
// the llm engine (it writes in it, translating); for the extractive engine, the
// language of the article whose passage it quotes (its first evidence).
func pointLanguage(engine string, p summarize.Point, briefing string, ls languages) string {
	if engine == summarize.EngineExtractive && len(p.Evidence) > 0 {
		if l := ls[p.Evidence[0].ArticleID]; l != "" {
			return l
		}
	}
	return briefing
}

// crossLanguage reports whether a text in lang cites evidence of an article in
// another language; an unknown language on either side is not another.
func crossLanguage(lang string, evidence []summarize.Evidence, ls languages) bool {
	for _, e := range evidence {
		if l := ls[e.ArticleID]; lang != "" && l != "" && !summarize.SameLanguage(lang, l) {
			return true
		}
	}
	return false
}

// claimLanguage is the language of one claim: a sentence is too short for the
// detector (an English claim comes back Danish or Afrikaans, with a confidence
// of a few hundredths), so it is the language with rules here whose function
// words the claim uses most, two at least; a tie, or too few, is lang.
func claimLanguage(claim, lang string) string {
	toks := text.English.Lex(claim)
	best, bestN := lang, 1
	count := func(tag string) int {
		l := text.For(tag)
		n := 0
		for _, t := range toks {
			if !t.Num && l.IsStopword(t.Low) {
				n++
			}
		}
		return n
	}
	if lang != "" {
		bestN = max(bestN, count(lang))
	}
	for _, tag := range text.Languages() {
		if summarize.SameLanguage(tag, lang) {
			continue
		}
		if n := count(tag); n > bestN {
			best, bestN = tag, n
		}
	}
	return best
}

// scoped is the verdict on a text checked against passages in another
// language: what was found missing of a kind the scope checks (a figure or
// date, a name) stays; the rest is set aside. The status is then unsupported
// when a figure or name is missing (as the checker says), supported when none
// is and the text has one to check, and partial when it has none.
func scoped(s summarize.Support, claim, lang string) summarize.Support {
	if s.CheckedBy == summarize.CheckedByModel {
		return s // the model read the words themselves
	}
	out := s
	out.Scope = summarize.ScopeFigures
	out.Unsupported = nil
	for _, m := range s.Unsupported {
		if m.Kind == summarize.MissingFigure || m.Kind == summarize.MissingName {
			out.Unsupported = append(out.Unsupported, m)
		}
	}
	switch {
	case len(out.Unsupported) > 0:
		out.Status = summarize.SupportUnsupported
		if s.Status == summarize.SupportPartial {
			out.Status = summarize.SupportPartial
		}
	case !checkable(claim, lang):
		out.Status = summarize.SupportPartial
	default:
		out.Status = summarize.SupportSupported
	}
	return out
}

// checkable reports whether a text in lang has a figure, a date or a name: a
// digit, a number or scale word, a month, or a name word that does not open the
// text (a capitalized one where the script has capitals).
func checkable(s, lang string) bool {
	l := text.For(lang)
	toks := l.Lex(s)
	if len(l.Figures(toks, text.FigureOptions{})) > 0 || len(l.Dates(toks)) > 0 {
		return true
	}
	for i, t := range toks {
		if t.Num || l.IsFigureWord(t.Low) {
			return true
		}
		if _, ok := l.MonthOf(t.Low); ok {
			return true
		}
		if i > 0 && !t.Start && l.IsNameWord(t) && (l.NameRule() == text.NamesByContent || t.Cap) {
			return true
		}
	}
	return false
}

// applyLanguages sets the briefing's language, each point's (when it is not
// the briefing's) and the scope of the points checked across languages, then
// applies the unsupported policy the request asked for: when forced, verify
// ran with "flag" (verifyInput) so that a point set aside for its words alone
// is kept, and the points still unsupported are dropped here (unless the
// client asked "flag"), with verify's warnings about them written anew.
func applyLanguages(b *summarize.Briefing, in *summarize.Input, lang string, forced bool) {
	b.Language = lang
	ls := languagesOf(in.Articles)
	if !ls.multilingual(lang) {
		return
	}
	byID := make(map[string]*summarize.Passage, len(in.Passages))
	for i := range in.Passages {
		byID[in.Passages[i].ID] = &in.Passages[i]
	}
	drop := in.Options.Unsupported != summarize.UnsupportedFlag
	kept := b.Points[:0]
	var dropped, flagged []string
	for _, p := range b.Points {
		pl := pointLanguage(b.Engine, p, lang, ls)
		if !summarize.SameLanguage(pl, lang) {
			p.Language = pl
		}
		if crossLanguage(pl, p.Evidence, ls) && p.Support.Status != summarize.SupportSupported {
			p.Support = scoped(p.Support, text.StripTimeAnchors(p.Text), pl)
		}
		if forced && !drop && p.Support.Status == summarize.SupportUnsupported {
			flagged = append(flagged, fmt.Sprintf("%q (not found: %s)", clip(p.Text), missingList(p.Support.Unsupported)))
		}
		if forced && drop && p.Support.Status == summarize.SupportUnsupported {
			up := summarize.UnsupportedPoint{Text: p.Text, Citations: p.Citations, Unsupported: p.Support.Unsupported}
			for _, e := range p.Evidence {
				up.Passages = append(up.Passages, e.PassageID)
			}
			b.UnsupportedPoints = append(b.UnsupportedPoints, up)
			dropped = append(dropped, fmt.Sprintf("%q (not found: %s)", clip(p.Text), missingList(p.Support.Unsupported)))
			continue
		}
		kept = append(kept, p)
	}
	b.Points = kept
	if forced {
		b.Warnings = slices.DeleteFunc(b.Warnings, func(w string) bool { return strings.Contains(w, flaggedWarning) })
		if len(dropped) > 0 {
			b.Warnings = append(b.Warnings, fmt.Sprintf("dropped %d point(s) that no passage of the articles supports: %s", len(dropped), strings.Join(dropped, "; ")))
		}
		if len(flagged) > 0 {
			b.Warnings = append(b.Warnings, fmt.Sprintf("%d %s: %s", len(flagged), flaggedWarning, strings.Join(flagged, "; ")))
		}
	}
	across := 0
	for _, p := range b.Points {
		if p.Support.Scope == summarize.ScopeFigures {
			across++
		}
	}
	if across > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("%d point(s) were checked against articles in another language on their figures, dates and names only (support.scope figures_dates_names)", across))
	}
}

// flaggedWarning is the part of verify's warning about points kept flagged as
// unsupported that names them; applyLanguages drops it when it asked verify to
// flag on the client's behalf.
const flaggedWarning = "point(s) are shown flagged as unsupported"

// verifyInput is the input verify runs with: in itself, or, when the articles
// are in several languages, a copy asking verify to flag unsupported points, so
// that applyLanguages can set aside the words of a point checked across
// languages before it drops (or flags) what is left.
func verifyInput(in *summarize.Input, lang string) (*summarize.Input, bool) {
	if !languagesOf(in.Articles).multilingual(lang) {
		return in, false
	}
	cp := *in
	cp.Options.Unsupported = summarize.UnsupportedFlag
	return &cp, true
}

// scopeClaims sets the scope of the claims of a check whose language (told
// from its text, else lang) is not that of the articles it was checked
// against: its evidence's, or, with none, every article's.
func scopeClaims(results []summarize.ClaimResult, articles []summarize.Article, lang string) {
	ls := languagesOf(articles)
	for i, r := range results {
		if r.Status == summarize.SupportSupported || r.CheckedBy == summarize.CheckedByModel {
			continue
		}
		cl := claimLanguage(r.Text, lang)
		cross := crossLanguage(cl, r.Evidence, ls)
		if len(r.Evidence) == 0 {
			cross = true
			for _, a := range articles {
				if summarize.SameLanguage(cl, a.Language) {
					cross = false
				}
			}
		}
		if !cross {
			continue
		}
		s := scoped(summarize.Support{Status: r.Status, Unsupported: r.Unsupported}, r.Text, cl)
		if s.Status == summarize.SupportSupported && len(r.Evidence) == 0 {
			// Its figures and names are in the articles, but the checker named no
			// passage that carries them: partial, with nothing to cite.
			s.Status = summarize.SupportPartial
		}
		results[i].Status, results[i].Unsupported, results[i].Scope = s.Status, s.Unsupported, s.Scope
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return s
}

func missingList(ms []summarize.Missing) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Text)
	}
	if len(parts) == 0 {
		return "too few of its words"
	}
	return strings.Join(parts, ", ")
}
