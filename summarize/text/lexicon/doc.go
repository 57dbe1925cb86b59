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
// table. Open English WordNet (CC BY 4.0) would do as well, but Debian has
// no package of it.
//
// `go generate` (after `apt-get install wordnet-base`; the tests and the
// build need nothing installed) runs internal/gen on that database and
// writes lexicon.bin,
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
// Measured on the project's shared 2-core machine (load average about 30),
// with `go test -run '^$' -bench . ./summarize/text/lexicon/`:
//
//   - load (BenchmarkLoad): 70 to 140 ms of CPU per parse (300 ms wall time on that
//     loaded machine), 12.0 MB of heap kept after a GC;
//   - Relate (BenchmarkRelate, issue 26's pairs and the most polysemous verbs):
//     1.4 µs of CPU a call at DefaultOptions, 4.0 µs at all senses, no
//     allocation;
//   - prepared words (BenchmarkPrepare, BenchmarkRelateWords): 2.5 µs of CPU
//     and 870 bytes to prepare a word once, then 40 ns of CPU a comparison.
//     A checker that compares a claim's words with every word of its aligned
//     sentences should keep a map from each distinct word to its *Word;
//   - binary size: a main that calls Relate is 2,391,596 bytes larger than
//     the same main without it (go build, go1.26.8 linux/amd64: the 2.0 MB
//     table and compress/gzip); its peak resident memory after a Relate
//     call is 21 MB against 2 MB.
//
// # Sense limit
//
// WordNet's rarer senses make many words synonyms: at all senses "said" is a
// synonym of "ordered" and "state" of "country"; at MaxSense 3 "deal" is
// still one of "lot". Pairs of words sharing a synset within each word's
// first n senses: 37,194 at n = 1, 57,612 at 2, 67,149 at 3, 75,067 at 5,
// 81,475 at all. DefaultOptions keeps three senses, the fewest that keep
// "intended"/"meant" (intend's sense 3); "ceased"/"stopped" needs two.
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
