// Package text is the service's English text toolkit: how words are split
// (rouge-score's tokens, runs of letters and digits, merge's normalized words),
// the stopword lists, the one Porter stemmer (NLTK's, as rouge-score uses it),
// the one abbreviation list, calendar words and the word tests that runs of
// capitalized words (names) are built from. Every stage that reads English
// words gets them from here, so that the segmenter, merge, the ranker and the
// eval agree on what a word is. It imports only the standard library.
package text
