// Command gen turns a WordNet 3.0 database (the files Debian's wordnet-base
// installs in /usr/share/wordnet) into the lexicon package's compact table.
//
//	go run ./internal/gen -dict /usr/share/wordnet -out lexicon.bin
//
// It keeps single-word lemmas only (lower case; collocations with '_' are
// dropped), every synset with its part of speech, hypernym and instance
// hypernym pointers, similar-to and also-see pointers, the lexical pointers between words
// (antonym, derivationally related form, pertainym, participle; pertainym and
// participle pointers are also written in reverse), each word's senses in
// WordNet's order (the order of index.*, by tagged sense frequency) and the
// morphological exception lists. The output is deterministic: the same
// database gives the same bytes.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet dictionary directory (data.*, index.*, *.exc)")
	out := flag.String("out", "lexicon.bin", "output file")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
	t, err := build(dict)
	if err != nil {
		return err
	}
	b, err := t.encode()
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// Pointer kinds, as the reader in package lexicon numbers them.
const (
	kAntonym    = 1 // !
	kDerivation = 2 // +
	kPertainym  = 3 // \ (and its reverse)
	kParticiple = 4 // < (and its reverse)
)

// magic opens and closes the uncompressed table; the version is in it.
const magic = "WNLEX2\n"

// noWord is a pointer end that is not a single-word lemma (written as 0).
const noWord = -1

var files = []struct {
	name string // data.X, index.X, X.exc
	pos  byte   // index group: n, v, a, r
}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}}

type lex struct {
	kind     byte
	src, dst int // word ids or noWord
	syn      int // target synset
}

type synset struct {
	pos     byte // n v a s r
	words   []string
	hyper   []int
	sim     []int
	see     []int
	members []int
	lex     []lex
}

type rawPtr struct {
	sym      string
	key      string
	src, dst int // 1-based word numbers; 0 = whole synset
}

type table struct {
	words  []string
	synset []*synset
	senses [][4][]int // per word, per index group
	exc    [4][]excEntry
}

type excEntry struct {
	form  string
	bases []int
}

func groupOf(pos byte) int {
	switch pos {
	case 'n':
		return 0
	case 'v':
		return 1
	case 'a', 's':
		return 2
	case 'r':
		return 3
	}
	return -1
}

func fileKey(pos byte, off string) string {
	if pos == 's' {
		pos = 'a'
	}
	return string(pos) + off
}

// cleanWord lower-cases a data-file lemma and drops an adjective marker
// such as "(a)", "(p)" or "(ip)".
func cleanWord(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		w = w[:i]
	}
	return strings.ToLower(w)
}

func single(w string) bool { return w != "" && !strings.ContainsAny(w, "_ ") }

