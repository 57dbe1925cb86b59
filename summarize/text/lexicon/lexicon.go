package lexicon

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -dict /usr/share/wordnet -out lexicon.bin

//go:embed lexicon.bin
var embedded []byte

// shared is the embedded table, parsed on first use. It is the package's one
// piece of state: built once, never written after, shared by every caller.
var shared = sync.OnceValue(func() *Lexicon {
	l, err := Parse(embedded)
	if err != nil {
		// The table is generated and committed with the code, and the tests
		// load it: a failure here is a broken build, not bad input.
		panic(err)
	}
	return l
})

// Default returns the embedded WordNet 3.0 table, parsed once on first use
// and shared; it is safe for concurrent use.
func Default() *Lexicon { return shared() }

// Relation is how a claim's word stands to a source's word.
type Relation uint8

// Relations, from none to antonymy. Relate returns the first that holds in
// the order Same, Inflection, Antonym (from the lexicon), Derivation, Synonym,
// Hypernym, Hyponym, Antonym (by a negative prefix).
const (
	// None: no relation found.
	None Relation = iota
	// Same: the same string.
	Same
	// Inflection: the two share a base form ("threatened"/"threaten",
	// "mice"/"mouse", "rose"/"rise"), by WordNet's morphy rules and exception lists.
	Inflection
	// Derivation: a base form of one is derivationally related to a base form
	// of the other ("threatened"/"threat", "admitted"/"admission"), a
	// pertainym ("secretly"/"secret") or a participle ("controlled"/"control").
	Derivation
	// Synonym: the two share a synset among the senses considered.
	Synonym
	// Hypernym: the claim's word is more general than the source's: a synset
	// of the claim's word is an ancestor of a synset of the source's word within
	// MaxDepth hypernym steps ("vehicle" for "car"). For adjectives an
	// adjective satellite's head counts as one step up ("hot" for "scorching").
	Hypernym
	// Hyponym: the claim's word is more specific than the source's ("car" for
	// "vehicle").
	Hyponym
	// Antonym: the two are opposites: a WordNet antonym pointer joins a sense
	// of one to a sense of the other, directly, through an adjective
	// satellite's head, or through a derived form ("secretly"/"publicly"); or
	// one is the other with a negative prefix (un-, in-, im-, il-, ir-, non-,
	// dis-: "controlled"/"uncontrolled").
	Antonym
)

var relationNames = [...]string{"none", "same", "inflection", "derivation", "synonym", "hypernym", "hyponym", "antonym"}

// String names the relation in lower case.
func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "relation(" + strconv.Itoa(int(r)) + ")"
}

// Options limit how far Relate and Antonyms look.
type Options struct {
	// MaxSense: only the first MaxSense senses of each word in each part of
	// speech (WordNet's order, most frequent first) take part in Synonym,
	// Hypernym, Hyponym and Antonym; 0 means all senses. Derivation ignores
	// it: the words share a stem whatever the sense.
	MaxSense int
	// MaxDepth: hypernym steps searched for Hypernym and Hyponym; 0 turns
	// those relations off.
	MaxDepth int
}

// DefaultOptions are the limits measured on the package's examples: the
// first three senses of a word, four hypernym steps ("vehicle" is four above
// "car").
func DefaultOptions() Options { return Options{MaxSense: 3, MaxDepth: 4} }

// Relate says how a claim's word stands to a source's word, by the shared
// table. Both are single words, lower case.
func Relate(claim, source string, o Options) Relation { return Default().Relate(claim, source, o) }

// Lemmas returns a word's base forms over all parts of speech, the word
// itself first if it is a lemma, by the shared table.
func Lemmas(word string) []string { return Default().Lemmas(word) }

// Known reports whether the shared table knows the word or a base form of it.
func Known(word string) bool { return Default().Known(word) }

// Antonyms returns a word's opposites by the shared table: direct antonyms
// first, then the rest of their synsets, antonyms of an adjective satellite's
// head, and antonyms reached through a derived form.
func Antonyms(word string, o Options) []string { return Default().Antonyms(word, o) }

