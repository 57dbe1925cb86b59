package api

import (
	"strings"
	"testing"
)

func TestRespondAsync(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"respond-async", true},
		{"Respond-Async", true},
		{"wait=10, respond-async", true},
		{"respond-async; foo=bar", true},
		{" respond-async ,return=minimal", true},
		{"respond-async=1", true}, // a value the preference does not take, ignored
		{"return=minimal", false},
		{"respond-asynchronously", false},
		{"wait=respond-async", false},
		{"", false},
	}
	for _, tt := range tests {
		h := tt.header
		if got := respondAsync(&h); got != tt.want {
			t.Errorf("respondAsync(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
	if respondAsync(nil) {
		t.Error("respondAsync(nil) = true")
	}
}

// FuzzPreferHeader: any Prefer header is read without a panic; it asks for
// respond-async only when it names it, case aside, and always once an element
// "respond-async" is added to it.
func FuzzPreferHeader(f *testing.F) {
	for _, s := range []string{"respond-async", "wait=5, respond-async", "return=minimal", "respond-async;x=\"a,b\"", ",,;=", "RESPOND-ASYNC"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := respondAsync(&s)
		// Folded as EqualFold folds (the Kelvin sign is k, the long s is s).
		if got && !strings.Contains(strings.ToLower(strings.ToUpper(s)), "respond-async") {
			t.Fatalf("respondAsync(%q) = true, but it does not name respond-async", s)
		}
		more := s + ", respond-async"
		if !respondAsync(&more) {
			t.Fatalf("respondAsync(%q) = false", more)
		}
	})
}
