package text

func lexLang(s string, l *Lang) []Token {
	return Lex(s) // other languages: next commit
}

func parseNumeralLang(s string, l *Lang) (float64, bool)    { return ParseNumeral(s) }
func parseNumeralAltLang(s string, l *Lang) (float64, bool) { return ParseNumeralAlt(s) }
func figuresLang(toks []Token, opts FigureOptions, l *Lang) []Figure {
	return Figures(toks, opts)
}
func datesLang(toks []Token, l *Lang) []Date { return Dates(toks) }
