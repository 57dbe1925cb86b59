// Package extractive is the engine that needs no model: it ranks merged passages by
// centrality, corroboration and position, picks non-redundant ones to the length
// budget, and cites the articles that carry them.
package extractive
