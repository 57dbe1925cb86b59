// Package summarize is the briefing pipeline: it turns several articles about one
// event into one short briefing whose every point cites the articles that carry it.
//
// The flow is readable from the subpackages, in order:
//
//	normalize → segment → merge → chunk → engine (llm | extractive) → verify
//
// This package holds the domain types (Request, Briefing, …), the Engine interface
// that both engines implement, the Pipeline that runs the stages, and the citation
// check (verify.go). It knows nothing of HTTP.
package summarize
