package eval

import (
	"math"
	"testing"
)

func TestBCubed(t *testing.T) {
	gold := map[string]string{"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
	tests := []struct {
		name    string
		pred    map[string]string
		p, r, f float64
	}{
		{"perfect", map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}, 1, 1, 1},
		{"all singletons", map[string]string{}, 1, (3*(1.0/3) + 2*(0.5)) / 5, 0},
		{"one group", map[string]string{"a": "1", "b": "1", "c": "1", "d": "1", "e": "1"}, (3*0.6 + 2*0.4) / 5, 1, 0},
		// a, b together; c alone; d, e together: c's recall is 1/3, a's and b's 2/3.
		{"split", map[string]string{"a": "1", "b": "1", "d": "2", "e": "2"}, 1, (2*(2.0/3) + 1.0/3 + 2) / 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, f := BCubed(gold, tt.pred)
			want := tt.f
			if want == 0 {
				want = 2 * tt.p * tt.r / (tt.p + tt.r)
			}
			if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f-want) > 1e-9 {
				t.Errorf("got P %.4f R %.4f F %.4f, want %.4f %.4f %.4f", p, r, f, tt.p, tt.r, want)
			}
		})
	}
}

// TestCasesFeed: every eval case's article is in the feed once, with its
// case as its event, in an order the seed fixes.
func TestCasesFeed(t *testing.T) {
	cases, err := LoadCases("cases")
	if err != nil {
		t.Fatal(err)
	}
	f := CasesFeed(cases, 1)
	n := 0
	for _, c := range cases {
		n += len(c.Articles)
	}
	if len(f.Articles) != n || len(f.Gold) != n {
		t.Fatalf("%d articles, %d gold, want %d", len(f.Articles), len(f.Gold), n)
	}
	g := CasesFeed(cases, 1)
	for i := range f.Articles {
		if f.Articles[i].ID != g.Articles[i].ID {
			t.Fatal("the shuffle is not fixed by its seed")
		}
	}
}
