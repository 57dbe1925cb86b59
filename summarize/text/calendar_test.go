package text

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestMonthOf(t *testing.T) {
	tests := []struct {
		w      string
		want   time.Month
		ok     bool
		prefix time.Month // MonthOfPrefix's answer, 0 for none
		full   bool       // IsMonth
	}{
		{"january", time.January, true, time.January, true},
		{"jan", time.January, true, time.January, false},
		{"janu", 0, false, time.January, false},
		{"march", time.March, true, time.March, true},
		{"mar", time.March, true, time.March, false},
		{"marc", 0, false, time.March, false}, // the looser reading takes any 3-4 letter start
		{"may", time.May, true, time.May, true},
		{"june", time.June, true, time.June, true},
		{"jun", time.June, true, time.June, false},
		{"july", time.July, true, time.July, true},
		{"sep", time.September, true, time.September, false},
		{"sept", time.September, true, time.September, false},
		{"septe", 0, false, 0, false}, // five letters: neither name nor abbreviation
		{"september", time.September, true, time.September, true},
		{"octo", 0, false, time.October, false},
		{"dec", time.December, true, time.December, false},
		{"ma", 0, false, 0, false},
		{"mays", 0, false, 0, false},
		{"Sept", 0, false, 0, false}, // lower case only
		{"monday", 0, false, 0, false},
		{"", 0, false, 0, false},
	}
	for _, tt := range tests {
		if got, ok := MonthOf(tt.w); got != tt.want || ok != tt.ok {
			t.Errorf("MonthOf(%q)=%v,%v, want %v,%v", tt.w, got, ok, tt.want, tt.ok)
		}
		if got, ok := MonthOfPrefix(tt.w); got != tt.prefix || ok != (tt.prefix != 0) {
			t.Errorf("MonthOfPrefix(%q)=%v,%v, want %v", tt.w, got, ok, tt.prefix)
		}
		if got := IsMonth(tt.w); got != tt.full {
			t.Errorf("IsMonth(%q)=%v, want %v", tt.w, got, tt.full)
		}
	}
}

func TestMonthNames(t *testing.T) {
	wantShort := []string{"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"}
	if got := ShortMonths(); !reflect.DeepEqual(got, wantShort) {
		t.Errorf("ShortMonths()=%q, want %q", got, wantShort)
	}
	for m := time.January; m <= time.December; m++ {
		if got, want := MonthName(m), strings.ToLower(m.String()); got != want {
			t.Errorf("MonthName(%v)=%q, want %q", m, got, want)
		}
		if got := MonthShort(m); got != wantShort[m-1] {
			t.Errorf("MonthShort(%v)=%q, want %q", m, got, wantShort[m-1])
		}
		if got, ok := MonthOf(MonthName(m)); got != m || !ok {
			t.Errorf("MonthOf(MonthName(%v))=%v,%v", m, got, ok)
		}
	}
}

func TestWeekdayOf(t *testing.T) {
	tests := []struct {
		w    string
		want time.Weekday
		ok   bool
	}{
		{"sunday", time.Sunday, true},
		{"monday", time.Monday, true},
		{"tuesday", time.Tuesday, true},
		{"wednesday", time.Wednesday, true},
		{"thursday", time.Thursday, true},
		{"friday", time.Friday, true},
		{"saturday", time.Saturday, true},
		{"Monday", 0, false},
		{"mon", 0, false},
		{"today", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		if got, ok := WeekdayOf(tt.w); got != tt.want || ok != tt.ok {
			t.Errorf("WeekdayOf(%q)=%v,%v, want %v,%v", tt.w, got, ok, tt.want, tt.ok)
		}
		if got := IsWeekday(tt.w); got != tt.ok {
			t.Errorf("IsWeekday(%q)=%v, want %v", tt.w, got, tt.ok)
		}
	}
	names := WeekdayNames()
	for d := time.Sunday; d <= time.Saturday; d++ {
		if want := strings.ToLower(d.String()); names[d] != want {
			t.Errorf("WeekdayNames()[%d]=%q, want %q", d, names[d], want)
		}
	}
	names[0] = "changed"
	if WeekdayNames()[0] != "sunday" {
		t.Error("WeekdayNames hands out the table itself")
	}
}

func TestRelativeDay(t *testing.T) {
	tests := []struct {
		w    string
		want int
		ok   bool
	}{
		{"today", 0, true},
		{"tonight", 0, true},
		{"yesterday", -1, true},
		{"tomorrow", 1, true},
		{"tomorrow's", 0, false},
		{"monday", 0, false},
		{"Today", 0, false},
	}
	for _, tt := range tests {
		if got, ok := RelativeDay(tt.w); got != tt.want || ok != tt.ok {
			t.Errorf("RelativeDay(%q)=%d,%v, want %d,%v", tt.w, got, ok, tt.want, tt.ok)
		}
		if got := IsRelativeDay(tt.w); got != tt.ok {
			t.Errorf("IsRelativeDay(%q)=%v, want %v", tt.w, got, tt.ok)
		}
	}
	if got, want := RelativeDayNames(), []string{"today", "tonight", "yesterday", "tomorrow"}; !reflect.DeepEqual(got, want) {
		t.Errorf("RelativeDayNames()=%q, want %q", got, want)
	}
}

func TestMonthAbbreviations(t *testing.T) {
	tests := []struct {
		w    string
		want Abbrev
	}{
		{"jan", Ambiguous},
		{"sep", Ambiguous},
		{"sept", Ambiguous},
		{"dec", Ambiguous},
		{"may", NotAbbrev},
		{"june", NotAbbrev},
		{"january", NotAbbrev},
	}
	for _, tt := range tests {
		if got := Abbreviation(tt.w); got != tt.want {
			t.Errorf("Abbreviation(%q)=%d, want %d", tt.w, got, tt.want)
		}
	}
}

func TestStripTimeAnchors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"It opens today [12 Sept].", "It opens today."},
		{"The vote was last week [week of 1 June] in the capital.", "The vote was last week in the capital."},
		{"on Tuesday [9 Dec 2025] and", "on Tuesday and"},
		{"on Tuesday [9 Sep] and", "on Tuesday [9 Sep] and"},             // not as an engine writes it
		{"on Tuesday [9 September] and", "on Tuesday [9 September] and"}, // nor this
		{"no anchor here", "no anchor here"},
	}
	for _, tt := range tests {
		if got := StripTimeAnchors(tt.in); got != tt.want {
			t.Errorf("StripTimeAnchors(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
	for m := time.January; m <= time.December; m++ {
		in := "today [3 " + MonthShort(m) + "]"
		if got := StripTimeAnchors(in); got != "today" {
			t.Errorf("StripTimeAnchors(%q)=%q, want the anchor gone", in, got)
		}
	}
}
