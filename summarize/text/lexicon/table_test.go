package lexicon

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// rank is a word's sense number (from 1) of a synset, in the synset's part
// of speech.
func (l *Lexicon) rank(w, s uint32) int {
	g := posAdj
	switch l.synPos[s] {
	case 'n':
		g = posNoun
	case 'v':
		g = posVerb
	case 'r':
		g = posAdv
	}
	for i, x := range l.senses(w, g) {
		if x == s {
			return i + 1
		}
	}
	return 1 << 30
}

// TestSenseLimitSynonymy counts the pairs of words that share a synset
// within each word's first n senses: how much synonymy a sense limit cuts.
// Measured: 37,194 pairs at MaxSense 1, 57,612 at 2, 67,149 at 3, 75,067 at
// 5, 81,475 at all senses. It also checks that Relate does not call a
// first-sense synonym pair antonyms through the looser antonym test (9 of
// 37,194 are: polysemous pairs such as boned/deboned, zero/0, where a
// direct antonym pointer joins other senses).
func TestSenseLimitSynonymy(t *testing.T) {
	l := Default()
	limits := []int{1, 2, 3, 5, 0}
	counts := make([]int, len(limits))
	antonyms := 0
	words := map[uint32]*Word{}
	prepared := func(w uint32) *Word {
		if p, ok := words[w]; ok {
			return p
		}
		p := l.Prepare(l.word(w), DefaultOptions())
		words[w] = p
		return p
	}
	for s := range l.synPos {
		m := l.members(uint32(s))
		for i := range m {
			for j := i + 1; j < len(m); j++ {
				ri, rj := l.rank(m[i], uint32(s)), l.rank(m[j], uint32(s))
				for k, n := range limits {
					if n == 0 || ri <= n && rj <= n {
						counts[k]++
					}
				}
				if ri == 1 && rj == 1 && RelateWords(prepared(m[i]), prepared(m[j])) == Antonym {
					antonyms++
				}
			}
		}
	}
	for k, n := range limits {
		t.Logf("MaxSense %d: %d synonym pairs", n, counts[k])
		if k > 0 && counts[k] <= counts[k-1] {
			t.Errorf("MaxSense %d gives %d pairs, not more than MaxSense %d (%d)", n, counts[k], limits[k-1], counts[k-1])
		}
	}
	t.Logf("first-sense synonym pairs called antonyms: %d of %d", antonyms, counts[0])
	if antonyms*1000 > counts[0] {
		t.Errorf("%d of %d first-sense synonym pairs called antonyms, want under 0.1%%", antonyms, counts[0])
	}
}

// TestDecodeDamaged: a table cut short or with a byte changed is an error or
// a table, never a panic (the table is ours, so there is no fuzz target; this
// checks the reader's bounds).
func TestDecodeDamaged(t *testing.T) {
	b, err := os.ReadFile("testdata/tiny.bin")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decode(raw); err != nil {
		t.Fatalf("the intact table: %v", err)
	}
	try := func(what string, d []byte) {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("%s: panic %v", what, p)
			}
		}()
		if l, err := decode(d); err == nil {
			l.Relate("vehicle", "cars", DefaultOptions())
			l.Antonyms("rose", Options{})
		}
	}
	for n := 0; n < len(raw); n += 23 {
		try(fmt.Sprintf("cut at %d", n), append(raw[:n:n], magic...))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 800 {
		d := slices.Clone(raw)
		i := len(magic) + rng.IntN(len(d)-2*len(magic))
		d[i] = byte(rng.IntN(256))
		try(fmt.Sprintf("byte %d set to %d", i, d[i]), d)
	}
}
