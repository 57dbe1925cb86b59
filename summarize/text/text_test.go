package text

import (
	"reflect"
	"testing"
)

func TestRuns(t *testing.T) {
	s := "Russia's 1,200 half-billion—U.S."
	var got []string
	for start, end := range Runs(s) {
		got = append(got, s[start:end])
	}
	want := []string{"Russia", "s", "1", "200", "half", "billion", "U", "S"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Runs(%q)=%q, want %q", s, got, want)
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"The U.S. said", 4},
		{"a half-billion dollars", 4},
		{"— — —", 3},
	}
	for _, tt := range tests {
		if got := Count(tt.in); got != tt.want {
			t.Errorf("Count(%q)=%d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestScannerWords(t *testing.T) {
	type w struct {
		norm                       string
		upper, digit, brk, negated bool
	}
	var sc Scanner
	var got []w
	for x := range sc.Words("Russia’s toll rose to 1,200, and 3.5 didn't; O'Neil said.") {
		got = append(got, w{string(x.Norm), x.Upper, x.Digit, x.Break, x.Negated})
	}
	want := []w{
		{"russia", true, false, false, false},
		{"toll", false, false, false, false},
		{"rose", false, false, false, false},
		{"to", false, false, false, false},
		{"1200", false, true, false, false},
		{"and", false, false, true, false},
		{"3.5", false, true, false, false},
		{"didnt", false, false, false, true},
		{"oneil", true, false, true, false},
		{"said", false, false, false, false},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Words:\n got %+v\nwant %+v", got, want)
	}
}

func TestAbbreviation(t *testing.T) {
	tests := []struct {
		w    string
		want Abbrev
	}{
		{"dr", Title}, {"sen", Title}, {"u.s", Ambiguous}, {"inc", Ambiguous}, {"sept", Ambiguous},
		{"no", Numero}, {"cat", NotAbbrev}, {"Dr", NotAbbrev},
	}
	for _, tt := range tests {
		if got := Abbreviation(tt.w); got != tt.want {
			t.Errorf("Abbreviation(%q)=%d, want %d", tt.w, got, tt.want)
		}
	}
	if !IsAbbreviation("no") || IsAbbreviation("not") {
		t.Error("IsAbbreviation: want no, not not")
	}
}

func TestStoplists(t *testing.T) {
	tests := []struct {
		list Stoplist
		name string
		in   []string
		out  []string
	}{
		{FoldWords, "FoldWords", []string{"the", "said", "according"}, []string{"not", "tuesday", "police"}},
		{TopicWords, "TopicWords", []string{"the", "tuesday", "percent", "mr"}, []string{"police", "flood"}},
		{MatchWords, "MatchWords", []string{"the", "percent", "nearly"}, []string{"tuesday", "police"}},
	}
	for _, tt := range tests {
		for _, w := range tt.in {
			if !tt.list.Has(w) {
				t.Errorf("%s.Has(%q)=false", tt.name, w)
			}
		}
		for _, w := range tt.out {
			if tt.list.Has(w) {
				t.Errorf("%s.Has(%q)=true", tt.name, w)
			}
		}
	}
}

func TestStemLong(t *testing.T) {
	for in, want := range map[string]string{"days": "day", "ran": "ran", "flies": "fli", "2025": "2025", "cafés": "café"} {
		if got := StemLong(in); got != want {
			t.Errorf("StemLong(%q)=%q, want %q", in, got, want)
		}
	}
}

func TestNameWords(t *testing.T) {
	if !IsCapitalized("U.S.") || IsCapitalized("7") || IsCapitalized("kim") {
		t.Error("IsCapitalized")
	}
	if b, ok := TrimPossessive("Kestrel’s"); b != "Kestrel" || !ok {
		t.Errorf("TrimPossessive(Kestrel’s)=%q, %v", b, ok)
	}
	if b, ok := TrimPossessive("Kestrel"); b != "Kestrel" || ok {
		t.Errorf("TrimPossessive(Kestrel)=%q, %v", b, ok)
	}
}
