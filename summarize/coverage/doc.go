// Package coverage is the stage after merge that says what the coverage itself
// tells a reporter, before any model writes: where the articles differ, who said
// what, and who reported the story rather than reprinting it. It is
// deterministic and needs no model; the pipeline runs it once on the merge's
// output and puts its report on the briefing and the merge report, and hands the
// differences to the engines so that a disputed figure is stated with both sides.
//
// # Differences
//
// Figures are read from every sentence with their hedge ("at least", "about",
// "more than", "up to"…), their multiplier and currency, as ranges ("60 million
// to 65 million euros"); number words are digits. Times of day, years, ages
// ("7-year-old"), parts ("31 of them"), the day of a date, comparisons ("$100
// more than") and every figure of a clause naming an earlier year (history: "a
// quake in 1962 that killed 11"; ", and had a magnitude of 6.7" goes on with
// the clause before it) are not figures of the story. A figure cited
// as another source's ("higher than the 6.4", "up from 12", "rose to 19 from
// 12") is no claim of the article. Two ways find figures about the same fact:
//
//   - keyed: a short list of what sources dispute, read from the words around
//     the figure: people killed, injured, missing, evacuated, arrested,
//     displaced, homeless (after it: "23 people died", "nine dead"; before it:
//     "killing at least 23", "the toll rose to 9"), a magnitude (not an
//     aftershock's or a later tremor's), a value or a cost (a currency figure
//     after "valued", "worth", "fetch", "cost"). The attribute is the
//     difference's about. Bodies recovered are a floor of the toll, not a toll
//     ("16 bodies" does not dispute "228 killed").
//     In an article in another language the toolkit knows, a figure is keyed
//     instead by the stem of the noun it counts, the first content word after
//     it in its clause ("80.000 Menschen", "1 200 habitants", "45 000
//     жителей"; small counts, percentages, amounts and years are not keyed);
//     the nouns that count people and no more (persons, residents,
//     participants: "habitants", "riverains") are one attribute, "people";
//     the language's hedges ("rund", "plus de", "около") are read as the
//     English ones; and two such counts conflict only when the larger is at
//     most twice the smaller: counts of one noun further apart are two facts
//     (counted.go).
//   - aligned: two sentences of different articles whose content stems have a
//     Jaccard similarity of at least 0.6 (five content words or more), with the
//     same figures, dates or names but one: the sentences the merge refused to
//     fold. The about is the word after the figure, or before the date or name,
//     and must be the same on both sides (the same slot, not a name one sentence
//     adds in a clause of its own). Names that share a word ("Oliver Grant",
//     "Grant") are one name.
//
// No sentence is compared with every other: each figure, date or name a
// sentence has once is filed under its kind, its about, its unit and the rest
// of the sentence's slots of that kind (read once per sentence), and only the
// sentences filed together are compared, those with the same content stems as
// one class (a capped fan-out bounds input built to defeat it). The claims are
// those, and in the order, of the all-pairs scan this replaced
// (TestAlignedEqualsAllPairs); a passage stating a value is looked up in an
// index of the passages' words. The cost grows about linearly with the
// sentences, whatever their similarity (BenchmarkLinear in the pipeline).
//
// The values of one attribute are sorted by the earliest publication of the
// articles giving them. A count that changes over time (the casualty counts)
// whose values rise from article to article, no article giving two of them, and
// at least one step changing the figure rather than stating it more precisely,
// is labelled updated. Otherwise two values conflict when the ranges their
// hedges allow do not overlap ("at least 40" and "42" do; "about" is ±10%);
// only the values that conflict with another are kept, and the conflict is
// reported only when two articles are on different sides of it and no article
// gives more than two of its values: an article that gives a toll per country,
// or a quake and its aftershocks, is not disputing itself, and a cluster that
// follows a story over weeks holds many figures for one attribute that are not
// one fact. Values are compared as numbers ("7" and "7.0" are one side; number
// words, "Fifty-two" too, are digits). When no two values conflict but two or
// more hedged values differ ("more than three years", "more than two years";
// "about 40", "at least 42"), given by two different articles, no article giving
// more than two of them, the hedged values are reported, labelled imprecise:
// compatible bounds, which an editor wants to see but which are not a conflict
// (the support checker flags one side of a conflict only). An exact value
// inside a bound ("at least 40", "42") states it more precisely and is not
// reported. Nothing else is reported: precision first.
//
// # Quotes
//
// Direct quotations of four words or more between double quotes (all-capitalized
// ones are titles), read per paragraph. The speaker comes from "…," said X /
// "…," X said (titles and offices before the name dropped: "Halvern CEO Miriam
// Osei" is Miriam Osei), "according to X", X said/called … "…" before the quote
// in the sentence, and for "she said", or a quotation opening a sentence, the
// last speaker named in the paragraph (else the last person named before it).
// The same quotation in other words (70% of the shorter's words in the longer)
// is one Quote with its variants. A wording seen before is compared only with
// the variants made since, so a quotation a thousand reprints carry costs a
// thousand lookups, not a thousand scans.
//
// AnalyzeContext looks at its context every 64 steps of its loops and returns
// its error once it is done.
//
// # Coverage
//
// Outlets and their number, wire groups from the merge's SyndicatedOf (chains
// followed to the original), first and last publication, each article's unique
// share, and SingleSource when all articles are one story and its reprints.
//
// The word-level helpers (stemming, stopwords, capitals, calendar words) are in
// words.go alone, to give way to the shared text toolkit when it lands.
package coverage
