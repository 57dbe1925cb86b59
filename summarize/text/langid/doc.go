// Package langid identifies the language of an article: Detect(text) gives
// a BCP 47 tag and a confidence, for the stages to pick the text toolkit
// (text.For) when an article does not say its language.
//
// It wraps github.com/RadhiFadlillah/whatlanggo (already in the module
// graph through go-trafilatura: trigram profiles of 84 languages, no data
// files, a fraction of a millisecond a text), with letter rules where its
// profiles confuse languages we have rules for: ř, ů, ě say Czech (it took
// short Czech sentences for French, Italian, Portuguese or Slovene), і, ї,
// є, ґ in Cyrillic say Ukrainian (it took them for Russian), ł with ą, ę, ś,
// ź, ż or ń say Polish.
//
// lingua-go v1.4.0 was measured beside it (first two sentences of each
// MultiLing 2011 article, English, French, Czech and Arabic, and snippets
// written here in the other ten languages; 424 texts): lingua-go (restricted
// to our 14 languages) 99.1% right, whatlanggo alone 97.6%, Detect
// (whatlanggo with the letter rules) 99.1%. lingua-go's models make a
// binary about 130 MB larger and take 275 MB of heap when preloaded (12 s
// to load), or 20-30 ms a text when loaded lazily; whatlanggo costs nothing
// more (it is linked already) and under 1 ms a text. The errors left were
// on fragments ("U.S. Lt.", "Maj. Gen."), which an article's whole text
// does not suffer from.
package langid
