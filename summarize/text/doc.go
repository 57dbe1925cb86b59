// Package text is the service's English text toolkit: how words are split
// (rouge-score's tokens, runs of letters and digits, merge's normalized words,
// and Lex, the support checker's tokens), the stopword lists, the one Porter
// stemmer (NLTK's, as rouge-score uses it), the one abbreviation list, calendar
// words and the word tests that runs of capitalized words (names) are built
// from. Every stage that reads English words gets them from here, so that the
// segmenter, merge, the ranker, the planner, the checker and the eval agree on
// what a word is. It imports only the standard library.
//
// The one reader of figures and words, which no two stages may read apart:
//
//   - lex.go: Lex(s) []Token, the lexer of claims and sources (contractions
//     split, "didn't" → "did" "not"; possessives dropped; hyphens split and
//     marked; "too early to" read "not yet to"). Token{Raw, Low, Num, Cap,
//     Start, Brk, Glued, Dash, Semi, Pct, Cur}.
//   - numbers.go and numeral.go: Figures(toks, FigureOptions) []Figure reads
//     every figure, Figure{Value, Alt, Key, Text, At, End, Small, Percent,
//     Currency, Score, Ordinal}: numerals ("80,000", "80 000", "80.000" as 80
//     and, in Alt, 80000), number words (zero to nineteen, the tens,
//     "twenty-five", "two hundred and fifty"), scales ("1.5 million", "4.2bn",
//     "5m", "a dozen"), percentages, currencies, ordinals and scores. Figures
//     with one Key (ValueKey) are one value. NumberWord, ScaleWord,
//     IsFigureWord, OrdinalWord, IsNumeralSuffix answer for one word;
//     ParseNumeral and ParseNumeralAlt for one numeral.
//   - dates.go: Dates(toks) []Date, Date{Month, Day, Year, At, End}: the
//     explicit dates ("13 January", "Jan. 13, 2026"), which verify reads
//     with the article's published_at; calendar.go has the month, weekday and
//     relative-day words.
//   - negation.go: IsNegation, IsQuantifierNegation, NegationOpposite;
//     Modality(w) and ModalityAt(toks, i) give a ModalClass (Certain,
//     Possible, Expected, Denial, Affirming).
//   - countries.go: Country(w) and CountryAt(toks, i) give a country's
//     canonical name for its names and demonyms ("U.S." = "American" =
//     "america"); IsDemonym, LooksDemonym.
//   - reporting.go: IsReporting (verbs read as "say"), SpeechVerbs (verbs that
//     attribute a quotation).
//
// These names are stable: summarize/verify is to be switched to them.
package text
