package eval

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
)

// Score is a precision, recall and F1 triple.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// RougeScores holds ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of one candidate
// against one reference.
type RougeScores struct {
	Rouge1    Score `json:"rouge1"`
	Rouge2    Score `json:"rouge2"`
	RougeL    Score `json:"rougeL"`
	RougeLsum Score `json:"rougeLsum"`
}

// Rouge scores candidate against reference as google-research rouge-score does
// (rouge_scorer.RougeScorer(["rouge1","rouge2","rougeL","rougeLsum"], use_stemmer=stem)):
// lower-case, every run of characters outside [a-z0-9] becomes a space, tokens
// longer than 3 characters are Porter-stemmed (NLTK's default mode) when stem is
// true; ROUGE-N counts clipped n-gram overlaps, ROUGE-L uses the longest common
// subsequence, and ROUGE-Lsum splits both texts into sentences at newlines and
// takes the union LCS of each reference sentence, clipped by token counts.
func Rouge(reference, candidate string, stem bool) RougeScores {
	ref := Tokenize(reference, stem)
	cand := Tokenize(candidate, stem)
	return RougeScores{
		Rouge1:    rougeN(ref, cand, 1),
		Rouge2:    rougeN(ref, cand, 2),
		RougeL:    rougeL(ref, cand),
		RougeLsum: rougeLsum(sentenceTokens(reference, stem), sentenceTokens(candidate, stem)),
	}
}

// ScoreFiles reads a reference and a candidate file and scores them with Rouge.
func ScoreFiles(refPath, candPath string, stem bool) (RougeScores, error) {
	ref, err := os.ReadFile(refPath)
	if err != nil {
		return RougeScores{}, fmt.Errorf("read reference: %w", err)
	}
	cand, err := os.ReadFile(candPath)
	if err != nil {
		return RougeScores{}, fmt.Errorf("read candidate: %w", err)
	}
	return Rouge(string(ref), string(cand), stem), nil
}

// Format writes s as an aligned text table, one ROUGE variant a line, with
// precision, recall and F1 to 5 decimals.
func Format(w io.Writer, s RougeScores) error {
	rows := []struct {
		name string
		s    Score
	}{{"rouge1", s.Rouge1}, {"rouge2", s.Rouge2}, {"rougeL", s.RougeL}, {"rougeLsum", s.RougeLsum}}
	if _, err := fmt.Fprintf(w, "%-10s %9s %9s %9s\n", "", "precision", "recall", "f1"); err != nil {
		return err
	}
	for _, r := range rows {
		if _, err := fmt.Fprintf(w, "%-10s %9.5f %9.5f %9.5f\n", r.name, r.s.Precision, r.s.Recall, r.s.F1); err != nil {
			return err
		}
	}
	return nil
}

// Tokenize splits text into tokens as rouge-score's tokenize.tokenize does:
// lower-case (Python's full lower-casing), every character outside [a-z0-9]
// becomes a separator, and tokens longer than 3 characters are Porter-stemmed
// when stem is true (see text.Rouge).
func Tokenize(s string, stem bool) []string { return text.Rouge(s, stem) }

// sentenceTokens splits text at newlines, drops empty lines (as rouge-score
// does for rougeLsum; a line of punctuation stays, with no tokens) and
// tokenizes each line.
func sentenceTokens(text string, stem bool) [][]string {
	var out [][]string
	for _, s := range strings.Split(text, "\n") {
		if s == "" {
			continue
		}
		out = append(out, Tokenize(s, stem))
	}
	return out
}

// fmeasure is the harmonic mean of p and r, 0 when both are 0.
func fmeasure(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ngramCounts(toks []string, n int) map[string]int {
	c := make(map[string]int)
	for i := 0; i+n <= len(toks); i++ {
		c[strings.Join(toks[i:i+n], " ")]++
	}
	return c
}

// rougeN is rouge-score's _score_ngrams: clipped overlap over candidate
// n-grams (precision) and reference n-grams (recall).
func rougeN(ref, cand []string, n int) Score {
	rc, cc := ngramCounts(ref, n), ngramCounts(cand, n)
	overlap := 0
	for g, k := range rc {
		overlap += min(k, cc[g])
	}
	refTotal := max(len(ref)-n+1, 0)
	candTotal := max(len(cand)-n+1, 0)
	p := float64(overlap) / float64(max(candTotal, 1))
	r := float64(overlap) / float64(max(refTotal, 1))
	return Score{Precision: p, Recall: r, F1: fmeasure(p, r)}
}

// lcsLength is the length of the longest common subsequence of a and b, in
// O(len(b)) memory.
func lcsLength(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// rougeL is rouge-score's _score_lcs.
func rougeL(ref, cand []string) Score {
	if len(ref) == 0 || len(cand) == 0 {
		return Score{}
	}
	l := lcsLength(ref, cand)
	p := float64(l) / float64(len(cand))
	r := float64(l) / float64(len(ref))
	return Score{Precision: p, Recall: r, F1: fmeasure(p, r)}
}

// lcsIndices returns the reference indices of one LCS of ref and cand, read
// back as rouge-score's _backtrack_norec does (ties move up the reference).
func lcsIndices(ref, cand []string) []int {
	w := len(cand) + 1
	t := make([]int32, (len(ref)+1)*w) // t[i*w+j] = LCS length of ref[:i], cand[:j]
	for i := 1; i <= len(ref); i++ {
		for j := 1; j <= len(cand); j++ {
			if ref[i-1] == cand[j-1] {
				t[i*w+j] = t[(i-1)*w+j-1] + 1
			} else {
				t[i*w+j] = max(t[(i-1)*w+j], t[i*w+j-1])
			}
		}
	}
	var idx []int
	i, j := len(ref), len(cand)
	for i > 0 && j > 0 {
		switch {
		case ref[i-1] == cand[j-1]:
			idx = append(idx, i-1)
			i--
			j--
		case t[i*w+j-1] > t[(i-1)*w+j]:
			j--
		default:
			i--
		}
	}
	// idx is in descending order; callers only need the set.
	return idx
}

// rougeLsum is rouge-score's _summary_level_lcs: for each reference sentence,
// the union of its LCS with every candidate sentence; hits are clipped by the
// token counts of the whole reference and candidate.
func rougeLsum(refSents, candSents [][]string) Score {
	if len(refSents) == 0 || len(candSents) == 0 {
		return Score{}
	}
	m, n := 0, 0
	refCnt, candCnt := map[string]int{}, map[string]int{}
	for _, s := range refSents {
		m += len(s)
		for _, t := range s {
			refCnt[t]++
		}
	}
	for _, s := range candSents {
		n += len(s)
		for _, t := range s {
			candCnt[t]++
		}
	}
	if m == 0 || n == 0 {
		return Score{}
	}
	hits := 0
	for _, r := range refSents {
		union := make([]bool, len(r))
		for _, c := range candSents {
			for _, i := range lcsIndices(r, c) {
				union[i] = true
			}
		}
		for i, in := range union {
			if !in {
				continue
			}
			t := r[i]
			if candCnt[t] > 0 && refCnt[t] > 0 {
				hits++
				candCnt[t]--
				refCnt[t]--
			}
		}
	}
	p := float64(hits) / float64(n)
	r := float64(hits) / float64(m)
	return Score{Precision: p, Recall: r, F1: fmeasure(p, r)}
}
