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
// the order Same, Inflection, Antonym (by WordNet's antonym pointers,
// directly or through a satellite's head), Derivation, Synonym, Hypernym,
// Hyponym, Antonym (through derived forms and also-see), Antonym (by a
// negative prefix).
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
	// pertainym ("secretly"/"secret") or a participial adjective to its verb;
	// two suffix rules fill WordNet's gaps (-ly adverbs, -en verbs).
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
	// satellite's head, or through a derived form and an also-see adjective
	// ("secretly" → "secret" → "covert" ↔ "overt" → "public" → "publicly"); or
	// one is the other with a negative prefix (un-, in-, im-, il-, ir-, non-,
	// dis-: "controlled"/"uncontrolled").
	Antonym
	// LooseAntonym: opposites only through derived forms and also-see
	// ("secretly"/"publicly": secretly → secret → covert ↔ overt, an also-see
	// of public). Weaker than Antonym: it also joins words a reader would not
	// call opposites.
	LooseAntonym
)

var relationNames = [...]string{"none", "same", "inflection", "derivation", "synonym", "hypernym", "hyponym", "antonym", "loose antonym"}

// String names the relation in lower case.
func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "relation(" + strconv.Itoa(int(r)) + ")"
}

// Options limit how far Relate, Prepare and Antonyms look.
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

