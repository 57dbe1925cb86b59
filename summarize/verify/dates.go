package verify

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize/text"
)

// date is a date a claim names.
type date struct {
	key  key // a day (keyDay "1-13") or a weekday (keyWeekday "monday")
	text string
	toks []int // the tokens it takes, which are no figure or word of their own
}

// explicitDates finds "13 January", "January 13" and "Jan. 13, 2026" in toks.
func explicitDates(toks []token, f func(month, day, year int, at []int)) {
	for i, t := range toks {
		mo, ok := text.MonthOf(t.low)
		if !ok || !t.cap {
			continue
		}
		m := int(mo)
		if i+1 < len(toks) && toks[i+1].num {
			if d, err := strconv.Atoi(toks[i+1].low); err == nil && d >= 1 && d <= 31 {
				at := []int{i, i + 1}
				y := 0
				if i+2 < len(toks) && toks[i+2].num && len(toks[i+2].low) == 4 {
					y, _ = strconv.Atoi(toks[i+2].low)
					at = append(at, i+2)
				}
				f(m, d, y, at)
				continue
			}
		}
		if i > 0 && toks[i-1].num {
			if d, err := strconv.Atoi(toks[i-1].low); err == nil && d >= 1 && d <= 31 {
				at := []int{i - 1, i}
				y := 0
				if i+1 < len(toks) && toks[i+1].num && len(toks[i+1].low) == 4 {
					y, _ = strconv.Atoi(toks[i+1].low)
					at = append(at, i+1)
				}
				f(m, d, y, at)
			}
		}
	}
}

// claimDates are a claim's dates and weekdays, each one item.
func claimDates(toks []token) []date {
	var out []date
	explicitDates(toks, func(m, d, _ int, at []int) {
		var text []string
		for _, k := range at {
			text = append(text, toks[k].raw)
		}
		out = append(out, date{key: dayKey(m, d), text: strings.Join(text, " "), toks: at[:2]})
	})
	for i, t := range toks {
		if text.IsWeekday(t.low) && t.cap {
			out = append(out, date{key: key{keyWeekday, t.low}, text: t.raw, toks: []int{i}})
		}
	}
	return out
}

// dateKeys are the days a passage names: its explicit dates ("d:1-13" and, with a
// year, the weekday "w:tuesday"), its weekdays ("w:monday", and with published_at
// the dates of the nearest such day before or after it) and its relative days.
func dateKeys(toks []token, pub *time.Time) []key {
	var out []key
	day := func(t time.Time) {
		out = append(out, dayKey(int(t.Month()), t.Day()), key{keyWeekday, strings.ToLower(t.Weekday().String())})
	}
	explicitDates(toks, func(m, d, y int, _ []int) {
		out = append(out, dayKey(m, d))
		if y == 0 && pub != nil {
			y = pub.Year()
		}
		if y != 0 {
			day(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC))
		}
	})
	if pub == nil {
		for _, t := range toks {
			if text.IsWeekday(t.low) {
				out = append(out, key{keyWeekday, t.low})
			}
		}
		return out
	}
	p := time.Date(pub.Year(), pub.Month(), pub.Day(), 12, 0, 0, 0, time.UTC)
	for _, t := range toks {
		if d, ok := text.WeekdayOf(t.low); ok {
			wd := int(d)
			out = append(out, key{keyWeekday, t.low})
			back := (int(p.Weekday()) - wd + 7) % 7
			day(p.AddDate(0, 0, -back))
			if fwd := (wd - int(p.Weekday()) + 7) % 7; fwd != 0 {
				day(p.AddDate(0, 0, fwd))
			}
		}
		if off, ok := text.RelativeDay(t.low); ok {
			day(p.AddDate(0, 0, off))
		}
	}
	return out
}

// dayKey is the key of a calendar day, month and day of the month.
func dayKey(month, day int) key { return key{keyDay, strconv.Itoa(month) + "-" + strconv.Itoa(day)} }
