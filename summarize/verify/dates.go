package verify

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// date is a date a claim names.
type date struct {
	key  key // a day (keyDay "1-13") or a weekday (keyWeekday "monday")
	text string
	toks []int // the tokens it takes, which are no figure or word of their own
}

// explicitDates calls f with each explicit date of toks ("13 January", "Jan.
// 13, 2026"), as the text toolkit reads them (text.Dates), and the tokens it
// takes.
func explicitDates(l *text.Lang, toks []token, f func(month, day, year int, at []int)) {
	for _, d := range l.Dates(toks) {
		at := make([]int, 0, d.End-d.At)
		for k := d.At; k < d.End; k++ {
			at = append(at, k)
		}
		f(int(d.Month), d.Day, d.Year, at)
	}
}

// claimDates are a claim's dates and weekdays, each one item.
func claimDates(l *text.Lang, toks []token) []date {
	var out []date
	taken := make([]bool, len(toks))
	explicitDates(l, toks, func(m, d, _ int, at []int) {
		var text []string
		for _, k := range at {
			text = append(text, toks[k].Raw)
		}
		out = append(out, date{key: dayKey(m, d), text: strings.Join(text, " "), toks: at})
		taken[at[0]], taken[at[1]] = true, true
	})
	for i, t := range toks {
		if isWeekdayIn(l, t.Low) && t.Cap {
			out = append(out, date{key: key{keyWeekday, t.Low}, text: t.Raw, toks: []int{i}})
		}
	}
	// A month with its year ("September 2005"), a month alone ("in March"), a
	// year alone ("in 2007").
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if taken[i] {
			continue
		}
		if m, ok := claimMonth(l, toks, i); ok {
			if i+1 < len(toks) && isYear(toks[i+1]) && !taken[i+1] {
				out = append(out, date{key: monthYearKey(m, atoi(toks[i+1].Low)), text: t.Raw + " " + toks[i+1].Raw, toks: []int{i, i + 1}})
				taken[i+1] = true
				i++
				continue
			}
			out = append(out, date{key: key{keyMonth, strconv.Itoa(m)}, text: t.Raw, toks: []int{i}})
			continue
		}
		// A year before a number word is a figure ("2026 million"), not
		// across a comma ("In 2007, five men were found guilty").
		if isYear(t) && !(i+1 < len(toks) && isFigureWord(toks[i+1].Low) && !t.Brk) {
			out = append(out, date{key: key{keyYear, t.Low}, text: t.Raw, toks: []int{i}})
		}
	}
	return out
}

// claimMonth reads toks[i] as a month: a month's name, capitalized, not opening
// the sentence unless a day or year follows ("May" is mostly a verb there).
func claimMonth(l *text.Lang, toks []token, i int) (int, bool) {
	t := toks[i]
	mo, ok := l.MonthOf(t.Low)
	if !ok || !t.Cap || len(t.Low) < 3 {
		return 0, false
	}
	if t.Start && !(i+1 < len(toks) && toks[i+1].Num) {
		return 0, false
	}
	return int(mo), true
}

