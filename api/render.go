package api

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// BriefingJSON converts a briefing to its wire form; every array is non-nil, so the JSON
// has [] rather than null, as the schema requires.
func BriefingJSON(b *summarize.Briefing) BriefingResponse {
	out := BriefingResponse{
		Id:            b.ID,
		Engine:        b.Engine,
		Model:         b.Model,
		PromptVersion: b.PromptVersion,
		Headline:      b.Headline,
		Summary:       b.Summary,
		Points:        make([]Point, 0, len(b.Points)),
		Sources:       make([]Source, 0, len(b.Sources)),
		Merge:         mergeStatsJSON(b.Merge),
		Usage: Usage{
			PromptTokens:     b.Usage.PromptTokens,
			CompletionTokens: b.Usage.CompletionTokens,
			LlmCalls:         b.Usage.LLMCalls,
		},
		Warnings: nonNil(b.Warnings),
	}
	for _, p := range b.Points {
		wp := Point{
			Text:                    p.Text,
			Citations:               nonNil(p.Citations),
			Evidence:                make([]Evidence, 0, len(p.Evidence)),
			SourcesCount:            p.SourcesCount,
			IndependentSourcesCount: p.IndependentSourcesCount,
		}
		for _, e := range p.Evidence {
			wp.Evidence = append(wp.Evidence, Evidence{ArticleId: e.ArticleID, PassageId: e.PassageID, Quote: e.Quote})
		}
		out.Points = append(out.Points, wp)
	}
	for _, s := range b.Sources {
		out.Sources = append(out.Sources, Source{Id: s.ID, Source: s.Source, Title: s.Title, Url: s.URL})
	}
	return out
}

// MergeJSON converts a merge report to its wire form, passages in reading order and
// articles in request order.
func MergeJSON(r *summarize.MergeReport) MergeResponse {
	out := MergeResponse{
		Passages: make([]MergedPassage, 0, len(r.Result.Passages)),
		Merge:    mergeStatsJSON(r.Result.Stats),
		Articles: make([]ArticleMerge, 0, len(r.Result.Articles)),
	}
	for _, p := range r.Result.Passages {
		out.Passages = append(out.Passages, MergedPassage{
			Id:                 p.ID,
			Text:               p.Text,
			Sources:            nonNil(p.Sources),
			IndependentSources: nonNil(p.IndependentSources),
			Tokens:             p.Tokens,
		})
	}
	for _, a := range r.Result.Articles {
		am := ArticleMerge{Id: a.ID, Passages: a.Passages, UniquePassages: a.UniquePassages, UniqueShare: a.UniqueShare}
		if a.SyndicatedOf != "" {
			s := a.SyndicatedOf
			am.SyndicatedOf = &s
		}
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

// BriefingMarkdown renders a briefing as Markdown with numbered source notes: each point
// ends with [n] markers, n being the cited article's place in the Sources list below,
// which lists every article of the request as "n. Outlet — Title <url>".
func BriefingMarkdown(b *summarize.Briefing) string {
	var sb strings.Builder
	note := make(map[string]int, len(b.Sources)) // article id → note number
	for i, s := range b.Sources {
		note[s.ID] = i + 1
	}
	if h := mdLine(b.Headline); h != "" {
		fmt.Fprintf(&sb, "# %s\n\n", h)
	}
	if s := mdEscaper.Replace(strings.TrimSpace(b.Summary)); s != "" {
		sb.WriteString(s)
		sb.WriteString("\n\n")
	}
	for i, p := range b.Points {
		fmt.Fprintf(&sb, "%d. %s", i+1, mdLine(p.Text))
		var marks strings.Builder
		for _, c := range p.Citations {
			if n, ok := note[c]; ok {
				fmt.Fprintf(&marks, "[%d]", n)
			}
		}
		if marks.Len() > 0 {
			sb.WriteString(" ")
			sb.WriteString(marks.String())
		}
		sb.WriteString("\n")
	}
	if len(b.Points) > 0 {
		sb.WriteString("\n")
	}
	if len(b.Sources) > 0 {
		sb.WriteString("## Sources\n\n")
		for i, s := range b.Sources {
			fmt.Fprintf(&sb, "%d. %s\n", i+1, sourceNote(s.ID, s.Source, s.Title, s.URL))
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

// engineLine is the closing italic line: who wrote the briefing and what the merge saved.
func engineLine(b *summarize.Briefing) string {
	who := b.Engine
	if b.Model != "" {
		who += " (" + b.Model + ")"
	}
	if who == "" {
		who = "unknown engine"
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
// article adds, then the merged passages with the articles that carry them.
func MergeMarkdown(r *summarize.MergeReport) string {
	var sb strings.Builder
	s := r.Result.Stats
	sb.WriteString("# Merge\n\n")
	fmt.Fprintf(&sb, "%s: %d passages, %d kept, %d duplicates removed; %d tokens before, %d after.\n\n",
		upperFirst(plural(s.Articles, "article")), s.Passages, s.UniquePassages, s.DuplicatesRemoved, s.TokensBefore, s.TokensAfter)
	if len(r.Result.Articles) > 0 {
		sb.WriteString("## Articles\n\n")
		sb.WriteString("| article | passages | unique | unique share | syndicated of |\n")
		sb.WriteString("| --- | ---: | ---: | ---: | --- |\n")
		for _, a := range r.Result.Articles {
			fmt.Fprintf(&sb, "| %s | %d | %d | %s | %s |\n", cell(a.ID), a.Passages, a.UniquePassages,
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
