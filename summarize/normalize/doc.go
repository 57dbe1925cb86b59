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
// StripRepeated then removes lines that one outlet repeats across its articles.
//
// Article is the one entry point per article: it reads the page once (one
// tokenizer pass for the visible text and the nesting depth, one parse for the
// extractors) and returns a Page whose paragraphs each keep the map back to the
// text they were cleaned from, so that a sentence can name its place in the
// article as sent. StripRepeatedPages is the second, cross-article call.
package normalize
