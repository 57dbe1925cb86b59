// Package pipeline runs a briefing's stages in order, one call each: the request
// rules, fetch (the pages of articles sent by url, when a Fetcher is set),
// normalize, segment, merge, the engine (with the extractive engine as the
// fallback when a model fails) and verify. Pipeline.Brief is the one function to
// read to follow a request from articles to briefing.
package pipeline
