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

// ValidationErrors lists why a well-formed request cannot be served, one entry per failure.
type ValidationErrors []string

// Error implements error.
func (v ValidationErrors) Error() string { return strings.Join(v, "; ") }

// maxDetail bounds every piece of client input echoed back in an error, so that a huge
// body never comes back in a problem.
const maxDetail = 200

// DecodeRequest reads one request body ({"articles": [...], "options": {...}}) and checks
// it as openapi.yaml and the pipeline would, listing every failure at once: at least one
// article, each with exactly one of text or html, ids well-formed and unique, options in
// range and a known engine; unknown fields are refused. Malformed JSON gives an error
// wrapping ErrMalformed; a well-formed request that cannot be served gives a
// *summarize.Error with code EINVALID whose cause is ValidationErrors. Article ids are
// passed on as sent ("" when absent: the pipeline assigns a1, a2, …).
func DecodeRequest(r io.Reader) (summarize.Request, error) {
	var wire BriefingRequest
	if err := decodeStrict(r, &wire); err != nil {
		return summarize.Request{}, err
	}
	return requestFromWire(wire)
}

// decodeStrict decodes exactly one JSON value into v, rejecting unknown fields and
// trailing data, and sorts the failure into malformed (syntax) or invalid (shape).
func decodeStrict(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err)
	}
	// Exactly one value: anything but white space after it is malformed.
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: unexpected data after the JSON value", ErrMalformed)
	}
	return nil
}

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
		return fmt.Errorf("%w: %s at byte %d", ErrMalformed, truncate(syntax.Error(), maxDetail), syntax.Offset)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "body"
		}
		return invalid(ValidationErrors{fmt.Sprintf("%s: expected %s, got %s", truncate(field, maxDetail), jsonKind(typ.Type.Kind().String()), typ.Value)})
	case errors.As(err, &tpe):
		return invalid(ValidationErrors{fmt.Sprintf("published_at: %q is not an RFC 3339 date-time", truncate(tpe.Value, 64))})
	default:
		// Unknown fields and other shape errors; json's messages name the field only.
		return invalid(ValidationErrors{truncate(strings.TrimPrefix(err.Error(), "json: "), maxDetail)})
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
		return kind
	}
}

func invalid(v ValidationErrors) error {
	msg := v[0]
	if len(v) > 1 {
		msg = fmt.Sprintf("%d problems: %s", len(v), v.Error())
	}
	return &summarize.Error{Code: summarize.EINVALID, Message: truncate(msg, 4*maxDetail), Err: v}
}

// maxListed bounds how many failures one error lists.
const maxListed = 20

// requestFromWire checks a decoded request and converts it to the pipeline's type.
func requestFromWire(w BriefingRequest) (summarize.Request, error) {
	var problems ValidationErrors
	add := func(format string, args ...any) {
		if len(problems) < maxListed {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	if len(w.Articles) == 0 {
		add("articles: at least one article is required")
	}
	req := summarize.Request{Articles: make([]summarize.Article, 0, len(w.Articles))}
	seen := make(map[string]int, len(w.Articles)) // id → index of the article that holds it
	for i, a := range w.Articles {
		out := summarize.Article{
			ID:          deref(a.Id),
			Source:      deref(a.Source),
			Title:       deref(a.Title),
			URL:         deref(a.Url),
			PublishedAt: a.PublishedAt,
			Text:        deref(a.Text),
			HTML:        deref(a.Html),
		}
		switch {
		case out.Text != "" && out.HTML != "":
			add("articles[%d]: both text and html are set (send one of them)", i)
		case strings.TrimSpace(out.Text) == "" && strings.TrimSpace(out.HTML) == "":
			add("articles[%d]: neither text nor html is set (send one of them)", i)
		}
		if a.Id != nil {
			if msg := checkID(out.ID); msg != "" {
				add("articles[%d]: id %s", i, msg)
			}
		}
		req.Articles = append(req.Articles, out)
	}
	// Ids the client sends must be unique; absent ones are assigned by the pipeline.
	for i, a := range req.Articles {
		if a.ID == "" {
			continue
		}
		if j, dup := seen[a.ID]; dup {
			add("articles[%d]: id %q repeats articles[%d]", i, truncate(a.ID, 64), j)
			continue
		}
		seen[a.ID] = i
	}
	if o := w.Options; o != nil {
		if o.MaxPoints != nil {
			if n := *o.MaxPoints; n < 1 || n > 50 {
				add("options.max_points: %d is out of range 1..50", n)
			}
			req.Options.MaxPoints = *o.MaxPoints
		}
		if o.MaxWords != nil {
			if n := *o.MaxWords; n < 20 || n > 2000 {
				add("options.max_words: %d is out of range 20..2000", n)
			}
			req.Options.MaxWords = *o.MaxWords
		}
		if o.Engine != nil {
			if !o.Engine.Valid() {
				add("options.engine: %q is not one of auto, llm, extractive", truncate(string(*o.Engine), 64))
			}
			req.Options.Engine = string(*o.Engine)
		}
	}
	if len(problems) > 0 {
		return summarize.Request{}, invalid(problems)
	}
	return req, nil
}

// maxIDLen is the longest article id (openapi.yaml: Article.id).
const maxIDLen = 64

// checkID explains what is wrong with a client's article id, or returns "": ids are
// echoed in citations and Markdown notes, so they stay short and printable.
func checkID(id string) string {
	switch {
	case id == "":
		return "is empty (leave it out to have one assigned)"
	case len(id) > maxIDLen:
		return fmt.Sprintf("is longer than %d characters", maxIDLen)
	}
	for _, r := range id {
		if r <= ' ' || r == 0x7f || r == '[' || r == ']' {
			return fmt.Sprintf("%q has a space, bracket or control character", id)
		}
	}
	return ""
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

// readAllLimited is io.ReadAll for bodies already bounded by http.MaxBytesReader.
func readAllLimited(r io.Reader, hint int64) ([]byte, error) {
	var buf bytes.Buffer
	if hint > 0 && hint < 1<<26 {
		buf.Grow(int(hint))
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}
