package summarize

import (
	"strings"
	"unicode/utf8"
)

// Bounds of one check (POST /v1/check, briefing check).
const (
	MaxClaims         = 200     // claims, or sentences of a draft
	MaxClaimChars     = 2_000   // characters of one claim
	MaxDraftChars     = 100_000 // characters of a draft
	MaxClaimCitations = 20      // article ids one claim may cite
)

// Claim is one statement to check against the articles, optionally naming the
// articles (ids) it says carry it.
type Claim struct {
	Text      string
	Citations []string
}

// CheckRequest asks for claims to be checked against articles: the articles as
// for a briefing, and either Claims or a Draft, a text split into sentences that
// are each a claim.
type CheckRequest struct {
	Articles []Article
	Claims   []Claim
	Draft    string
	// Verify is Options.Verify for the claims: "" (the server's default),
	// "rules" or "model".
	Verify string
}

// CheckReport answers a CheckRequest: one result per claim (or sentence of the
// draft), in order.
type CheckReport struct {
	Claims   []ClaimResult
	Warnings []string
	// Usage is what the entailment questions spent (Verify "model", as
	// resolved); nil with the rules alone.
	Usage *Usage
}

// ClaimResult is the support checker's verdict on one claim.
type ClaimResult struct {
	Text   string
	Status string // SupportSupported, SupportPartial or SupportUnsupported
	// Citations are the ids of the articles whose passages support the claim, in
	// request order (empty when unsupported).
	Citations []string
	// Evidence quotes those passages, with offsets (as Point.Evidence).
	Evidence []Evidence
	// Unsupported lists what the articles do not carry (empty when supported).
	Unsupported []Missing
	// CheckedBy is CheckedByRules or CheckedByModel, as Support.CheckedBy.
	CheckedBy string
	// Scope is "" (or ScopeFull) or ScopeFigures, as Support.Scope.
	Scope string
}

// Valid is the request rules of a check: the articles as Request.Valid checks
// them (the same rules and wording), and exactly one of claims or draft; at most
// MaxClaims claims of at most MaxClaimChars characters each, none empty, citing
// at most MaxClaimCitations articles of the request; a draft of at most
// MaxDraftChars characters. Sizes over a bound are ETOOLARGE, the rest EINVALID
// with every failure listed.
func (r CheckRequest) Valid(lim Limits) error {
	var problems Problems
	if err := (Options{Verify: r.Verify}).check(r.Articles, lim, &problems); err != nil {
		return err
	}
	if len(r.Claims) > MaxClaims {
		return Errorf(ETOOLARGE, "the request has %d claims; this server checks at most %d in one request", len(r.Claims), MaxClaims)
	}
	if n := utf8.RuneCountInString(r.Draft); n > MaxDraftChars {
		return Errorf(ETOOLARGE, "the draft has %d characters; this server checks at most %d", n, MaxDraftChars)
	}
	hasDraft := strings.TrimSpace(r.Draft) != ""
	switch {
	case len(r.Claims) > 0 && hasDraft:
		problems.add("the request has both claims and a draft; send one")
	case len(r.Claims) == 0 && !hasDraft:
		problems.add("the request has neither claims nor a draft")
	}
	known := map[string]bool{}
	for _, id := range assignIDs(r.Articles) {
		known[id] = true
	}
	for i, c := range r.Claims {
		if n := utf8.RuneCountInString(c.Text); n > MaxClaimChars {
			return Errorf(ETOOLARGE, "claim %d has %d characters; this server takes at most %d per claim", i+1, n, MaxClaimChars)
		}
		if strings.TrimSpace(c.Text) == "" {
			problems.add("claim %d has no text", i+1)
		}
		if len(c.Citations) > MaxClaimCitations {
			problems.add("claim %d cites %d articles; at most %d", i+1, len(c.Citations), MaxClaimCitations)
			continue
		}
		for _, id := range c.Citations {
			if !known[id] {
				problems.add("claim %d cites article %q, which is not in the request", i+1, truncate(id, MaxIDLength))
			}
		}
	}
	return problems.err()
}

// CheckedClaims is a check request that passed its rules, with its defaults: only
// CheckRequest.Check makes one, so that the pipeline's CheckClaims need not apply
// the rules again. The zero CheckedClaims holds no request.
type CheckedClaims struct{ req CheckRequest }

// Check applies the rules of a check (Valid) under lim, once, and the defaults.
func (r CheckRequest) Check(lim Limits) (c CheckedClaims, err error) {
	if err = r.Valid(lim); err == nil {
		c.req = r.WithDefaults()
	}
	return c, err
}

// Request is the checked request as the pipeline runs it, its defaults set.
func (c CheckedClaims) Request() CheckRequest { return c.req }

// WithDefaults returns the request with every article's id assigned, as
// Request.WithDefaults does. Call it after Valid.
func (r CheckRequest) WithDefaults() CheckRequest {
	r.Articles = Request{Articles: r.Articles}.WithDefaults().Articles
	return r
}
