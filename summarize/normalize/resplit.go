package normalize

import (
	"slices"
	"strings"
	"unicode"
)

// keyLen is how many leading non-space bytes index a source unit.
const keyLen = 16

// resplit repairs extractor output that glued block elements together
// ("…by trainThe leader…"): a content unit whose text is, spaces aside, the
// concatenation of consecutive source units (in page order, some skipped) is
// replaced by those units. A unit that does not tile exactly stays as it is,
// so no text is lost either way. Source units are looked up by their first
// keyLen bytes, so the work stays linear in the page.
func resplit(content, source []unit) []unit {
	index := map[string][]int{}
	sq := make([]string, len(source))
	for i, u := range source {
		sq[i] = squash(u.text)
		if sq[i] == "" {
			continue
		}
		k := sq[i][:min(keyLen, len(sq[i]))]
		index[k] = append(index[k], i)
	}
	blockBase := 0
	for _, u := range content {
		blockBase = max(blockBase, u.block+1)
	}
	var out []unit
	next := 0 // source units before next are used up
	for _, u := range content {
		rest := squash(u.text)
		var tiles []int
		at := next
		for rest != "" {
			j := lookup(index, sq, rest, at)
			if j < 0 {
				tiles = nil
				break
			}
			tiles = append(tiles, j)
			rest = rest[len(sq[j]):]
			at = j + 1
		}
		if len(tiles) < 2 {
			out = append(out, u)
			if len(tiles) == 1 {
				next = tiles[0] + 1
			}
			continue
		}
		for _, j := range tiles {
			out = append(out, unit{text: source[j].text, block: blockBase + source[j].block, links: -1})
		}
		next = at
	}
	return out
}

// lookup returns the first source unit at or after from whose squashed text
// is a prefix of rest, or -1.
func lookup(index map[string][]int, sq []string, rest string, from int) int {
	best := -1
	for n := min(keyLen, len(rest)); n >= 1; n-- {
		list := index[rest[:n]]
		// Lists are ascending: binary search finds the first candidate at or
		// after from, which keeps repeated lines ("Home" ×10,000) linear.
		// Long units that share a key but not the text are tried up to a
		// bound, so near-duplicates cannot make it quadratic either.
		k, _ := slices.BinarySearch(list, from)
		for tries := 0; k < len(list) && tries < maxTries; k, tries = k+1, tries+1 {
			j := list[k]
			if best >= 0 && j >= best {
				break
			}
			if strings.HasPrefix(rest, sq[j]) {
				best = j
				break
			}
		}
	}
	return best
}

// maxTries bounds the candidates lookup tries per key.
const maxTries = 64

// squash drops all white space, so that text glued at a block boundary
// compares equal to the blocks it came from.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