// isYear says whether t is a year: four digits from 1800 to 2100, no separator.
func isYear(t token) bool {
	if !t.Num || len(t.Low) != 4 || strings.ContainsAny(t.Low, ",.") {
		return false
	}
	y := atoi(t.Low)
	return y >= 1800 && y <= 2100
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// monthYearKey is the key of a month of a year.
func monthYearKey(m, y int) key { return key{keyMonthYear, strconv.Itoa(m) + "-" + strconv.Itoa(y)} }

// periodKeys are the months and years a passage names or, through its article's
// published_at, implies: every year it writes ("2007"), every month with the year
// it writes or the year of publication ("in March", "March 2006"); and, when it
// names no year of its own, its article's year and month ("this month" in an
// article of 1998-10-16 carries "October 1998"), shifted by "last year", "next
// month", "three years ago".
func periodKeys(l *text.Lang, toks []token, pub *time.Time) []key {
	var out []key
	hasYear := false
	for i, t := range toks {
		if isYear(t) {
			hasYear = true
			out = append(out, key{keyYear, t.Low})
			continue
		}
		mo, ok := l.MonthOf(t.Low)
		if !ok || !t.Cap || len(t.Low) < 3 {
			continue
		}
		m := int(mo)
		out = append(out, key{keyMonth, strconv.Itoa(m)})
		switch {
		case i+1 < len(toks) && isYear(toks[i+1]):
			out = append(out, monthYearKey(m, atoi(toks[i+1].Low)))
		case i+2 < len(toks) && toks[i+1].Num && isYear(toks[i+2]):
			out = append(out, monthYearKey(m, atoi(toks[i+2].Low)))
		case pub != nil:
			y := pub.Year()
			if m > int(pub.Month()) {
				out = append(out, monthYearKey(m, y-1)) // "in December", written in January
			}
			out = append(out, monthYearKey(m, y))
		}
	}
	if pub == nil || hasYear {
		return out
	}
	at := time.Date(pub.Year(), pub.Month(), 15, 12, 0, 0, 0, time.UTC)
	period := func(t time.Time) {
		out = append(out, key{keyYear, strconv.Itoa(t.Year())}, monthYearKey(int(t.Month()), t.Year()), key{keyMonth, strconv.Itoa(int(t.Month()))})
	}
	period(at)
	for i := 0; i+1 < len(toks); i++ {
		w, next := toks[i].Low, toks[i+1].Low
		shift := 0
		switch w {
		case "last", "previous", "past":
			shift = -1
		case "next", "coming":
			shift = 1
		}
		switch {
		case shift != 0 && next == "year":
			period(at.AddDate(shift, 0, 0))
		case shift != 0 && next == "month":
			period(at.AddDate(0, shift, 0))
		case (next == "years" || next == "months") && i+2 < len(toks) && toks[i+2].Low == "ago":
			n := 0
			if toks[i].Num {
				n = atoi(w)
			} else if v, ok := numberWordIn(l, w); ok {
				n = v
			}
			if n > 0 && n < 200 {
				if next == "years" {
					period(at.AddDate(-n, 0, 0))
				} else {
					period(at.AddDate(0, -n, 0))
				}
			}
		}
	}
	return out
}

// dateKeys are the days a passage names: its explicit dates (dates, as l.Dates
// reads its tokens: keyDay "1-13" and, with a year, the weekday "w:tuesday"),
// its weekdays ("w:monday", and with published_at the date of the latest such
// day, or of the next one where it looks ahead: text.Lang.WeekdayAhead) and
// its relative days; one that writes none of these and no other time
// (writesPeriod), with published_at, carries its article's day of
// publication. The days it implies (all but the explicit dates) are keyDayOf:
// a claim's date is carried by one only where the passage has a word the
// claim writes around the date (item.dayNear).
func dateKeys(l *text.Lang, toks []token, dates []text.Date, pub *time.Time) []key {
	var out []key
	// day adds a day the passage implies: its key and its weekday's
	day := func(t time.Time) {
		out = append(out, key{keyDayOf, dayKey(int(t.Month()), t.Day()).s}, key{keyWeekday, strings.ToLower(t.Weekday().String())})
	}
	for _, dt := range dates {
		m, d, y := int(dt.Month), dt.Day, dt.Year
		out = append(out, dayKey(m, d))
		if y == 0 && pub != nil {
			y = pub.Year()
		}
		if y != 0 {
			out = append(out, key{keyWeekday, strings.ToLower(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Weekday().String())})
		}
	}
	if pub == nil {
		for _, t := range toks {
			if isWeekdayIn(l, t.Low) {
				out = append(out, key{keyWeekday, t.Low})
			}
		}
		return out
	}
	p := time.Date(pub.Year(), pub.Month(), pub.Day(), 12, 0, 0, 0, time.UTC)
	for i, t := range toks {
		if d, ok := l.WeekdayOf(t.Low); ok {
			wd := int(d)
			out = append(out, key{keyWeekday, t.Low})
			// the latest such day on or before publication, or the next one
			// after it where the passage looks ahead (text.Lang.WeekdayAhead)
			if l.WeekdayAhead(toks, i) {
				fwd := (wd - int(p.Weekday()) + 7) % 7
				if fwd == 0 {
					fwd = 7
				}
				day(p.AddDate(0, 0, fwd))
			} else {
				day(p.AddDate(0, 0, -((int(p.Weekday()) - wd + 7) % 7)))
			}
		}
		if off, ok := l.RelativeDay(t.Low); ok {
			day(p.AddDate(0, 0, off))
		}
	}
	if len(out) == 0 && !writesPeriod(l, toks) {
		// A passage that writes no date of its own, no weekday, no relative
		// day and no other time (a year, a month, "last year", "three years
		// ago") tells of its article's day of publication (news reports the
		// day's events): "the Prime Minister froze all business deals" in an
		// article of 30 March carries "On 30 March"; "the quay was built in
		// 1998" does not.
		day(p)
	}
	return out
}

// writesPeriod says whether toks write a time that is no day: a year, a
// month's name, "ago", or "last", "next", "previous", "past" before "year",
// "month" or "week".
func writesPeriod(l *text.Lang, toks []token) bool {
	for i, t := range toks {
		if isYear(t) || t.Low == "ago" {
			return true
		}
		if _, ok := l.MonthOf(t.Low); ok && t.Cap && len(t.Low) >= 3 {
			return true
		}
		if i+1 < len(toks) {
			switch toks[i+1].Low {
			case "year", "month", "week":
				switch t.Low {
				case "last", "next", "previous", "past":
					return true
				}
			}
		}
	}
	return false
}

// dayKey is the key of a calendar day, month and day of the month.
func dayKey(month, day int) key { return key{keyDay, strconv.Itoa(month) + "-" + strconv.Itoa(day)} }

func isWeekdayIn(l *text.Lang, w string) bool {
	_, ok := l.WeekdayOf(w)
	return ok
}

// numberWordIn is text.NumberWord in English; in another language its number
// words are read by its figures (a lone word).
func numberWordIn(l *text.Lang, w string) (int, bool) {
	if l == text.English {
		return text.NumberWord(w)
	}
	fs := l.Figures([]text.Token{{Raw: w, Low: w}}, text.FigureOptions{Passage: true})
	if len(fs) == 1 && fs[0].Value == float64(int(fs[0].Value)) {
		return int(fs[0].Value), true
	}
	return 0, false
}

// quarterAt reads a quarter of the year at toks[i] in English: "Q3" (lexed as
// "Q" glued to "3"), "3Q", "third quarter", "3rd quarter", "third-quarter". It
// returns the quarter ("1" to "4") and the tokens it takes, or "" and 0.
func quarterAt(toks []token, i int) (string, int) {
	t := toks[i]
	if t.Low == "q" && t.Cap && t.Glued && i+1 < len(toks) && toks[i+1].Num {
		switch q := toks[i+1].Low; q {
		case "1", "2", "3", "4":
			return q, 2
		}
		return "", 0
	}
	if t.Num && t.Glued && i+1 < len(toks) && toks[i+1].Low == "q" && toks[i+1].Cap {
		switch t.Low {
		case "1", "2", "3", "4":
			return t.Low, 2 // "4Q"
		}
		return "", 0
	}
	n := 1
	if t.Num && t.Glued && i+1 < len(toks) && isOrdinalSuffix(toks[i+1].Low) {
		n = 2 // "3rd"
	}
	if i+n >= len(toks) || toks[i+n].Low != "quarter" && toks[i+n].Low != "quarters" {
		return "", 0
	}
	switch t.Low {
	case "first", "1":
		return "1", n + 1
	case "second", "2":
		return "2", n + 1
	case "third", "3":
		return "3", n + 1
	case "fourth", "4":
		return "4", n + 1
	}
	return "", 0
}

// aheadWords put a claim's date ahead of what it says happened: a plan, a
// forecast, a deadline ("will meet on June 8", "by June 8", "expected on
// June 8"). A claim that writes one says nothing of a past event.
var aheadWords = map[string]bool{
	"will": true, "would": true, "shall": true, "could": true, "may": true, "might": true, "should": true,
	"must": true, "plan": true, "plans": true, "planned": true, "planning": true, "expect": true,
	"expects": true, "expected": true, "scheduled": true, "set": true, "due": true, "upcoming": true,
	"next": true, "coming": true, "until": true, "by": true, "before": true, "deadline": true, "ahead": true,
	"tomorrow": true, "later": true, "likely": true, "hope": true, "hopes": true, "opens": true, "closes": true,
	"goes": true, "starts": true, "begins": true, "ends": true,
}

// aheadOf says whether a text writes a word of a plan or a forecast
// (aheadWords) or "to be" ("is to be held", "was to be held").
func aheadOf(toks []token) bool {
	for k, t := range toks {
		if aheadWords[t.Low] || t.Low == "to" && (k+1 < len(toks) && toks[k+1].Low == "be" || k > 0 && isBe(toks[k-1].Low)) {
			return true
		}
	}
	return false
}

// datedSpans calls f for each date of toks that has a year, days first, then
// months: a day (lo and hi that day) or a month of a year (lo its first day,
// moved on by "mid" or "late" before it; hi its last), with the tokens it
// spans. A day without its year is not read: a past claim's "August 8" is
// the last one before its sources.
func (x *Index) datedSpans(toks []token, f func(lo, hi time.Time, from, to int)) {
	explicitDates(x.lang, toks, func(m, d, y int, at []int) {
		if y != 0 {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			f(t, t, at[0], at[len(at)-1]+1)
		}
	})
	for i := 0; i+1 < len(toks); i++ {
		m, ok := claimMonth(x.lang, toks, i)
		if !ok || !isYear(toks[i+1]) {
			continue
		}
		y := atoi(toks[i+1].Low)
		lo, from := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), i
		if i > 0 {
			switch toks[i-1].Low {
			case "mid":
				lo, from = lo.AddDate(0, 0, 10), i-1
			case "late":
				lo, from = lo.AddDate(0, 0, 20), i-1
			}
		}
		f(lo, time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), from, i+2)
	}
}

