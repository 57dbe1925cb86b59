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
