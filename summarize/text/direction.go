package text

// directionWords say which way a quantity moved, in English: up (+1) or down
// (-1). The support checker reads them beside a figure ("rose 4.1 percent",
// "closed down 4.1 percent") and in place of one another. Some also set a
// limit ("more than 40", "up to 5"): the reader of a figure tells those apart
// by the word after them.
var directionWords = func() map[string]int {
	m := map[string]int{}
	for _, w := range []string{"up", "rose", "rise", "rises", "risen", "rising", "gained", "gain", "gains", "jumped", "jump", "jumps",
		"climbed", "climb", "climbs", "increased", "increase", "increases", "grew", "grow", "grows", "grown", "soared", "surged", "higher", "more"} {
		m[w] = 1
	}
	for _, w := range []string{"down", "fell", "fall", "falls", "fallen", "falling", "lost", "lose", "loses", "dropped", "drop", "drops",
		"declined", "decline", "declines", "decreased", "decrease", "decreases", "shrank", "shrink", "shrinks", "slid", "slumped", "plunged", "lower", "less", "fewer"} {
		m[w] = -1
	}
	return m
}()

// Direction says which way a lower-case English word can say a quantity
// moved: 1 up ("rose", "gained", "higher"), -1 down ("fell", "down",
// "lower"), 0 neither.
func Direction(w string) int { return directionWords[w] }
