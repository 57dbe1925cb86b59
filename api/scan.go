package api

// articleCounter counts the elements of the top-level "articles" array of a JSON body
// as its bytes arrive, without decoding anything: a body of half a million tiny
// articles is refused after the first few kilobytes, before any buffer grows, any
// value is built or the schema is visited. It never refuses a body the decoder would
// accept with fewer articles than the limit; everything else (syntax, types) is the
// decoder's and the schema's to judge, so it only follows strings, nesting and the
// keys of the top-level object.
type articleCounter struct {
	max int // refuse when an articles array has more elements than this

	depth      int
	inString   bool
	escape     bool
	keyStart   bool   // at depth 1: the next string is a key
	inKey      bool   // reading a key of the top-level object
	key        []byte // that key (first bytes only)
	keyEscaped bool   // the key has an escape, so it may spell "articles"
	lastKey    string // the key whose value comes next at depth 1
	counting   bool   // inside an articles array (depth 2)
	needValue  bool   // in that array, the next non-space byte starts an element
	count      int    // elements of the current articles array
}

// keyCap bounds the bytes of a top-level key kept for comparison.
const keyCap = 16

// feed scans the next bytes of the body and reports whether the article count is
// still within max.
func (s *articleCounter) feed(p []byte) bool {
	for _, b := range p {
		if s.inString {
			switch {
			case s.escape:
				s.escape = false
			case b == '\\':
				s.escape = true
				if s.inKey {
					s.keyEscaped = true
				}
			case b == '"':
				s.inString = false
				if s.inKey {
					s.inKey = false
					s.lastKey = string(s.key)
					if s.keyEscaped {
						s.lastKey = "articles" // conservatively: it may decode to it
					}
				}
			default:
				if s.inKey && len(s.key) < keyCap {
					s.key = append(s.key, b)
				}
			}
			continue
		}
		switch b {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if s.counting && s.depth == 2 && s.needValue && b != ']' {
			s.count++
			s.needValue = false
			if s.count > s.max {
				return false
			}
		}
		switch b {
		case '"':
			s.inString = true
			if s.depth == 1 && s.keyStart {
				s.inKey, s.keyStart, s.keyEscaped = true, false, false
				s.key = s.key[:0]
			}
		case '{', '[':
			s.depth++
			if s.depth == 1 && b == '{' {
				s.keyStart = true
			}
			if s.depth == 2 && b == '[' && s.lastKey == "articles" {
				s.counting, s.needValue, s.count = true, true, 0
			}
		case '}', ']':
			if s.depth == 2 {
				s.counting = false
			}
			s.depth--
		case ',':
			switch {
			case s.depth == 1:
				s.keyStart = true
			case s.depth == 2 && s.counting:
				s.needValue = true
			}
		}
	}
	return true
}
