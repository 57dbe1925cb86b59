package text

import (
	"slices"
	"strings"
	"testing"
)

// fig is a figure as the tests write it.
type fig struct {
	key      string
	text     string
	alt      []string
	pct      bool
	currency string
	score    bool
	ordinal  bool
}

func figsOf(s string, opts FigureOptions) []fig {
	var out []fig
	for _, f := range Figures(Lex(s), opts) {
		g := fig{key: f.Key, text: f.Text, pct: f.Percent, currency: f.Currency, score: f.Score, ordinal: f.Ordinal}
		g.alt = f.Keys()[1:]
		out = append(out, g)
	}
	return out
}

func TestFigures(t *testing.T) {
	tests := []struct {
		in   string
		want []fig
	}{
		// numerals in their forms
		{"80,000 people", []fig{{key: "80000", text: "80,000"}}},
		{"80000 people", []fig{{key: "80000", text: "80000"}}},
		{"80.000 deaths", []fig{{key: "80", text: "80.000", alt: []string{"80000"}}}},
		{"1.5 degrees", []fig{{key: "1.5", text: "1.5"}}},
		{"1.200.000 votes", []fig{{key: "1200000", text: "1.200.000"}}},
		{"12,5 points", []fig{{key: "12.5", text: "12,5"}}},
		{"80\u202f000 fans", []fig{{key: "80000", text: "80\u202f000"}}},
		{"80\u00a0000 fans", []fig{{key: "80000", text: "80\u00a0000"}}},
		{"eighty thousand fans", []fig{{key: "80000", text: "eighty thousand"}}},
		// every number word, 13 to 19 included
		{"zero", []fig{{key: "0", text: "zero"}}},
		{"two three four", []fig{{key: "2", text: "two"}, {key: "3", text: "three"}, {key: "4", text: "four"}}},
		{"thirteen fourteen fifteen sixteen", []fig{{key: "13", text: "thirteen"}, {key: "14", text: "fourteen"}, {key: "15", text: "fifteen"}, {key: "16", text: "sixteen"}}},
		{"seventeen eighteen nineteen", []fig{{key: "17", text: "seventeen"}, {key: "18", text: "eighteen"}, {key: "19", text: "nineteen"}}},
		{"Eleven and twelve", []fig{{key: "11", text: "Eleven"}, {key: "12", text: "twelve"}}},
		{"twenty-five", []fig{{key: "25", text: "twenty-five"}}},
		{"forty two", []fig{{key: "42", text: "forty two"}}},
		{"ninety", []fig{{key: "90", text: "ninety"}}},
		{"two hundred and fifty", []fig{{key: "250", text: "two hundred and fifty"}}},
		{"fifteen hundred", []fig{{key: "1500", text: "fifteen hundred"}}},
		{"one hundred", []fig{{key: "100", text: "one hundred"}}},
		{"two million three hundred thousand", []fig{{key: "2300000", text: "two million three hundred thousand"}}},
		{"a dozen", []fig{{key: "12", text: "a dozen"}}},
		{"two dozen", []fig{{key: "24", text: "two dozen"}}},
		{"a million", []fig{{key: "1000000", text: "a million"}}},
		{"a thousand million", []fig{{key: "1000000000", text: "a thousand million"}}},
		// scales, glued and not
		{"1.5 million", []fig{{key: "1500000", text: "1.5 million"}}},
		{"4.2bn", []fig{{key: "4200000000", text: "4.2bn"}}},
		{"5m", []fig{{key: "5000000", text: "5m"}}},
		{"3k", []fig{{key: "3000", text: "3k"}}},
		{"2tn", []fig{{key: "2000000000000", text: "2tn"}}},
		{"1.8 bn", []fig{{key: "1800000000", text: "1.8 bn"}}},
		{"3 trillion", []fig{{key: "3000000000000", text: "3 trillion"}}},
		// currency: one key whatever the writing
		{"$1.8 billion", []fig{{key: "1800000000", text: "$1.8 billion", currency: "$"}}},
		{"1.8bn", []fig{{key: "1800000000", text: "1.8bn"}}},
		{"US$1.8bn", []fig{{key: "1800000000", text: "US$1.8bn", currency: "US$"}}},
		{"€40m", []fig{{key: "40000000", text: "€40m", currency: "€"}}},
		{"£3", []fig{{key: "3", text: "£3", currency: "£"}}},
		{"5 million dollars", []fig{{key: "5000000", text: "5 million dollars", currency: "$"}}},
		{"2 billion euros", []fig{{key: "2000000000", text: "2 billion euros", currency: "€"}}},
		{"3 million pounds", []fig{{key: "3000000", text: "3 million pounds", currency: "£"}}},
		{"10 pounds of flour", []fig{{key: "10", text: "10"}}},
		{"EUR 20 million", []fig{{key: "20000000", text: "EUR 20 million", currency: "€"}}},
		{"20m USD", []fig{{key: "20000000", text: "20m USD", currency: "US$"}}},
		{"eur 20", []fig{{key: "20", text: "20"}}},
		// percent
		{"40%", []fig{{key: "40", text: "40%", pct: true}}},
		{"40 percent", []fig{{key: "40", text: "40 percent", pct: true}}},
		{"40 per cent", []fig{{key: "40", text: "40 per cent", pct: true}}},
		{"forty percent", []fig{{key: "40", text: "forty percent", pct: true}}},
		// ordinals, scores
		{"the 1st and 13th", []fig{{key: "1", text: "1st", ordinal: true}, {key: "13", text: "13th", ordinal: true}}},
		{"won 3-1", []fig{{key: "3-1", text: "3-1", score: true}}},
		// what is no figure
		{"one of them", nil},
		{"a man", nil},
		{"hundreds of people", nil},
		{"the first time", nil},
	}
	for _, tt := range tests {
		got := figsOf(tt.in, FigureOptions{})
		if !figsEqual(got, tt.want) {
			t.Errorf("Figures(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func figsEqual(a, b []fig) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.key != y.key || x.text != y.text || x.pct != y.pct || x.currency != y.currency || x.score != y.score ||
			x.ordinal != y.ordinal || !slices.Equal(x.alt, y.alt) && !(len(x.alt) == 0 && len(y.alt) == 0) {
			return false
		}
	}
	return true
}

// The forms of one value read to one key: a matcher needs nothing else.
func TestFiguresOneValue(t *testing.T) {
	groups := [][]string{
		{"80,000", "80000", "80.000", "eighty thousand", "80\u202f000", "80k"},
		{"$1.8 billion", "1.8bn", "US$1.8bn", "1,800 million", "1.8 billion dollars"},
		{"25", "twenty-five", "twenty five"},
		{"12", "a dozen", "twelve"},
		{"40%", "40 percent", "40 per cent", "forty per cent"},
		{"1,500,000", "1.5 million", "1.5m", "1.5 mn"},
	}
	for _, g := range groups {
		want := Figures(Lex(g[0]), FigureOptions{})
		if len(want) != 1 {
			t.Fatalf("Figures(%q) = %v, want one", g[0], want)
		}
		for _, s := range g[1:] {
			got := Figures(Lex(s), FigureOptions{})
			if len(got) != 1 || !slices.ContainsFunc(got[0].Keys(), func(k string) bool { return k == want[0].Key }) {
				t.Errorf("Figures(%q) = %+v, want one figure reading %s", s, got, want[0].Key)
			}
		}
	}
}

func TestFiguresBothReadings(t *testing.T) {
	f := Figures(Lex("80.000 deaths"), FigureOptions{})
	if len(f) != 1 || f[0].Value != 80 || !f[0].Matches(80) || !f[0].Matches(80000) || f[0].Matches(8000) {
		t.Fatalf("80.000: %+v, want 80 with 80000 accepted", f)
	}
	if f := Figures(Lex("1.5 degrees"), FigureOptions{}); len(f) != 1 || len(f[0].Alt) != 0 || !f[0].Matches(1.5) || f[0].Matches(1500) {
		t.Errorf("1.5: %+v, want 1.5 alone", f)
	}
	if f := Figures(Lex("1.500 million"), FigureOptions{}); len(f) != 1 || !f[0].Matches(1.5e6) || !f[0].Matches(1.5e9) {
		t.Errorf("1.500 million: %+v, want 1.5e6 and 1.5e9", f)
	}
	for in, want := range map[string]float64{"80.000": 80000, "1.500": 1500} {
		if got, ok := ParseNumeralAlt(in); !ok || got != want {
			t.Errorf("ParseNumeralAlt(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"1.5", "80,000", "1.200.000", "1,200.500", "80000", ".000"} {
		if _, ok := ParseNumeralAlt(in); ok {
			t.Errorf("ParseNumeralAlt(%q) reads a second value", in)
		}
	}
}

func TestFiguresOptions(t *testing.T) {
	if got := figsOf("one of the four", FigureOptions{}); len(got) != 1 || got[0].key != "4" {
		t.Errorf("claim: %+v, want only 4", got)
	}
	for _, s := range []string{"valid for one week", "a one-day strike"} {
		if got := figsOf(s, FigureOptions{}); len(got) != 1 || got[0].key != "1" {
			t.Errorf("claim %q: %+v, want 1: a unit follows", s, got)
		}
	}
	if got := figsOf("lasted a month", FigureOptions{Passage: true}); len(got) != 1 || got[0].key != "1" {
		t.Errorf("passage \"a month\": %+v, want 1", got)
	}
	if got := figsOf("lasted a month", FigureOptions{}); len(got) != 0 {
		t.Errorf("claim \"a month\": %+v, want none", got)
	}
	if got := figsOf("one of the four", FigureOptions{Passage: true}); len(got) != 2 || got[0].key != "1" {
		t.Errorf("passage: %+v, want 1 and 4", got)
	}
	if got := figsOf("won 2-1", FigureOptions{Passage: true}); len(got) != 3 || got[0].key != "2-1" || got[1].key != "2" || got[2].key != "1" {
		t.Errorf("passage score: %+v, want 2-1, 2, 1", got)
	}
	if got := figsOf("the first and second rounds", FigureOptions{OrdinalWords: true}); len(got) != 2 || !got[0].ordinal || got[1].key != "2" {
		t.Errorf("ordinal words: %+v", got)
	}
}

func TestFiguresSpan(t *testing.T) {
	toks := Lex("Rebels seized US$1.8bn, 40 per cent of it, on Monday.")
	fs := Figures(toks, FigureOptions{})
	if len(fs) != 2 {
		t.Fatalf("%+v", fs)
	}
	var got []string
	for _, f := range fs {
		var ws []string
		for _, tk := range toks[f.At:f.End] {
			ws = append(ws, tk.Raw)
		}
		got = append(got, strings.Join(ws, " "))
	}
	if want := []string{"US 1.8 bn", "40 per cent"}; !slices.Equal(got, want) {
		t.Errorf("spans %q, want %q", got, want)
	}
	if fs[0].Small || !fs[1].Small {
		t.Errorf("Small: %+v", fs)
	}
}

func TestNumberWords(t *testing.T) {
	for w, want := range map[string]int{"zero": 0, "one": 1, "nine": 9, "ten": 10, "thirteen": 13, "fifteen": 15, "nineteen": 19,
		"twenty": 20, "sixty": 60, "ninety": 90, "hundred": 100, "dozen": 12} {
		if got, ok := NumberWord(w); !ok || got != want {
			t.Errorf("NumberWord(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for _, w := range []string{"thousand", "million", "a", "first", "twenty-five"} {
		if _, ok := NumberWord(w); ok {
			t.Errorf("NumberWord(%q) is a number word", w)
		}
	}
	for w, want := range map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12, "mln": 1e6, "bln": 1e9, "trln": 1e12} {
		if got, ok := ScaleWord(w); !ok || got != want {
			t.Errorf("ScaleWord(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	if _, ok := ScaleWord("m"); ok {
		t.Error(`ScaleWord("m"): a glued suffix only`)
	}
	for w, want := range map[string]bool{"seven": true, "billion": true, "dozen": true, "people": false, "first": false} {
		if IsFigureWord(w) != want {
			t.Errorf("IsFigureWord(%q) = %v", w, !want)
		}
	}
	for w, want := range map[string]int{"first": 1, "third": 3, "tenth": 10} {
		if got, ok := OrdinalWord(w); !ok || got != want {
			t.Errorf("OrdinalWord(%q) = %d, %v", w, got, ok)
		}
	}
	for w, want := range map[string]bool{"th": true, "st": true, "s": true, "x": false} {
		if IsNumeralSuffix(w) != want {
			t.Errorf("IsNumeralSuffix(%q) = %v", w, !want)
		}
	}
	if ValueKey(1500000) != "1500000" || ValueKey(2.50) != "2.5" || ValueKey(1.0/3) != "0.333" {
		t.Errorf("ValueKey: %s %s %s", ValueKey(1500000), ValueKey(2.50), ValueKey(1.0/3))
	}
}

// BenchmarkLexFigures reads a news paragraph into tokens and figures, as the
// checker and the planner do for every passage; it reports the cost per token.
func BenchmarkLexFigures(b *testing.B) {
	const s = "Rebels seized US$1.8bn (about 40 per cent of the fund) on Tuesday, officials said. " +
		"Fifty-two people were killed and 1,200 were hurt; it is too early to say how many are missing. " +
		"The city's mayor, Ana Ruiz, didn't comment on the 13th, and 80.000 fans left the stadium."
	n := len(Lex(s))
	b.ReportAllocs()
	for b.Loop() {
		Figures(Lex(s), FigureOptions{Passage: true})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/token")
}

func TestSameCurrency(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"$", "$", true}, {"$", "US$", true}, {"HK$", "$", true}, {"US$", "C$", false},
		{"€", "$", false}, {"¥", "CN¥", true}, {"CN¥", "¥", true}, {"£", "€", false},
	} {
		if got := SameCurrency(tt.a, tt.b); got != tt.want {
			t.Errorf("SameCurrency(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