// scratch holds one call's buffers.
type scratch struct {
	cw, sw, cs, ss, ce, se, walk []uint32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func contains(xs []uint32, x uint32) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// has reports whether a sorted set holds x.
func has(set []uint32, x uint32) bool {
	if len(set) <= 16 {
		return contains(set, x)
	}
	_, ok := slices.BinarySearch(set, x)
	return ok
}

// meets reports whether a and the sorted set b share an element.
func meets(a, set []uint32) bool {
	for _, x := range a {
		if has(set, x) {
			return true
		}
	}
	return false
}

func intersects(a, b []uint32) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// morphy's detachment rules per part of speech (WordNet's morph.c).
var rules = [nPOS][]struct{ suf, rep string }{
	posNoun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	posVerb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	posAdj:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// lemmaIDs appends the ids of word's base forms: the word itself if it is a
// lemma, its exception-list bases, and what morphy's rules give in a part of
// speech where the result has senses.
func (l *Lexicon) lemmaIDs(word string, out []uint32) []uint32 {
	if id, ok := l.index[word]; ok {
		out = append(out, id)
	}
	for _, b := range l.exc[word] {
		if !contains(out, b.word) {
			out = append(out, b.word)
		}
	}
	var buf [64]byte
	for g := range nPOS {
		for _, r := range rules[g] {
			if len(word) <= len(r.suf)+1 || !strings.HasSuffix(word, r.suf) {
				continue
			}
			stem := word[:len(word)-len(r.suf)]
			if len(stem)+len(r.rep) > len(buf) {
				continue
			}
			b := append(append(buf[:0], stem...), r.rep...)
			if id, ok := l.index[string(b)]; ok && len(l.senses(id, g)) > 0 && !contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// limited appends the synsets of the first n senses (0: all) of each word in
// each part of speech.
func (l *Lexicon) limited(words []uint32, n int, out []uint32) []uint32 {
	for _, w := range words {
		for g := range nPOS {
			ss := l.senses(w, g)
			if n > 0 && len(ss) > n {
				ss = ss[:n]
			}
			out = append(out, ss...)
		}
	}
	return out
}

// heads appends the heads of the adjective satellites among out's synsets:
// WordNet's indirect antonymy goes through them ("scorching" → "hot" ↔ "cold").
func (l *Lexicon) heads(out []uint32) []uint32 {
	m := len(out)
	for i := range m {
		if l.synPos[out[i]] == 's' {
			out = append(out, l.similar(out[i])...)
		}
	}
	return out
}

// expand appends, to a side's synsets, the synsets its words reach by one
// derivation, pertainym or participle pointer from the senses considered and
// by a derivational suffix (affixBases), then the heads of every adjective
// satellite among them, then their also-see synsets. It feeds the second,
// looser test for antonymy only: "secretly" → "secret" → its head
// "covert", whose antonym is "overt", an also-see of "public", the
// pertainym of "publicly".
func (l *Lexicon) expand(words []uint32, n int, out []uint32) []uint32 {
	add := func(s uint32) { out = append(out, s) } // duplicates are harmless
	for _, w := range words {
		for g := range nPOS {
			ss := l.senses(w, g)
			if n > 0 && len(ss) > n {
				ss = ss[:n]
			}
			for _, s := range ss {
				for _, p := range l.lexical(s) {
					if p.kind != kAntonym && p.src == w {
						add(p.syn)
					}
				}
			}
		}
		var buf [4]affix
		for _, a := range l.affixBases(w, buf[:0]) {
			ss := l.senses(a.word, a.group)
			if n > 0 && len(ss) > n {
				ss = ss[:n]
			}
			for _, s := range ss {
				add(s)
			}
		}
	}
	out = l.heads(out)
	m := len(out)
	for i := range m {
		for _, h := range l.alsoSee(out[i]) {
			add(h)
		}
	}
	return out
}

// affix is a base word a derivational suffix leads to, in a part of speech.
type affix struct {
	word  uint32
	group int
}

// affixBases appends the bases a word derives from by a suffix WordNet has no
// pointer for, where both are lemmas of the parts of speech the suffix makes
// and takes: an adverb in -ly from its adjective ("secretly"/"secret",
// "happily"/"happy", "simply"/"simple", "basically"/"basic") and a verb in
// -en from its noun or adjective of four letters or more
// ("threaten"/"threat", "weaken"/"weak").
func (l *Lexicon) affixBases(w uint32, out []affix) []affix {
	word := l.word(w)
	try := func(stem string, groups ...int) {
		id, ok := l.index[stem]
		if !ok || id == w {
			return
		}
		for _, g := range groups {
			if len(l.senses(id, g)) > 0 {
				out = append(out, affix{id, g})
			}
		}
	}
	if len(l.senses(w, posAdv)) > 0 && strings.HasSuffix(word, "ly") && len(word) > 4 {
		stem := word[:len(word)-2]
		try(stem, posAdj)
		var buf [64]byte
		if len(stem) < len(buf)-1 {
			switch {
			case strings.HasSuffix(stem, "i"): // happily
				try(string(append(append(buf[:0], stem[:len(stem)-1]...), 'y')), posAdj)
			case strings.HasSuffix(stem, "al"): // basically
				try(stem[:len(stem)-2], posAdj)
			case strings.HasSuffix(stem, "b") || strings.HasSuffix(stem, "l") || strings.HasSuffix(stem, "p") || strings.HasSuffix(stem, "t"): // simply, gently
				try(string(append(append(buf[:0], stem...), "le"[1:]...)), posAdj)
				try(string(append(append(buf[:0], word[:len(word)-1]...), 'e')), posAdj)
			}
		}
	}
	if len(l.senses(w, posVerb)) > 0 && strings.HasSuffix(word, "en") && len(word) >= 6 {
		try(word[:len(word)-2], posNoun, posAdj)
	}
	return out
}

// antonymous reports whether an antonym pointer joins a synset of a to one
// of the sorted set b.
func (l *Lexicon) antonymous(a, b []uint32) bool {
	for _, s := range a {
		for _, p := range l.lexical(s) {
			if p.kind != kAntonym {
				break // sorted by kind, antonyms first
			}
			if has(b, p.syn) {
				return true
			}
		}
	}
	return false
}

// derived reports whether a derivation, pertainym or participle pointer
// joins a sense of a word in a to a word in b, or one is the other's base by
// a derivational suffix (affixBases).
func (l *Lexicon) derived(a, b []uint32) bool {
	var buf [4]affix
	for _, w := range a {
		for g := range nPOS {
			for _, s := range l.senses(w, g) {
				for _, p := range l.lexical(s) {
					if p.kind != kAntonym && p.src == w && contains(b, p.dst) {
						return true
					}
				}
			}
		}
		for _, x := range l.affixBases(w, buf[:0]) {
			if contains(b, x.word) {
				return true
			}
		}
	}
	for _, u := range b {
		for _, x := range l.affixBases(u, buf[:0]) {
			if contains(a, x.word) {
				return true
			}
		}
	}
	return false
}

// reaches reports whether a synset in the sorted set targets is an ancestor of one in from
// within depth steps up hypernym (and satellite-to-head) pointers.
func (l *Lexicon) reaches(from, targets []uint32, depth int, buf []uint32) ([]uint32, bool) {
	buf = append(buf[:0], from...)
	start := 0
	for d := 0; d < depth && start < len(buf); d++ {
		end := len(buf)
		for _, s := range buf[start:end] {
			up := l.hypernyms(s)
			if l.synPos[s] == 's' {
				up = l.similar(s)
			}
			for _, h := range up {
				if has(targets, h) {
					return buf, true
				}
				buf = append(buf, h)
			}
		}
		start = end
	}
	return buf, false
}

// Relate says how a claim's word stands to a source's word: the first of
// Same, Inflection, Antonym (lexicon), Derivation, Synonym, Hypernym,
// Hyponym, Antonym (prefix) that holds, or None. Antonymy from the lexicon
// wins over the kinder relations because a word and its opposite can share a
// rare sense or stem, and a checker must not call a changed fact a paraphrase.
// Upper-case letters are lowered.
func (l *Lexicon) Relate(claim, source string, o Options) Relation {
	claim, source = lower(claim), lower(source)
	if claim == source {
		return Same
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.cw = l.lemmaIDs(claim, sc.cw[:0])
	sc.sw = l.lemmaIDs(source, sc.sw[:0])
	if len(sc.cw) > 0 && len(sc.sw) > 0 {
		if intersects(sc.cw, sc.sw) {
			return Inflection
		}
		sc.cs = l.limited(sc.cw, o.MaxSense, sc.cs[:0])
		sc.ss = l.limited(sc.sw, o.MaxSense, sc.ss[:0])
		slices.Sort(sc.cs)
		slices.Sort(sc.ss)
		sc.ce = l.heads(append(sc.ce[:0], sc.cs...))
		sc.se = l.heads(append(sc.se[:0], sc.ss...))
		slices.Sort(sc.ce)
		slices.Sort(sc.se)
		sc.ce, sc.se = slices.Compact(sc.ce), slices.Compact(sc.se)
		if l.antonymous(sc.ce, sc.se) || l.antonymous(sc.se, sc.ce) {
			return Antonym
		}
		if l.derived(sc.cw, sc.sw) {
			return Derivation
		}
		if meets(sc.cs, sc.ss) {
			return Synonym
		}
		if o.MaxDepth > 0 {
			var ok bool
			if sc.walk, ok = l.reaches(sc.ss, sc.cs, o.MaxDepth, sc.walk); ok {
				return Hypernym
			}
			if sc.walk, ok = l.reaches(sc.cs, sc.ss, o.MaxDepth, sc.walk); ok {
				return Hyponym
			}
		}
		sc.ce = l.expand(sc.cw, o.MaxSense, sc.ce)
		sc.se = l.expand(sc.sw, o.MaxSense, sc.se)
		slices.Sort(sc.ce)
		slices.Sort(sc.se)
		sc.ce, sc.se = slices.Compact(sc.ce), slices.Compact(sc.se)
		if l.antonymous(sc.ce, sc.se) || l.antonymous(sc.se, sc.ce) {
			return Antonym
		}
	}
	if l.negates(claim, source, sc) || l.negates(source, claim, sc) {
		return Antonym
	}
	return None
}

// negPrefixes are the negative prefixes of the prefix rule; im-, il- and ir-
// only before the letters they assimilate to, and in-, im-, il-, ir- only
// before an adjective or adverb (they make verbs too: "impose", "inform").
var negPrefixes = []struct{ prefix, next string }{
	{"non-", ""}, {"non", ""}, {"un", ""}, {"dis", ""}, {"in", ""}, {"im", "bmp"}, {"il", "l"}, {"ir", "r"},
}

// negates reports whether neg is plain with a negative prefix: the rest is a
// known word that shares a base form with plain.
func (l *Lexicon) negates(neg, plain string, sc *scratch) bool {
	if len(neg) <= len(plain) {
		return false
	}
	for _, p := range negPrefixes {
		rest, ok := strings.CutPrefix(neg, p.prefix)
		if !ok || len(rest) < 3 || (p.next != "" && !strings.ContainsRune(p.next, rune(rest[0]))) {
			continue
		}
		a := l.lemmaIDs(rest, sc.ce[:0])
		if len(a) == 0 || (p.next != "" || p.prefix == "in") && !l.adjectival(a) {
			continue
		}
		b := l.lemmaIDs(plain, sc.se[:0])
		if rest == plain || intersects(a, b) {
			return true
		}
	}
	return false
}

// adjectival reports whether one of the words has adjective or adverb senses.
func (l *Lexicon) adjectival(words []uint32) bool {
	for _, w := range words {
		if len(l.senses(w, posAdj)) > 0 || len(l.senses(w, posAdv)) > 0 {
			return true
		}
	}
	return false
}

// Lemmas returns a word's base forms over all parts of speech (WordNet's
// morphy: exception lists, then suffix rules), the word itself first if it
// is a lemma; nil if none is known.
func (l *Lexicon) Lemmas(word string) []string {
	ids := l.lemmaIDs(lower(word), nil)
	if len(ids) == 0 {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = l.word(id)
	}
	return out
}

// Known reports whether the word or a base form of it is a lemma.
func (l *Lexicon) Known(word string) bool {
	var buf [8]uint32
	return len(l.lemmaIDs(lower(word), buf[:0])) > 0
}

// Antonyms returns a word's opposites among its senses within o.MaxSense:
// direct antonyms of its base forms first, then the other single-word members
// of the antonym synsets, antonyms of an adjective satellite's head, and
// antonyms reached through a derived form together with their own derived
// forms in the word's parts of speech ("secretly" → "secret" → … →
// "publicly"). Its own base forms are left out.
func (l *Lexicon) Antonyms(word string, o Options) []string {
	words := l.lemmaIDs(lower(word), nil)
	base := l.limited(words, o.MaxSense, nil)
	var out []uint32
	add := func(w uint32) {
		if w != noWord && !contains(words, w) && !contains(out, w) {
			out = append(out, w)
		}
	}
	var ants []uint32 // antonym synsets reached directly or by a head
	for _, s := range base {
		for _, p := range l.lexical(s) {
			if p.kind == kAntonym && contains(words, p.src) {
				add(p.dst)
			}
		}
	}
	for _, s := range base {
		for _, p := range l.lexical(s) {
			if p.kind == kAntonym && !contains(ants, p.syn) {
				ants = append(ants, p.syn)
			}
		}
	}
	exp := l.expand(words, o.MaxSense, append([]uint32(nil), base...))
	var far []uint32 // antonym synsets reached through a head or a derived form
	for _, s := range exp[len(base):] {
		for _, p := range l.lexical(s) {
			if p.kind == kAntonym && !contains(ants, p.syn) && !contains(far, p.syn) {
				far = append(far, p.syn)
			}
		}
	}
	for _, s := range ants {
		for _, w := range l.members(s) {
			add(w)
		}
	}
	groups := map[byte]bool{}
	for _, s := range base {
		groups[group(l.synPos[s])] = true
	}
	for _, s := range far {
		for _, w := range l.members(s) {
			add(w)
			// back into the word's own parts of speech
			for _, p := range l.lexical(s) {
				if p.kind != kAntonym && p.src == w && groups[group(l.synPos[p.syn])] {
					add(p.dst)
				}
			}
		}
	}
	res := make([]string, len(out))
	for i, w := range out {
		res[i] = l.word(w)
	}
	return res
}

func group(pos byte) byte {
	if pos == 's' {
		return 'a'
	}
	return pos
}
