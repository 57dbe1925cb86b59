package extractive

import "testing"

// TestPointCostScalesWords: a point's cost is its scaled share of the words
// plus its share of the point cap, so a long sentence costs more than its
// words' share, the more so the smaller the budget.
func TestPointCostScalesWords(t *testing.T) {
	for _, tc := range []struct {
		budget          int
		long, short     int
		minRatio, maxRt float64 // cost(long)/cost(short)
	}{
		{90, 45, 30, 1.45, 1.55},  // 100 words: 1.36 by the words' share alone
		{215, 45, 30, 1.20, 1.30}, // 250 words: the point cap's share dominates
	} {
		r := pointCost(tc.long, tc.budget, 8) / pointCost(tc.short, tc.budget, 8)
		if r < tc.minRatio || r > tc.maxRt {
			t.Errorf("budget %d: a %d-word point costs %.3f times a %d-word one, want %.2f–%.2f", tc.budget, tc.long, r, tc.short, tc.minRatio, tc.maxRt)
		}
	}
	if a, b := pointCost(10, 90, 8), pointCost(20, 90, 8); a >= b {
		t.Errorf("cost not increasing in words: %.3f >= %.3f", a, b)
	}
}
