package verify

import (
	"github.com/briefing-news/briefing/summarize/text"
)

// figure is one value as written.
type figure struct {
	key  string // the value, canonical ("1500000", "2.5")
	text string // as written ("1.5 million")
	at   int    // its first token
	end  int    // the token after its last
	// small is a whole number under 100: such figures recur by chance.
	small bool
	// alt is the value's other reading, when the numeral has one: "80.000" is
	// 80 as a decimal and 80,000 as the thousands that much of the world writes
	// with a dot.
	alt string
}

// figures reads the numerals and number words of toks with the text toolkit's
// one reader of figures (text.Figures): "6,000" = "6000", "1.5 million" =
// "1,500,000" = "1.5m", "five" = "5", "twenty-five" = "25", "a dozen" = "12",
// "$1.8 billion" = "1.8bn", "80.000" read both as 80 and as 80,000. With pool
// false (a claim), a lone "one" is not a figure.
func figures(toks []token, pool bool) []figure { return figuresOfLang(text.English, toks, pool) }

// figuresOfLang is figures read in a language (text.Lang.Figures).
func figuresOfLang(l *text.Lang, toks []token, pool bool) []figure {
	fs := l.Figures(toks, text.FigureOptions{Passage: pool})
	out := make([]figure, 0, len(fs))
	for _, f := range fs {
		g := figure{key: f.Key, text: f.Text, at: f.At, end: f.End, small: f.Small}
		if len(f.Alt) > 0 {
			g.alt = text.ValueKey(f.Alt[0])
		}
		out = append(out, g)
	}
	return out
}
