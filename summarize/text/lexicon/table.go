package lexicon

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
)

// Pointer kinds between words, as internal/gen writes them.
const (
	kAntonym    = 1 // !
	kDerivation = 2 // +
	kPertainym  = 3 // \ and its reverse
	kParticiple = 4 // < and its reverse
)

const magic = "WNLEX2\n"

// noWord marks a pointer end that is not a single-word lemma.
const noWord = ^uint32(0)

// Part-of-speech groups, in index order; adjective satellites are in posAdj.
const (
	posNoun = iota
	posVerb
	posAdj
	posAdv
	nPOS
)

// lexPtr is a lexical pointer from a word of one synset to a word of another.
type lexPtr struct {
	kind     uint8
	src, dst uint32 // word ids, or noWord
	syn      uint32 // target synset
}

// Lexicon is a loaded table. It is read-only once built and safe for
// concurrent use.
type Lexicon struct {
	words   string   // every lemma, concatenated in sorted order
	wordOff []uint32 // word i is words[wordOff[i]:wordOff[i+1]]
	index   map[string]uint32

	synPos   []byte // 'n', 'v', 'a', 's', 'r'
	hypStart []uint32
	hyp      []uint32
	simStart []uint32
	sim      []uint32
	seeStart []uint32
	see      []uint32
	memStart []uint32
	mem      []uint32
	lexStart []uint32
	lex      []lexPtr

	senseStart []uint32 // senses of word w in group g: sense[senseStart[w*nPOS+g]:senseStart[w*nPOS+g+1]]
	sense      []uint32

	exc map[string][]excBase // inflected form → base words
}

type excBase struct {
	pos  uint8
	word uint32
}

// reader decodes unsigned varints and strings from the table.
type reader struct {
	b   []byte
	err error
}