// datedAfter looks for a date of the claim (a day of a year, or a month of a
// year, narrowed by "early", "mid" or "late" before it) that begins after
// the latest publication of the passages read, in a claim that writes no
// word of a plan or a forecast (aheadWords): the claim tells as done what
// no source could have reported ("On June 8, 2009 Air France flight 447 …
// is reported missing" where every article that tells it was published by
// June 2; "On late December 2007 began the proceedings" where the article
// is of December 7). A day without its year is not read: a past claim's
// "August 8" is the last one before its sources. It returns the claim's date
// and that publication.
func (x *Index) datedAfter(c *claim, read []int32) (claimDate, sourceDate string, ok bool) {
	var latest time.Time
	for _, p := range read {
		if t := x.published[p]; t.After(latest) {
			latest = t
		}
	}
	if latest.IsZero() || !x.english() {
		return "", "", false
	}
	if aheadOf(c.toks) {
		return "", "", false
	}
	past := false
	for _, t := range c.toks {
		past = past || irregular[t.Low] != "" && irregular[t.Low] != t.Low || strings.HasSuffix(t.Low, "ed") && lexicon.CanBeVerb(t.Low)
	}
	if !past {
		return "", "", false // "goes on sale on Oct. 9": the present of a plan
	}
	// The claim's dates that begin after the day after the latest
	// publication, in the order they are read.
	last := time.Date(latest.Year(), latest.Month(), latest.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
	type dated struct {
		lo   time.Time
		text string
	}
	var late []dated
	x.datedSpans(c.toks, func(lo, _ time.Time, from, to int) {
		if lo.After(last) {
			late = append(late, dated{lo, text.SpanText(c.toks, from, to)})
		}
	})
	if len(late) == 0 {
		return "", "", false
	}
	// A date that a passage read tells as done is the sources' own, whatever
	// their publication: a passage supports itself, and a claim's date is
	// after what they report only when it begins after every such date (a
	// month counts to its last day). A passage that puts its dates ahead
	// ("will open in late March") does not say they are past.
	var told time.Time
	for _, p := range read {
		if aheadOf(x.toks[p]) {
			continue
		}
		x.datedSpans(x.toks[p], func(_, hi time.Time, _, _ int) {
			if hi.After(told) {
				told = hi
			}
		})
	}
	for _, d := range late {
		if d.lo.After(told) {
			return d.text, "published by " + latest.Format("2 January 2006"), true
		}
	}
	return "", "", false
}
