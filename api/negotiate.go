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
//
// Every range of the header is read, however many there are: the work is linear in the
// header's length (bounded by the server's MaxHeaderBytes) and keeps nothing but one
// best match per offer, so a long Accept that lists application/json somewhere is
// answered in JSON, not 406.
func negotiate(accept string, offers ...string) (string, bool) {
	if strings.TrimSpace(accept) == "" {
		return offers[0], true
	}
	type match struct {
		q         float64
		pos, spec int
	}
	var stack [4]match
	best := stack[:0]
	for range offers {
		best = append(best, match{spec: -1})
	}
	parsed := 0
	for part := range strings.SplitSeq(accept, ",") {
		r, ok := parseRange(part)
		if !ok {
			continue
		}
		for i, offer := range offers {
			if s := r.matches(offer); s > best[i].spec {
				best[i] = match{q: r.q, pos: parsed, spec: s}
			}
		}
		parsed++
	}
	if parsed == 0 { // nothing parsable: as if absent
		return offers[0], true
	}
	chosen, bestQ, bestPos := "", 0.0, 0
	for i, offer := range offers {
		m := best[i]
		if m.spec < 0 || m.q <= 0 {
			continue
		}
		if chosen == "" || m.q > bestQ || (m.q == bestQ && m.pos < bestPos) {
			chosen, bestQ, bestPos = offer, m.q, m.pos
		}
	}
	return chosen, chosen != ""
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

// parseRange reads one media range with its q-value.
func parseRange(part string) (mediaRange, bool) {
	mt, params, _ := strings.Cut(part, ";")
	mt = strings.ToLower(strings.TrimSpace(mt))
	typ, sub, ok := strings.Cut(mt, "/")
	if !ok || typ == "" || sub == "" || (typ == "*" && sub != "*") {
		return mediaRange{}, false
	}
	r := mediaRange{typ: typ, sub: sub, q: 1}
	for p := range strings.SplitSeq(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || q < 0 || q > 1 {
				q = 0
			}
			r.q = q
		}
	}
	return r, true
}
