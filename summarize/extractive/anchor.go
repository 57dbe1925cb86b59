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

// In another language than English (anchorTimesIn), the relative times
// anchored are the language's words for days ("hier", "gestern", "ayer",
// "أمس", "aujourd'hui", "avant-hier") and its weekdays, each dated in the
// language (text.Lang.DayMonth: "mardi [12 sept.]", "Dienstag [12. Sept.]",
// "الثلاثاء [12 سبتمبر]"). A weekday is the most recent such day on or before
// the article's date: the language's future tenses are not read, so a
// weekday that a "next", "prochain" or "kommenden" qualifies, or that the
// sentence may place ahead, is only dated when it is the article's own day
// (wrong dates are worse than none): the word before it is checked against
// the language's "next" words (nextWords).

// reDatedAny is what follows a time word that is already dated in any
// language: a bracket or a parenthesis ("Dienstag (12. September)"), or a day
// and a word (datedIn checks that it is a month: "mardi 12 septembre").
var reDatedAny = regexp.MustCompile(`^[\s,]*(?:\(|\[|\d{1,2}\.?\s+(\pL+))`)

// datedIn reports whether rest, what follows a time word, already dates it in
// language l.
func datedIn(rest string, l *text.Lang) bool {
	m := reDatedAny.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	if m[1] == "" {
		return true
	}
	_, ok := l.MonthOf(strings.ToLower(strings.TrimSuffix(m[1], ".")))
	return ok
}

// nextWords are the words that put a weekday ahead of the article's date, by
// language: the weekday is then not dated. Words lower case, apostrophes dropped.
var nextWords = map[string]map[string]bool{
	"fr": {"prochain": true, "prochaine": true},
	"de": {"kommenden": true, "kommender": true, "nächsten": true, "nächster": true, "am kommenden": true},
	"es": {"próximo": true, "proximo": true, "que viene": true},
	"it": {"prossimo": true, "prossima": true},
	"pt": {"próximo": true, "proximo": true, "próxima": true},
	"nl": {"volgende": true, "aanstaande": true, "komende": true},
	"cs": {"příští": true, "nadcházející": true},
	"pl": {"przyszły": true, "przyszłą": true, "najbliższy": true, "najbliższą": true},
	"el": {"επόμενη": true, "ερχόμενη": true},
	"ar": {"المقبل": true, "القادم": true},
	"he": {"הבא": true},
	"ru": {"следующий": true, "следующую": true, "следующее": true, "будущий": true},
	"uk": {"наступний": true, "наступну": true, "наступного": true},
}

// anchorTimesIn is anchorTimes in language l: nil (English, or a language
// without rules) is anchorTimes itself.
func anchorTimesIn(s string, pub *time.Time, l *text.Lang) string {
	if l == nil || l == text.English || l.Generic() {
		return anchorTimes(s, pub)
	}
	if pub == nil {
		return s
	}
	type word struct{ start, end int }
	var words []word
	for start, end := range text.Runs(s) {
		words = append(words, word{start, end})
	}
	next := nextWords[l.Tag()]
	var b strings.Builder
	prev := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		low := strings.ToLower(s[w.start:w.end])
		end := w.end
		// Words joined by an apostrophe or a hyphen are one ("aujourd'hui",
		// "avant-hier", "après-demain"): the joined form is read first.
		if i+1 < len(words) {
			gap := s[w.end:words[i+1].start]
			if gap == "'" || gap == "’" || gap == "-" {
				joined := low + strings.ToLower(s[words[i+1].start:words[i+1].end])
				if _, ok := l.RelativeDay(joined); ok {
					low, end = joined, words[i+1].end
					i++
				}
			}
		}
		var date time.Time
		if off, ok := l.RelativeDay(low); ok {
			date = pub.AddDate(0, 0, off)
		} else if wd, ok := l.WeekdayOf(low); ok {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			ahead := i+1 < len(words) && next[strings.ToLower(s[words[i+1].start:words[i+1].end])] ||
				i > 0 && next[strings.ToLower(s[words[i-1].start:words[i-1].end])]
			if ahead && back != 0 {
				continue
			}
			date = pub.AddDate(0, 0, -back)
		} else {
			continue
		}
		if datedIn(s[end:], l) {
			continue
		}
		b.WriteString(s[prev:end])
		b.WriteString(" [" + l.DayMonth(date.Day(), date.Month()) + "]")
		prev = end
	}
	if prev == 0 {
		return s
	}
	b.WriteString(s[prev:])
	out := b.String()
	if StripAnchors(out) != s {
		// The support checker reads a point without its anchors (the
		// pipeline takes them out with StripAnchors): an anchor that cannot
		// be taken out would be read as a date the passage does not give.
		return s
	}
	return out
}

// reAnyAnchor is a bracket after a word that may be an anchor in any language:
// a day and a month, at most 24 bytes ("[12 sept.]", "[12. Sept.]", "[11
// سبتمبر]"); StripAnchors checks the month.
var reAnyAnchor = regexp.MustCompile(` \[([^\[\]\n]{1,24})\]`)

// StripAnchors removes the dates the engine wrote after relative times, in
// English (text.StripTimeAnchors) and in every language of the toolkit
// (anchorTimesIn): a bracket holding a day and a month as text.Lang.DayMonth
// writes it. The support checker reads a point without them.
func StripAnchors(s string) string {
	s = text.StripTimeAnchors(s)
	if !strings.Contains(s, " [") {
		return s
	}
	return reAnyAnchor.ReplaceAllStringFunc(s, func(m string) string {
		if isDayMonth(m[2 : len(m)-1]) {
			return ""
		}
		return m
	})
}

// isDayMonth reports whether s is a day and a month as some language of the
// toolkit writes them in an anchor.
func isDayMonth(s string) bool {
	for _, tag := range text.Languages() {
		l := text.For(tag)
		for m := time.January; m <= time.December; m++ {
			for _, d := range []int{1, 12} {
				if shape(s) == shape(l.DayMonth(d, m)) && strings.Contains(s, l.MonthShort(m)) {
					return true
				}
			}
		}
	}
	return false
}

// shape is s with its digits taken out: "12 sept." and "1 sept." are one shape.
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, s)
}
