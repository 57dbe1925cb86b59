package chunk

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dlclark/regexp2"
)

// preSplit are tiktoken-go's pre-split patterns (encoding.go of tiktoken-go
// v0.1.8, which does not export them), compiled as it compiles them.
var preSplit = map[string]*regexp2.Regexp{
	O200kBase: regexp2.MustCompile(strings.Join([]string{
		`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?`,
		`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?`,
		`\p{N}{1,3}`,
		` ?[^\s\p{L}\p{N}]+[\r\n/]*`,
		`\s*[\r\n]+`,
		`\s+(?!\S)`,
		`\s+`,
	}, "|"), regexp2.None),
	Cl100kBase: regexp2.MustCompile(`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`, regexp2.None),
}

// pieces is what tiktoken hands its byte-pair merge for text: the pre-split
// matches, in bytes.
func pieces(t *testing.T, encoding, text string) []string {
	t.Helper()
	runes := []rune(text)
	var out []string
	m, err := preSplit[encoding].FindRunesMatch(runes)
	for ; m != nil && err == nil; m, err = preSplit[encoding].FindNextMatch(m) {
		out = append(out, string(runes[m.Index:m.Index+m.Length]))
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func tokenizers(t *testing.T) []*Tokenizer {
	t.Helper()
	var out []*Tokenizer
	for _, model := range []string{"gpt-4o", "gpt-4"} {
		tok, err := NewTokenizer(model)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tok)
	}
	return out
}

// tricky is an alphabet for random texts that stresses the pre-split patterns:
// both cases, marks, apostrophes, digits and other numbers, every kind of
// whitespace, the punctuation the patterns name, CJK, Thai and emoji.
var tricky = []rune("aZéK\u0301\u0308'’0729½Ⅻ \t\n\r\u00a0\u2028\u3000./-,!?\"(…市议会ภาษา😀\u200d")

func randomText(r *rand.Rand, alphabet []rune, runes int) string {
	var b strings.Builder
	for range runes {
		b.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// TestSafeBoundariesSplitExactly checks the claim Count's exactness rests on: at
// a safe boundary, tokenizing the two sides apart gives the very tokens of the
// whole, and tiktoken's pre-split has a piece boundary there.
func TestSafeBoundariesSplitExactly(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	toks := tokenizers(t)
	for range 1500 {
		text := randomText(r, tricky, 1+r.IntN(30))
		for _, tok := range toks {
			whole := tok.enc.EncodeOrdinary(text)
			ends := map[int]bool{}
			at := 0
			for _, p := range pieces(t, tok.Encoding(), text) {
				at += len(p)
				ends[at] = true
			}
			for i, safe := range boundaries(text) {
				if !safe {
					continue
				}
				if !ends[i] {
					t.Fatalf("%s: %q: safe boundary at %d (%q|%q) is inside a piece", tok.Encoding(), text, i, text[:i], text[i:])
				}
				if got := append(tok.enc.EncodeOrdinary(text[:i]), tok.enc.EncodeOrdinary(text[i:])...); !slices.Equal(got, whole) {
					t.Fatalf("%s: %q split at %d: %v, whole %v", tok.Encoding(), text, i, got, whole)
				}
			}
		}
	}
}

// runFamilies are texts with no word end for a long way: what Count must cut.
var runFamilies = map[string]func(r *rand.Rand, n int) string{
	"a":        func(_ *rand.Rand, n int) string { return strings.Repeat("a", n) },
	"A":        func(_ *rand.Rand, n int) string { return strings.Repeat("A", n) },
	"spaces":   func(_ *rand.Rand, n int) string { return strings.Repeat(" ", n) + "x" },
	"newlines": func(_ *rand.Rand, n int) string { return strings.Repeat("\n", n) },
	"dots":     func(_ *rand.Rand, n int) string { return strings.Repeat(".", n) },
	"dashes":   func(_ *rand.Rand, n int) string { return strings.Repeat("-", n) },
	"slash-nl": func(_ *rand.Rand, n int) string { return "." + strings.Repeat("/\n", n/2) },
	"digits":   func(r *rand.Rand, n int) string { return randomText(r, []rune("0123456789"), n) },
	"lower":    func(r *rand.Rand, n int) string { return randomText(r, []rune("abcdefghijklmnopqrstuvwxyz"), n) },
	"mixed": func(r *rand.Rand, n int) string {
		return randomText(r, []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), n)
	},
	"accents": func(r *rand.Rand, n int) string { return randomText(r, []rune("e\u0301a\u0300o\u0308"), n) },
	"cjk": func(r *rand.Rand, n int) string {
		return randomText(r, []rune("市议会周一批准了新的预算案并决定扩建城市公园与图书馆中国人民政府经济发展"), n/3)
	},
	"thai": func(r *rand.Rand, n int) string {
		return randomText(r, []rune("ภาษาไทยเป็นภาษาที่มีระดับเสียงของคำแน่นอนหรือวรรณยุกต์"), n/3)
	},
	"emoji":  func(r *rand.Rand, n int) string { return randomText(r, []rune("😀🎉👍🔥❤️✨"), n/4) },
	"punct":  func(r *rand.Rand, n int) string { return randomText(r, []rune(".,;:!?-*=#/\\()[]{}"), n) },
	"ws":     func(r *rand.Rand, n int) string { return randomText(r, []rune(" \t\n\r"), n) },
	"tricky": func(r *rand.Rand, n int) string { return randomText(r, tricky, n/2) },
}

// TestCountCutError checks the documented bound: each cut moves Count by at
// most CutError tokens from tiktoken's count of the uncut text.
func TestCountCutError(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, tok := range tokenizers(t) {
		for name, f := range runFamilies {
			for _, n := range []int{400, 700, 1300, 2100} {
				text := f(r, n)
				exact := len(tok.enc.EncodeOrdinary(text))
				cuts := len(stretches(text, maxStretch)) - 1
				if d := tok.Count(text) - exact; d > CutError*cuts || -d > CutError*cuts {
					t.Errorf("%s %s, %d bytes: Count=%d, tiktoken %d, %d cuts (bound %d a cut)",
						tok.Encoding(), name, len(text), exact+d, exact, cuts, CutError)
				}
			}
		}
	}
}

// TestPiecesBounded is the regression test for the quadratic byte-pair merge: no
// text, however made, hands the merge a piece longer than maxStretch bytes, and
// the substrings Count tokenizes rejoin into the text.
func TestPiecesBounded(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for name, f := range runFamilies {
		text := f(r, 20_000)
		parts := stretches(text, maxStretch)
		if strings.Join(parts, "") != text {
			t.Fatalf("%s: the parts do not rejoin into the text", name)
		}
		for _, enc := range []string{O200kBase, Cl100kBase} {
			for _, part := range parts {
				for _, p := range pieces(t, enc, part) {
					if len(p) > maxStretch {
						t.Fatalf("%s %s: a piece of %d bytes reaches the merge (bound %d)", enc, name, len(p), maxStretch)
					}
				}
			}
		}
	}
}

// TestOrdinaryTextIsExact: prose is never cut, so its count is tiktoken's own.
func TestOrdinaryTextIsExact(t *testing.T) {
	for _, text := range []string{
		"",
		"hello world",
		strings.Repeat("Rescue crews in the harbour town of Kelmsby worked through the night, officials said. ", 200),
		strings.Repeat("市议会周一批准了新的预算案，并决定扩建城市公园与图书馆。", 100),
		strings.Repeat("1234567890", 1000),
		strings.Repeat("don't won't O'Neill's café naïve ", 300),
		"See https://example.com/news/2024/05/17/harbour-strike-ends-after-nine-days?ref=home#top for more.",
	} {
		if !Exact(text) {
			t.Errorf("Exact(%.40q…)=false, want true", text)
		}
	}
	for name, f := range runFamilies {
		if name == "digits" || name == "tricky" {
			continue // cut at every third digit, or at the many word ends: exact
		}
		if text := f(rand.New(rand.NewPCG(1, 1)), 2000); Exact(text) {
			t.Errorf("%s: Exact=true for a long run, want false", name)
		}
	}
}
