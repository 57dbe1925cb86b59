package text

import "testing"

func TestUnitAfter(t *testing.T) {
	tests := []struct {
		in         string
		name, kind string // "" for no unit
	}{
		{"rescued after nine days", "day", "time"},
		{"a nine-day search", "day", "time"},
		{"nine more days", "day", "time"},
		{"about 150 km from the coast", "km", "length"},
		{"about 150 kilometres from the coast", "km", "length"},
		{"a 40-tonne truck", "tonne", "mass"},
		{"40 tons of aid", "tonne", "mass"},
		{"6 feet tall", "foot", "length"},
		{"nine rescuers", "", ""},
		{"nine people in three days", "", ""},  // the unit is another figure's
		{"it lasted nine. Days later", "", ""}, // no unit across a sentence end
		{"40% more days", "", ""},              // a percent takes no unit
	}
	for _, tt := range tests {
		toks := Lex(tt.in)
		fs := Figures(toks, FigureOptions{})
		if len(fs) == 0 {
			t.Fatalf("%q: no figure", tt.in)
		}
		u, _, ok := UnitAfter(toks, fs[0].End)
		if got := u.Name; ok != (tt.name != "") || got != tt.name || u.Kind != tt.kind {
			t.Errorf("%q: unit %q (%q, %v), want %q (%q)", tt.in, got, u.Kind, ok, tt.name, tt.kind)
		}
	}
}

func TestUnitForms(t *testing.T) {
	n := 0
	UnitForms(func(form string, u Unit) {
		n++
		if got, ok := UnitOf(form); !ok || got != u {
			t.Errorf("UnitOf(%q) = %v, %v; want %v", form, got, ok, u)
		}
	})
	if n < 50 {
		t.Errorf("%d unit forms, want the table", n)
	}
	if _, ok := UnitOf("rescuers"); ok {
		t.Error("rescuers is no unit")
	}
}
