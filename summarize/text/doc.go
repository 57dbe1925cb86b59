// Package text is the service's text toolkit, by language. For(tag) gives a
// *Lang, the toolkit of one language (BCP 47 tag; "" or a language without
// rules here gives the generic rules, and Generic reports it):
//
//   - lang.go: For, PrimaryTag, Languages; Lang's Tag, Name, Generic, RTL,
//     Dir, Cased, NameRule (NamesByCapitals, or NamesByContent where the
//     script has no capitals: IsNameWord, LooksName), DecimalComma;
//     Stem/Stemmer, IsStopword, Stoplist(StopKind), IsNegation,
//     IsReporting, SpeechVerbs, IsSpeechVerb, Quotes, IsOpeningQuote,
//     IsClosingQuote, MonthOf, MonthName, MonthShort, WeekdayOf,
//     WeekdayName, RelativeDay, IsCalendarWord, DayMonth (an anchor: "12
//     sept.", "12. Sept.", "12 سبتمبر"), IsNameParticle; for the segmenter
//     Punkt, SentenceEnders, Abbreviation, Abbreviations, IsSentenceStarter.
//   - lex_lang.go, numeral_lang.go: Lang.Lex, ParseNumeral, ParseNumeralAlt,
//     Figures, Dates, IsFigureWord: decimal comma and the thousands a
//     language writes ("80.000", "80 000", "80'000"), scale words ("1,8
//     milliard", "2,5 Mio.", "mil millones"), percent and currency words,
//     elided articles ("l'armée"), Arabic-Indic digits.
//   - lang_read.go: Lang.Quotations (outer marks), Speaker (beside a speech
//     verb or after "selon", "laut", "по словам", "לדברי"…; the whole name
//     run, without the titles of speaker_titles.go), Days (relative days,
//     weekdays and dates as of a publication time).
//   - lang_tables.go, stopwords_lang.go, stem_lang.go: the languages'
//     tables (English, French, German, Spanish, Italian, Portuguese, Dutch,
//     Czech, Polish, Greek, Arabic, Hebrew, Russian, Ukrainian), stoplists
//     (NOTICE) and stemmers (Snowball's through blevesearch/snowballstem;
//     light suffix strippers for Czech, Polish, Greek, Hebrew, Ukrainian).
//
// The generic rules: words lower-cased and not stemmed, no stopwords,
// numerals read both ways ("80.000" is 80 and, as Alt, 80000), every
// quotation mark pairs, sentence ends also at "。", "؟", "।", no calendar or
// speaker words, names by capitals where the script has them.
//
// English is For("en") and English, and every method of it answers as the
// package-level functions below, which are the English toolkit as it was
// (code that does not know its language is unchanged):
//
// The English text toolkit: how words are split
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
//   - units.go: UnitOf and UnitAfter(toks, end) read the unit of measure
//     written with a figure ("nine days", "a 40-tonne truck", "150
//     kilometres" = "150 km"); English only.
//   - reporting.go: IsReporting (verbs read as "say"), SpeechVerbs (verbs that
//     attribute a quotation).
//
// These names are stable: summarize/verify is to be switched to them.
package text
