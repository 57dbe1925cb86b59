package chunk_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/briefing-news/briefing/summarize/chunk"
)

func id(n int) int { return n }

func TestSplit(t *testing.T) {
	tests := []struct {
		name   string
		items  []int
		budget int
		want   [][]int
	}{
		{"empty", nil, 10, nil},
		{"one fits", []int{5}, 10, [][]int{{5}}},
		{"exact fill", []int{4, 6, 10}, 10, [][]int{{4, 6}, {10}}},
		{"greedy in order", []int{3, 3, 3, 3, 3}, 10, [][]int{{3, 3, 3}, {3, 3}}},
		{"no reordering to fill gaps", []int{6, 5, 4}, 10, [][]int{{6}, {5, 4}}},
		{"zero cost items join", []int{10, 0, 0, 1}, 10, [][]int{{10, 0, 0}, {1}}},
		{"each its own", []int{7, 7, 7}, 7, [][]int{{7}, {7}, {7}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := chunk.Split(tt.items, id, tt.budget)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Fatalf("Split(%v, %d)=%v, want %v", tt.items, tt.budget, got, tt.want)
			}
		})
	}
}

func TestSplitErrors(t *testing.T) {
	if _, err := chunk.Split([]int{1, 11, 2}, id, 10); !errors.Is(err, chunk.ErrTooLarge) {
		t.Fatalf("item over budget: err=%v, want ErrTooLarge", err)
	}
	for _, budget := range []int{0, -1} {
		if _, err := chunk.Split([]int{1}, id, budget); err == nil {
			t.Fatalf("budget %d: err=nil, want an error", budget)
		}
		if _, err := chunk.Split([]int{1}, id, budget); errors.Is(err, chunk.ErrTooLarge) {
			t.Fatalf("budget %d: err=%v, want not ErrTooLarge", budget, err)
		}
	}
}

// TestSplitProperties checks, on random inputs, that chunks keep order, rejoin
// into the input, stay within budget, are never empty, and that each chunk but
// the last could not have taken the next item (greedy).
func TestSplitProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		budget := 1 + r.IntN(50)
		items := make([]int, r.IntN(40))
		for i := range items {
			items[i] = r.IntN(budget + 1)
		}
		chunks, err := chunk.Split(items, id, budget)
		if err != nil {
			t.Fatalf("Split(%v, %d): %v", items, budget, err)
		}
		var joined []int
		for i, c := range chunks {
			if len(c) == 0 {
				t.Fatalf("chunk %d empty", i)
			}
			sum := 0
			for _, v := range c {
				sum += v
			}
			if sum > budget {
				t.Fatalf("chunk %v costs %d > budget %d", c, sum, budget)
			}
			if i+1 < len(chunks) && sum+chunks[i+1][0] <= budget {
				t.Fatalf("chunk %v could have taken %d (budget %d)", c, chunks[i+1][0], budget)
			}
			joined = append(joined, c...)
		}
		if !slices.Equal(joined, items) && !(len(joined) == 0 && len(items) == 0) {
			t.Fatalf("chunks %v rejoin to %v, want %v", chunks, joined, items)
		}
	}
}

func TestSplitAppendDoesNotClobber(t *testing.T) {
	items := []int{5, 5, 5}
	chunks, err := chunk.Split(items, id, 5)
	if err != nil {
		t.Fatal(err)
	}
	_ = append(chunks[0], 99)
	if got, want := items[1], 5; got != want {
		t.Fatalf("items[1]=%d after appending to a chunk, want %d", got, want)
	}
}