func (r *reader) u() uint32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > 1<<31 {
		r.err = errors.New("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return uint32(v)
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errors.New("truncated")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) bytes(n uint32) []byte {
	if r.err != nil || uint32(len(r.b)) < n {
		r.err = errors.New("truncated")
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// count reads a length that cannot exceed what is left of the input.
func (r *reader) count() int {
	n := r.u()
	if int(n) > len(r.b) {
		r.err = errors.New("count past the end")
		return 0
	}
	return int(n)
}

// Parse reads a table that internal/gen wrote (gzip'd).
func Parse(data []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	// gzip's trailer gives the size (mod 2^32); a hint, bounded.
	var buf bytes.Buffer
	if n := len(data); n >= 4 {
		if size := int(binary.LittleEndian.Uint32(data[n-4:])); size <= 16*n {
			buf.Grow(size + bytes.MinRead)
		}
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	raw := buf.Bytes()
	l, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return l, nil
}

func decode(raw []byte) (*Lexicon, error) {
	if len(raw) < 2*len(magic) || !bytes.HasPrefix(raw, []byte(magic)) || !bytes.HasSuffix(raw, []byte(magic)) {
		return nil, errors.New("not a lexicon table (or another version)")
	}
	r := &reader{b: raw[len(magic) : len(raw)-len(magic)]}
	l := &Lexicon{}
	var size [7]int // word bytes, hypernyms, similar, also-see, members, lexical, senses
	for i := range size {
		size[i] = r.count()
	}
	size[5] = min(size[5], len(r.b)/4) // 4 bytes a pointer at least
	l.hyp = make([]uint32, 0, size[1])
	l.sim = make([]uint32, 0, size[2])
	l.see = make([]uint32, 0, size[3])
	l.mem = make([]uint32, 0, size[4])
	l.lex = make([]lexPtr, 0, size[5])
	l.sense = make([]uint32, 0, size[6])

	nw := r.count()
	sb := make([]byte, 0, size[0])
	l.wordOff = make([]uint32, 0, nw+1)
	for range nw {
		l.wordOff = append(l.wordOff, uint32(len(sb)))
		sb = append(sb, r.bytes(r.u())...)
	}
	l.wordOff = append(l.wordOff, uint32(len(sb)))
	l.words = string(sb)
	l.index = make(map[string]uint32, nw)
	for i := range nw {
		l.index[l.word(uint32(i))] = uint32(i)
	}

	wordID := func() uint32 {
		v := r.u()
		if int(v) >= nw {
			r.err = errors.New("word id out of range")
		}
		return v
	}
	ns := r.count()
	synID := func() uint32 {
		v := r.u()
		if int(v) >= ns {
			r.err = errors.New("synset id out of range")
		}
		return v
	}
	ids := func(start *[]uint32, out *[]uint32, id func() uint32) {
		*start = append(*start, uint32(len(*out)))
		for range r.count() {
			*out = append(*out, id())
		}
	}
	l.synPos = make([]byte, 0, ns)
	l.hypStart = make([]uint32, 0, ns+1)
	l.simStart = make([]uint32, 0, ns+1)
	l.seeStart = make([]uint32, 0, ns+1)
	l.memStart = make([]uint32, 0, ns+1)
	l.lexStart = make([]uint32, 0, ns+1)
	for range ns {
		p := r.byte()
		switch p {
		case 'n', 'v', 'a', 's', 'r':
		default:
			r.err = errors.New("bad part of speech")
		}
		l.synPos = append(l.synPos, p)
		ids(&l.hypStart, &l.hyp, synID)
		ids(&l.simStart, &l.sim, synID)
		ids(&l.seeStart, &l.see, synID)
		ids(&l.memStart, &l.mem, wordID)
		l.lexStart = append(l.lexStart, uint32(len(l.lex)))
		for range r.count() {
			k := r.byte()
			src, dst := r.u(), r.u()
			if int(src) > nw || int(dst) > nw {
				r.err = errors.New("word id out of range")
			}
			l.lex = append(l.lex, lexPtr{kind: k, src: src - 1, dst: dst - 1, syn: synID()})
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	l.hypStart = append(l.hypStart, uint32(len(l.hyp)))
	l.simStart = append(l.simStart, uint32(len(l.sim)))
	l.seeStart = append(l.seeStart, uint32(len(l.see)))
	l.memStart = append(l.memStart, uint32(len(l.mem)))
	l.lexStart = append(l.lexStart, uint32(len(l.lex)))

	l.senseStart = make([]uint32, 0, nw*nPOS+1)
	for range nw * nPOS {
		l.senseStart = append(l.senseStart, uint32(len(l.sense)))
		for range r.count() {
			l.sense = append(l.sense, synID())
		}
	}
	l.senseStart = append(l.senseStart, uint32(len(l.sense)))

	l.exc = map[string][]excBase{}
	for g := range nPOS {
		for range r.count() {
			form := string(r.bytes(r.u()))
			for range r.count() {
				l.exc[form] = append(l.exc[form], excBase{uint8(g), wordID()})
			}
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errors.New("trailing bytes")
	}
	return l, nil
}

func (l *Lexicon) word(i uint32) string { return l.words[l.wordOff[i]:l.wordOff[i+1]] }

// senses returns word w's synsets in part-of-speech group g, in WordNet's order.
func (l *Lexicon) senses(w uint32, g int) []uint32 {
	i := int(w)*nPOS + g
	return l.sense[l.senseStart[i]:l.senseStart[i+1]]
}

func (l *Lexicon) hypernyms(s uint32) []uint32 { return l.hyp[l.hypStart[s]:l.hypStart[s+1]] }
func (l *Lexicon) similar(s uint32) []uint32   { return l.sim[l.simStart[s]:l.simStart[s+1]] }
func (l *Lexicon) alsoSee(s uint32) []uint32   { return l.see[l.seeStart[s]:l.seeStart[s+1]] }
func (l *Lexicon) members(s uint32) []uint32   { return l.mem[l.memStart[s]:l.memStart[s+1]] }
func (l *Lexicon) lexical(s uint32) []lexPtr   { return l.lex[l.lexStart[s]:l.lexStart[s+1]] }

// Stats counts what a table holds.
type Stats struct {
	Words, Synsets, Senses, Hypernyms, Similar, AlsoSee, Antonyms, Derivations, Exceptions int
}

// Stats counts the table's words, synsets, senses and pointers.
func (l *Lexicon) Stats() Stats {
	st := Stats{Words: len(l.wordOff) - 1, Synsets: len(l.synPos), Senses: len(l.sense),
		Hypernyms: len(l.hyp), Similar: len(l.sim), AlsoSee: len(l.see), Exceptions: len(l.exc)}
	for _, p := range l.lex {
		if p.kind == kAntonym {
			st.Antonyms++
		} else {
			st.Derivations++
		}
	}
	return st
}
