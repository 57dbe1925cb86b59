package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lexed writes tokens compactly: Low, with marks for the flags set.
func lexed(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.Start {
			b.WriteByte('^')
		}
		b.WriteString(t.Low)
		if t.Raw != t.Low && strings.ToLower(t.Raw) != t.Low {
			b.WriteString("(" + t.Raw + ")")
		}
		for _, f := range []struct {
			on   bool
			mark string
		}{{t.Num, "#"}, {t.Cap, "C"}, {t.Brk, "|"}, {t.Glued, "+"}, {t.Dash, "-"}, {t.Semi, ";"}, {t.Pct, "%"}} {
			if f.on {
				b.WriteString(f.mark)
			}
		}
		if t.Cur != "" {
			b.WriteString("[" + t.Cur + "]")
		}
	}
	return b.String()
}

func TestLex(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He didn't go.", "^heC did not go|"},
		{"They can't, won't; cannot", "^theyC can not| will not|; can not"},
		{"Kerr's team", "^kerrC team"},
		{"O'Brien said", "^obrien(O'Brien)C said"},
		{"It rose 4.2bn in 13th place", "^itC rose 4.2#+ bn in 13#+ th place"},
		{"Roma won 3-1 over a 64-page plan", "^romaC won 3#- 1# over a 64#- page plan"},
		{"Mr. Kim met Gen. Lee. Then", "^mrC| kimC met genC| leeC| ^thenC"},
		{"J. Smith left\nNext", "^jC| smithC left| ^nextC"},
		{"It is too early to say", "^itC is not(too) yet(early) to say"},
		{"do n't go", "^do not go"},
		{`He said "no" (twice)`, "^heC said no twice"},
		{"1,200 and 6.4 and 80\u202f000", "^1,200# and 6.4# and 80000(80\u202f000)#"},
		{"40% rise", "^40#|% rise"},
		{"cost $5 or US$1.8bn or €3", "^cost| 5#[$] or usC| 1.8#+[US$] bn or| 3#[€]"},
		{"a well-known man", "^a well- known man"},
		{"Hello - world", "^helloC world"},
	}
	for _, tt := range tests {
		if got := lexed(Lex(tt.in)); got != tt.want {
			t.Errorf("Lex(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// FuzzLex: Lex reads any text without panicking; its tokens are words of the
// text (Raw is in it, but for the "will" of "won't"), never empty, and Low is
// lower case.
func FuzzLex(f *testing.F) {
	for _, s := range []string{
		"He didn't go.", "US$1.8bn, 40 per cent", "80\u202f000 fans; 80.000 deaths", "won 3-1", "twenty-five",
		"It is too early to say", "Mr. Kim's 13th", "'", "$", "1.", "a-", "n't", "\u00a0000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Lex(s)
		for _, tk := range toks {
			if tk.Raw == "" || tk.Low == "" {
				t.Fatalf("Lex(%q): empty token %+v", s, tk)
			}
			if !strings.Contains(s, tk.Raw) && tk.Raw != "will" && tk.Raw != "not" {
				t.Fatalf("Lex(%q): token %q not in the text", s, tk.Raw)
			}
			if utf8.ValidString(tk.Low) && strings.ToLower(tk.Low) != tk.Low && tk.Low != "not" {
				t.Fatalf("Lex(%q): Low %q not lower case", s, tk.Low)
			}
		}
		for _, fg := range Figures(toks, FigureOptions{}) {
			if fg.At < 0 || fg.End > len(toks) || fg.At >= fg.End || fg.Key == "" {
				t.Fatalf("Figures(%q): bad figure %+v", s, fg)
			}
		}
		Figures(toks, FigureOptions{Passage: true, OrdinalWords: true})
		for _, d := range Dates(toks) {
			if d.At < 0 || d.End > len(toks) || d.At >= d.End || d.Day < 1 || d.Day > 31 {
				t.Fatalf("Dates(%q): bad date %+v", s, d)
			}
		}
	})
}

func TestAbbreviated(t *testing.T) {
	tests := []struct {
		s    string
		at   string // the token asked about
		want bool
	}{
		{"The U.S. Army denied it.", "s", true},
		{"Lt. Col. Jordan was tried.", "lt", true},
		{"The army, he said, denied it.", "army", false}, // a comma is a break
		{"It was denied. Jordan left.", "denied", false},
	}
	for _, tt := range tests {
		toks := Lex(tt.s)
		found := false
		for k, tok := range toks {
			if tok.Low != tt.at {
				continue
			}
			found = true
			if got := Abbreviated(toks, k); got != tt.want {
				t.Errorf("%q at %q: Abbreviated %v, want %v", tt.s, tt.at, got, tt.want)
			}
			break
		}
		if !found {
			t.Errorf("%q: no token %q", tt.s, tt.at)
		}
	}
}
