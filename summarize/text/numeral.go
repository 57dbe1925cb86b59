package text

import (
	"strconv"
	"strings"
)

// NumeralParts splits a numeral written with commas and points into its whole and
// fractional digits: a last group of exactly three digits groups thousands when no
// point is used ("1,200", "12,000,000") or when points repeat ("1.200.000"); else
// the last mark is the decimal mark ("2.5", "3,75", "12.50"). ok is false when s
// has no digits between its marks.
func NumeralParts(s string) (whole, frac string, ok bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' })
	if len(parts) == 0 {
		return "", "", false
	}
	last := parts[len(parts)-1]
	switch {
	case len(parts) == 1:
		return parts[0], "", true
	case len(last) == 3 && !strings.Contains(s, "."):
		return strings.Join(parts, ""), "", true
	case len(last) == 3 && strings.Count(s, ".") > 1:
		return strings.Join(parts, ""), "", true
	}
	return strings.Join(parts[:len(parts)-1], ""), last, true
}

// ParseNumeral reads a numeral by NumeralParts: "6,000" is 6000, "1.5" 1.5,
// "1.200.000" 1200000, "12,5" 12.5. ok is false when s is not one.
func ParseNumeral(s string) (float64, bool) {
	whole, frac, ok := NumeralParts(s)
	if !ok {
		return 0, false
	}
	if frac != "" {
		whole += "." + frac
	}
	f, err := strconv.ParseFloat(whole, 64)
	return f, err == nil
}
