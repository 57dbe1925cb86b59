package api

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/briefing-news/briefing/summarize"
)

// BriefingJSON converts a briefing to its wire form; every array is non-nil, so the JSON
// has [] rather than null, as the schema requires.
func BriefingJSON(b *summarize.Briefing) BriefingResponse {
	out := BriefingResponse{
		Id:                b.ID,
		Engine:            b.Engine,
		Model:             b.Model,
		PromptVersion:     b.PromptVersion,
		Language:          languageJSON(b.Language),
		Headline:          b.Headline,
		Summary:           b.Summary,
		SummaryCitations:  nonNil(b.SummaryCitations),
		Points:            make([]Point, 0, len(b.Points)),
		UnsupportedPoints: make([]UnsupportedPoint, 0, len(b.UnsupportedPoints)),
		Sources:           make([]Source, 0, len(b.Sources)),
		Merge:             mergeStatsJSON(b.Merge),
		Differences:       differencesJSON(b.Differences),
		Quotes:            quotesJSON(b.Quotes),
		Coverage:          coverageJSON(b.Coverage),
		Timeline:          timelineJSON(b.Timeline),
		Usage:             usageJSON(b.Usage),
		Warnings:          nonNil(b.Warnings),
	}
	for _, p := range b.Points {
		status := p.Support.Status
		if status == "" {
			status = summarize.SupportSupported
		}
		out.Points = append(out.Points, Point{
			Text:                    p.Text,
			Citations:               nonNil(p.Citations),
			Evidence:                evidenceJSON(p.Evidence),
			SourcesCount:            p.SourcesCount,
			IndependentSourcesCount: p.IndependentSourcesCount,
			Support: Support{Status: SupportStatus(status), Unsupported: missingJSON(p.Support.Unsupported), Disputed: differenceValuesJSON(p.Support.Disputed),
				CheckedBy: checkedByJSON(p.Support.CheckedBy), Scope: scopeJSON(p.Support.Scope)},
			Language: optional(p.Language),
		})
	}
	for _, p := range b.UnsupportedPoints {
		out.UnsupportedPoints = append(out.UnsupportedPoints, UnsupportedPoint{
			Text:        p.Text,
			Citations:   nonNil(p.Citations),
			Passages:    nonNil(p.Passages),
			Unsupported: missingJSON(p.Unsupported),
		})
	}
	for _, s := range b.Sources {
		out.Sources = append(out.Sources, Source{Id: s.ID, Source: s.Source, Title: s.Title, Url: s.URL})
	}
	return out
}

// scopeJSON is what a verdict checked: absent for a full check (also ""),
// figures_dates_names for a check across languages.
func scopeJSON(scope string) *SupportScope {
	switch scope {
	case "", summarize.ScopeFull:
		return nil
	}
	s := SupportScope(scope)
	return &s
}

// checkedByJSON is what gave a verdict: "model", or "rules" (also for "").
func checkedByJSON(by string) CheckedBy {
	if by == summarize.CheckedByModel {
		return CheckedByModel
	}
	return CheckedByRules
}

func usageJSON(u summarize.Usage) Usage {
	out := Usage{
		PromptTokens:     u.PromptTokens,
		CompletionTokens: u.CompletionTokens,
		LlmCalls:         u.LLMCalls,
		Strategy:         UsageStrategy(u.Strategy),
		Steps:            make([]StepUsage, 0, len(u.Steps)),
		PassagesSent:     u.PassagesSent,
		PassagesLeftOut:  u.PassagesLeftOut,
	}
	if u.Cost != nil {
		c := *u.Cost
		out.Cost = &c
	}
	for _, st := range u.Steps {
		out.Steps = append(out.Steps, StepUsage{Step: st.Step, Kind: st.Kind, Calls: st.Calls, PromptTokens: st.PromptTokens, CompletionTokens: st.CompletionTokens})
	}
	return out
}

