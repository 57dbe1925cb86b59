package text

// The language-aware readers of words, numerals, figures and dates: the
// methods of Lang that the support checker and the stages call with an
// article's language. English's are the package functions, unchanged.

// Lex splits s into tokens by the language's rules (see the package Lex,
// which is English's): numerals grouped as the language groups them ("80.000",
// "80 000", "80'000", "1,5"), elided articles split off ("l'armée" → "l'",
// "armée"), the language's quotation marks read as quotation marks and its
// sentence enders ("؟") as sentence ends. No English contractions are read
// in another language.
func (l *Lang) Lex(s string) []Token { return lexLang(s, l) }

// ParseNumeral reads a numeral as the language writes it: with a decimal
// comma, "80.000" is 80000, "1,8" 1.8 and "1.234,5" 1234.5; in English (and
// the generic rules) as the package ParseNumeral reads it.
func (l *Lang) ParseNumeral(s string) (float64, bool) { return parseNumeralLang(s, l) }

// ParseNumeralAlt returns the other reading of a numeral that a writer of
// the language may have meant (a decimal-comma text quoting "80,000" the
// English way: 80000); ok is false when there is none.
func (l *Lang) ParseNumeralAlt(s string) (float64, bool) { return parseNumeralAltLang(s, l) }

// Figures reads the figures of toks (from l.Lex) in the language: numerals
// read by ParseNumeral, the language's number words ("trois", "drei"),
// scale words ("1,8 milliard", "2,5 Mio.", "mil millones"), percent words
// ("pour cent", "Prozent", "%") and currency words ("euros", "دولار").
func (l *Lang) Figures(toks []Token, opts FigureOptions) []Figure { return figuresLang(toks, opts, l) }

// Dates finds the explicit dates of toks in the language: "12 septembre
// 2026", "12. September", "12 de septiembre de 2026", "September 12"; see the
// package Dates (English's).
func (l *Lang) Dates(toks []Token) []Date { return datesLang(toks, l) }

// IsFigureWord reports whether w, lower case, is a number or scale word of
// the language.
func (l *Lang) IsFigureWord(w string) bool {
	if l == English {
		return IsFigureWord(w)
	}
	_, n := l.numbers[w]
	_, s := l.scales[w]
	return n || s
}
