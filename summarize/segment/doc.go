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
package segment