func contains(xs []uint32, x uint32) bool {
	for _, y := range xs {
		if y == x {
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

// Relate says how a claim's word stands to a source's word: the first of
// Same, Inflection, Antonym (lexicon), Derivation, Synonym, Hypernym,
// Hyponym, Antonym (looser: through derived forms and also-see), Antonym
// (prefix) that holds, or None. Antonymy by WordNet's pointers (directly or
// through a satellite's head) wins over the kinder relations because a word
// and its opposite can share a rare sense or a stem, and a checker must not
// call a changed fact a paraphrase; the looser antonymy comes after them
// because it would otherwise call some synonyms opposites ("travel"/"go").
// Upper-case letters are lowered. It is RelateWords on two words prepared
// for this one call.
func (l *Lexicon) Relate(claim, source string, o Options) Relation {
	c, s := wordPool.Get().(*Word), wordPool.Get().(*Word)
	defer wordPool.Put(c)
	defer wordPool.Put(s)
	l.begin(lower(claim), o, c)
	l.begin(lower(source), o, s)
	return relate(l, c, s)
}

var wordPool = sync.Pool{New: func() any { return new(Word) }}

// A Word is a word prepared for RelateWords: its base forms, derived forms,
// senses, ancestors and opposites under one Options, worked out once. A
// checker that compares each claim word with many source words, and the same
// source words with many claims, prepares each distinct word once (a map from
// the word to its *Word) and compares prepared words, a small part of the
// cost of Relate. A Word is read-only and safe for concurrent use.
type Word struct {
	word     string
	o        Options
	stage    int      // how much of the rest is worked out (Relate works it out as it goes)
	number   bool     // a base form is in numberWords
	lem      []uint32 // base forms (word ids)
	neg      []uint32 // base forms of the word less a negative prefix
	syn      []uint32 // stageSenses: synsets of the senses considered
	heads    []uint32 //   syn and the heads of its adjective satellites
	ant      []uint32 //   antonym targets of heads
	antSyn   []uint32 //   antonym targets of syn alone (no satellite's head)
	der      []uint32 // stageDerived: words one derivation, pertainym or participle pointer or suffix away
	anc      []uint32 // stageAncestors: ancestors of syn within MaxDepth steps
	loose    []uint32 // stageLoose: heads and what expand reaches
	antLoose []uint32 //   antonym targets of loose
}

// Stages of a Word's preparation.
const (
	stageLemmas = iota
	stageSenses
	stageDerived
	stageAncestors
	stageLoose
)

// String returns the word as prepared (lower case).
func (w *Word) String() string { return w.word }

// Known reports whether the word or a base form of it is a lemma.
func (w *Word) Known() bool { return len(w.lem) > 0 }

// Prepare works out a word's relations once, for RelateWords, by the shared
// table.
func Prepare(word string, o Options) *Word { return Default().Prepare(word, o) }

// Prepare works out a word's relations once, for RelateWords.
func (l *Lexicon) Prepare(word string, o Options) *Word {
	var w Word
	l.begin(lower(word), o, &w)
	l.advance(&w, stageLoose)
	for _, s := range []*[]uint32{&w.lem, &w.der, &w.syn, &w.heads, &w.anc, &w.loose, &w.ant, &w.antLoose, &w.neg, &w.antSyn} {
		*s = slices.Clip(*s)
		if len(*s) == 0 {
			*s = nil
		}
	}
	return &w
}

// RelateWords says how a prepared claim word stands to a prepared source
// word, as Relate does. Both must come from the same Lexicon with the same
// Options.
func RelateWords(claim, source *Word) Relation { return relate(nil, claim, source) }

// DirectAntonyms reports whether two prepared words are opposites by
// WordNet's own antonym pointer between senses of both (not through an
// adjective satellite's head, "immediate"/"ancient", nor through derived
// forms), or by a negative prefix ("uncontrolled"/"controlled"). It is the
// narrow part of Antonym, for a checker that calls words opposites without
// seeing them in the same place.
func DirectAntonyms(a, b *Word) bool {
	if len(a.lem) > 0 && len(b.lem) > 0 && meet(a.lem, b.lem) {
		return false
	}
	return meet(a.antSyn, b.syn) || meet(b.antSyn, a.syn) || meet(a.neg, b.lem) || meet(b.neg, a.lem)
}

// relate is Relate's order of tests. With a Lexicon it works out each
// stage of both words just before the tests that need it, so that a pair
// settled early costs little; without, the words are prepared.
func relate(l *Lexicon, c, s *Word) Relation {
	need := func(stage int) {
		if l != nil {
			l.advance(c, stage)
			l.advance(s, stage)
		}
	}
	if c.word == s.word {
		return Same
	}
	if len(c.lem) > 0 && len(s.lem) > 0 {
		if meet(c.lem, s.lem) {
			return Inflection
		}
		if c.number && s.number {
			return None // two different numbers: see numberWords
		}
		need(stageSenses)
		if meet(c.ant, s.heads) || meet(s.ant, c.heads) {
			return Antonym
		}
		need(stageDerived)
		if meet(c.der, s.lem) || meet(s.der, c.lem) {
			return Derivation
		}
		if meet(c.syn, s.syn) {
			return Synonym
		}
		need(stageAncestors)
		if meet(c.syn, s.anc) {
			return Hypernym
		}
		if meet(c.anc, s.syn) {
			return Hyponym
		}
	}
	if meet(c.neg, s.lem) || meet(s.neg, c.lem) {
		return Antonym
	}
	if len(c.lem) > 0 && len(s.lem) > 0 {
		need(stageLoose)
		if meet(c.antLoose, s.loose) || meet(s.antLoose, c.loose) {
			return LooseAntonym
		}
	}
	return None
}

// numberWords are the number words between which WordNet's senses give
// false relations: one of million's three senses is "a very large
// indefinite number", with billion, trillion and zillion in it, so at three
// senses "million" would be a synonym of "billion". Two different number
// words are never related here; figures are the number reader's business
// (package text), not the lexicon's.
var numberWords = map[string]bool{
	"zero": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true,
	"eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true, "thousand": true,
	"million": true, "billion": true, "trillion": true, "quadrillion": true, "dozen": true,
	"score": true, "myriad": true, "zillion": true, "jillion": true, "gazillion": true, "bajillion": true,
}

// meet reports whether two sorted sets share an element.
func meet(a, b []uint32) bool {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] < b[0] || b[len(b)-1] < a[0] {
		return false // one set ends before the other begins
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) >= 8*len(a) {
		// a few words' senses against a long list (ancestors): look each up
		for _, x := range a {
			i, found := slices.BinarySearch(b, x)
			if found {
				return true
			}
			if b = b[i:]; len(b) == 0 {
				return false
			}
		}
		return false
	}
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

// sortSet sorts a set and drops its duplicates.
func sortSet(s []uint32) []uint32 {
	slices.Sort(s)
	return slices.Compact(s)
}

// begin starts w for word (lower case): its base forms, with and without a
// negative prefix. It reuses w's slices.
func (l *Lexicon) begin(word string, o Options, w *Word) {
	w.word, w.o, w.stage = word, o, stageLemmas
	w.lem = sortSet(l.lemmaIDs(word, w.lem[:0]))
	w.number = false
	for _, x := range w.lem {
		w.number = w.number || numberWords[l.word(x)]
	}
	w.neg = l.unprefixed(word, w.neg[:0])
	w.der, w.syn, w.heads, w.anc = w.der[:0], w.syn[:0], w.heads[:0], w.anc[:0]
	w.loose, w.ant, w.antLoose, w.antSyn = w.loose[:0], w.ant[:0], w.antLoose[:0], w.antSyn[:0]
}

// advance works out w's stages up to stage.
func (l *Lexicon) advance(w *Word, stage int) {
	for w.stage < stage {
		w.stage++
		if len(w.lem) == 0 {
			continue
		}
		switch w.stage {
		case stageSenses:
			w.syn = sortSet(l.limited(w.lem, w.o.MaxSense, w.syn))
			w.heads = sortSet(l.heads(append(w.heads, w.syn...)))
			w.ant = sortSet(l.antonymsOf(w.heads, w.ant))
			w.antSyn = sortSet(l.antonymsOf(w.syn, w.antSyn))
		case stageDerived:
			var buf [4]affix
			for _, x := range w.lem {
				for g := range nPOS {
					for _, s := range l.senses(x, g) {
						for _, p := range l.lexical(s) {
							if p.kind != kAntonym && p.src == x {
								w.der = append(w.der, p.dst)
							}
						}
					}
				}
				for _, a := range l.affixBases(x, buf[:0]) {
					w.der = append(w.der, a.word)
				}
			}
			w.der = sortSet(w.der)
		case stageAncestors: // breadth first, MaxDepth steps
			w.anc = append(w.anc, w.syn...)
			start := 0
			for d := 0; d < w.o.MaxDepth && start < len(w.anc); d++ {
				end := len(w.anc)
				for i := start; i < end; i++ {
					s := w.anc[i]
					if l.synPos[s] == 's' {
						w.anc = append(w.anc, l.similar(s)...)
					} else {
						w.anc = append(w.anc, l.hypernyms(s)...)
					}
				}
				start = end
			}
			w.anc = sortSet(append(w.anc[:0], w.anc[len(w.syn):]...))
		case stageLoose:
			w.loose = sortSet(l.expand(w.lem, w.o.MaxSense, append(w.loose, w.heads...)))
			w.antLoose = sortSet(l.antonymsOf(w.loose, w.antLoose))
		}
	}
}

// antonymsOf appends the synsets an antonym pointer from a synset of set reaches.
func (l *Lexicon) antonymsOf(set, out []uint32) []uint32 {
	for _, s := range set {
		for _, p := range l.lexical(s) {
			if p.kind != kAntonym {
				break // sorted by kind, antonyms first
			}
			out = append(out, p.syn)
		}
	}
	return out
}

// negPrefixes are the negative prefixes of the prefix rule; im-, il- and ir-
// only before the letters they assimilate to, and in-, im-, il-, ir- only
// before an adjective or adverb (they make verbs too: "impose", "inform").
var negPrefixes = []struct{ prefix, next string }{
	{"non-", ""}, {"non", ""}, {"un", ""}, {"dis", ""}, {"in", ""}, {"im", "bmp"}, {"il", "l"}, {"ir", "r"},
}

// Unprefixed returns the base forms of a word less a negative prefix, where
// the rest is a known word ("uncomprehensive" → "comprehensive",
// "illegal" → "legal"); nil for a word with none.
func Unprefixed(word string) []string {
	l := Default()
	return l.wordsOf(l.unprefixed(lower(word), nil))
}

// wordsOf returns the words of ids; nil for none.
func (l *Lexicon) wordsOf(ids []uint32) []string {
	if len(ids) == 0 {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = l.word(id)
	}
	return out
}

// unprefixed appends the base forms of word less a negative prefix, where
// the rest is a known word (an adjective or adverb after in-, im-, il-, ir-).
func (l *Lexicon) unprefixed(word string, out []uint32) []uint32 {
	for _, p := range negPrefixes {
		rest, ok := strings.CutPrefix(word, p.prefix)
		if !ok || len(rest) < 3 || (p.next != "" && !strings.ContainsRune(p.next, rune(rest[0]))) {
			continue
		}
		n := len(out)
		out = l.lemmaIDs(rest, out)
		if (p.next != "" || p.prefix == "in") && !l.adjectival(out[n:]) {
			out = out[:n]
		}
	}
	return sortSet(out)
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
	return l.wordsOf(l.lemmaIDs(lower(word), nil))
}

// Known reports whether the word or a base form of it is a lemma.
func (l *Lexicon) Known(word string) bool {
	var buf [8]uint32
	return len(l.lemmaIDs(lower(word), buf[:0])) > 0
}

// Antonyms returns a word's opposites among its senses within o.MaxSense:
// direct antonyms of its base forms first, then the other single-word members
// of the antonym synsets, then antonyms reached through an adjective
// satellite's head, a derived form or an also-see adjective, with their own
// derived forms in the word's parts of speech ("secretly" → "secret" →
// "covert" ↔ "overt" → "overtly"; "publicly" too at all senses). Its own
// base forms are left out.
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

// CanBeVerb reports whether the word, as written, can be a form of a verb
// (WordNet's morphy in the verb group: "freed" of "free", "beat", "struck" of
// "strike"); "bombings" cannot.
func CanBeVerb(word string) bool { return Default().CanBeVerb(word) }

// CanBeVerb reports whether the word, as written, can be a form of a verb.
func (l *Lexicon) CanBeVerb(word string) bool {
	word = lower(word)
	if id, ok := l.index[word]; ok && len(l.senses(id, posVerb)) > 0 {
		return true
	}
	for _, b := range l.exc[word] {
		if b.pos == posVerb {
			return true
		}
	}
	for _, r := range rules[posVerb] {
		if len(word) <= len(r.suf)+1 || !strings.HasSuffix(word, r.suf) {
			continue
		}
		if id, ok := l.index[word[:len(word)-len(r.suf)]+r.rep]; ok && len(l.senses(id, posVerb)) > 0 {
			return true
		}
	}
	return false
}
