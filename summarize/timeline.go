package summarize

import "time"

// TimelineEntry is one dated event of a briefing's story (Briefing.Timeline).
type TimelineEntry struct {
	// Date is the day of the event (midnight UTC): the day a relative time in
	// the passage names ("on Tuesday"), seen from its article's published time,
	// or the day its article was published when the passage is that article's
	// lead.
	Date time.Time
	// Text is the passage, with its relative time dated as the extractive
	// engine dates it ("on Tuesday [12 Sept]").
	Text string
	// Citations are the ids of the articles that carry it, in request order.
	Citations []string
	// Passages are the passage ids it is taken from.
	Passages []string
}
