package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/labstack/echo/v4"
)

// validator checks a request body against its operation's schema in openapi.yaml.
//
// The body is parsed once: decodeJSON turns the bytes readBody read into a generic
// value, kin-openapi's Schema.VisitJSON checks that value against the schema, and the
// value is left on the request (validatedBody) for the strict handler, whose generated
// binder (oapi-codegen's runtime.BindJSONValue) fills the typed request object from it
// without reading the bytes again. openapi3filter.ValidateRequest would read and copy
// the body once more, route the request a second time and need a body decoder
// registered process-wide; the operations are known at routing time, so the schema is
// looked up once, here.
type validator struct {
	schemas map[string]*openapi3.Schema // request body schema by operationId
}

// newValidator loads the spec and finds the request body schema of every operation
// that has one. maxArticles replaces the articles' maxItems (the documented default)
// with the configured limit: readBody refuses more with 413 before the schema is
// visited, and the schema must not refuse what the server is configured to take.
func newValidator(specYAML []byte, maxArticles int) (*validator, error) {
	doc, err := openapi3.NewLoader().LoadFromData(specYAML)
	if err != nil {
		return nil, fmt.Errorf("loading openapi.yaml: %w", err)
	}
	if err := doc.Validate(openapi3.NewLoader().Context); err != nil {
		return nil, fmt.Errorf("openapi.yaml: %w", err)
	}
	v := &validator{schemas: map[string]*openapi3.Schema{}}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.RequestBody == nil || op.RequestBody.Value == nil {
				continue
			}
			mt := op.RequestBody.Value.Content.Get(mediaJSON)
			if mt == nil || mt.Schema == nil {
				return nil, fmt.Errorf("openapi.yaml: %s has a body that is not %s", op.OperationID, mediaJSON)
			}
			v.schemas[op.OperationID] = mt.Schema.Value
		}
	}
	for _, name := range []string{"BriefingRequest", "CheckRequest"} {
		if req, ok := doc.Components.Schemas[name]; ok && maxArticles > 0 {
			if arts, ok := req.Value.Properties["articles"]; ok {
				n := uint64(maxArticles)
				arts.Value.MaxItems = &n
			}
		}
	}
	return v, nil
}

// middleware decodes and checks the body of operation op: JSON that does not parse is
// 400, JSON that breaks the schema 422 with every failure listed by JSON pointer.
func (v *validator) middleware(op string) echo.MiddlewareFunc {
	schema := v.schemas[op]
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if schema == nil {
				// Every operation with a body is in the spec (TestEveryOperationIsRouted).
				return fmt.Errorf("no request schema in openapi.yaml for %s", op)
			}
			value, err := decodeJSON(bodyOf(c))
			if err != nil {
				return err
			}
			if err := schema.VisitJSON(value, openapi3.VisitAsRequest(), openapi3.MultiErrors()); err != nil {
				return invalidFromSchema(err)
			}
			c.Request().Body = validatedBody{ReadCloser: http.NoBody, value: value}
			return next(c)
		}
	}
}

// validatedBody is the request body after validation: the bytes are spent, the value
// they decoded to stays for the strict handler's binder (it looks for ValidatedValue).
type validatedBody struct {
	io.ReadCloser
	value any
}

// ValidatedValue returns the value the schema was checked against.
func (b validatedBody) ValidatedValue() any { return b.value }

// decodeJSON parses exactly one JSON value. Syntax errors are ErrMalformed (400); a
// number no float64 holds (1e999) is a 422 naming where it is.
func decodeJSON(body []byte) (any, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fmt.Errorf("%w: empty body", ErrMalformed)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber() // so that a number no float64 holds can be named by where it is
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: unexpected data after the JSON value", ErrMalformed)
	}
	var path []string
	return v, floats(&v, &path)
}

// floats turns the json.Numbers of v into float64 in place (the values the schema and
// the binder expect), and names the first that no float64 holds.
func floats(v *any, path *[]string) error {
	switch x := (*v).(type) {
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return invalid(fmt.Sprintf("/%s: the number is out of range", truncate(strings.Join(*path, "/"), maxDetail)))
		}
		*v = f
	case map[string]any:
		for k, e := range x {
			*path = append(*path, k)
			if err := floats(&e, path); err != nil {
				return err
			}
			*path = (*path)[:len(*path)-1]
			x[k] = e
		}
	case []any:
		for i := range x {
			*path = append(*path, strconv.Itoa(i))
			if err := floats(&x[i], path); err != nil {
				return err
			}
			*path = (*path)[:len(*path)-1]
		}
	}
	return nil
}

// invalidFromSchema turns kin-openapi's errors into a 422 problem listing each failure
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
	default:
		*out = append(*out, "the request does not match the API schema")
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
