// Package normalize turns an article's text or HTML into clean paragraphs of story
// text: HTML through an article extractor, and web-page clutter (menus, "Skip to"
// links, credits, teasers, share bars, footers) removed from both.
package normalize
