package api

import (
	"strconv"
	"strings"
)

// Media types the briefing and merge endpoints can answer in.
const (
	mediaJSON     = "application/json"
	mediaMarkdown = "text/markdown"
)

// negotiate picks the offer the Accept header prefers (RFC 9110 §12.5.1): each offer
// gets the q-value of the most specific media range that matches it; the highest q
// wins, ties go to the range listed first in the header, then to the first offer.
// An absent, empty or unparsable header accepts the first offer. ok is false when nothing offered
// is acceptable.
func negotiate(accept string, offers ...string) (string, bool) {
	if strings.TrimSpace(accept) == "" {
		return offers[0], true
	}
	ranges := parseAccept(accept)
	if len(ranges) == 0 { // nothing parsable: as if absent
		return offers[0], true
	}
	best, bestQ, bestPos := "", 0.0, 0
	for _, offer := range offers {
		q, pos, spec := 0.0, 0, -1
		for i, r := range ranges {
			if s := r.matches(offer); s > spec {
				q, pos, spec = r.q, i, s
			}
		}
		if spec < 0 || q <= 0 {
			continue
		}
		if best == "" || q > bestQ || (q == bestQ && pos < bestPos) {
			best, bestQ, bestPos = offer, q, pos
		}
	}
	return best, best != ""
}

type mediaRange struct {
	typ, sub string
	q        float64
}

// matches returns how specifically r matches the media type offer: 2 exact, 1 type/*,
// 0 */*, -1 not at all.
func (r mediaRange) matches(offer string) int {
	typ, sub, _ := strings.Cut(offer, "/")
	switch {
	case r.typ == "*" && r.sub == "*":
		return 0
	case r.typ == typ && r.sub == "*":
		return 1
	case r.typ == typ && r.sub == sub:
		return 2
	default:
		return -1
	}
}

// maxAcceptRanges bounds the work one Accept header can cause.
const maxAcceptRanges = 32

func parseAccept(h string) []mediaRange {
	var out []mediaRange
	for part := range strings.SplitSeq(h, ",") {
		if len(out) == maxAcceptRanges {
			break
		}
		params := strings.Split(part, ";")
		mt := strings.ToLower(strings.TrimSpace(params[0]))
		typ, sub, ok := strings.Cut(mt, "/")
		if !ok || typ == "" || sub == "" || (typ == "*" && sub != "*") {
			continue
		}
		r := mediaRange{typ: typ, sub: sub, q: 1}
		for _, p := range params[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || q < 0 || q > 1 {
					q = 0
				}
				r.q = q
			}
		}
		out = append(out, r)
	}
	return out
}
