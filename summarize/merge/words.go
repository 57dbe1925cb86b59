package merge

import "github.com/briefing-news/briefing/summarize/text"

// dayWord stands for every relative or weekday date word ("Tuesday", "today",
// "yesterday"…): rewrites swap them freely, so they never tell two sentences apart.
const dayWord = "\x00day"

func isDayWord(w string) bool { return text.IsWeekday(w) || text.IsRelativeDay(w) }

// isGuardWord says which words must survive a fold like figures and names do: who did it and
// whether it happened.
func isGuardWord(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i", "you", "his", "her", "their", "our":
		return true
	}
	return false
}

// isNegation says which words turn a statement around (text.IsNegation: "not",
// "no", "never", "nor", "none", "nobody", "nothing", "neither", "without"): a
// fold may neither add nor drop one.
func isNegation(w string) bool { return text.IsNegation(w) }

// isStopWord says which words are function words: a fold may change them freely (see
// Options.WordsPerSwap).
func isStopWord(w string) bool { return w == dayWord || text.FoldWords.Has(w) }

// word is one normalized word of a sentence.
type word struct {
	id  uint32
	key bool // a figure, a pronoun or a negation: must survive a fold
	cap bool // written with a capital: part of a name (see namesFit)
	brk bool // punctuation between this word and the one before
	neg bool // a negation
}

// vocab interns normalized words for one merge call.
type vocab struct {
	ids  map[string]uint32
	stop []bool // by id: a stop word
	scan text.Scanner
	day  uint32
	on   uint32
}

func newVocab(size int) *vocab {
	v := &vocab{ids: make(map[string]uint32, size), stop: make([]bool, 1, size+1)}
	v.day = v.intern([]byte(dayWord))
	v.on = v.intern([]byte("on"))
	return v
}

func (v *vocab) intern(b []byte) uint32 {
	if id, ok := v.ids[string(b)]; ok {
		return id
	}
	id := uint32(len(v.ids) + 1)
	v.ids[string(b)] = id
	v.stop = append(v.stop, isStopWord(string(b)))
	return id
}

// words appends the normalized words of s (see text.Scanner) to dst:
// honorifics dropped; weekday and relative day words (and an "on" before them)
// read as one day word.
func (v *vocab) words(dst []word, s string) []word {
	for i := 0; ; {
		w, next, ok := v.scan.Next(s, i)
		if !ok {
			break
		}
		i = next
		b := w.Norm
		if text.IsHonorific(string(b)) {
			continue
		}
		if isDayWord(string(b)) {
			if len(dst) > 0 && dst[len(dst)-1].id == v.on {
				dst = dst[:len(dst)-1]
			}
			dst = append(dst, word{id: v.day})
			continue
		}
		id := v.intern(b)
		neg := w.Negated || isNegation(string(b))
		dst = append(dst, word{id: id, key: w.Digit || neg || isGuardWord(string(b)), cap: w.Upper && !w.Digit, brk: w.Break, neg: neg})
	}
	return dst
}

// mix is splitmix64's finalizer: a fast, well-spread 64-bit hash step.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// markNames numbers the names (runs of capitalized words) in ws from 1 into
// names, by position; 0 for a word in none. A capital on the first word is a
// name only when the next word has one too ("Kim Jong Un said", not "The
// council"); punctuation ends a name ("Russia, Seoul says").
func markNames(ws []word, names []int32) {
	name := int32(0)
	text.NameRuns(len(ws), func(i int) text.NameWord {
		return text.NameWord{Name: ws[i].cap, BreakBefore: ws[i].brk, Opens: i == 0}
	}, text.NameOptions{DropLoneOpener: true}, func(start, end int) {
		name++
		for i := start; i < end; i++ {
			names[i] = name
		}
	})
}
