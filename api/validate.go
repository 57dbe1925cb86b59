package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/labstack/echo/v4"
)

// bodyKey is where bodyLimit keeps the request body it read, for the validator and handlers.
const bodyKey = "api.body"

// bodyLimit reads the whole body, at most max bytes, before anything else looks at it:
// a Content-Length over max is refused at once, and a body that turns out longer (chunked
// or lying) is cut off by http.MaxBytesReader; both get 413.
func bodyLimit(max int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			if req.ContentLength > max {
				return problemf(http.StatusRequestEntityTooLarge, "the body is %d bytes, larger than the limit of %d", req.ContentLength, max)
			}
			body, err := readAllLimited(http.MaxBytesReader(c.Response(), req.Body, max), req.ContentLength)
			if err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					return problemf(http.StatusRequestEntityTooLarge, "the body is larger than the limit of %d bytes", max)
				}
				return problemf(http.StatusBadRequest, "the body could not be read")
			}
			c.Set(bodyKey, body)
			req.Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}

// requestBody returns the body bodyLimit read, or reads it (bounded by max) when the
// route has no bodyLimit in its chain.
func requestBody(c echo.Context, max int64) ([]byte, error) {
	if b, ok := c.Get(bodyKey).([]byte); ok {
		return b, nil
	}
	var body []byte
	err := bodyLimit(max)(func(c echo.Context) error {
		body, _ = c.Get(bodyKey).([]byte)
		return nil
	})(c)
	return body, err
}

// validator checks requests against openapi.yaml with kin-openapi's openapi3filter.
type validator struct {
	router  routers.Router
	options *openapi3filter.Options
	maxBody int64
}

// newValidator loads the spec once and builds the route table used to find operations.
func newValidator(specYAML []byte, maxBody int64) (*validator, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(specYAML)
	if err != nil {
		return nil, fmt.Errorf("loading openapi.yaml: %w", err)
	}
	// legacy.NewRouter validates the document too.
	router, err := legacy.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("routing openapi.yaml: %w", err)
	}
	return &validator{
		router: router,
		options: &openapi3filter.Options{
			MultiError: true,
			// Auth is the Auth middleware's job; the spec's bearer scheme is documentation.
			AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
		},
		maxBody: maxBody,
	}, nil
}

// middleware validates the request against its operation in the spec before the handler
// runs: a body that is not JSON gets 415, JSON that does not parse 400, and JSON that
// breaks the schema 422 with every failure listed in the problem's errors.
func (v *validator) middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		route, pathParams, err := v.router.FindRoute(req)
		if err != nil {
			// Every Echo route is in the spec (TestRoutesMatchSpec); reaching here is a bug.
			return fmt.Errorf("no operation in openapi.yaml for %s %s: %w", req.Method, c.Path(), err)
		}
		var body []byte
		if route.Operation.RequestBody != nil {
			mt, _, err := mime.ParseMediaType(req.Header.Get(echo.HeaderContentType))
			if err != nil || mt != mediaJSON {
				return problemf(http.StatusUnsupportedMediaType, "send the body as %s", mediaJSON)
			}
			if body, err = requestBody(c, v.maxBody); err != nil {
				return err
			}
			if len(bytes.TrimSpace(body)) == 0 {
				return fmt.Errorf("%w: empty body", ErrMalformed)
			}
			if !json.Valid(body) {
				var x any
				return decodeError(json.Unmarshal(body, &x))
			}
			req.Body = io.NopCloser(bytes.NewReader(body))
		}
		in := &openapi3filter.RequestValidationInput{
			Request:    req,
			PathParams: pathParams,
			Route:      route,
			Options:    v.options,
		}
		if err := openapi3filter.ValidateRequest(req.Context(), in); err != nil {
			return invalidFromSchema(err)
		}
		if body != nil {
			req.Body = io.NopCloser(bytes.NewReader(body))
		}
		return next(c)
	}
}

// invalidFromSchema turns openapi3filter's errors into a 422 problem listing each failure
// by JSON pointer, without the offending values (they may be large).
func invalidFromSchema(err error) error {
	var list []string
	collectSchemaErrors(err, &list)
	sort.Strings(list)
	list = dedupe(list)
	if len(list) > maxListed {
		list = append(list[:maxListed], fmt.Sprintf("and %d more", len(list)-maxListed))
	}
	p := NewProblem(http.StatusUnprocessableEntity, "the request does not match the API schema")
	if len(list) == 1 {
		p.Detail = list[0]
	} else if len(list) > 1 {
		p.Detail = fmt.Sprintf("the request does not match the API schema (%d problems)", len(list))
		p.Errors = list
	}
	return &problemError{p}
}

func collectSchemaErrors(err error, out *[]string) {
	var (
		multi openapi3.MultiError
		se    *openapi3.SchemaError
		re    *openapi3filter.RequestError
	)
	switch {
	case errors.As(err, &multi):
		for _, e := range multi {
			collectSchemaErrors(e, out)
		}
	case errors.As(err, &se):
		ptr := "/" + strings.Join(se.JSONPointer(), "/")
		reason := se.Reason
		if se.SchemaField == "format" && se.Schema != nil {
			// The stock reason quotes the whole format regexp.
			reason = fmt.Sprintf("not a valid %s", se.Schema.Format)
			if se.Schema.Format == "date-time" {
				reason += " (RFC 3339, e.g. 2026-11-20T08:00:00Z)"
			}
		}
		*out = append(*out, truncate(fmt.Sprintf("%s: %s", ptr, reason), maxDetail))
	case errors.As(err, &re):
		if re.Err != nil && re.Err != err {
			collectSchemaErrors(re.Err, out)
			return
		}
		*out = append(*out, truncate(re.Reason, maxDetail))
	default:
		*out = append(*out, truncate(err.Error(), maxDetail))
	}
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
