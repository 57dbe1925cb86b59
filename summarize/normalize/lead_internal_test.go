package normalize

import (
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/google/go-cmp/cmp"
)

// TestBetterAddsLead: when readability's reading holds most of trafilatura's
// (minCovered) but not all of it, and is not much longer, trafilatura's reading
// stays and takes from readability's only the lead it left out: the prose
// paragraphs readability reads before the first paragraph both hold, put before
// that paragraph. Short lines, a caption with its credit, and prose readability
// adds further down are not taken; nor is anything from a reading of another
// story. The lead is written into the reading's text, where each paragraph is
// found in order.
func TestBetterAddsLead(t *testing.T) {
	cand := func(paras ...string) candidate {
		c := candidate{paras: paras, text: "\n  " + strings.Join(paras, " \n\n\t")}
		for _, p := range paras {
			c.runes += len(squash(p))
			if storyLike(p) {
				c.prose += len(squash(p))
			}
		}
		return c
	}
	const (
		head  = "Harbour homes approved after a long night"
		lead  = "The council approved 420 homes on the old harbour site on Tuesday night, after a meeting that ran past midnight."
		body1 = "Councillors voted nine to four for the plan, which the island's largest builder put forward two years ago."
		body2 = "The homes will stand where the ferry sheds stood until the new terminal opened on the north shore last spring."
		sub   = "What happens next, and when the builder means to start work on the site"
		body3 = "Work on the first block is to begin in March, and the builder expects the last residents to move in by 2029."
		other = "The island's football club sold its stadium to a hotel group and will play its home games on the mainland."
		more  = "Neighbours who objected to the height of the towers said on Wednesday that they would go to court over it."
	)
	traf := cand(body1, body2, sub, body3)
	for _, tc := range []struct {
		name       string
		traf, read candidate
		want       []string
	}{
		{"a lead left out", traf, cand(lead, body1, body2, body3), []string{lead, body1, body2, sub, body3}},
		{"a lead left out, after trafilatura's headline", cand(head, body1, body2, sub, body3), cand(lead, body1, body2, body3), []string{head, lead, body1, body2, sub, body3}},
		{"a label and a lead left out", traf, cand("Region", lead, body1, body2, body3), []string{lead, body1, body2, sub, body3}},
		{"only a label before the story", traf, cand("Region", "Island news", body1, body2, body3, "Share"), []string{body1, body2, sub, body3}},
		{"a caption and its credit before the story", traf, cand("The old ferry sheds on the harbour front, seen from the pier at dawn.", "Photo © Ann Lee", body1, body2, body3), []string{body1, body2, sub, body3}},
		{"prose added inside the story only", traf, cand(body1, more, body2, body3), []string{body1, body2, sub, body3}},
		{"a reading of another story", traf, cand(lead, other, more, body1), []string{body1, body2, sub, body3}},
	} {
		got := better(tc.traf, tc.read)
		if diff := cmp.Diff(tc.want, got.paras); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
			continue
		}
		for i, p := range locate(got.text, got.paras) {
			if s, e := p.Span(0, len(p.Text)); strings.TrimSpace(got.text[s:e]) != got.paras[i] {
				t.Errorf("%s: paragraph %d is %q in the text, want %q", tc.name, i, got.text[s:e], got.paras[i])
			}
		}
	}
}

// TestHTMLAddsLead runs a page whose lead sits in a teaser block (which
// trafilatura drops) and whose subheading readability drops: the story keeps
// both, in the page's order, and every paragraph's span in the article's text
// is the paragraph.
func TestHTMLAddsLead(t *testing.T) {
	const story = `<p>Councillors voted nine to four for the plan, which the island's largest builder put forward two years ago and changed twice since.</p>
<p>The homes will stand where the ferry sheds stood until the new terminal opened on the north shore in the spring of last year.</p>
<p>A third of them are to be let below the market rent, a share the opposition had asked to raise to one half without success.</p>
<h2 class="sidebar-title">What happens next and when the builder starts</h2>
<p>Work on the first block is to begin in March, and the builder expects the last residents to move in three years later.</p>
<p>Neighbours who objected to the height of the towers said they would ask the island's court to review the decision.</p>`
	page := func(lead string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour homes approved - Island Post</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour homes approved</h1>
<div class="teaser">` + lead + `</div>
<div class="post-body">` + story + `</div></article></main>
<footer><p>Island Post, 4 Quay Street. All rights reserved.</p></footer></body></html>`
	}
	body := []string{
		"Councillors voted nine to four for the plan, which the island's largest builder put forward two years ago and changed twice since.",
		"The homes will stand where the ferry sheds stood until the new terminal opened on the north shore in the spring of last year.",
		"A third of them are to be let below the market rent, a share the opposition had asked to raise to one half without success.",
		"What happens next and when the builder starts",
		"Work on the first block is to begin in March, and the builder expects the last residents to move in three years later.",
		"Neighbours who objected to the height of the towers said they would ask the island's court to review the decision.",
	}
	const lead = "The council approved 420 homes on the old harbour site on Tuesday night, after a meeting that ran past midnight."
	for _, tc := range []struct {
		name, lead string
		want       []string
	}{
		{"a lead in the teaser block", lead, append([]string{lead}, body...)},
		{"a label in the teaser block", "Island news", body},
	} {
		pg, err := Article(summarize.Article{ID: "a1", HTML: page(tc.lead)})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, pg.Texts()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
		for _, p := range pg.Paragraphs {
			if s, e := p.Span(0, len(p.Text)); squash(pg.Text[s:e]) != squash(p.Text) {
				t.Errorf("%s: paragraph %q spans %q", tc.name, p.Text, pg.Text[s:e])
			}
		}
	}
}
