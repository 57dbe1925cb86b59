package text

import (
	"strings"
	"testing"
	"time"
)

func TestPeriods(t *testing.T) {
	pub := time.Date(1998, 10, 16, 14, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		in   string
		pub  time.Time
		want string // from..to per period, space-separated
	}{
		{"Prospects were dim this month", pub, "1998-10-01..1998-10-31"},
		{"Prospects were dim in October 1998", time.Time{}, "1998-10-01..1998-10-31"},
		{"talks resumed in October", pub, "1998-10-01..1998-10-31"},
		{"talks ended in November", pub, "1998-11-01..1998-11-30 1997-11-01..1997-11-30"},
		{"Indonesia annexed it in 1976", time.Time{}, "1976-01-01..1976-12-31"},
		{"it met on 16 October", pub, "1998-10-16..1998-10-16"},
		{"it met on October 16, 1998", time.Time{}, "1998-10-16..1998-10-16"},
		{"it met yesterday", pub, "1998-10-15..1998-10-15"},
		{"it met on Tuesday", pub, "1998-10-13..1998-10-13 1998-10-20..1998-10-20"},
		{"it met on Friday", pub, "1998-10-16..1998-10-16"},
		{"it met last Friday", pub, "1998-10-16..1998-10-16"},
		{"it meets next Friday", pub, "1998-10-23..1998-10-23"},
		{"it met last week", pub, "1998-10-05..1998-10-11"},
		{"it met earlier this year", pub, "1998-01-01..1998-12-31"},
		{"it met last month", pub, "1998-09-01..1998-09-30"},
		{"it met on Tuesday", time.Time{}, ""},
		{"2000 people may come", pub, ""},
		{"Theresa May said", pub, ""},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Periods(Lex(tt.in), tt.pub) {
			got = append(got, p.From.Format("2006-01-02")+".."+p.To.Format("2006-01-02"))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Periods(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

// A claim's period is carried by a source's that lies within it.
func TestPeriodWithin(t *testing.T) {
	pub := time.Date(1998, 10, 16, 0, 0, 0, 0, time.UTC)
	claim := Periods(Lex("in October 1998"), time.Time{})[0]
	for _, src := range []string{"this month", "on 16 October", "yesterday", "on Tuesday"} {
		p := Periods(Lex(src), pub)[0]
		if !p.Within(claim) {
			t.Errorf("%q (%v..%v) not within October 1998", src, p.From, p.To)
		}
	}
	if year := Periods(Lex("in 1997"), time.Time{})[0]; claim.Within(year) || year.Within(claim) {
		t.Error("October 1998 and 1997 overlap")
	}
	if d := claim.Days(); d != 31 {
		t.Errorf("Days = %d", d)
	}
}
