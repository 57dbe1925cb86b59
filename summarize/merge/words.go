package merge

import (
	"unicode"
	"unicode/utf8"
)

// dayWord stands for every relative or weekday date word ("Tuesday", "today",
// "yesterday"…): rewrites swap them freely, so they never tell two sentences apart.
const dayWord = "\x00day"

func isDayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "tonight", "yesterday", "tomorrow":
		return true
	}
	return false
}

// isHonorific says which words are dropped: "Mr Kim" and "Kim" are the same words.
func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr":
		return true
	}
	return false
}

// isGuardWord says which words must survive a fold like figures and names do: who did it and
// whether it happened.
func isGuardWord(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i", "you", "his", "her", "their", "our":
		return true
	}
	return false
}

// isNegation says which words turn a statement around: a fold may neither add nor drop one.
func isNegation(w string) bool {
	switch w {
	case "not", "no", "never", "nor", "without":
		return true
	}
	return false
}

// isStopWord says which words are function words: a fold may change them freely (see
// Options.WordsPerSwap).
func isStopWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from",
		"and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "has", "have",
		"had", "that", "this", "it", "its", "which", "who", "would", "will", "could",
		"also", "said", "says", "say", "told", "according", "after", "into", "about", dayWord:
		return true
	}
	return false
}

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
	buf  []byte
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

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// words appends the normalized words of text to dst: lower-cased runs of letters
// and digits; inner apostrophes kept inside a word and a possessive "'s" dropped;
// "1,200" read as 1200 and "3.5" kept whole; honorifics dropped; weekday and
// relative day words (and an "on" before them) read as one day word.
func (v *vocab) words(dst []word, text string) []word {
	i := 0
	brk := false // punctuation since the last word
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if !unicode.IsSpace(r) {
				brk = true
			}
			i += n
			continue
		}
		upper := unicode.IsUpper(r)
		after := brk
		brk = false
		digit := false
		b := v.buf[:0]
	scan:
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			switch {
			case isWordRune(r):
				if unicode.IsDigit(r) {
					digit = true
				}
				b = utf8.AppendRune(b, unicode.ToLower(r))
				i += n
				continue
			case (r == ',' || r == '.') && digit && i+n < len(text) && isDigitByte(text[i+n]) && len(b) > 0 && isDigitByte(b[len(b)-1]):
				if r == '.' {
					b = append(b, '.')
				}
				i += n
				continue
			case isApos(r) && i+n < len(text):
				r2, _ := utf8.DecodeRuneInString(text[i+n:])
				if isWordRune(r2) && len(b) > 0 {
					b = append(b, '\'')
					i += n
					continue
				}
			}
			break scan
		}
		v.buf = b
		negated := len(b) > 3 && string(b[len(b)-3:]) == "n't"
		if len(b) > 2 && b[len(b)-2] == '\'' && b[len(b)-1] == 's' {
			b = b[:len(b)-2]
		}
		b = dropApos(b)
		if len(b) == 0 || isHonorific(string(b)) {
			continue
		}
		var id uint32
		if isDayWord(string(b)) {
			id = v.day
			if len(dst) > 0 && dst[len(dst)-1].id == v.on {
				dst = dst[:len(dst)-1]
			}
			dst = append(dst, word{id: id})
			continue
		}
		id = v.intern(b)
		neg := negated || isNegation(string(b))
		dst = append(dst, word{id: id, key: digit || neg || isGuardWord(string(b)), cap: upper && !digit, brk: after, neg: neg})
	}
	return dst
}

func dropApos(b []byte) []byte {
	out := b[:0]
	for _, c := range b {
		if c != '\'' {
			out = append(out, c)
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// mix is splitmix64's finalizer: a fast, well-spread 64-bit hash step.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
