package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/summarize"
)

// statusFor is the one table from the domain's error codes (the pipeline's and the
// job store's) to HTTP statuses; a code not listed (EINTERNAL, or an error with no
// code) is a 500 without detail.
func statusFor(code string) (int, bool) {
	switch code {
	case summarize.EINVALID:
		return http.StatusUnprocessableEntity, true
	case summarize.ETOOLARGE:
		return http.StatusRequestEntityTooLarge, true
	case summarize.EUPSTREAM:
		return http.StatusBadGateway, true
	case summarize.ETIMEOUT:
		return http.StatusGatewayTimeout, true
	case summarize.EUNAVAILABLE:
		return http.StatusServiceUnavailable, true
	case summarize.ENOTFOUND:
		return http.StatusNotFound, true
	case summarize.ECONFLICT:
		return http.StatusConflict, true
	default:
		return http.StatusInternalServerError, false
	}
}

// StatusClientClosedRequest is the status logged and counted for a request whose
// client went away before the answer (nginx's 499); it is never sent.
const StatusClientClosedRequest = 499

// errRequestTimeout is the cause of a briefing's context when Config.RequestTimeout passes.
var errRequestTimeout = errors.New("request timeout")

// overloadRetryAfter is sent with a 503 caused by the service being overloaded.
const overloadRetryAfter = "2"

// problemError carries a ready problem through echo's error path to handleError.
type problemError struct{ p Problem }

func (e *problemError) Error() string { return fmt.Sprintf("%d %s", e.p.Status, e.p.Detail) }

// problemf returns an error that handleError answers as a problem with status and detail.
func problemf(status int, format string, args ...any) error {
	return &problemError{NewProblem(status, fmt.Sprintf(format, args...))}
}

// problemFor maps any error to the problem a client sees, and reports whether it is
// internal: a 500, shown without detail and logged with its cause.
func problemFor(err error) (p Problem, internal bool) {
	var (
		pe   *problemError
		he   *echo.HTTPError
		serr *summarize.Error
	)
	switch {
	case errors.As(err, &pe):
		return pe.p, pe.p.Status == http.StatusInternalServerError
	case errors.Is(err, ErrMalformed):
		return NewProblem(http.StatusBadRequest, truncate(err.Error(), maxDetail)), false
	case errors.As(err, &serr):
		status, ok := statusFor(serr.Code)
		if !ok {
			return NewProblem(http.StatusInternalServerError, ""), true
		}
		p := NewProblem(status, truncate(serr.Message, 4*maxDetail))
		var v summarize.Problems
		if errors.As(err, &v) && len(v) > 1 {
			p.Detail = fmt.Sprintf("the request cannot be served (%d problems)", len(v))
			p.Errors = v
		}
		return p, false
	case errors.As(err, &he) && he.Code >= 400 && he.Code < 500:
		// echo's own errors: 404 and 405 from the router, 400 from the generated
		// parameter binding. Any other status of echo's is an internal error.
		detail := ""
		if m, ok := he.Message.(string); ok && m != http.StatusText(he.Code) {
			detail = truncate(m, maxDetail)
		}
		switch he.Code {
		case http.StatusNotFound:
			detail = "no such resource"
		case http.StatusMethodNotAllowed:
			detail = "method not allowed on this resource"
		}
		return NewProblem(he.Code, detail), false
	case errors.Is(err, errRequestTimeout), errors.Is(err, context.DeadlineExceeded):
		return NewProblem(http.StatusGatewayTimeout, "the request took longer than this server allows"), false
	default:
		return NewProblem(http.StatusInternalServerError, ""), true
	}
}

// handleError is echo's HTTPErrorHandler: every error leaves as problem+json, internal
// ones with no detail and logged once here with their cause.
//
// A client that went away (its request's context canceled: the connection closed) is
// not a server error whatever the work returned: it is logged and counted as 499 and
// nothing is written.
func (s *Server) handleError(err error, c echo.Context) {
	req := c.Request()
	var chosen *problemError // an answer the server chose (a 408 cancels the context too)
	gone := errors.Is(err, context.Canceled) ||
		(errors.Is(req.Context().Err(), context.Canceled) && !errors.As(err, &chosen))
	if gone && !c.Response().Committed {
		c.Response().Status = StatusClientClosedRequest
		LoggerFrom(req.Context()).LogAttrs(req.Context(), slog.LevelInfo, "client went away",
			slog.String("method", req.Method), slog.String("route", c.Path()))
		return
	}
	p, internal := problemFor(err)
	if internal {
		s.logger.LogAttrs(req.Context(), slog.LevelError, "internal error",
			slog.String("method", req.Method), slog.String("route", c.Path()), slog.Any("err", err))
		p.Detail = ""
		p.Errors = nil
	}
	if c.Response().Committed {
		return // the answer has started; nothing more can be said
	}
	if d := summarize.RetryAfterOf(err); d > 0 && (p.Status == http.StatusServiceUnavailable || p.Status == http.StatusConflict) {
		c.Response().Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds(d)))
	}
	if p.Status == http.StatusServiceUnavailable && c.Response().Header().Get("Retry-After") == "" {
		c.Response().Header().Set("Retry-After", overloadRetryAfter)
	}
	setWriteDeadline(c, s.cfg.WriteTimeout)
	if werr := WriteProblem(c, p); werr != nil {
		s.logger.LogAttrs(req.Context(), slog.LevelWarn, "writing problem", slog.Any("err", werr))
	}
}