func evidenceJSON(ev []summarize.Evidence) []Evidence {
	out := make([]Evidence, 0, len(ev))
	for _, e := range ev {
		out = append(out, Evidence{ArticleId: e.ArticleID, PassageId: e.PassageID, Quote: e.Quote, Start: e.Start, End: e.End})
	}
	return out
}

func missingJSON(ms []summarize.Missing) []Missing {
	out := make([]Missing, 0, len(ms))
	for _, m := range ms {
		out = append(out, Missing{Kind: MissingKind(m.Kind), Text: m.Text})
	}
	return out
}

func differenceValuesJSON(vs []summarize.DifferenceValue) []DifferenceValue {
	out := make([]DifferenceValue, 0, len(vs))
	for _, v := range vs {
		out = append(out, DifferenceValue{Value: v.Value, Hedge: v.Hedge, Citations: nonNil(v.Citations), Quote: v.Quote, PublishedAt: v.PublishedAt})
	}
	return out
}

func differencesJSON(ds []summarize.Difference) []Difference {
	out := make([]Difference, 0, len(ds))
	for _, d := range ds {
		wd := Difference{Kind: DifferenceKind(d.Kind), About: d.About, Label: DifferenceLabel(d.Label), Values: make([]DifferenceValue, 0, len(d.Values))}
		wd.Values = differenceValuesJSON(d.Values)
		out = append(out, wd)
	}
	return out
}

func quotesJSON(qs []summarize.Quote) []Quote {
	out := make([]Quote, 0, len(qs))
	for _, q := range qs {
		wq := Quote{Speaker: q.Speaker, Text: q.Text, Citations: nonNil(q.Citations), Variants: make([]QuoteVariant, 0, len(q.Variants))}
		for _, v := range q.Variants {
			wq.Variants = append(wq.Variants, QuoteVariant{Text: v.Text, Citations: nonNil(v.Citations)})
		}
		out = append(out, wq)
	}
	return out
}

func coverageJSON(c summarize.Coverage) Coverage {
	out := Coverage{
		Outlets:             nonNil(c.Outlets),
		OutletCount:         c.OutletCount,
		IndependentArticles: c.IndependentArticles,
		WireGroups:          make([]WireGroup, 0, len(c.WireGroups)),
		FirstPublishedAt:    c.FirstPublished,
		LastPublishedAt:     c.LastPublished,
		Articles:            make([]ArticleCoverage, 0, len(c.Articles)),
		SingleSource:        c.SingleSource,
	}
	if len(c.OffTopic) > 0 {
		off := slices.Clone(c.OffTopic)
		out.OffTopic = &off
	}
	for _, g := range c.WireGroups {
		out.WireGroups = append(out.WireGroups, WireGroup{Original: g.Original, Source: g.Source, Reprints: nonNil(g.Reprints)})
	}
	for _, a := range c.Articles {
		out.Articles = append(out.Articles, ArticleCoverage{Id: a.ID, Source: a.Source, PublishedAt: a.PublishedAt, UniqueShare: a.UniqueShare, SyndicatedOf: optional(a.SyndicatedOf),
			Language: languageJSON(a.Language)})
	}
	return out
}

// languageJSON is an article's language on the wire: "und" (undetermined) when
// the pipeline could not tell it.
func languageJSON(tag string) string {
	if tag == "" {
		return "und"
	}
	return tag
}

// optional is s as an optional JSON string: absent when empty.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// CheckJSON converts a check report to its wire form (POST /v1/check and
// briefing check --format json).
func CheckJSON(rep *summarize.CheckReport) CheckResponse {
	out := CheckResponse{Claims: make([]ClaimResult, 0, len(rep.Claims)), Warnings: nonNil(rep.Warnings)}
	for _, c := range rep.Claims {
		out.Claims = append(out.Claims, ClaimResult{
			Text:        c.Text,
			Status:      SupportStatus(c.Status),
			Citations:   nonNil(c.Citations),
			Evidence:    evidenceJSON(c.Evidence),
			Unsupported: missingJSON(c.Unsupported),
			CheckedBy:   checkedByJSON(c.CheckedBy),
			Scope:       scopeJSON(c.Scope),
		})
	}
	if rep.Usage != nil {
		u := usageJSON(*rep.Usage)
		out.Usage = &u
	}
	return out
}

