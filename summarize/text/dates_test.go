package text

import (
	"fmt"
	"testing"
)

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want string // month-day-year@at:end, space-separated
	}{
		{"on 13 January the court met", "1-13-0@1:3"},
		{"on January 13, 2026 it rained", "1-13-2026@1:4"},
		{"on Jan. 13 and 4 Sept 2025", "1-13-0@1:3 9-4-2025@4:7"},
		{"the 13th of May", "5-13-0@1:5"},
		{"from 4 till 26 of June 2007", "6-26-2007@3:7"},
		{"one of May's days", ""},
		{"only 12 of June's flood victims were children", ""},
		{"in November, 4 aftershocks hit", ""},
		{"in November 4 aftershocks hit", "11-4-0@1:3"},
		{"from 4 till 26 of June, while", "6-26-0@3:6"},
		{"on May 13th", "5-13-0@1:3"},
		{"in May 2026", ""},
		{"they may 13 times", ""},
		{"March 32", ""},
	}
	for _, tt := range tests {
		got := ""
		for i, d := range Dates(Lex(tt.in)) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%d-%d-%d@%d:%d", d.Month, d.Day, d.Year, d.At, d.End)
		}
		if got != tt.want {
			t.Errorf("Dates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
