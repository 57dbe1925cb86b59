package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"time"

	"github.com/labstack/echo/v4"
)

// HeaderRequestID is the header that carries a request's id, in and out.
const HeaderRequestID = echo.HeaderXRequestID

// maxRequestIDLen bounds an incoming X-Request-ID that is kept as given.
const maxRequestIDLen = 128

// ctxKey types the values this package keeps in a request's context.
type ctxKey int

const (
	requestIDKey ctxKey = iota
	loggerKey
	keyIDKey
	keyScopeKey
)

// RequestID gives every request an id and writes one access-log line for it.
//
// An incoming X-Request-ID is kept when it is 1–128 characters of [A-Za-z0-9._-];
// anything else (absent, too long, spaces, quotes, control bytes…) is replaced by 32 hex
// digits from crypto/rand. The id goes back in the X-Request-ID response header and into
// the request's context (RequestIDFrom), along with a logger that carries it (LoggerFrom).
//
// After the rest of the chain has run, errors it returned are handed to Echo's
// HTTPErrorHandler here, so that the log line and the metrics see the final status;
// they are not returned further. The log line is one JSON record ("request") with
// method, route (the Echo route pattern, "unmatched" when none), status, duration_ms,
// bytes, request_id and remote. It never holds headers, bodies, query strings or keys.
// Requests are also counted in m by route, method and status when m is not nil.
//
// Put it first (outermost) in the chain, with a Recover middleware inside it so that a
// panic still ends as a logged 500; a nil logger discards the log lines.
func RequestID(logger *slog.Logger, m *Metrics) echo.MiddlewareFunc {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			req := c.Request()
			id := req.Header.Get(HeaderRequestID)
			if !validRequestID(id) {
				id = newRequestID()
			}
			c.Response().Header().Set(HeaderRequestID, id)
			reqLogger := logger.With(slog.String("request_id", id))
			ctx := context.WithValue(req.Context(), requestIDKey, id)
			ctx = context.WithValue(ctx, loggerKey, reqLogger)
			c.SetRequest(req.WithContext(ctx))

			if err := next(c); err != nil {
				c.Error(err)
			}

			d := time.Since(start)
			res := c.Response()
			route := c.Path()
			if route == "" {
				route = routeUnmatched
			}
			level := slog.LevelInfo
			if res.Status >= 500 {
				level = slog.LevelError
			}
			reqLogger.LogAttrs(ctx, level, "request",
				slog.String("method", req.Method),
				slog.String("route", route),
				slog.Int("status", res.Status),
				slog.Float64("duration_ms", float64(d.Microseconds())/1000),
				slog.Int64("bytes", res.Size),
				slog.String("remote", c.RealIP()),
			)
			m.ObserveRequest(route, req.Method, res.Status, d)
			return nil
		}
	}
}

// RequestIDFrom returns the request id that RequestID put in ctx, or "".
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// LoggerFrom returns the request's logger (with request_id attached) that RequestID put
// in ctx, or slog.Default() outside such a request.
func LoggerFrom(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(loggerKey).(*slog.Logger); ok {
		return l
	}
	return slog.Default()
}

// validRequestID reports whether an incoming id is safe to keep, log and echo back.
func validRequestID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch b := id[i]; {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9', b == '.', b == '_', b == '-':
		default:
			return false
		}
	}
	return true
}

// newRequestID returns 16 random bytes as 32 hex digits.
func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (it crashes the program instead)
	return hex.EncodeToString(b[:])
}