// MergeJSON converts a merge report to its wire form, passages in reading order and
// articles in request order. Passage offsets become code points of the article's text,
// as evidence offsets are.
func MergeJSON(r *summarize.MergeReport) MergeResponse {
	out := MergeResponse{
		Passages:    make([]MergedPassage, 0, len(r.Result.Passages)),
		Merge:       mergeStatsJSON(r.Result.Stats),
		Articles:    make([]ArticleMerge, 0, len(r.Result.Articles)),
		Differences: differencesJSON(r.Differences),
		Quotes:      quotesJSON(r.Quotes),
		Coverage:    coverageJSON(r.Coverage),
	}
	byID := make(map[string]int, len(r.Articles)) // article id → index in Articles and Texts
	for i, a := range r.Articles {
		byID[a.ID] = i
	}
	text := func(id string) string {
		if i, ok := byID[id]; ok && i < len(r.Texts) {
			return r.Texts[i]
		}
		return ""
	}
	// Offsets by article, converted in one pass over each text.
	spans := map[string][]summarize.Span{}
	for _, p := range r.Result.Passages {
		spans[p.Article] = append(spans[p.Article], summarize.Span{Start: p.Start, End: p.End})
	}
	for id, sp := range spans {
		spans[id] = summarize.CodePoints(text(id), sp)
	}
	next := map[string]int{}
	for _, p := range r.Result.Passages {
		sp := spans[p.Article][next[p.Article]]
		next[p.Article]++
		out.Passages = append(out.Passages, MergedPassage{
			Id:                 p.ID,
			Text:               p.Text,
			Sources:            nonNil(p.Sources),
			IndependentSources: nonNil(p.IndependentSources),
			Tokens:             p.Tokens,
			Article:            p.Article,
			Start:              sp.Start,
			End:                sp.End,
		})
	}
	for _, a := range r.Result.Articles {
		am := ArticleMerge{Id: a.ID, Passages: a.Passages, UniquePassages: a.UniquePassages, UniqueShare: a.UniqueShare, SyndicatedOf: optional(a.SyndicatedOf), Text: text(a.ID)}
		if i, ok := byID[a.ID]; ok {
			art := r.Articles[i]
			am.Source, am.Title, am.PublishedAt = art.Source, art.Title, art.PublishedAt
			am.Language = art.Language
		}
		am.Language = languageJSON(am.Language)
		out.Articles = append(out.Articles, am)
	}
	return out
}

