package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// ProblemContentType is the media type of every error answer (RFC 9457).
const ProblemContentType = "application/problem+json"

// Problem is an RFC 9457 problem details object.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	// Errors lists individual validation failures, when there are several.
	Errors []string `json:"errors,omitempty"`
}

// problemTypeBase prefixes the type URI of each problem; the suffix is the status slug.
const problemTypeBase = "https://briefing.dev/problems/"

// NewProblem builds a problem for status with a client-safe detail.
func NewProblem(status int, detail string) Problem {
	return Problem{
		Type:   problemTypeBase + slug(status),
		Title:  http.StatusText(status),
		Status: status,
		Detail: detail,
	}
}

// WriteProblem sends p as application/problem+json, stamping the request path as instance.
func WriteProblem(c echo.Context, p Problem) error {
	if p.Instance == "" {
		p.Instance = c.Request().URL.Path
	}
	// echo keeps a Content-Type that is already set, so the body goes out as problem+json.
	c.Response().Header().Set(echo.HeaderContentType, ProblemContentType)
	return c.JSON(p.Status, p)
}

func slug(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "malformed-request"
	case http.StatusUnauthorized:
		return "unauthorized"
	case http.StatusNotFound:
		return "not-found"
	case http.StatusMethodNotAllowed:
		return "method-not-allowed"
	case http.StatusRequestTimeout:
		return "request-timeout"
	case http.StatusRequestHeaderFieldsTooLarge:
		return "headers-too-large"
	case http.StatusNotImplemented:
		return "not-implemented"
	case http.StatusHTTPVersionNotSupported:
		return "http-version-not-supported"
	case StatusClientClosedRequest:
		return "client-closed-request"
	case http.StatusNotAcceptable:
		return "not-acceptable"
	case http.StatusRequestEntityTooLarge:
		return "too-large"
	case http.StatusUnsupportedMediaType:
		return "unsupported-media-type"
	case http.StatusConflict:
		return "conflict"
	case http.StatusUnprocessableEntity:
		return "invalid-request"
	case http.StatusTooManyRequests:
		return "rate-limited"
	case http.StatusBadGateway:
		return "upstream-error"
	case http.StatusServiceUnavailable:
		return "overloaded"
	case http.StatusGatewayTimeout:
		return "upstream-timeout"
	default:
		return "internal-error"
	}
}
