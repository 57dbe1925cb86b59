package lexicon

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMeet: meet says whether two sorted sets share an element, whether it
// walks both or looks the shorter one up in the longer.
func TestMeet(t *testing.T) {
	long := make([]uint32, 0, 40)
	for i := range uint32(40) {
		long = append(long, 10+3*i) // 10, 13, … 127
	}
	for _, tt := range []struct {
		name string
		a, b []uint32
		want bool
	}{
		{"empty", nil, []uint32{1}, false},
		{"both empty", nil, nil, false},
		{"same", []uint32{4}, []uint32{4}, true},
		{"disjoint, interleaved", []uint32{1, 3, 5}, []uint32{2, 4, 6}, false},
		{"last of one is first of other", []uint32{1, 3, 5}, []uint32{5, 7}, true},
		{"one before the other", []uint32{1, 2}, []uint32{3, 4}, false},
		{"short in long, found", []uint32{2, 55}, long, true},
		{"short in long, found at the end", []uint32{127}, long, true},
		{"short in long, found at the start", []uint32{10}, long, true},
		{"short in long, between its elements", []uint32{11, 12, 14, 126}, long, false},
		{"short in long, past its end", []uint32{11, 200}, long, false},
		{"long in short order", long, []uint32{9, 100}, true},
	} {
		if got := meet(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: meet(%v, %v) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
	// and as the plain intersection on random sets of all proportions
	rng := rand.New(rand.NewPCG(1, 2))
	set := func(n int, max uint32) []uint32 {
		s := make([]uint32, n)
		for i := range s {
			s[i] = rng.Uint32N(max)
		}
		slices.Sort(s)
		return slices.Compact(s)
	}
	for range 20000 {
		max := uint32(1 + rng.IntN(400))
		a, b := set(rng.IntN(6), max), set(rng.IntN(120), max)
		want := false
		for _, x := range a {
			want = want || slices.Contains(b, x)
		}
		if meet(a, b) != want || meet(b, a) != want {
			t.Fatalf("meet(%v, %v) = %v, want %v", a, b, meet(a, b), want)
		}
	}
}
