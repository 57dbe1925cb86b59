package eval_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/eval"
)

func sc(p, r float64) eval.Score {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return eval.Score{Precision: p, Recall: r, F1: f}
}

func closeScore(a, b eval.Score) bool {
	const eps = 1e-9
	return math.Abs(a.Precision-b.Precision) < eps && math.Abs(a.Recall-b.Recall) < eps && math.Abs(a.F1-b.F1) < eps
}

func TestRouge(t *testing.T) {
	tests := []struct {
		name      string
		ref, cand string
		stem      bool
		want      eval.RougeScores
	}{
		{
			// ref  the cat sat on the mat (6)   cand the cat lay on the mat (6)
			// 1-grams: the min(2,2)=2 + cat 1 + on 1 + mat 1 = 5 → P 5/6 R 5/6
			// 2-grams (5 each): the cat, on the, the mat = 3 → P 3/5 R 3/5
			// LCS: the cat on the mat = 5 → P 5/6 R 5/6; one sentence: Lsum = L
			name: "one word swapped",
			ref:  "The cat sat on the mat.", cand: "The cat lay on the mat.",
			want: eval.RougeScores{Rouge1: sc(5./6, 5./6), Rouge2: sc(3./5, 3./5), RougeL: sc(5./6, 5./6), RougeLsum: sc(5./6, 5./6)},
		},
		{
			// stemmed ref  rescuer were search the flood villag (6)
			// stemmed cand rescuer search flood villag (4)
			// 1-grams: 4 shared → P 4/4 R 4/6
			// 2-grams: ref 5, cand 3 (rescuer search, search flood, flood villag); shared: flood villag → P 1/3 R 1/5
			// LCS: rescuer search flood villag = 4 → P 4/4 R 4/6
			name: "stemming conflates inflections",
			ref:  "Rescuers were searching the flooded villages.", cand: "Rescuer searched flooded village",
			stem: true,
			want: eval.RougeScores{Rouge1: sc(1, 4./6), Rouge2: sc(1./3, 1./5), RougeL: sc(1, 4./6), RougeLsum: sc(1, 4./6)},
		},
		{
			// unstemmed: rescuers/rescuer, searching/searched, flooded/flooded!, villages/village
			// ref  rescuers were searching the flooded villages (6); cand rescuer searched flooded village (4)
			// 1-grams: flooded = 1 → P 1/4 R 1/6; 2-grams: none; LCS: flooded = 1
			name: "no stemming",
			ref:  "Rescuers were searching the flooded villages.", cand: "Rescuer searched flooded village",
			want: eval.RougeScores{Rouge1: sc(1./4, 1./6), Rouge2: sc(0, 0), RougeL: sc(1./4, 1./6), RougeLsum: sc(1./4, 1./6)},
		},
		{
			// ref  police police arrested two men (5)   cand police police police arrested (4)
			// 1-grams: police min(2,3)=2 + arrested 1 = 3 → P 3/4 R 3/5
			// 2-grams: ref {police police, police arrested, arrested two, two men} (4),
			//          cand {police police ×2, police arrested} (3); shared min(1,2)+1 = 2 → P 2/3 R 2/4
			// LCS: police police arrested = 3 → P 3/4 R 3/5
			name: "counts are clipped",
			ref:  "police police arrested two men", cand: "police police police arrested",
			want: eval.RougeScores{Rouge1: sc(3./4, 3./5), Rouge2: sc(2./3, 2./4), RougeL: sc(3./4, 3./5), RougeLsum: sc(3./4, 3./5)},
		},
		{
			// ref sentences [storm hit coast] [storm cut power] (m=6); cand [storm cut power to coast] (n=5)
			// 1-grams: storm min(2,1)=1 + coast + cut + power = 4 → P 4/5 R 4/6
			// 2-grams: ref 5, cand 4; shared storm cut, cut power = 2 → P 2/4 R 2/5
			// LCS of the whole texts: storm cut power = 3 → P 3/5 R 3/6
			// Lsum: s1 ∪LCS = {storm, coast} → 2 hits (cand storm used up);
			//       s2 ∪LCS = {storm, cut, power} → storm clipped (cand has one), cut, power → 2 hits
			//       4 hits → P 4/5 R 4/6
			name: "summary-level LCS splits at newlines and clips",
			ref:  "Storm hit coast\nStorm cut power", cand: "Storm cut power to coast",
			want: eval.RougeScores{Rouge1: sc(4./5, 4./6), Rouge2: sc(2./4, 2./5), RougeL: sc(3./5, 3./6), RougeLsum: sc(4./5, 4./6)},
		},
		{
			// ref [a1 b1 c1] [d1 e1] (m=5); cand [c1 a1] [b1 x1] [e1 d1] (n=6)
			// Lsum, s1: LCS with "c1 a1" has length 1 and rouge-score's backtrack
			//   (ties move up the reference) reads a1; with "b1 x1" b1; with "e1 d1" none
			//   → union {a1, b1} = 2 hits
			// s2: with "e1 d1" the backtrack reads d1 → 1 hit; 3 hits → P 3/6 R 3/5
			// 1-grams: a1 b1 c1 d1 e1 all shared = 5 → P 5/6 R 5/5
			// 2-grams (newlines do not split them): ref a1 b1, b1 c1, c1 d1, d1 e1 (4);
			//   cand c1 a1, a1 b1, b1 x1, x1 e1, e1 d1 (5); shared a1 b1 → P 1/5 R 1/4
			// LCS whole: ref a1 b1 c1 d1 e1, cand c1 a1 b1 x1 e1 d1 → a1 b1 e1 = 3 → P 3/6 R 3/5
			name: "union LCS takes one LCS per pair",
			ref:  "a1 b1 c1\nd1 e1", cand: "c1 a1\nb1 x1\ne1 d1",
			want: eval.RougeScores{Rouge1: sc(5./6, 1), Rouge2: sc(1./5, 1./4), RougeL: sc(3./6, 3./5), RougeLsum: sc(3./6, 3./5)},
		},
		{
			name: "empty candidate",
			ref:  "testing one two", cand: "",
			want: eval.RougeScores{},
		},
		{
			name: "candidate of punctuation only",
			ref:  "testing one two", cand: "— !! …\n\n",
			want: eval.RougeScores{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eval.Rouge(tt.ref, tt.cand, tt.stem)
			for _, c := range []struct {
				name      string
				got, want eval.Score
			}{
				{"rouge1", got.Rouge1, tt.want.Rouge1},
				{"rouge2", got.Rouge2, tt.want.Rouge2},
				{"rougeL", got.RougeL, tt.want.RougeL},
				{"rougeLsum", got.RougeLsum, tt.want.RougeLsum},
			} {
				if !closeScore(c.got, c.want) {
					t.Errorf("%s=%+v, want %+v", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		stem bool
		want []string
	}{
		{"U.S. GDP rose 2.5% in Q3—its best.", false, []string{"u", "s", "gdp", "rose", "2", "5", "in", "q3", "its", "best"}},
		{"Officials said the ministers were running", true, []string{"offici", "said", "the", "minist", "were", "run"}},
		{"well-known co-op", false, []string{"well", "known", "co", "op"}},
		{"Café naïve", false, []string{"caf", "na", "ve"}},
		{"İstanbul", false, []string{"i", "stanbul"}}, // Python: "i̇stanbul"
		{"  \t\n", false, nil},
		{"runs ran", true, []string{"run", "ran"}}, // three letters: not stemmed
	}
	for _, tt := range tests {
		if got, want := eval.Tokenize(tt.in, tt.stem), tt.want; !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q, %v)=%q, want %q", tt.in, tt.stem, got, want)
		}
	}
}

func TestRougeJSON(t *testing.T) {
	b, err := json.Marshal(eval.Rouge("a b", "a c", false))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"rouge1":{"precision":0.5,"recall":0.5,"f1":0.5}`, `"rouge2":`, `"rougeL":`, `"rougeLsum":`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON %s lacks %s", b, k)
		}
	}
}

func TestScoreFilesAndFormat(t *testing.T) {
	dir := t.TempDir()
	ref, cand := filepath.Join(dir, "ref.txt"), filepath.Join(dir, "cand.txt")
	if err := os.WriteFile(ref, []byte("Storm hit coast\nStorm cut power\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cand, []byte("Storm cut power to coast\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := eval.ScoreFiles(ref, cand, true)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.RougeLsum, sc(4./5, 4./6); !closeScore(got, want) {
		t.Fatalf("rougeLsum=%+v, want %+v", got, want)
	}
	if _, err := eval.ScoreFiles(filepath.Join(dir, "missing"), cand, true); err == nil {
		t.Fatal("ScoreFiles on a missing file: no error")
	}
	var buf bytes.Buffer
	if err := eval.Format(&buf, s); err != nil {
		t.Fatal(err)
	}
	want := "           precision    recall        f1\n" +
		"rouge1       0.80000   0.66667   0.72727\n" +
		"rouge2       0.50000   0.40000   0.44444\n" +
		"rougeL       0.60000   0.50000   0.54545\n" +
		"rougeLsum    0.80000   0.66667   0.72727\n"
	if got := buf.String(); got != want {
		t.Fatalf("Format:\n%s\nwant:\n%s", got, want)
	}
}

// FuzzRouge checks that any pair of texts scores without panicking, inside
// [0, 1], and that a text scores 1 against itself when it has tokens.
func FuzzRouge(f *testing.F) {
	f.Add("The cat sat on the mat.", "The cat lay on the mat.")
	f.Add("Storm hit coast\nStorm cut power", "Storm cut power to coast")
	f.Add("İstanbul\r\n\n—", "")
	f.Fuzz(func(t *testing.T, ref, cand string) {
		s := eval.Rouge(ref, cand, true)
		for _, x := range []eval.Score{s.Rouge1, s.Rouge2, s.RougeL, s.RougeLsum} {
			for _, v := range []float64{x.Precision, x.Recall, x.F1} {
				if v < 0 || v > 1 || math.IsNaN(v) {
					t.Fatalf("score %v outside [0, 1]: %+v", v, s)
				}
			}
		}
		if len(eval.Tokenize(ref, true)) > 0 {
			self := eval.Rouge(ref, ref, true)
			if self.Rouge1.F1 != 1 || self.RougeL.F1 != 1 || self.RougeLsum.F1 != 1 {
				t.Fatalf("text against itself: %+v", self)
			}
		}
	})
}

// BenchmarkRouge scores a 250-word candidate against a 250-word reference of
// ten lines, the size of a briefing.
func BenchmarkRouge(b *testing.B) {
	words := strings.Fields("the storm hit the coast on monday and cut power to thousands of homes while rescuers searched flooded villages for people who were missing after the river burst its banks")
	mk := func(shift int) string {
		var sb strings.Builder
		for i := 0; i < 250; i++ {
			sb.WriteString(words[(i*7+shift)%len(words)])
			if i%25 == 24 {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(' ')
			}
		}
		return sb.String()
	}
	ref, cand := mk(0), mk(3)
	b.ReportAllocs()
	for b.Loop() {
		eval.Rouge(ref, cand, true)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/pair")
}
