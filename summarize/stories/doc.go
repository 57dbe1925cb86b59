// Package stories groups a feed of articles into stories: sets of articles that
// report one event. It imports only the standard library.
//
// What makes two articles the same event is written down here, and Group does
// exactly this, deterministically (the same feed gives the same stories, with
// the same ids):
//
//  1. Each article becomes a weighted vector of terms read from its title (twice)
//     and its text by text.Scanner, merge's word splitter: content words (the
//     ranker's TopicWords stoplist left out, cut to their first seven letters, a
//     light stemming that works in every language of the benchmarks), names
//     (runs of capitalized words, text.NameRuns, as merge marks them: "Kim Jong
//     Un" is one term besides its words) and figures (numerals as merge
//     normalizes them: "1,200" = "1200"). A term weighs (1 + ln tf) · idf · kind,
//     where idf = ln((N + N₀) / (df + ½)) is its rarity in the feed, smoothed as if
//     the feed held N₀ = 20 more articles on other events (so that a feed of six
//     articles weighs words as a large one does), and kind is 1.5 for a name and
//     1.2 for a figure: sharing "Marrakesh" and "2,946" says more than sharing
//     "rescuers". Only an article's 64 heaviest terms are kept (memory is linear
//     in the feed) and the vector is normalized.
//  2. Two articles are linked when the cosine of their vectors is at least
//     Options.Threshold (0.2) and, when both give a published time, they were
//     published at most Options.Window (4 days) apart: two earthquakes a month
//     apart are two stories even though they share every word. Syndicated
//     copies of one wire story have a cosine near 1 and are always linked.
//  3. Stories are the connected groups of linked articles (single link, by
//     union-find over the links in order of decreasing similarity); a group of
//     one is a singleton. A link joins two groups only if the groups' centroids
//     are also similar (Options.Cohesion): a chain of weak links through generic
//     articles does not glue unrelated events together.
//
// Nothing compares every pair: an inverted index over each article's 12
// heaviest terms proposes the candidates (a term already proposed by 256
// articles proposes no more), and only candidates get a cosine, so a feed of n
// articles costs about n·12·256 cosines at worst and usually far fewer
// (BenchmarkGroup measures 5,000).
//
// A story's id is derived from its earliest article (by published time, then
// id), so it stays the same as later articles join; its label is the title (or
// first sentence) of its most central article; stories are ordered by size,
// then by latest published time, then by id.
package stories
