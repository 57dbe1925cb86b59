package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

// authChallenge is the WWW-Authenticate value of every 401 (RFC 6750).
const authChallenge = `Bearer realm="briefing"`

// Auth requires "Authorization: Bearer <key>" with one of keys.
//
// Blank keys (after trimming spaces) are ignored, and with no key left Auth lets every
// request through: auth is off, as when BRIEFING_API_KEYS is unset. Otherwise the
// presented key is hashed with SHA-256 and compared with the SHA-256 of every
// configured key in constant time (crypto/subtle), all keys every time, so neither the
// length of a key nor which key matched shows in the timing. A missing or wrong key gets
// 401 problem+json with WWW-Authenticate: Bearer realm="briefing". On success the key's
// fingerprint (KeyIDFrom) is put in the request's context for the rate limiter and logs.
// Keys are never logged or echoed.
//
// Wire it on the /v1 group only: /healthz, /readyz, /openapi.yaml and /metrics stay open
// (metrics hold counts and latencies, no content or keys; keep /metrics off the public
// network with the listener or a proxy if its numbers are sensitive).
func Auth(keys []string) echo.MiddlewareFunc { return authWith(keys, nil) }

// authWith is Auth that also counts failed authentications against the client's network
// (/24 or /64) in limiter: once a network has used its budget (Config.AuthFailures per
// minute), every request from it gets 429 before its key is even looked at, so keys
// cannot be guessed at line rate, and a new address in the same network does not help.
func authWith(keys []string, limiter *clientLimiter) echo.MiddlewareFunc {
	var digests [][sha256.Size]byte
	var ids []string
	for _, k := range keys {
		k = strings.TrimSpace(k)
		if k == "" {
			continue
		}
		digests = append(digests, sha256.Sum256([]byte(k)))
		ids = append(ids, KeyFingerprint(k))
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		if len(digests) == 0 {
			return next
		}
		return func(c echo.Context) error {
			if over, wait := limiter.failedAuthWait(c.RealIP()); over {
				return tooMany(c, wait, "too many failed authentications from this network")
			}
			token, ok := bearerToken(c.Request().Header.Get(echo.HeaderAuthorization))
			if !ok {
				limiter.failedAuth(c.RealIP())
				return unauthorized(c, "this endpoint needs an API key: send Authorization: Bearer <key>")
			}
			presented := sha256.Sum256([]byte(token))
			match := -1
			for i := range digests {
				eq := subtle.ConstantTimeCompare(presented[:], digests[i][:])
				match = subtle.ConstantTimeSelect(eq, i, match)
			}
			if match < 0 {
				limiter.failedAuth(c.RealIP())
				return unauthorized(c, "the API key is not valid")
			}
			req := c.Request()
			ctx := context.WithValue(req.Context(), keyIDKey, ids[match])
			ctx = context.WithValue(ctx, keyScopeKey, hex.EncodeToString(digests[match][:]))
			c.SetRequest(req.WithContext(ctx))
			return next(c)
		}
	}
}

// keyScopeFrom returns the full SHA-256 (hex) of the API key Auth accepted, or ""
// when auth is off: the scope of the request's Idempotency-Keys.
func keyScopeFrom(ctx context.Context) string {
	s, _ := ctx.Value(keyScopeKey).(string)
	return s
}

// KeyIDFrom returns the fingerprint of the API key that Auth accepted for this request,
// or "" when auth is off.
func KeyIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(keyIDKey).(string)
	return id
}

// KeyFingerprint is the short public name of an API key: the first 8 hex digits of its
// SHA-256. It identifies a key in logs and rate-limit buckets without revealing it.
func KeyFingerprint(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:4])
}

// bearerToken extracts the credentials of an RFC 6750 Authorization header; the scheme
// is case-insensitive.
func bearerToken(header string) (string, bool) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// unauthorized answers 401 problem+json with the Bearer challenge.
func unauthorized(c echo.Context, detail string) error {
	c.Response().Header().Set(echo.HeaderWWWAuthenticate, authChallenge)
	return WriteProblem(c, NewProblem(http.StatusUnauthorized, detail))
}
