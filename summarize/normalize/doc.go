// Package normalize turns an article's text or HTML into clean paragraphs of story
// text: HTML through an article extractor, and web-page clutter (menus, "Skip to"
// links, credits, teasers, share bars, footers) removed from both.
//
// The clutter filter works on units (a paragraph, or a line of a pasted block).
// A unit is clutter when it matches a pattern for its kind and is short, or
// when it belongs to a run: three or more short lines of one pasted block (a
// menu), the list of headline-like lines, dates and blurbs that follows a
// "Related" or "More from …" header, or the alt text next to a caption. A unit
// that reads like a sentence (it ends with . ! or ? and has six or more words)
// is kept unless a pattern names it precisely (a cookie notice, a newsletter
// prompt, a caption ending in a photo credit), so story text is not lost.
// The patterns are English; the commonest kinds (teaser headers and lines,
// prompts to subscribe, sign in, follow or support the outlet, comment and share
// widgets, photo and source credits, rights notices, advertising disclosures)
// are also named in German, Spanish, French, Portuguese, Italian and Polish
// (clutter_lang.go).
// On an HTML page the filter also knows which text is a link: a run of short lines
// is a menu only when its lines are links without figures (a table row, a spec
// line or an ingredient is story however short), and a long unit made of four or
// more short links is a menu whatever its length. Table rows render as one line,
// and every unit gets back the spaces the page had around inline elements.
// Trafilatura's reading is checked against readability's, and the better kept
// by link density, prose density and length (see better in source.go); when the
// reading so chosen and trafilatura's disagree sharply (neither holds half of the
// other's words and ours is not the longer: see disagree), trafilatura's is kept.
// StripRepeated then removes lines that one outlet repeats across its articles.
//
// A pasted headline (SplitHeadline) becomes the article's title; on an HTML page
// that names its own title (og:title, <title> as go-trafilatura reads them), only
// a first paragraph that is that title, or a part of it, is taken for it.
//
// Article is the one entry point per article: it reads the page once (one
// tokenizer pass for the visible text and the nesting depth, one parse for the
// extractors) and returns a Page whose paragraphs each keep the map back to the
// text they were cleaned from, so that a sentence can name its place in the
// article as sent. StripRepeatedPages is the second, cross-article call.
package normalize
