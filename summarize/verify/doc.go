// Package verify is the last stage: it turns an engine's draft into a briefing whose
// every citation names passages of the request, mapped to the articles that carry
// them, with the passages quoted as evidence. With a Second (model.go), the points
// and claims its rules leave partial for want of words alone are put to a model as
// entailment questions (Options.Verify "model").
package verify
