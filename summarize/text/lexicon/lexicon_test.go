package lexicon_test

import (
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// TestRelate: the pairs of issue 26, claim word first, at DefaultOptions
// (first three senses, four hypernym steps). The comments say where WordNet
// gives nothing the checker might hope for.
func TestRelate(t *testing.T) {
	o := lexicon.DefaultOptions()
	for _, tc := range []struct {
		claim, source string
		want          lexicon.Relation
	}{
		{"threat", "threat", lexicon.Same},
		{"threatened", "threaten", lexicon.Inflection},
		{"mice", "mouse", lexicon.Inflection},
		{"rose", "rise", lexicon.Inflection},            // verb.exc
		{"threatened", "threat", lexicon.Derivation},    // -en rule: WordNet 3.0 has no pointer
		{"admitted", "admission", lexicon.Derivation},   // admit + admission, through the inflection
		{"secretly", "secret", lexicon.Derivation},      // -ly rule (pertainym for sense 2)
		{"controlled", "control", lexicon.Inflection},   // "controlled" is also control's past
		{"ceased", "stopped", lexicon.Synonym},          // {discontinue, stop, cease, give up, quit, lay off}
		{"intended", "meant", lexicon.Synonym},          // {mean, intend}: intend's sense 3 (MaxSense 2 misses it)
		{"past", "former", lexicon.Hypernym},            // "former" (sense 2) is a satellite of "past"
		{"vehicle", "car", lexicon.Hypernym},            // car → motor vehicle → self-propelled → wheeled → vehicle
		{"car", "vehicle", lexicon.Hyponym},             // a claim that specializes
		{"hostilities", "fighting", lexicon.Hyponym},    // {hostilities, belligerency} is a kind of {fighting, combat, …}
		{"directed", "ordered", lexicon.Hyponym},        // direct (command with authority) is a kind of order
		{"invaluable", "valuable", lexicon.Hyponym},     // a satellite of "valuable": not the prefix rule
		{"inflammable", "flammable", lexicon.Synonym},   // one synset: not the prefix rule
		{"controlled", "uncontrolled", lexicon.Antonym}, // direct antonyms
		{"uncontrolled", "controlled", lexicon.Antonym}, //
		{"unaffected", "affected", lexicon.Antonym},     // direct antonyms
		{"nonviolent", "violent", lexicon.Antonym},      //
		{"secretly", "publicly", lexicon.LooseAntonym},  // secret's head covert ↔ overt, also-see of public ← publicly
		{"rose", "fell", lexicon.Antonym},               // rise ↔ fall
		{"won", "lost", lexicon.Antonym},                // win ↔ lose
		{"increase", "decrease", lexicon.Antonym},       //
		{"large", "little", lexicon.Antonym},            // synset-level: large ↔ small, {small, little}
		{"scorching", "cold", lexicon.Antonym},          // indirect: scorching's head "hot" ↔ "cold"
		{"unbuilt", "built", lexicon.Antonym},           // prefix rule
		{"million", "billion", lexicon.None},            // they share the "very large number" sense
		{"thousands", "hundreds", lexicon.None},         //
		{"dozen", "twelve", lexicon.None},               // the number reader's business
		{"north", "south", lexicon.Antonym},             //
		{"tuesday", "thursday", lexicon.None},           //
		{"secure", "back", lexicon.None},                // no shared sense in WordNet
		{"owned", "belonging", lexicon.None},            // own and belong are not linked
		{"killed", "died", lexicon.None},                // kill → die is a cause pointer, not kept
		{"cliff", "clifftop", lexicon.None},             // "clifftop" is not in WordNet
		{"building", "cliff", lexicon.None},             // must not be Hypernym or Synonym
		{"building", "clifftop", lexicon.None},          //
		{"navigation", "propulsion", lexicon.None},      // must not be Synonym
		{"entity", "car", lexicon.None},                 // beyond four steps
		{"unknownword", "car", lexicon.None},            //
		{"pose", "impose", lexicon.None},                // in-, im-, il-, ir- negate adjectives only
		{"impossible", "possible", lexicon.Antonym},     //
		{"disagree", "agree", lexicon.Antonym},          //
	} {
		if got := lexicon.Relate(tc.claim, tc.source, o); got != tc.want {
			t.Errorf("Relate(%q, %q) = %v, want %v", tc.claim, tc.source, got, tc.want)
		}
	}
}

// TestRelateSenseLimit: what MaxSense 1, 2, 3 and all senses give.
func TestRelateSenseLimit(t *testing.T) {
	const (
		N = lexicon.None
		S = lexicon.Synonym
		H = lexicon.Hypernym
		A = lexicon.Antonym
	)
	for _, tc := range []struct {
		claim, source string
		want          [4]lexicon.Relation // MaxSense 1, 2, 3, 0
	}{
		{"ceased", "stopped", [4]lexicon.Relation{N, S, S, S}},
		{"intended", "meant", [4]lexicon.Relation{N, N, S, S}},
		{"past", "former", [4]lexicon.Relation{N, H, H, H}},
		{"rose", "fell", [4]lexicon.Relation{N, A, A, A}},
		{"won", "lost", [4]lexicon.Relation{N, A, A, A}},
		{"increase", "decrease", [4]lexicon.Relation{A, A, A, A}},
		// over-permissive synonymy that only all senses give
		{"said", "ordered", [4]lexicon.Relation{N, N, N, S}}, // say: "give instructions to"
		{"deal", "lot", [4]lexicon.Relation{N, N, S, S}},     // "a great deal": deal's sense 3
		{"state", "country", [4]lexicon.Relation{N, N, N, S}},
		{"fire", "ardor", [4]lexicon.Relation{N, N, N, S}},
		{"back", "support", [4]lexicon.Relation{N, N, S, S}},
	} {
		for i, n := range []int{1, 2, 3, 0} {
			if got := lexicon.Relate(tc.claim, tc.source, lexicon.Options{MaxSense: n, MaxDepth: 4}); got != tc.want[i] {
				t.Errorf("Relate(%q, %q, MaxSense %d) = %v, want %v", tc.claim, tc.source, n, got, tc.want[i])
			}
		}
	}
}

func TestMaxDepth(t *testing.T) {
	for _, tc := range []struct {
		depth int
		want  lexicon.Relation
	}{{0, lexicon.None}, {3, lexicon.None}, {4, lexicon.Hypernym}, {8, lexicon.Hypernym}} {
		if got := lexicon.Relate("vehicle", "car", lexicon.Options{MaxSense: 1, MaxDepth: tc.depth}); got != tc.want {
			t.Errorf("Relate(vehicle, car, MaxDepth %d) = %v, want %v", tc.depth, got, tc.want)
		}
	}
}

func TestLemmas(t *testing.T) {
	for _, tc := range []struct {
		word string
		want []string
	}{
		{"threatened", []string{"threatened", "threaten"}},
		{"mice", []string{"mouse"}},
		{"rose", []string{"rose", "rise"}},
		{"hostilities", []string{"hostilities", "hostility"}},
		{"admitted", []string{"admit"}}, // not a lemma itself
		{"Cars", []string{"car"}},
		{"clifftop", nil},
	} {
		if got := lexicon.Lemmas(tc.word); !slices.Equal(got, tc.want) {
			t.Errorf("Lemmas(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
	if !lexicon.Known("mice") || !lexicon.Known("threatened") || lexicon.Known("clifftop") || lexicon.Known("") {
		t.Error("Known: want mice and threatened known, clifftop and the empty string not")
	}
}

func TestAntonyms(t *testing.T) {
	o := lexicon.DefaultOptions()
	for _, tc := range []struct {
		word  string
		first string   // the first answer: a direct antonym
		also  []string // among the answers
	}{
		{"controlled", "uncontrolled", nil},
		{"increase", "decrease", []string{"reduce"}},
		{"won", "lost", []string{"lose"}}, // "won" is also an adjective, whose antonym is "lost"
		{"rose", "fall", []string{"descend"}},
		{"publicly", "privately", []string{"covertly"}},
		{"scorching", "cold", nil},                            // the head's antonym
		{"secretly", "outward", []string{"overt", "overtly"}}, // through secret → covert ↔ overt
	} {
		got := lexicon.Antonyms(tc.word, o)
		if len(got) == 0 || got[0] != tc.first {
			t.Errorf("Antonyms(%q) = %q, want %q first", tc.word, got, tc.first)
			continue
		}
		for _, w := range tc.also {
			if !slices.Contains(got, w) {
				t.Errorf("Antonyms(%q) = %q, want %q among them", tc.word, got, w)
			}
		}
	}
	if got := lexicon.Antonyms("publicly", lexicon.Options{}); !slices.Contains(got, "privately") {
		t.Errorf("Antonyms(publicly, all senses) = %q", got)
	}
	if got := lexicon.Antonyms("clifftop", o); len(got) != 0 {
		t.Errorf("Antonyms(clifftop) = %q, want none", got)
	}
}

// TestEmbeddedTable: the committed table loads and holds about what WordNet
// 3.0 has in single words.
func TestEmbeddedTable(t *testing.T) {
	st := lexicon.Default().Stats()
	for _, c := range []struct {
		name     string
		got, min int
		max      int
	}{
		{"words", st.Words, 80000, 90000},
		{"synsets", st.Synsets, 117659, 117659}, // every synset of WordNet 3.0
		{"senses", st.Senses, 130000, 150000},
		{"hypernym pointers", st.Hypernyms, 90000, 100000},
		{"similar-to pointers", st.Similar, 20000, 23000},
		{"antonym pointers", st.Antonyms, 7000, 9000},
		{"derivation pointers", st.Derivations, 80000, 100000},
		{"exception forms", st.Exceptions, 4000, 6000},
	} {
		if c.got < c.min || c.got > c.max {
			t.Errorf("%s = %d, want %d..%d", c.name, c.got, c.min, c.max)
		}
	}
	if lexicon.Default() != lexicon.Default() {
		t.Error("Default parsed the table twice")
	}
}

// TestFixtureTable: the generator's golden output (from the WordNet excerpt
// in testdata/wordnet) reads back and answers like the full table where the
// excerpt has what it takes.
func TestFixtureTable(t *testing.T) {
	b, err := os.ReadFile("testdata/tiny.bin")
	if err != nil {
		t.Fatal(err)
	}
	l, err := lexicon.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	o := lexicon.DefaultOptions()
	for _, tc := range []struct {
		claim, source string
		want          lexicon.Relation
	}{
		{"mice", "mouse", lexicon.Inflection},
		{"threatened", "threat", lexicon.Derivation},
		{"ceased", "stopped", lexicon.Synonym},
		{"vehicle", "car", lexicon.Hypernym},
		{"car", "vehicle", lexicon.Hyponym},
		{"controlled", "uncontrolled", lexicon.Antonym},
		{"secretly", "publicly", lexicon.LooseAntonym},
		{"rose", "fell", lexicon.Antonym},
		{"scorching", "cold", lexicon.Antonym}, // "cold" is in as hot's antonym
		{"building", "car", lexicon.None},
	} {
		if got := l.Relate(tc.claim, tc.source, o); got != tc.want {
			t.Errorf("fixture: Relate(%q, %q) = %v, want %v", tc.claim, tc.source, got, tc.want)
		}
	}
	if st := l.Stats(); st.Synsets < 100 || st.Synsets > 400 {
		t.Errorf("fixture: %d synsets", st.Synsets)
	}
}

// TestParseRejects: a table that is not one of ours, or is cut short, is an
// error, not a panic.
func TestParseRejects(t *testing.T) {
	b, err := os.ReadFile("testdata/tiny.bin")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, []byte("not gzip"), b[:len(b)/2]} {
		if _, err := lexicon.Parse(bad); err == nil {
			t.Errorf("Parse(%d bytes): no error", len(bad))
		}
	}
}

// TestConcurrent: the shared table answers many goroutines at once (run
// with -race in CI).
func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if got := lexicon.Relate("vehicle", "cars", lexicon.DefaultOptions()); got != lexicon.Hypernym {
					errs <- got.String()
					return
				}
				if got := lexicon.Relate("won", "lost", lexicon.DefaultOptions()); got != lexicon.Antonym {
					errs <- got.String()
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Relate gave %s", e)
	}
}

func TestRelationString(t *testing.T) {
	if got := lexicon.Hypernym.String(); got != "hypernym" {
		t.Errorf("Hypernym.String() = %q", got)
	}
}

// TestRelateWords: prepared words give what Relate gives, on every ordered
// pair of the benchmark's words, at two limits.
func TestRelateWords(t *testing.T) {
	var words []string
	for _, p := range pairs {
		words = append(words, p[0], p[1])
	}
	words = append(words, "mice", "mouse", "unaffected", "affected", "impossible", "possible", "pose", "impose", "Cars", "")
	for _, o := range []lexicon.Options{lexicon.DefaultOptions(), {MaxDepth: 6}} {
		prepared := map[string]*lexicon.Word{}
		for _, w := range words {
			prepared[w] = lexicon.Prepare(w, o)
		}
		for _, a := range words {
			for _, b := range words {
				if got, want := lexicon.RelateWords(prepared[a], prepared[b]), lexicon.Relate(a, b, o); got != want {
					t.Errorf("RelateWords(%q, %q) = %v, Relate = %v (%+v)", a, b, got, want, o)
				}
			}
		}
	}
	if w := lexicon.Prepare("Mice", lexicon.DefaultOptions()); w.String() != "mice" || !w.Known() {
		t.Errorf("Prepare(Mice) = %q, known %v", w, w.Known())
	}
}

func TestCanBeVerb(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"freed", true}, {"beat", true}, {"struck", true}, {"launched", true}, {"bombings", false},
		{"suspects", true}, {"ceremony", false}, {"quickly", false},
	} {
		if got := lexicon.CanBeVerb(c.word); got != c.want {
			t.Errorf("CanBeVerb(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestDirectAntonyms: WordNet's own antonym pointers and negative prefixes
// are direct; opposites reached through an adjective satellite's head or a
// derived form are not, nor are a word and another form of it.
func TestDirectAntonyms(t *testing.T) {
	o := lexicon.DefaultOptions()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"large", "small", true},
		{"opened", "closed", true},
		{"sell", "buy", true},
		{"rose", "fell", true},
		{"uncontrolled", "controlled", true},
		{"immediate", "ancient", false}, // satellites of "present" and "past"
		{"publicly", "secretly", false}, // only through "public"/"private"
		{"won", "win", false},
		{"bridge", "ferry", false},
	} {
		if got := lexicon.DirectAntonyms(lexicon.Prepare(c.a, o), lexicon.Prepare(c.b, o)); got != c.want {
			t.Errorf("DirectAntonyms(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestUnprefixed(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for none
	}{
		{"uncomprehensive", "comprehensive"},
		{"illegal", "legal"},
		{"nonprofit", "profit"},
		{"under", ""},
		{"comprehensive", ""},
	}
	for _, tt := range tests {
		got := lexicon.Unprefixed(tt.in)
		if tt.want == "" && len(got) != 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("Unprefixed(%q) = %v, want %q", tt.in, got, tt.want)
		}
	}
}
