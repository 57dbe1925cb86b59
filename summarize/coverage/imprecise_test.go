package coverage

import (
	"testing"

	"github.com/briefing-news/briefing/summarize"
)

// TestImprecise: hedged figures that differ but can all hold are a difference of
// their own label, both sides cited; an exact figure inside a bound, one article's
// own figures and a conflict are not.
func TestImprecise(t *testing.T) {
	for _, tc := range []struct {
		name   string
		texts  []string
		label  string   // "" for no difference
		values []string // hedge and value of each side, earliest first
	}{
		{"more than three years, more than two", []string{
			"The border crossing at Kelby reopened on Monday after being closed for more than three years.",
			"The border crossing at Kelby reopened on Monday after being closed for more than two years, officials said.",
		}, summarize.LabelImprecise, []string{"more than 3", "more than 2"}},
		{"about 40 metres, at least 42 metres", []string{
			"The new footbridge over the Kelby river will be about 40 metres long, the council said.",
			"The new footbridge over the Kelby river will be at least 42 metres long.",
		}, summarize.LabelImprecise, []string{"about 40", "at least 42"}},
		{"an exact figure inside a bound", []string{
			"A coach overturned, injuring at least 40 people, police said.",
			"42 people were injured when the coach overturned.",
		}, "", nil},
		{"bounds that cannot both hold stay a conflict", []string{
			"The new footbridge over the Kelby river will be less than 30 metres long, the council said.",
			"The new footbridge over the Kelby river will be more than 45 metres long.",
		}, summarize.LabelConflict, []string{"less than 30", "more than 45"}},
		{"one article, two bounds", []string{
			"More than 40 people were injured in the first crash and more than 12 in the second, police said.",
			"The roads were reopened in the evening.",
		}, "", nil},
	} {
		r := analyze(tc.texts, []int{9, 12})
		if tc.label == "" {
			if len(r.Differences) != 0 {
				t.Errorf("%s: differences = %+v", tc.name, r.Differences)
			}
			continue
		}
		if len(r.Differences) != 1 {
			t.Errorf("%s: differences = %+v", tc.name, r.Differences)
			continue
		}
		d := r.Differences[0]
		if d.Label != tc.label || len(d.Values) != len(tc.values) {
			t.Errorf("%s: difference = %+v", tc.name, d)
			continue
		}
		for i, v := range d.Values {
			if got := v.Hedge + " " + v.Value; got != tc.values[i] || len(v.Citations) != 1 || v.Citations[0] != "a"+string(rune('1'+i)) || v.Quote == "" {
				t.Errorf("%s: side %d = %+v, want %q cited by a%d", tc.name, i, v, tc.values[i], i+1)
			}
		}
	}
}
