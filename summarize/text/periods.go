package text

import (
	"strconv"
	"time"
)

// A Period is a stretch of days a text names: a day ("13 January 2026",
// "yesterday", "on Tuesday"), a week ("last week"), a month ("October 1998",
// "this month") or a year ("in 1976", "last year"), resolved against the
// publication time of the article that writes it. A claim's period is carried by
// a source's when the source's lies within it (Within): a claim may say less
// than its source ("in October 1998" for "on 16 October 1998", or for "this
// month" in an article of 1998-10-16), never more ("on Tuesday morning" is no
// period here: the morning is a detail the caller checks as a word).
type Period struct {
	// From and To are its first and last day, at 00:00 UTC.
	From, To time.Time
	// At and End are the tokens that name it: toks[At:End].
	At, End int
}

// Within reports whether p lies inside q: every day of p is a day of q.
func (p Period) Within(q Period) bool { return !p.From.Before(q.From) && !p.To.After(q.To) }

// Days is the number of days of p.
func (p Period) Days() int { return int(p.To.Sub(p.From).Hours()/24+0.5) + 1 }

// yearBefore are the words after which a four-digit numeral is a year ("in
// 1976", "since 2019").
var yearBefore = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "during": true,
	"of": true, "early": true, "late": true, "mid": true, "before": true, "after": true, "through": true,
}

// Periods reads the periods of toks (from Lex). pub is the article's
// publication time; when it is zero only the periods the text dates by itself
// are read (a date or a month with its year, a year). The readings:
//   - a date (Dates): that day, in its year or pub's;
//   - a capitalized month with a year after it ("October 1998"): that month; a
//     month alone ("in October"): that month in pub's year, and, when the month
//     comes after pub's, in the year before too (two Periods);
//   - a four-digit numeral from 1800 to 2100 after "in", "since", "by",
//     "during"…: that year;
//   - "today", "tonight", "yesterday", "tomorrow": that day;
//   - a weekday: the last such day up to pub's and, when that is not pub's day,
//     the next one (two Periods; "last" or "next" before it keeps only one);
//   - "this", "last", "next" (also "earlier this", "later this") with "week",
//     "month" or "year": that week (Monday to Sunday), month or year.
func Periods(toks []Token, pub time.Time) []Period {
	var out []Period
	known := !pub.IsZero()
	var p time.Time
	if known {
		p = time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	}
	taken := make([]bool, len(toks))
	day := func(t time.Time, at, end int) Period { return Period{From: t, To: t, At: at, End: end} }
	month := func(y int, m time.Month, at, end int) Period {
		from := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return Period{From: from, To: from.AddDate(0, 1, -1), At: at, End: end}
	}
	year := func(y, at, end int) Period {
		return Period{From: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), At: at, End: end}
	}
	for _, d := range Dates(toks) {
		y := d.Year
		if y == 0 && known {
			y = p.Year()
		}
		for k := d.At; k < d.End; k++ {
			taken[k] = true
		}
		if y == 0 {
			continue
		}
		t := time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if t.Day() != d.Day {
			continue // "February 30"
		}
		out = append(out, day(t, d.At, d.End))
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if taken[i] {
			continue
		}
		w := t.Low
		prev := ""
		if i > 0 {
			prev = toks[i-1].Low
		}
		// a month, with or without its year
		if m, ok := MonthOf(w); ok && t.Cap && (IsMonth(w) || i+1 < len(toks) && isYearTok(toks[i+1])) {
			if i+1 < len(toks) && isYearTok(toks[i+1]) {
				y, _ := strconv.Atoi(toks[i+1].Low)
				out = append(out, month(y, m, i, i+2))
				taken[i+1] = true
				i++
				continue
			}
			if known && (w != "may" || prev == "in" || prev == "of" || prev == "since" || prev == "early" || prev == "late") {
				out = append(out, month(p.Year(), m, i, i+1))
				if m > p.Month() {
					out = append(out, month(p.Year()-1, m, i, i+1))
				}
			}
			continue
		}
		// a year
		if isYearTok(t) && yearBefore[prev] {
			y, _ := strconv.Atoi(w)
			out = append(out, year(y, i, i+1))
			continue
		}
		if !known || t.Num {
			continue
		}
		if off, ok := RelativeDay(w); ok {
			out = append(out, day(p.AddDate(0, 0, off), i, i+1))
			continue
		}
		if wd, ok := WeekdayOf(w); ok {
			back := (int(p.Weekday()) - int(wd) + 7) % 7
			fwd := (int(wd) - int(p.Weekday()) + 7) % 7
			at := i
			if prev == "last" || prev == "next" {
				at = i - 1
			}
			if prev != "next" {
				out = append(out, day(p.AddDate(0, 0, -back), at, i+1))
			}
			if prev != "last" && (fwd != 0 || prev == "next") {
				if fwd == 0 {
					fwd = 7
				}
				out = append(out, day(p.AddDate(0, 0, fwd), at, i+1))
			}
			continue
		}
		// "this week", "last month", "earlier this year"
		if (w == "this" || w == "last" || w == "next") && i+1 < len(toks) {
			shift := map[string]int{"this": 0, "last": -1, "next": 1}[w]
			at := i
			if prev == "earlier" || prev == "later" {
				at = i - 1
			}
			switch toks[i+1].Low {
			case "week":
				monday := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)+7*shift)
				out = append(out, Period{From: monday, To: monday.AddDate(0, 0, 6), At: at, End: i + 2})
				i++
			case "month":
				m := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, shift, 0)
				out = append(out, month(m.Year(), m.Month(), at, i+2))
				i++
			case "year":
				out = append(out, year(p.Year()+shift, at, i+2))
				i++
			}
		}
	}
	return out
}

// isYearTok: a numeral of four digits from 1800 to 2100, no marks.
func isYearTok(t Token) bool {
	if !t.Num || len(t.Low) != 4 {
		return false
	}
	y, err := strconv.Atoi(t.Low)
	return err == nil && y >= 1800 && y <= 2100
}
