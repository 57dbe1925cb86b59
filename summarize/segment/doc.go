// Package segment splits clean text into paragraphs and paragraphs into sentences,
// without splitting at abbreviations, initials, decimals or inside quotations.
//
// Sentences come from the Punkt model of github.com/neurosnap/sentences (English
// data embedded in the module, so nothing is downloaded) and a rule layer over
// it: splits that the model makes after titles (Mr., Gov.), initials, ambiguous
// abbreviations (U.S., Inc., Sept., a.m.) before a non-starter word, before a
// lowercase word or a digit, or inside a balanced quotation are undone; ends
// that it misses after a number, a unit, "no." or an abbreviation before a
// sentence starter are split. Segmenter.Spans gives each sentence as its byte
// offsets in the paragraph: the sentences and the white space between them rejoin
// into the paragraph exactly.
//
// Segmenter.Lang(tag) segments in another language: with the Punkt data
// neurosnap/sentences ships for French, German, Spanish, Italian,
// Portuguese, Dutch, Czech, Polish and Greek (embedded gzipped in punkt/,
// MIT), or for Arabic, Hebrew, Russian, Ukrainian and any other language
// with an untrained model that knows the language's abbreviations
// (text.Lang.Abbreviations); and a rule layer over either: the language's
// own sentence enders (Arabic "؟", "۔", the Greek question mark ";", "。")
// end sentences; a closing quotation mark after a sentence end goes with
// it ("« Nous partirons demain. »"), and a quotation closed there ends the
// sentence; a split is undone inside an open quotation (by the language's
// marks: « », „ “, » «), before a lower-case word, a digit or closing
// punctuation, after a one-letter word ("J.", "z. B.", "т. е.", "د."), a
// title ("Mme", "Hr.", "г-н") or, in German only, an ambiguous abbreviation
// before a word that opens no sentence ("Mio. Euro"); a sentence end after
// a percent sign, or a number where ordinals take no period ("3. Oktober"
// in German, Czech, Polish), is split.
package segment
