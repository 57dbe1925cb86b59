package text

import (
	"reflect"
	"strings"
	"testing"
)

// nameWords reads a test sentence: a word is a Name if capitalized, a
// Particle if IsNameParticle; "|" before a word is a BreakBefore, "," after
// one a BreakAfter, "~" before one makes it NoOpen; the first word Opens.
func nameWords(s string) ([]string, []NameWord) {
	var ws []string
	var out []NameWord
	for i, f := range strings.Fields(s) {
		var w NameWord
		if f != "|" && strings.HasPrefix(f, "|") {
			w.BreakBefore, f = true, f[1:]
		}
		if strings.HasPrefix(f, "~") {
			w.NoOpen, f = true, f[1:]
		}
		if strings.HasSuffix(f, ",") {
			w.BreakAfter, f = true, strings.TrimSuffix(f, ",")
		}
		w.Name = IsCapitalized(f)
		w.Particle = IsNameParticle(f)
		w.Opens = i == 0
		ws = append(ws, f)
		out = append(out, w)
	}
	return ws, out
}

func TestNameRuns(t *testing.T) {
	particles := NameOptions{Particles: true}
	lone := NameOptions{DropLoneOpener: true}
	for _, tc := range []struct {
		in   string
		opt  NameOptions
		want []string
	}{
		{"", NameOptions{}, nil},
		{"the council met", NameOptions{}, nil},
		{"Kim Jong Un said", NameOptions{}, []string{"Kim Jong Un"}},
		{"Kim Jong Un said", lone, []string{"Kim Jong Un"}},
		{"The council met", NameOptions{}, []string{"The"}},
		{"The council met", lone, nil},
		{"Halcyon", lone, nil},
		{"then Halcyon said", lone, []string{"Halcyon"}},
		{"Russia |Seoul says", lone, []string{"Seoul"}},
		{"Russia |Seoul Times says", lone, []string{"Seoul Times"}},
		{"says Russia, Seoul Times", NameOptions{}, []string{"Russia", "Seoul Times"}},
		{"the Bank of England said", NameOptions{}, []string{"Bank", "England"}},
		{"the Bank of England said", particles, []string{"Bank of England"}},
		{"Charles de Gaulle airport", particles, []string{"Charles de Gaulle"}},
		{"Bank of, England", particles, []string{"Bank", "England"}},
		{"Bank of |England", particles, []string{"Bank", "England"}},
		{"Bank of the realm", particles, []string{"Bank"}},
		{"of England", particles, []string{"England"}},
		{"Bank of", particles, []string{"Bank"}},
		{"on ~May 3 Theresa ~May spoke", NameOptions{}, []string{"Theresa May"}},
		{"~Monday Smith said", NameOptions{}, []string{"Smith"}},
	} {
		ws, nw := nameWords(tc.in)
		var got []string
		NameRuns(len(nw), func(i int) NameWord { return nw[i] }, tc.opt, func(start, end int) {
			got = append(got, strings.Join(ws[start:end], " "))
		})
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NameRuns(%q, %+v) = %q, want %q", tc.in, tc.opt, got, tc.want)
		}
	}
}

func TestNameRunsAllocs(t *testing.T) {
	nw := []NameWord{{Name: true, Opens: true}, {Name: true}, {}, {Name: true}}
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		NameRuns(len(nw), func(i int) NameWord { return nw[i] }, NameOptions{DropLoneOpener: true}, func(start, end int) { n += end - start })
	})
	if allocs != 0 {
		t.Errorf("NameRuns allocates %v times a call", allocs)
	}
}

func TestHonorificGender(t *testing.T) {
	for w, want := range map[string]byte{"mr": 'm', "sir": 'm', "mrs": 'f', "ms": 'f', "dame": 'f', "dr": 0, "prof": 0, "mx": 0, "johnson": 0} {
		if got := HonorificGender(w); got != want {
			t.Errorf("HonorificGender(%q) = %q, want %q", w, got, want)
		}
		if want != 0 && !IsHonorific(w) {
			t.Errorf("%q has a sex but is no honorific", w)
		}
	}
}
