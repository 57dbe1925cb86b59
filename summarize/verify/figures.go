package verify

import (
	"math"
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
)

// figure is one value as written.
type figure struct {
	key  string // the value, canonical ("1500000", "2.5")
	text string // as written ("1.5 million")
	at   int    // its first token
	// small is a whole number under 100: such figures recur by chance.
	small bool
	// alt is the value's other reading, when the numeral has one: "80.000" is
	// 80 as a decimal and 80,000 as the thousands that much of the world writes
	// with a dot.
	alt string
}

// dotThousands reads a numeral whose dots group thousands ("80.000",
// "1.250.000"): one to three digits, then groups of exactly three after each dot,
// no comma.
func dotThousands(s string) (float64, bool) {
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || strings.Contains(s, ",") {
		return 0, false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(strings.Join(groups, ""), 64)
	return v, err == nil
}

// figures reads the numerals and number words of toks. With pool false (a claim),
// a lone "one" is not a figure.
func figures(toks []token, pool bool) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var v, alt float64 // alt: another reading of the same numeral ("80.000" is 80 or 80,000)
		start := i
		switch {
		case t.num && t.dash && i+1 < len(toks) && toks[i+1].num && isSmallInt(t.low) && isSmallInt(toks[i+1].low):
			// A score or a small range, "3-1": one figure, found only as written.
			out = append(out, figure{key: t.low + "-" + toks[i+1].low, text: t.raw + "-" + toks[i+1].raw, at: i})
			if pool {
				continue // a passage's "2-1" also carries 2 and 1
			}
			i++
			continue
		case t.num:
			f, ok := text.ParseNumeral(t.low)
			if !ok {
				continue
			}
			v = f
			if g, ok := dotThousands(t.low); ok {
				alt = g
			}
			if t.glued && i+1 < len(toks) {
				if s, ok := gluedScale[toks[i+1].low]; ok {
					v *= s
					alt *= s
					i++
				}
			}
		default:
			n, ok := numberWords[t.low]
			if !ok {
				if t.low == "a" && i+1 < len(toks) && (toks[i+1].low == "dozen" || toks[i+1].low == "million" || toks[i+1].low == "billion" || toks[i+1].low == "thousand" || toks[i+1].low == "hundred") {
					n = 1
					if toks[i+1].low == "dozen" {
						n = 12
						i++
					}
				} else {
					continue
				}
			}
			v = n
			// "twenty-five", "forty two"
			if n >= 20 && n < 100 && int(n)%10 == 0 && i+1 < len(toks) {
				if u, ok := numberWords[toks[i+1].low]; ok && u > 0 && u < 10 {
					v += u
					i++
				}
			}
		}
		scaled := false
		for i+1 < len(toks) {
			s, ok := scaleWords[toks[i+1].low]
			if !ok {
				break
			}
			v *= s
			alt *= s
			scaled = true
			i++
		}
		if !t.num && !pool && t.low == "one" && !scaled {
			continue
		}
		if t.low == "a" && !scaled && v == 1 {
			continue
		}
		var text []string
		for k := start; k <= i; k++ {
			text = append(text, toks[k].raw)
		}
		f := figure{key: valueKey(v), text: strings.Join(text, " "), at: start, small: v < 100 && v == math.Trunc(v)}
		if alt != 0 {
			f.alt = valueKey(alt)
		}
		out = append(out, f)
	}
	return out
}

func isSmallInt(s string) bool {
	return len(s) <= 2 && s != "" && strings.Trim(s, "0123456789") == ""
}

func valueKey(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}