func mergeStatsJSON(s summarize.MergeStats) MergeStats {
	return MergeStats{
		Articles:          s.Articles,
		Passages:          s.Passages,
		UniquePassages:    s.UniquePassages,
		DuplicatesRemoved: s.DuplicatesRemoved,
		TokensBefore:      s.TokensBefore,
		TokensAfter:       s.TokensAfter,
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// BriefingMarkdown renders a briefing as Markdown with numbered source notes: the
// summary and each point end with [n] markers, n being the cited article's place in the
// Sources list below, which lists every article of the request as "n. Outlet — Title
// <url>". Article ids the text itself names in brackets ("6.4 according to [a1][a3]")
// become the same numbered markers. A point its sources do not fully support is marked
// "⚠" with what they do not carry; the figures the articles give differently are listed
// under "Where sources differ". A point in another language than the briefing's
// names its language after its notes ("(en)"); one checked against articles in
// another language says that only its figures, dates and names were.
func BriefingMarkdown(b *summarize.Briefing) string {
	var sb strings.Builder
	note := make(map[string]int, len(b.Sources)) // article id → note number
	for i, s := range b.Sources {
		note[s.ID] = i + 1
	}
	if h := mdLine(b.Headline); h != "" {
		fmt.Fprintf(&sb, "# %s\n\n", h)
	}
	if s := mdCited(strings.TrimSpace(b.Summary), note); s != "" {
		sb.WriteString(s)
		if m := marks(b.SummaryCitations, note); m != "" {
			sb.WriteString(" " + m)
		}
		sb.WriteString("\n\n")
	}
	for i, p := range b.Points {
		fmt.Fprintf(&sb, "%d. %s", i+1, mdCited(oneLine(p.Text), note))
		if m := marks(p.Citations, note); m != "" {
			sb.WriteString(" " + m)
		}
		if p.Language != "" {
			sb.WriteString(" (" + mdLine(p.Language) + ")")
		}
		if p.Support.Scope == summarize.ScopeFigures {
			sb.WriteString(" " + scopeNote)
		}
		if flag := supportFlag(p.Support); flag != "" {
			sb.WriteString(" " + flag)
		}
		if flag := disputedFlag(p.Support.Disputed, note); flag != "" {
			sb.WriteString(" " + flag)
		}
		sb.WriteString("\n")
	}
	if len(b.Points) > 0 {
		sb.WriteString("\n")
	}
	if len(b.Timeline) > 0 {
		sb.WriteString("## Timeline\n\n")
		for _, e := range b.Timeline {
			fmt.Fprintf(&sb, "- %s: %s", e.Date.Format("2 Jan 2006"), mdCited(oneLine(e.Text), note))
			if m := marks(e.Citations, note); m != "" {
				sb.WriteString(" " + m)
			}
			sb.WriteString("\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Differences) > 0 {
		sb.WriteString("## Where sources differ\n\n")
		for _, d := range b.Differences {
			sb.WriteString("- " + differenceLine(d, note) + "\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Sources) > 0 {
		sb.WriteString("## Sources\n\n")
		langs := sourceLanguages(b)
		for i, s := range b.Sources {
			fmt.Fprintf(&sb, "%d. %s", i+1, sourceNote(s.ID, s.Source, s.Title, s.URL))
			if l := langs[s.ID]; l != "" {
				sb.WriteString(" (" + mdLine(l) + ")")
			}
			sb.WriteString("\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Warnings) > 0 {
		sb.WriteString("## Warnings\n\n")
		for _, w := range b.Warnings {
			fmt.Fprintf(&sb, "- %s\n", mdLine(w))
		}
		sb.WriteString("\n")
	}
	sb.WriteString(engineLine(b))
	return sb.String()
}

// marks are the [n] notes of the cited articles, in citation order; ids without a
// note are left out.
func marks(citations []string, note map[string]int) string {
	var sb strings.Builder
	for _, c := range citations {
		if n, ok := note[c]; ok {
			fmt.Fprintf(&sb, "[%d]", n)
		}
	}
	return sb.String()
}

// idMarker is an article id in brackets as an engine writes it in a point ("[a1]");
// ids hold no spaces or brackets (summarize's id rules).
var idMarker = regexp.MustCompile(`\[([^\[\]\s]+)\]`)

// mdCited is client text made inert, with every "[id]" of an article that has a note
// turned into that note's "[n]"; other brackets stay escaped text. A "(" or ":" right
// after a note is escaped: "[1](…)" would be a link and "[1]: …" a link definition.
func mdCited(s string, note map[string]int) string {
	var sb strings.Builder
	last := 0
	for _, m := range idMarker.FindAllStringSubmatchIndex(s, -1) {
		n, ok := note[s[m[2]:m[3]]]
		if !ok {
			continue
		}
		sb.WriteString(mdEscaper.Replace(s[last:m[0]]))
		fmt.Fprintf(&sb, "[%d]", n)
		last = m[1]
		if last < len(s) && (s[last] == '(' || s[last] == ':') {
			sb.WriteString(`\` + s[last:last+1])
			last++
		}
	}
	sb.WriteString(mdEscaper.Replace(s[last:]))
	return sb.String()
}

// sourceLanguages are the articles' languages by id when the briefing's
// articles are not all in its language (a mixed cluster): each source note
// then names its language. Empty otherwise.
func sourceLanguages(b *summarize.Briefing) map[string]string {
	out := map[string]string{}
	mixed := false
	for _, a := range b.Coverage.Articles {
		if a.Language == "" {
			continue
		}
		out[a.ID] = a.Language
		if !summarize.SameLanguage(a.Language, b.Language) {
			mixed = true
		}
	}
	if !mixed {
		return nil
	}
	return out
}

// scopeNote marks a point checked against articles in another language.
const scopeNote = "(checked on its figures, dates and names only: its sources are in another language)"

// supportFlag marks a point its cited passages do not fully support, naming what they
// do not carry; "" for a supported point, unless the model's answer made it so
// (support.checked_by model), which the flag says.
func supportFlag(s summarize.Support) string {
	var missing []string
	for _, m := range s.Unsupported {
		missing = append(missing, "“"+mdLine(m.Text)+"”")
	}
	list := strings.Join(missing, ", ")
	if s.CheckedBy == summarize.CheckedByModel {
		switch s.Status {
		case summarize.SupportSupported:
			return "(checked by the model: its sources carry it)"
		case summarize.SupportUnsupported:
			if list == "" {
				return "⚠ checked by the model: its sources do not carry it"
			}
			return "⚠ checked by the model: its sources do not carry it; not found in them: " + list
		}
	}
	switch s.Status {
	case summarize.SupportUnsupported:
		if list == "" {
			return "⚠ not supported by the sources"
		}
		return "⚠ not found in the sources: " + list
	case summarize.SupportPartial:
		if list == "" {
			return "⚠ partly supported by the sources"
		}
		return "⚠ partly supported; not found in the sources: " + list
	}
	return ""
}

// disputedFlag marks a point that states one side of a disputed figure, naming the
// other sides with their notes; "" when there are none.
func disputedFlag(others []summarize.DifferenceValue, note map[string]int) string {
	var sides []string
	for _, v := range others {
		side := mdLine(strings.TrimSpace(v.Hedge + " " + v.Value))
		if m := marks(v.Citations, note); m != "" {
			side += " " + m
		}
		sides = append(sides, side)
	}
	if len(sides) == 0 {
		return ""
	}
	return "⚠ sources differ: " + strings.Join(sides, "; ")
}

// differenceLine is one difference: what it is about, whether the values conflict or
// were updated, and each value (hedged) with the notes of the articles that give it.
func differenceLine(d summarize.Difference, note map[string]int) string {
	about := mdLine(d.About)
	if about == "" {
		about = mdLine(d.Kind)
	}
	label := "sources conflict"
	sep := "; "
	switch d.Label {
	case summarize.LabelUpdated:
		label, sep = "updated, latest last", " → "
	case summarize.LabelImprecise:
		label = "figures differ, all can hold"
	}
	values := make([]string, 0, len(d.Values))
	for _, v := range d.Values {
		s := mdLine(strings.TrimSpace(v.Hedge + " " + v.Value))
		if m := marks(v.Citations, note); m != "" {
			s += " " + m
		}
		values = append(values, s)
	}
	return fmt.Sprintf("**%s** (%s): %s", about, label, strings.Join(values, sep))
}

// engineLine is the closing italic line: who wrote the briefing and what the merge saved.
func engineLine(b *summarize.Briefing) string {
	who := b.Engine
	if b.Model != "" {
		who += " (" + b.Model + ")"
	}
	if who == "" {
		who = "unknown engine"
	}
	if l := b.Language; l != "" && l != "und" && summarize.BaseLanguage(l) != "en" {
		who += ", in " + mdLine(l) // English, the page's own, goes without saying
	}
	return fmt.Sprintf("_Written by %s from %s; merge kept %d of %d passages, %d of %d tokens._\n",
		who, plural(b.Merge.Articles, "article"), b.Merge.UniquePassages, b.Merge.Passages,
		b.Merge.TokensAfter, b.Merge.TokensBefore)
}

// sourceNote formats one source as "Outlet — Title <url>", leaving out what is empty and
// falling back to the article id when there is neither outlet nor title.
func sourceNote(id, outlet, title, url string) string {
	outlet, title, url = mdLine(outlet), mdLine(title), safeURL(url)
	var parts []string
	if outlet != "" {
		parts = append(parts, outlet)
	}
	if title != "" {
		parts = append(parts, title)
	}
	if len(parts) == 0 {
		parts = append(parts, mdLine(id))
	}
	s := strings.Join(parts, " — ")
	if url != "" {
		s += " <" + urlEscaper.Replace(url) + ">"
	}
	return s
}

// safeURL returns raw when it is an absolute http or https URL, without credentials;
// anything else (javascript:, data:, relative, unparsable) is left out of the Markdown.
func safeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || !(strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) {
		return ""
	}
	if u.User != nil {
		u.User = nil
		return u.String()
	}
	return raw
}

// mdEscaper makes client text inert in Markdown: no raw HTML (<, > and & become
// entities), no links or images ([ and ] escaped), no escapes of ours undone (\).
var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `\`, `\\`, "[", `\[`, "]", `\]`)

// mdLine is client text on one Markdown line, made inert.
func mdLine(s string) string { return mdEscaper.Replace(oneLine(s)) }

// urlEscaper keeps a URL inside its Markdown autolink angle brackets.
var urlEscaper = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "\n", "%0A", "\r", "%0D", "\t", "%09")

// MergeMarkdown renders a merge report as Markdown: the statistics, a table of what each
// article adds (and its language), then the merged passages with the articles that carry them.
func MergeMarkdown(r *summarize.MergeReport) string {
	var sb strings.Builder
	s := r.Result.Stats
	sb.WriteString("# Merge\n\n")
	fmt.Fprintf(&sb, "%s: %d passages, %d kept, %d duplicates removed; %d tokens before, %d after.\n\n",
		upperFirst(plural(s.Articles, "article")), s.Passages, s.UniquePassages, s.DuplicatesRemoved, s.TokensBefore, s.TokensAfter)
	if len(r.Result.Articles) > 0 {
		sb.WriteString("## Articles\n\n")
		lang := make(map[string]string, len(r.Articles))
		for _, a := range r.Articles {
			lang[a.ID] = a.Language
		}
		sb.WriteString("| article | language | passages | unique | unique share | syndicated of |\n")
		sb.WriteString("| --- | --- | ---: | ---: | ---: | --- |\n")
		for _, a := range r.Result.Articles {
			fmt.Fprintf(&sb, "| %s | %s | %d | %d | %s | %s |\n", cell(a.ID), cell(languageJSON(lang[a.ID])), a.Passages, a.UniquePassages,
				strconv.FormatFloat(a.UniqueShare*100, 'f', 0, 64)+"%", cell(a.SyndicatedOf))
		}
		sb.WriteString("\n")
	}
	if len(r.Result.Passages) > 0 {
		sb.WriteString("## Passages\n\n")
		for _, p := range r.Result.Passages {
			fmt.Fprintf(&sb, "- **%s** (%s) %s\n", mdLine(p.ID), mdEscaper.Replace(sourceList(p.Sources, p.IndependentSources)), mdLine(p.Text))
		}
	}
	return sb.String()
}

// sourceList names the articles carrying a passage, marking reprints with an asterisk.
func sourceList(sources, independent []string) string {
	ind := make(map[string]bool, len(independent))
	for _, id := range independent {
		ind[id] = true
	}
	out := make([]string, len(sources))
	for i, id := range sources {
		out[i] = id
		if !ind[id] {
			out[i] += "*"
		}
	}
	return strings.Join(out, ", ")
}

func cell(s string) string {
	return strings.ReplaceAll(mdLine(s), "|", `\|`)
}

// oneLine folds all white space runs, newlines included, into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func timelineJSON(entries []summarize.TimelineEntry) []TimelineEntry {
	out := make([]TimelineEntry, 0, len(entries))
	for _, e := range entries {
		out = append(out, TimelineEntry{Date: openapi_types.Date{Time: e.Date}, Text: e.Text, Citations: nonNil(e.Citations)})
	}
	return out
}
