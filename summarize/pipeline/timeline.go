package pipeline

import (
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/verify"
)

// timeline is the briefing's timeline: extractive.Timeline over the passages
// the briefing was written from, each entry checked against the passage it
// quotes (verify's support checker, as points are). An entry whose dated text
// the checker does not find supported is given as its passage wrote it, and
// left out if even that is not.
func timeline(in *summarize.Input) []summarize.TimelineEntry {
	entries := extractive.Timeline(in)
	if len(entries) == 0 {
		return nil
	}
	idx := verify.NewIndex(in.Passages, in.Articles)
	out := entries[:0]
	for _, e := range entries {
		if !idx.Check(e.Text, e.Passages).Supported() {
			e.Text = text.StripTimeAnchors(e.Text)
			if !idx.Check(e.Text, e.Passages).Supported() {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
