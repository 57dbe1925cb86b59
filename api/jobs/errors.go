package jobs

import (
	"errors"
	"fmt"
	"time"
)

// Kinds of *Error, each with the HTTP status the API should answer.
const (
	// KindNotFound: no job has this id (or it expired). 404.
	KindNotFound = "not-found"
	// KindConflictBody: the Idempotency-Key was used with another body. 422.
	KindConflictBody = "conflict-body"
	// KindConflictRunning: the first submission with this Idempotency-Key is still
	// being processed. 409, with RetryAfter.
	KindConflictRunning = "conflict-running"
	// KindUnavailable: the queue is full, or the store cannot be reached. 503, with
	// RetryAfter.
	KindUnavailable = "unavailable"
	// KindInvalid: the request breaks the request rules; Err is the
	// *summarize.Error (422 or 413 by its code, as for /v1/briefings).
	KindInvalid = "invalid"
)

// Error is what the Service's methods return for a client's mistake or an
// overload; anything else is an internal error (500).
type Error struct {
	Kind       string
	Message    string        // safe to show a client
	RetryAfter time.Duration // KindUnavailable, KindConflictRunning: when to try again
	JobID      string        // KindConflictRunning, KindConflictBody: the job the key names, when known
	Err        error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("jobs: %s: %s: %v", e.Kind, e.Message, e.Err)
	}
	return "jobs: " + e.Kind + ": " + e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorKind returns the kind of err's *Error, or "".
func ErrorKind(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}
