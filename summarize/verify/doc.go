// Package verify is the last stage: it turns an engine's draft into a briefing whose
// every citation names passages of the request, mapped to the articles that carry
// them, with the passages quoted as evidence.
package verify
