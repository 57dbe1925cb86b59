package text

import (
	"strconv"
	"time"
)

// A Date is a day a text names by its month and day ("13 January", "Jan. 13,
// 2026"), as Dates reads it.
type Date struct {
	Month time.Month
	Day   int // 1 to 31
	Year  int // 0 when the text writes none
	// At and End are its tokens, toks[At:End]: the month and the day, and the
	// year when written.
	At, End int
}

// Dates finds the explicit dates of toks (from Lex), as summarize/verify has
// read them: a capitalized month (MonthOf: "January", "Jan", "Sept") with a
// numeral from 1 to 31 after it ("January 13") or before it ("13 January"),
// and a four-digit numeral right after that as the year ("January 13, 2026",
// "13 January 2026"). "13th" is read as 13; "of" may stand between the day
// and the month ("26 of June", "the 13th of June"). Weekdays and relative days
// ("Tuesday", "yesterday") are not dates here: IsWeekday, WeekdayOf and
// RelativeDay read them, and only an article's published_at makes them days.
func Dates(toks []Token) []Date {
	var out []Date
	year := func(k int) int {
		if k < len(toks) && toks[k].Num && len(toks[k].Low) == 4 {
			y, _ := strconv.Atoi(toks[k].Low)
			return y
		}
		return 0
	}
	for i, t := range toks {
		mo, ok := MonthOf(t.Low)
		if !ok || !t.Cap {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Num && (!t.Brk || Abbreviated(toks, i)) {
			// "January 13", "Jan. 13", not "in November, 4 aftershocks"
			if d, err := strconv.Atoi(toks[i+1].Low); err == nil && d >= 1 && d <= 31 {
				dt := Date{Month: mo, Day: d, At: i, End: i + 2}
				if y := year(i + 2); y != 0 {
					dt.Year, dt.End = y, i+3
				}
				out = append(out, dt)
				continue
			}
		}
		at := i - 1
		if i >= 2 && toks[i-1].Low == "of" {
			// "26 of June", "the 26th of June": an ordinal, or the month
			// ending its phrase or followed by its year, not "12 of June's
			// flood victims"
			at = i - 2
			ordinal := at >= 1 && toks[at-1].Num && toks[at-1].Glued && isOrdinalSuffix(toks[at].Low)
			if ordinal {
				at--
			} else if !t.Brk && i+1 < len(toks) && year(i+1) == 0 {
				at = -1
			}
		}
		if at >= 0 && toks[at].Num {
			if d, err := strconv.Atoi(toks[at].Low); err == nil && d >= 1 && d <= 31 {
				dt := Date{Month: mo, Day: d, At: at, End: i + 1}
				if y := year(i + 1); y != 0 {
					dt.Year, dt.End = y, i+2
				}
				out = append(out, dt)
			}
		}
	}
	return out
}
