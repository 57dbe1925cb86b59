// Package stories groups a feed of articles into stories: sets of articles that
// report one event. It imports only the standard library.
//
// What makes two articles the same event is written down here, and Group does
// exactly this, deterministically (the same feed gives the same stories, with
// the same ids):
//
//  1. Each article becomes a weighted vector of terms read from its title (twice)
//     and its text by text.Scanner, merge's word splitter: content words (the
//     ranker's TopicWords stoplist left out, cut to their first six letters, a
//     light stemming that works in every language of the benchmarks; an Arabic
//     word is first read by arabicStem: its letter variants unified, its
//     diacritics dropped and its article with the prepositions joined to it
//     cut, since Arabic writes no capitals and joins its clitics), names
//     (runs of capitalized words, text.NameRuns, as merge marks them: "Kim Jong
//     Un" is one term besides its words) and figures (numerals as merge
//     normalizes them: "1,200" = "1200"). A term weighs (1 + ln tf) · idf · kind,
//     where idf = ln((N + N₀) / (df + ½)) is its rarity in the feed, smoothed as if
//     the feed held N₀ = 20 more articles on other events (so that a feed of six
//     articles weighs words as a large one does), and kind is 1.5 for a name and
//     1.2 for a figure: sharing "Marrakesh" and "2,946" says more than sharing
//     "rescuers". A term in more than 40% of the feed (N + N₀) is left out: it
//     says nothing of which event. Only an article's 128 heaviest terms are
//     kept (memory is linear in the feed) and the vector is normalized.
//  2. Two articles are linked when the cosine of their vectors is at least
//     Options.Threshold (0.12) and, when both give a published time, they were
//     published at most Options.Window (4 days) apart: two earthquakes a month
//     apart are two stories even though they share every word. Syndicated
//     copies of one wire story have a cosine near 1 and are always linked.
//  3. Stories are the connected groups of linked articles (single link, by
//     union-find over the links in order of decreasing similarity); a group of
//     one is a singleton. A link joins two groups only if the groups' centroids
//     are also similar (Options.Cohesion, 0.12): a chain of weak links through
//     generic articles does not glue unrelated events together.
//  4. Then again, up to 10 rounds, over the groups: each group is one unit whose
//     vector is the centroid of its articles (their heaviest 128 terms) and
//     whose time is the span of theirs, linked and joined by the same rules at
//     0.7 times the threshold and the cohesion. A
//     centroid carries what a story's articles share and drops what each says
//     alone, so the articles of one story that share little pairwise (the first
//     report and a follow-up days later) meet through their groups.
//  5. Last, an article still alone joins the group whose centroid is the most
//     similar to it, when that cosine reaches 0.6·Threshold (and the window
//     allows).
//  6. Then, up to 3 rounds, each article moves to the story whose centroid (the
//     sum of its articles' vectors) it is the most similar to, when that is
//     another story's, its cosine beats the one with the rest of its own
//     story's centroid and reaches 0.7·Threshold (and the window allows); the
//     moves of a round are decided together. A single link puts an article
//     where its strongest link went; a centroid says better where it belongs
//     (on MultiLing 2011 it takes the Haiti articles that a Chile earthquake
//     article had linked back to the Haiti story: B-cubed F1 English 0.964 →
//     0.991, Arabic 0.910 → 0.954, Czech 0.956 → 0.970, French 0.983 → 0.991,
//     precision 1.000 on each).
//
// Nothing compares every pair: an inverted index over each unit's 24 heaviest
// terms proposes the candidates (a term already proposed by 256 units proposes
// no more), and only candidates get a cosine, so a round over n units costs at
// most n·24·256 cosines and usually far fewer; the moves of step 6 take an
// article's dot products with every centroid through an index of the
// centroids' terms (BenchmarkGroup measures 5,000 articles on one core: about
// 2.6 s of CPU, 54 KB allocated per article at 1,000 and at 5,000).
//
// The window is the one rule that separates a story from its repeat: two
// earthquakes a month apart share every word. Articles without a published
// time are linked by their words alone.
//
// A story's id is derived from its earliest article (by published time, then
// id), so it stays the same as later articles join; its label is the title (or
// first sentence) of its most central article; stories are ordered by size,
// then by latest published time, then by id.
//
// A stored feed grows one article at a time: Feed.Add files a new article in
// the story of the earlier article it is most similar to, or starts a story
// (see Feed; its cost grows with the candidates its heaviest terms propose, not
// with the feed), then refiles its neighbourhood: step 6 on the stories it
// touched (its own, the stories its candidates link it to at 0.6·Threshold,
// and the stories of one article they link it to at 0.3·Threshold): an
// article now closer to another of them than to the rest of its own moves
// (Feed.Moved lists the moves; the stored feed applies them, each article in
// exactly one story). Feed.Load puts back what a store filed. Deciding
// in arrival order, it still finds fewer of a story's articles than Group:
// B-cubed F1 filing MultiLing 2011 one article at a time in file order
// (briefing stories-eval --incremental) is 0.983 for English (P 1.000, R
// 0.966; 0.960 without refiling), 0.838 for Arabic (0.930, 0.762; was 0.823),
// 0.941 for Czech (1.000, 0.888; was 0.911) and 0.947 for French (0.900,
// 1.000; was 0.917); 1.000 on the eval cases' feed. Changes marks the
// points of a story's new briefing against the version before it: new, or
// updated ("from 9 to 14" when one figure gave way to another).
package stories
