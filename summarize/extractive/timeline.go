package extractive

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/text"
)

// MaxTimeline is the most entries of a timeline.
const MaxTimeline = 12

// Timeline returns the dated events of the input's passages, oldest first:
// each passage whose relative time ("on Tuesday", "yesterday", "last night")
// its article's published time dates, on that day; and each article's lead
// (its first passage) on the day the article was published. A passage is one
// entry (a relative time wins over its article's day), and one text on one
// day is one entry. When more than MaxTimeline are found, those carried by
// the most articles are kept (then the oldest). Citations are the passage's
// sources. Articles without a published time date nothing.
func Timeline(in *summarize.Input) []summarize.TimelineEntry {
	pub := make(map[string]*time.Time, len(in.Articles))
	for _, a := range in.Articles {
		pub[a.ID] = a.PublishedAt
	}
	type found struct {
		e     summarize.TimelineEntry
		order int
		words map[string]bool
	}
	var out []found
	seen := map[string]bool{}
	for i, p := range in.Passages {
		t := pub[p.Article]
		if t == nil || strings.TrimSpace(p.Text) == "" {
			continue
		}
		date, ok := firstDate(p.Text, *t)
		text := p.Text
		if ok {
			text = anchorTimes(p.Text, t)
		} else if p.Sentence == 0 {
			date, ok = *t, true
		}
		if !ok {
			continue
		}
		day := time.Date(date.Year(), date.Month(), date.Day(), 0, 0, 0, 0, time.UTC)
		key := day.Format(time.DateOnly) + "\x00" + strings.ToLower(strings.Join(strings.Fields(p.Text), " "))
		if seen[key] {
			continue
		}
		seen[key] = true
		words := contentWords(p.Text)
		// The same event on the same day told by another outlet ("Kim boarded his
		// train on Sunday") is one entry citing both.
		if j := slices.IndexFunc(out, func(f found) bool { return f.e.Date.Equal(day) && overlap(f.words, words) >= sameEvent }); j >= 0 {
			e := &out[j].e
			for _, c := range p.Sources {
				if !slices.Contains(e.Citations, c) {
					e.Citations = append(e.Citations, c)
				}
			}
			e.Passages = append(e.Passages, p.ID)
			continue
		}
		out = append(out, found{summarize.TimelineEntry{Date: day, Text: text, Citations: slices.Clone(p.Sources), Passages: []string{p.ID}}, i, words})
	}
	if len(out) > MaxTimeline {
		slices.SortStableFunc(out, func(a, b found) int {
			if c := cmp.Compare(len(b.e.Citations), len(a.e.Citations)); c != 0 {
				return c
			}
			return a.e.Date.Compare(b.e.Date)
		})
		out = out[:MaxTimeline]
	}
	slices.SortStableFunc(out, func(a, b found) int {
		if c := a.e.Date.Compare(b.e.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	entries := make([]summarize.TimelineEntry, len(out))
	for i, f := range out {
		entries[i] = f.e
	}
	return entries
}

// firstDate is the day the first relative time of s names, seen from pub, by
// the rules of anchorTimes; a week ("last week") dates nothing.
func firstDate(s string, pub time.Time) (time.Time, bool) {
	future := reFuture.MatchString(s)
	for _, l := range reRelTime.FindAllStringIndex(s, -1) {
		phrase := strings.ToLower(s[l[0]:l[1]])
		rest := s[l[1]:]
		if datedAlready(rest) || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		if !future && boundedWeekday(s[:l[0]], phrase, pub.Weekday()) {
			continue
		}
		date, week, ok := resolve(phrase, pub, future)
		if ok && !week {
			return date, true
		}
	}
	return time.Time{}, false
}

// sameEvent is the least overlap of content words (overlap) at which two
// passages of one day tell one event.
const sameEvent = 0.4

// contentWords are the words of s that say what happened: lower case, four
// letters or more, not topic stopwords.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range text.Rouge(s, true) {
		if len(w) >= 4 && !text.TopicWords.Has(w) {
			out[w] = true
		}
	}
	return out
}

// overlap is |a∩b| / min(|a|, |b|): a short report inside a long one overlaps fully.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
