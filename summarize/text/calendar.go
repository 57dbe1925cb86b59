package text

import (
	"strings"
	"time"
)

// The calendar words: the one table of month and weekday names, the
// abbreviations texts write for them and the days named by their distance
// from today. Every stage that reads or writes a calendar word asks here; a
// stage that needs a regular expression builds it from these lists.

// month is one month's words, lower case.
type month struct {
	name    string   // "september"
	abbrevs []string // the abbreviations a text writes, without a period: "sep", "sept"
	short   string   // how an engine writes it after a relative time, newsroom style: "Sept"
}

// months are indexed by time.Month - 1.
var months = [12]month{
	{"january", []string{"jan"}, "Jan"},
	{"february", []string{"feb"}, "Feb"},
	{"march", []string{"mar"}, "Mar"},
	{"april", []string{"apr"}, "Apr"},
	{"may", nil, "May"},
	{"june", []string{"jun"}, "June"},
	{"july", []string{"jul"}, "July"},
	{"august", []string{"aug"}, "Aug"},
	{"september", []string{"sep", "sept"}, "Sept"},
	{"october", []string{"oct"}, "Oct"},
	{"november", []string{"nov"}, "Nov"},
	{"december", []string{"dec"}, "Dec"},
}

// weekdays are indexed by time.Weekday.
var weekdays = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// relativeDays are the days named by their distance from today, in days.
var relativeDays = []struct {
	word   string
	offset int
}{{"today", 0}, {"tonight", 0}, {"yesterday", -1}, {"tomorrow", 1}}

// monthWords maps every full name and abbreviation to its month.
var monthWords = func() map[string]time.Month {
	m := map[string]time.Month{}
	for i, mo := range months {
		m[mo.name] = time.Month(i + 1)
		for _, a := range mo.abbrevs {
			m[a] = time.Month(i + 1)
		}
	}
	return m
}()

// IsWeekday reports whether w, lower case, is the name of a day of the week.
func IsWeekday(w string) bool {
	_, ok := WeekdayOf(w)
	return ok
}

// WeekdayOf returns the day of the week w, lower case, names ("tuesday").
func WeekdayOf(w string) (time.Weekday, bool) {
	for d, name := range weekdays {
		if w == name {
			return time.Weekday(d), true
		}
	}
	return 0, false
}

// WeekdayNames are the names of the days of the week, lower case, Sunday first
// (as time.Weekday counts them).
func WeekdayNames() []string { return append([]string(nil), weekdays[:]...) }

// IsMonth reports whether w, lower case, is the full name of a month.
func IsMonth(w string) bool {
	m, ok := monthWords[w]
	return ok && months[m-1].name == w
}

// MonthOf returns the month w, lower case and without a final period, names in
// full ("september") or abbreviated ("sep", "sept").
func MonthOf(w string) (time.Month, bool) {
	m, ok := monthWords[w]
	return m, ok
}

// MonthOfPrefix returns the month w, lower case and without a final period,
// names in full or by its first three or four letters ("oct", "sept", "octo"):
// the looser reading of a text that abbreviates however it likes.
func MonthOfPrefix(w string) (time.Month, bool) {
	for i, mo := range months {
		if w == mo.name || len(w) >= 3 && len(w) <= 4 && strings.HasPrefix(mo.name, w) {
			return time.Month(i + 1), true
		}
	}
	return 0, false
}

// MonthName returns the full name of m, lower case ("september").
func MonthName(m time.Month) string { return months[m-1].name }

// MonthShort returns m as an engine writes it after a relative time ("Sept",
// "June", "Oct"); see ShortMonths.
func MonthShort(m time.Month) string { return months[m-1].short }

// ShortMonths are the MonthShort of every month, January first.
func ShortMonths() []string {
	out := make([]string, len(months))
	for i, mo := range months {
		out[i] = mo.short
	}
	return out
}

// IsRelativeDay reports whether w, lower case, names a day by its distance from
// today ("yesterday", "tonight").
func IsRelativeDay(w string) bool {
	_, ok := RelativeDay(w)
	return ok
}

// RelativeDay returns how many days from today w, lower case, names: 0 for
// "today" and "tonight", -1 for "yesterday", 1 for "tomorrow".
func RelativeDay(w string) (offset int, ok bool) {
	for _, r := range relativeDays {
		if w == r.word {
			return r.offset, true
		}
	}
	return 0, false
}

// RelativeDayNames are the words RelativeDay knows.
func RelativeDayNames() []string {
	out := make([]string, len(relativeDays))
	for i, r := range relativeDays {
		out[i] = r.word
	}
	return out
}
