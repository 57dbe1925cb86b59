package extractive

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize/text"
)

// Time anchoring: a point quoted out of its article loses the day its "today"
// meant. When the article has published_at, the engine writes the date after the
// relative time, in brackets: "Later today [12 Sept]", "on Tuesday [9 Sept]",
// "last week [week of 1 Sept]". The evidence keeps the passage as written.

// reRelTime finds the relative times anchored: a day word with what qualifies
// it, a part of today, a weekday (with its "on", "last" or "next", and a
// following part of the day), and last or next week. The day words and
// weekdays are the toolkit's.
var reRelTime = regexp.MustCompile(`(?i)\b(?:` +
	`(?:(?:late|early) )?(?:` + strings.Join(text.RelativeDayNames(), "|") + `)(?: (?:morning|afternoon|evening|night))?` +
	`|this (?:morning|afternoon|evening)|last night` +
	`|(?:(?:on|last|next|this) )?(?:` + strings.Join(text.WeekdayNames(), "|") + `)(?: (?:morning|afternoon|evening|night))?` +
	`|(?:last|next) week` +
	`)\b`)

// reFuture marks a sentence whose bare weekday is ahead of the article's date.
var reFuture = regexp.MustCompile(`(?i)\b(?:will|shall|expects?|expected|forecasts?|is to|are to|is due|are due|is set to|are set to|is expected to|are expected to|plans? to|scheduled|is scheduled|will be)\b`)

// anchorTimes returns s with the date written after each relative time, as seen
// from pub. Weekdays are the most recent such day on or before pub, or the next
// one on or after it when the phrase says "next" or the sentence speaks of the
// future (will, expect, forecast, is to, is due, plans to, scheduled); "last
// Tuesday" is always before. A time already followed by a date or a bracket is
// left alone, and so is all of s when pub is nil. The month is written as
// text.MonthShort writes it, which text.StripTimeAnchors knows.
func anchorTimes(s string, pub *time.Time) string {
	if pub == nil {
		return s
	}
	d := *pub
	future := reFuture.MatchString(s)
	locs := reRelTime.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, l := range locs {
		phrase := strings.ToLower(s[l[0]:l[1]])
		rest := s[l[1]:]
		if datedAlready(rest) || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		if !future && boundedWeekday(s[:l[0]], phrase, d.Weekday()) {
			continue
		}
		date, week, ok := resolve(phrase, d, future)
		if !ok {
			continue
		}
		b.WriteString(s[prev:l[1]])
		if week {
			fmt.Fprintf(&b, " [week of %d %s]", date.Day(), text.MonthShort(date.Month()))
		} else {
			fmt.Fprintf(&b, " [%d %s]", date.Day(), text.MonthShort(date.Month()))
		}
		prev = l[1]
	}
	b.WriteString(s[prev:])
	return b.String()
}

// reBound is a word that makes the weekday after it the end or start of a span
// ("runs through Wednesday", "closed until Friday", "from Monday"), which may
// lie ahead of the article's date or behind it.
var reBound = regexp.MustCompile(`(?i)\b(?:until|till|through|thru|by|starting|before|from)\s+$`)

// boundedWeekday reports whether phrase is a bare weekday (no last, next or
// this) other than the article's own (pubDay), that a span word before it bounds:
// "the forum that runs through Wednesday" in a Tuesday article is tomorrow, "had
// been evacuated by Wednesday" is last week. The sentence's tense does not say
// which, so such a weekday is not dated unless the sentence speaks of the future
// (reFuture): a wrong date is worse than none. The article's own weekday is its
// day either way ("three games before Saturday" in Saturday's report).
func boundedWeekday(before, phrase string, pubDay time.Weekday) bool {
	words := strings.Fields(phrase)
	if len(words) == 0 || words[0] == "last" || words[0] == "next" || words[0] == "this" {
		return false
	}
	wd, ok := text.WeekdayOf(words[len(words)-1])
	if !ok && len(words) >= 2 {
		wd, ok = text.WeekdayOf(words[len(words)-2])
	}
	if !ok || wd == pubDay {
		return false
	}
	return reBound.MatchString(before)
}

// datedAlready reports whether what follows a time word already dates it ("Tuesday,
// Sept. 9", "Monday (12 Sept)", "Friday 3 May"): a month is the first three
// letters of its name, capitalized, and any letters after them.
var reDated = regexp.MustCompile(`^,? ?(?:\(|\[|\d|(?:` + strings.Join(monthStems(), "|") + `)[a-z]*\.? \d)`)

// monthStems are "Jan", "Feb" … "Dec".
func monthStems() []string {
	var out []string
	for m := time.January; m <= time.December; m++ {
		n := text.MonthName(m)
		out = append(out, strings.ToUpper(n[:1])+n[1:3])
	}
	return out
}

func datedAlready(rest string) bool { return reDated.MatchString(rest) }

// resolve is the date a relative time names, seen from pub; week says the date is
// the Monday of the week meant.
func resolve(phrase string, pub time.Time, future bool) (time.Time, bool, bool) {
	day := func(n int) time.Time { return pub.AddDate(0, 0, n) }
	words := strings.Fields(phrase)
	for _, w := range words {
		if off, ok := text.RelativeDay(w); ok {
			return day(off), false, true
		}
		switch w {
		case "this":
			if len(words) == 2 && words[1] != "week" {
				if !text.IsWeekday(words[1]) {
					return day(0), false, true // this morning, afternoon, evening
				}
			}
		case "night":
			if words[0] == "last" {
				return day(-1), false, true
			}
		case "week":
			monday := day(-((int(pub.Weekday()) + 6) % 7))
			if words[0] == "last" {
				return monday.AddDate(0, 0, -7), true, true
			}
			return monday.AddDate(0, 0, 7), true, true
		}
		if wd, ok := text.WeekdayOf(w); ok {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			ahead := (int(wd) - int(pub.Weekday()) + 7) % 7
			switch {
			case words[0] == "last":
				if back == 0 {
					back = 7
				}
				return day(-back), false, true
			case words[0] == "next":
				if ahead == 0 {
					ahead = 7
				}
				return day(ahead), false, true
			case future:
				return day(ahead), false, true
			default:
				return day(-back), false, true
			}
		}
	}
	return time.Time{}, false, false
}
