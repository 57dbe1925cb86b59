package text

import "testing"

func TestNumeralParts(t *testing.T) {
	tests := []struct{ in, whole, frac string }{
		{"6000", "6000", ""},
		{"6,000", "6000", ""},
		{"12,000,000", "12000000", ""},
		{"1.200.000", "1200000", ""},
		{"2.5", "2", "5"},
		{"12.50", "12", "50"},
		{"3,75", "3", "75"},
		{"1,200.5", "1200", "5"},
	}
	for _, tt := range tests {
		whole, frac, ok := NumeralParts(tt.in)
		if !ok || whole != tt.whole || frac != tt.frac {
			t.Errorf("NumeralParts(%q) = %q, %q, %v; want %q, %q", tt.in, whole, frac, ok, tt.whole, tt.frac)
		}
	}
	if _, _, ok := NumeralParts(",."); ok {
		t.Error("NumeralParts(\",.\") ok, want not")
	}
}

func TestParseNumeral(t *testing.T) {
	for in, want := range map[string]float64{"6000": 6000, "6,000": 6000, "1.200.000": 1200000, "1.5": 1.5, "12,5": 12.5, "3,75": 3.75, "12.50": 12.5} {
		if got, ok := ParseNumeral(in); !ok || got != want {
			t.Errorf("ParseNumeral(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := ParseNumeral(",."); ok {
		t.Errorf("ParseNumeral(\",.\") reads a number")
	}
}
