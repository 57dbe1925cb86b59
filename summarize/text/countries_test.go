package text

import "testing"

func TestCountry(t *testing.T) {
	for _, tt := range []struct {
		w, want string
		ok      bool
	}{
		{"Russia", "russia", true},
		{"Russian", "russia", true},
		{"Russians", "russia", true},
		{"US", "america", true},
		{"U.S.", "america", true},
		{"USA", "america", true},
		{"United States", "america", true},
		{"America", "america", true},
		{"American", "america", true},
		{"Americans", "america", true},
		{"UK", "britain", true},
		{"U.K.", "britain", true},
		{"United Kingdom", "britain", true},
		{"British", "britain", true},
		{"Chinese", "china", true},
		{"Dutch", "netherlands", true},
		{"Swiss", "switzerland", true},
		{"New Zealand", "zealand", true},
		{"Sri Lanka", "lanka", true},
		{"Sri Lankan", "lanka", true},
		{"us", "", false},
		{"Paris", "", false},
		{"Swisss", "", false},
	} {
		if got, ok := Country(tt.w); got != tt.want || ok != tt.ok {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCountryAt(t *testing.T) {
	for _, tt := range []struct {
		in   string
		at   int
		want string
		n    int
	}{
		{"the United States said", 1, "america", 2},
		{"the U.S. said", 1, "america", 2},
		{"troops of the United States of America left", 3, "america", 4},
		{"the US said", 1, "america", 1},
		{"tell us more", 1, "", 0},
		{"New Zealand won", 0, "zealand", 2},
		{"Russian troops", 0, "russia", 1},
		{"United fans", 0, "", 0},
	} {
		got, n := CountryAt(Lex(tt.in), tt.at)
		if got != tt.want || n != tt.n {
			t.Errorf("CountryAt(%q, %d) = %q, %d; want %q, %d", tt.in, tt.at, got, n, tt.want, tt.n)
		}
	}
}

func TestDemonym(t *testing.T) {
	for w, want := range map[string]bool{"Russian": true, "British": true, "American": true, "Thai": true, "Russia": false, "Paris": false, "Parisian": false} {
		if got := IsDemonym(w); got != want {
			t.Errorf("IsDemonym(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"Iranian": true, "Parisian": true, "French": true, "German": true, "Smith": false, "Brian": false} {
		if got := LooksDemonym(w); got != want {
			t.Errorf("LooksDemonym(%q) = %v", w, got)
		}
	}
}

func TestReporting(t *testing.T) {
	for w, want := range map[string]bool{"said": true, "say": true, "announced": true, "disclosed": true, "revealed": true, "published": true, "told": false, "sad": false} {
		if IsReporting(w) != want {
			t.Errorf("IsReporting(%q) = %v", w, !want)
		}
	}
	if v := SpeechVerbs(); len(v) == 0 || v[0] != "said" {
		t.Errorf("SpeechVerbs() = %q", v)
	}
}
