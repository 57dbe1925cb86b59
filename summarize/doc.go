// Package summarize is the domain of briefing: the request (Article, Options,
// Request and its rules in Valid), what the stages pass on (Passage, MergeResult),
// the answer (Briefing, Point, Evidence), the Engine interface both engines
// implement, and the error codes. It imports only the standard library, so every
// stage and every tool can use its types without pulling in HTML parsing or a model
// client.
//
// The stages live in the subpackages, run in this order by pipeline.Pipeline.Brief:
//
//	fetch → normalize → segment → merge → engine (llm, with chunk | extractive) → verify
package summarize
