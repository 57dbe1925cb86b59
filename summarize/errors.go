package summarize

import (
	"errors"
	"fmt"
	"time"
)

// Error codes, mapped to HTTP statuses in one table in api/.
const (
	EINVALID     = "invalid"     // the request cannot be served as sent (422)
	ETOOLARGE    = "too_large"   // a limit was exceeded (413 or 422, by the limit)
	EUPSTREAM    = "upstream"    // the model endpoint failed (502)
	ETIMEOUT     = "timeout"     // the model endpoint did not answer in time (504)
	EUNAVAILABLE = "unavailable" // the service is overloaded, or its store cannot be reached (503)
	ENOTFOUND    = "not_found"   // no such resource: a job id unknown or expired (404)
	ECONFLICT    = "conflict"    // an earlier request with the same Idempotency-Key is still being processed (409)
	EINTERNAL    = "internal"    // a bug; logged once, shown without detail (500)
)

// Error is the pipeline's error type: a code, a message safe to show a client,
// and an optional wrapped cause that is never shown.
type Error struct {
	Code    string
	Message string
	Err     error
	// RetryAfter, when set, is when the client should try again (EUNAVAILABLE,
	// ECONFLICT): the API's Retry-After.
	RetryAfter time.Duration
}

// Error implements error.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return e.Code + ": " + e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err's *Error, or EINTERNAL when it has none.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the client-safe message of err's *Error, or a generic one.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// RetryAfterOf returns the RetryAfter of err's *Error, or 0.
func RetryAfterOf(err error) time.Duration {
	var e *Error
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}
