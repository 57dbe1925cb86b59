package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// ErrMalformed marks a body that is not well-formed JSON (answered with 400).
var ErrMalformed = errors.New("malformed JSON")

// maxDetail bounds every piece of client input echoed back in an error, so that a huge
// body never comes back in a problem.
const maxDetail = 200

// maxListed bounds how many failures one error lists.
const maxListed = 20

// DecodeRequest reads one request body ({"articles": [...], "options": {...}}) into the
// pipeline's type, for the command line: exactly one JSON value of the wire shape,
// unknown fields refused. It does not apply the request rules: that is
// summarize.Request.Valid, which the pipeline calls. Malformed JSON gives an error
// wrapping ErrMalformed; a value of the wrong shape a *summarize.Error with code
// EINVALID.
func DecodeRequest(r io.Reader) (summarize.Request, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return summarize.Request{}, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return summarize.Request{}, fmt.Errorf("%w: empty body", ErrMalformed)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var wire BriefingRequest
	if err := dec.Decode(&wire); err != nil {
		return summarize.Request{}, decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return summarize.Request{}, fmt.Errorf("%w: unexpected data after the JSON value", ErrMalformed)
	}
	return requestFromWire(wire), nil
}

// decodeError words a decoding failure for the client: what was wrong and where, never
// a Go type or function name.
func decodeError(err error) error {
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
		tpe    *time.ParseError
	)
	switch {
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%w: empty body", ErrMalformed)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: unexpected end of JSON", ErrMalformed)
	case errors.As(err, &syntax):
		msg := strings.TrimPrefix(syntax.Error(), "json: ")
		return fmt.Errorf("%w: %s at byte %d", ErrMalformed, truncate(msg, maxDetail), syntax.Offset)
	case errors.As(err, &typ):
		where := "/" + strings.ReplaceAll(typ.Field, ".", "/")
		if typ.Field == "" {
			where = "the body"
		}
		return invalid(fmt.Sprintf("%s: expected %s, got %s", truncate(where, maxDetail), jsonKind(typ.Type.Kind().String()), jsonValueKind(typ.Value)))
	case errors.As(err, &tpe):
		return invalid(fmt.Sprintf("published_at: %q is not an RFC 3339 date-time", truncate(tpe.Value, 64)))
	default:
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if name, ok := strings.CutPrefix(msg, "unknown field "); ok {
			return invalid(fmt.Sprintf("unknown field %s", truncate(name, maxDetail)))
		}
		return invalid("the body does not have the shape of a request")
	}
}

// jsonKind names a Go kind as the JSON type a client would recognise.
func jsonKind(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "int", "int64", "int32", "float64", "float32":
		return "a number"
	case "slice", "array":
		return "an array"
	case "struct", "map", "ptr":
		return "an object"
	case "bool":
		return "a boolean"
	default:
		return "another type"
	}
}

// jsonValueKind names what encoding/json saw ("number 1e999", "string", …) by its JSON kind.
func jsonValueKind(v string) string {
	kind, _, _ := strings.Cut(v, " ")
	switch kind {
	case "number", "string", "array", "object", "bool":
		return kind
	default:
		return "another type"
	}
}

// invalid is a 422 for a body of the wrong shape.
func invalid(msg string) error {
	return &summarize.Error{Code: summarize.EINVALID, Message: truncate(msg, 4*maxDetail)}
}

// requestFromWire converts the wire request (already of the schema's shape) to the
// pipeline's type; the rules are summarize.Request.Valid's.
func requestFromWire(w BriefingRequest) summarize.Request {
	req := summarize.Request{Articles: articlesFromWire(w.Articles)}
	if o := w.Options; o != nil {
		if o.MaxPoints != nil {
			req.Options.MaxPoints = *o.MaxPoints
		}
		if o.MaxWords != nil {
			req.Options.MaxWords = *o.MaxWords
		}
		if o.Engine != nil {
			req.Options.Engine = string(*o.Engine)
		}
		if o.Unsupported != nil {
			req.Options.Unsupported = string(*o.Unsupported)
		}
		if o.Strategy != nil {
			req.Options.Strategy = string(*o.Strategy)
		}
		if o.OffTopic != nil {
			req.Options.OffTopic = string(*o.OffTopic)
		}
		if o.Verify != nil {
			req.Options.Verify = string(*o.Verify)
		}
		req.Options.Language = deref(o.Language)
	}
	return req
}

// checkFromWire converts the wire check request to the pipeline's type; the rules are
// summarize.CheckRequest.Valid's.
func checkFromWire(w CheckRequest) summarize.CheckRequest {
	req := summarize.CheckRequest{Articles: articlesFromWire(w.Articles), Draft: deref(w.Draft)}
	if w.Options != nil && w.Options.Verify != nil {
		req.Verify = string(*w.Options.Verify)
	}
	if w.Claims != nil {
		for _, c := range *w.Claims {
			claim := summarize.Claim{Text: c.Text}
			if c.Citations != nil {
				claim.Citations = *c.Citations
			}
			req.Claims = append(req.Claims, claim)
		}
	}
	return req
}

// articlesFromWire converts the articles of a request. An article with only a url
// stays so: the pipeline fetches it when fetching is on (summarize.Limits.FetchURLs).
func articlesFromWire(ws []Article) []summarize.Article {
	out := make([]summarize.Article, 0, len(ws))
	for _, a := range ws {
		out = append(out, summarize.Article{
			ID:          deref(a.Id),
			Source:      deref(a.Source),
			Title:       deref(a.Title),
			URL:         deref(a.Url),
			PublishedAt: a.PublishedAt,
			Text:        deref(a.Text),
			HTML:        deref(a.Html),
			Language:    deref(a.Language),
		})
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
