// Package lexicon is an embedded English lexicon for accounting a claim's
// words against a source's: how two single words stand to each other (the
// same, an inflection, a derived form, a synonym, a more general or more
// specific word, an opposite), a word's base forms, and its antonyms.
//
// # Resource
//
// The table is WordNet 3.0 (Princeton University), as Debian's wordnet-base
// package (1:3.0-37) installs it in /usr/share/wordnet. WordNet was chosen
// because it is the standard lexicon with the four relations the support
// checker needs (synonymy, hypernymy, antonymy, derivation), it is in the
// package registry this project can use, and its licence permits copying and
// redistribution with its notice, which is in LICENSE-WordNet.txt next to the
// table. Open English WordNet (CC BY 4.0) would do as well; it was not
// installable here.
//
// `go generate` runs internal/gen on that database and writes lexicon.bin,
// which is committed and embedded: nothing is read from the disk or the
// network at run time. It keeps single-word lemmas only (83,118; lower
// case, no collocations), all 117,659 synsets with their part of speech,
// hypernym and instance-hypernym, similar-to and also-see pointers, the
// lexical antonym, derivation, pertainym and participle pointers, each
// word's senses in WordNet's order (most frequent first), and morphy's
// exception lists: 2.0 MB gzip'd.
//
// # Cost
//
// The table is parsed once, on first use (Default, or any package function),
// and shared; it is read-only after that and safe for concurrent use.
// Measured by `go test -bench . -benchmem ./summarize/text/lexicon/` and
// the binary-size check in the package's README-style report (see
// BenchmarkLoad, BenchmarkRelate): see the figures in the BENCHMARKS
// section below.
//
// # Beyond WordNet
//
// Two rules fill gaps WordNet has: a derivational suffix without a pointer
// (an adverb in -ly from its adjective, a verb in -en from its noun or
// adjective: WordNet 3.0 has no pointer between "threaten" and "threat"), and
// a negative prefix (un-, in-, im-, il-, ir-, non-, dis-) before a known word
// with the same base as the other word, when no kinder relation holds
// ("invaluable" is a satellite of "valuable", "inflammable" a synonym of
// "flammable").
package lexicon
