package text

import "testing"

func TestDirection(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"rose", 1}, {"jumped", 1}, {"up", 1}, {"higher", 1}, {"increased", 1},
		{"fell", -1}, {"down", -1}, {"declined", -1}, {"lower", -1}, {"decreases", -1},
		{"stood", 0}, {"closed", 0}, {"percent", 0}, {"Rose", 0}, // lower case only
	}
	for _, tt := range tests {
		if got := Direction(tt.word); got != tt.want {
			t.Errorf("Direction(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}
