// Package extraction measures HTML extraction on an annotated set of real pages
// (trafilatura's evaluation set: evaldata.json and pages/), for ours and for
// go-trafilatura alone, per page family.
//
// # The metric (trafilatura's tests/eval_common.py)
//
// Each page's extracted text and each of its segments are white-space
// normalized (a run of white space is one space). A "with" segment found in the
// text as a substring is a true positive, one missing a false negative; a
// "without" segment found is a false positive, one missing a true negative.
// Counts are summed over the pages of a family, then precision = tp/(tp+fp),
// recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn). A page that fails to extract
// counts every "with" segment as missed.
//
// # Page families
//
// Every page is in exactly one family, by a rule on its URL and its text, in
// this order:
//
//   - blog: its URL (or, for a page without one, its file name) names a blog:
//     "blog" in the host or the path (blogspot, blog.python.org, /blog/…), or a
//     blog platform's host (wordpress.com, tumblr.com, medium.com,
//     substack.com, typepad.com, livejournal.com, over-blog, hypotheses.org).
//     An archived page (web.archive.org/web/…/URL) is judged by the URL it
//     archives.
//   - non-English: the language of the page's visible text (every visible word,
//     menus included: normalize.PageText) is not English, by whatlanggo's
//     trigram detector.
//   - news: the rest — English pages that are not blogs, news sites and
//     magazines for the most part.
//
// The page's bytes are read as UTF-8 when they are valid UTF-8, else decoded by
// their charset (the BOM, a Content-Type meta tag or a guess, as browsers do:
// golang.org/x/net/html/charset), before any extractor sees them.
//
// `briefing eval --extraction DIR` runs Measure with our pipeline (the merged
// passages of the page sent as one html article, joined with spaces) and with
// go-trafilatura alone (normalize.LibraryText) and prints Report.Table.
package extraction