func lines(path string, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == ' ' { // licence header
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func build(dict string) (*table, error) {
	// Words: every single-word lemma of the index files.
	wordSet := map[string]bool{}
	type idxLine struct {
		lemma string
		group int
		offs  []string
	}
	var idx []idxLine
	for g, f := range files {
		err := lines(filepath.Join(dict, "index."+f.name), func(line string) error {
			fs := strings.Fields(line)
			if len(fs) < 6 {
				return errors.New("short index line")
			}
			lemma := strings.ToLower(fs[0])
			if !single(lemma) {
				return nil
			}
			nsyn, err1 := strconv.Atoi(fs[2])
			np, err2 := strconv.Atoi(fs[3])
			if err1 != nil || err2 != nil || len(fs) != 6+np+nsyn {
				return errors.New("bad index line")
			}
			wordSet[lemma] = true
			idx = append(idx, idxLine{lemma, g, fs[6+np:]})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	t := &table{}
	for w := range wordSet {
		t.words = append(t.words, w)
	}
	slices.Sort(t.words)
	wid := make(map[string]int, len(t.words))
	for i, w := range t.words {
		wid[w] = i
	}
	word := func(w string) int {
		if id, ok := wid[w]; ok {
			return id
		}
		return noWord
	}

	// Synsets, in file order (noun, verb, adj, adv; by offset).
	sid := map[string]int{}
	var ptrs [][]rawPtr
	for _, f := range files {
		err := lines(filepath.Join(dict, "data."+f.name), func(line string) error {
			fs := strings.Fields(line)
			if len(fs) < 4 || len(fs[2]) != 1 {
				return errors.New("short data line")
			}
			s := &synset{pos: fs[2][0]}
			nw, err := strconv.ParseUint(fs[3], 16, 8)
			if err != nil || len(fs) < 5+2*int(nw) {
				return errors.New("bad word count")
			}
			i := 4
			for range nw {
				s.words = append(s.words, cleanWord(fs[i]))
				i += 2
			}
			np, err := strconv.Atoi(fs[i])
			if err != nil || len(fs) < i+1+4*np {
				return errors.New("bad pointer count")
			}
			i++
			var ps []rawPtr
			for range np {
				st, err := strconv.ParseUint(fs[i+3], 16, 16)
				if err != nil || len(fs[i+2]) != 1 {
					return errors.New("bad pointer")
				}
				ps = append(ps, rawPtr{sym: fs[i], key: fileKey(fs[i+2][0], fs[i+1]), src: int(st >> 8), dst: int(st & 0xff)})
				i += 4
			}
			sid[fileKey(f.pos, fs[0])] = len(t.synset)
			t.synset = append(t.synset, s)
			ptrs = append(ptrs, ps)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	// Pointers. Targets outside the database (a trimmed fixture) are dropped.
	type edge struct{ from, to, w1, w2 int }
	var reverse []struct {
		kind byte
		e    edge
	}
	wordAt := func(s *synset, n int) int {
		if n < 1 || n > len(s.words) {
			return noWord
		}
		return word(s.words[n-1])
	}
	for i, s := range t.synset {
		for w := range s.words {
			if id := word(s.words[w]); id != noWord && !slices.Contains(s.members, id) {
				s.members = append(s.members, id)
			}
		}
		for _, p := range ptrs[i] {
			j, ok := sid[p.key]
			if !ok {
				continue
			}
			d := t.synset[j]
			var kind byte
			switch p.sym {
			case "@", "@i":
				s.hyper = append(s.hyper, j)
				continue
			case "&":
				s.sim = append(s.sim, j)
				continue
			case "^":
				s.see = append(s.see, j) // lexical or not, kept per synset
				continue
			case "!":
				kind = kAntonym
			case "+":
				kind = kDerivation
			case "\\":
				kind = kPertainym
			case "<":
				kind = kParticiple
			default:
				continue
			}
			var pairs [][2]int
			if p.src == 0 { // a semantic pointer: every word of both synsets
				for a := range s.words {
					for b := range d.words {
						pairs = append(pairs, [2]int{wordAt(s, a+1), wordAt(d, b+1)})
					}
				}
			} else {
				pairs = append(pairs, [2]int{wordAt(s, p.src), wordAt(d, p.dst)})
			}
			for _, pr := range pairs {
				if kind != kAntonym && (pr[0] == noWord || pr[1] == noWord) {
					continue // only antonyms keep a multiword end (synset-level antonymy)
				}
				s.lex = append(s.lex, lex{kind, pr[0], pr[1], j})
				if kind == kPertainym || kind == kParticiple {
					reverse = append(reverse, struct {
						kind byte
						e    edge
					}{kind, edge{j, i, pr[1], pr[0]}})
				}
			}
		}
	}
	for _, r := range reverse {
		s := t.synset[r.e.from]
		s.lex = append(s.lex, lex{r.kind, r.e.w1, r.e.w2, r.e.to})
	}
	for _, s := range t.synset {
		slices.Sort(s.hyper)
		s.hyper = slices.Compact(s.hyper)
		slices.Sort(s.sim)
		s.sim = slices.Compact(s.sim)
		slices.Sort(s.see)
		s.see = slices.Compact(s.see)
		slices.SortFunc(s.lex, func(a, b lex) int {
			if a.kind != b.kind {
				return int(a.kind) - int(b.kind)
			}
			if a.src != b.src {
				return a.src - b.src
			}
			if a.syn != b.syn {
				return a.syn - b.syn
			}
			return a.dst - b.dst
		})
		s.lex = slices.Compact(s.lex)
	}

	// Senses, in index order.
	t.senses = make([][4][]int, len(t.words))
	for _, l := range idx {
		w := wid[l.lemma]
		for _, off := range l.offs {
			j, ok := sid[fileKey(files[l.group].pos, off)]
			if !ok {
				continue
			}
			t.senses[w][l.group] = append(t.senses[w][l.group], j)
		}
	}

	// Exception lists.
	for g, f := range files {
		m := map[string][]int{}
		err := lines(filepath.Join(dict, f.name+".exc"), func(line string) error {
			fs := strings.Fields(line)
			if len(fs) < 2 || !single(fs[0]) {
				return nil
			}
			for _, b := range fs[1:] {
				if id := word(b); single(b) && id != noWord && !slices.Contains(m[fs[0]], id) {
					m[fs[0]] = append(m[fs[0]], id)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for form, bases := range m {
			t.exc[g] = append(t.exc[g], excEntry{form, bases})
		}
		slices.SortFunc(t.exc[g], func(a, b excEntry) int { return strings.Compare(a.form, b.form) })
	}
	return t, nil
}

// encode writes the table: the uncompressed layout (all integers unsigned
// varints, word ids written +1 where a pointer end may be noWord) is
//
//	magic
//	sizes: word bytes, hypernyms, similar, also-see, members, lexical pointers, senses
//	nWords, then each word: len, bytes                     (sorted)
//	nSynsets, then each synset:
//	  pos byte; nHyper, ids; nSim, ids; nSee, ids; nMembers, word ids;
//	  nLex, then each: kind byte, src+1, dst+1, synset
//	per word: for each of n, v, a, r: nSenses, synset ids   (WordNet's order)
//	for each of n, v, a, r: nForms, then each: len, bytes, nBases, word ids
//	magic
//
// gzip'd at the best compression with an empty header.
func (t *table) encode() ([]byte, error) {
	var raw bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	u := func(v int) {
		if v < 0 {
			panic("negative varint")
		}
		raw.Write(tmp[:binary.PutUvarint(tmp[:], uint64(v))])
	}
	str := func(s string) { u(len(s)); raw.WriteString(s) }
	ids := func(xs []int) {
		u(len(xs))
		for _, x := range xs {
			u(x)
		}
	}
	raw.WriteString(magic)
	// sizes, so that the reader allocates once
	var nb, nh, nsim, nsee, nm, nl, nsen int
	for _, w := range t.words {
		nb += len(w)
	}
	for _, s := range t.synset {
		nh, nsim, nsee, nm, nl = nh+len(s.hyper), nsim+len(s.sim), nsee+len(s.see), nm+len(s.members), nl+len(s.lex)
	}
	for _, ss := range t.senses {
		for g := range ss {
			nsen += len(ss[g])
		}
	}
	for _, n := range []int{nb, nh, nsim, nsee, nm, nl, nsen} {
		u(n)
	}
	u(len(t.words))
	for _, w := range t.words {
		str(w)
	}
	u(len(t.synset))
	for _, s := range t.synset {
		raw.WriteByte(s.pos)
		ids(s.hyper)
		ids(s.sim)
		ids(s.see)
		ids(s.members)
		u(len(s.lex))
		for _, l := range s.lex {
			raw.WriteByte(l.kind)
			u(l.src + 1)
			u(l.dst + 1)
			u(l.syn)
		}
	}
	for _, ss := range t.senses {
		for g := range ss {
			ids(ss[g])
		}
	}
	for g := range t.exc {
		u(len(t.exc[g]))
		for _, e := range t.exc[g] {
			str(e.form)
			ids(e.bases)
		}
	}
	raw.WriteString(magic)

	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(zw, &raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
