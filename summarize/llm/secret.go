package llm

import (
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

// Redacted is what a set Secret prints as, in every format.
const Redacted = "[redacted]"

// Secret holds a credential (the model key). Every way of printing it — String,
// GoString, fmt's verbs, slog, encoding/json and encoding/text — shows Redacted
// (or "" when unset); only Reveal gives the value, and the engine calls it in one
// place: where it builds the Authorization header.
//
// The value sits behind a pointer, so that even a reflective print of a struct
// that holds a Secret in an unexported field (fmt's %+v of an *Engine) shows an
// address, not the key. The zero Secret is unset.
type Secret struct{ v *string }

// NewSecret wraps s; an empty s gives the unset Secret.
func NewSecret(s string) Secret {
	if s == "" {
		return Secret{}
	}
	return Secret{v: &s}
}

// IsSet reports whether the secret holds a value.
func (s Secret) IsSet() bool { return s.v != nil && *s.v != "" }

// Reveal returns the value. Call it only where the value is sent.
func (s Secret) Reveal() string {
	if s.v == nil {
		return ""
	}
	return *s.v
}

// Redact replaces every occurrence of the value in text with Redacted.
func (s Secret) Redact(text string) string {
	if !s.IsSet() {
		return text
	}
	return strings.ReplaceAll(text, *s.v, Redacted)
}

func (s Secret) shown() string {
	if s.IsSet() {
		return Redacted
	}
	return ""
}

// String returns Redacted, or "" when unset.
func (s Secret) String() string { return s.shown() }

// GoString is String, for %#v.
func (s Secret) GoString() string { return s.shown() }

// Format prints Redacted (or "") for every verb; %q quotes it.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprint(f, strconv.Quote(s.shown()))
		return
	}
	fmt.Fprint(f, s.shown())
}

// LogValue makes slog print Redacted (or "").
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.shown()) }

// MarshalJSON encodes Redacted (or "").
func (s Secret) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(s.shown())), nil }

// MarshalText encodes Redacted (or ""), for encoding/xml, map keys and the like.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.shown()), nil }

var (
	_ fmt.Stringer   = Secret{}
	_ fmt.GoStringer = Secret{}
	_ fmt.Formatter  = Secret{}
	_ slog.LogValuer = Secret{}
)

// HTTPDoer sends HTTP requests: *http.Client implements it, and so does anything
// that wraps one. It is go-openai's own ClientConfig.HTTPClient type.
type HTTPDoer interface {
	Do(req *http.Request) (*http.Response, error)
}
