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
package normalize
