package lexicon_test

import (
	"fmt"

	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

func ExampleRelate() {
	o := lexicon.DefaultOptions()
	for _, p := range [][2]string{
		{"threatened", "threat"}, {"ceased", "stopped"}, {"vehicle", "car"}, {"car", "vehicle"},
		{"publicly", "secretly"}, {"building", "cliff"},
	} {
		fmt.Println(p[0], p[1], lexicon.Relate(p[0], p[1], o))
	}
	// Output:
	// threatened threat derivation
	// ceased stopped synonym
	// vehicle car hypernym
	// car vehicle hyponym
	// publicly secretly antonym
	// building cliff none
}

func ExampleRelateWords() {
	o := lexicon.DefaultOptions()
	source := map[string]*lexicon.Word{} // each distinct source word, prepared once
	for _, w := range []string{"nato", "threatened", "airstrikes", "unless", "fighting", "stopped"} {
		source[w] = lexicon.Prepare(w, o)
	}
	claim := lexicon.Prepare("ceased", o)
	for _, w := range []string{"threatened", "fighting", "stopped"} {
		fmt.Println(w, lexicon.RelateWords(claim, source[w]))
	}
	// Output:
	// threatened none
	// fighting none
	// stopped synonym
}
