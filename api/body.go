package api

import (
	"context"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"
)

// bodyKey is where readBody keeps the request body it read, for the validator.
const bodyKey = "api.body"

// readChunk is how much readBody asks the connection for at a time; the buffer grows
// with what has arrived, never with what Content-Length declares.
const readChunk = 32 << 10

// firstChunk is the buffer a body starts with: a connection that sent a few bytes and
// stalls holds this, not readChunk, and not its declared length.
const firstChunk = 1 << 10

// bodiesReading counts the requests inside readBody right now (for the tests).
var bodiesReading atomic.Int64

// readBody reads the whole body of a briefing or merge before the request may wait
// for an in-flight slot, so that a slow sender never holds a slot:
//
//   - not application/json: 415, nothing read;
//   - a Content-Length over max: 413 at once, nothing read;
//   - the body is read in chunks into a buffer that grows only with the bytes that
//     arrived, until max (413 beyond it, for chunked or lying senders) and at most
//     until the deadline (timeout; 408 when it passes);
//   - while the bytes arrive an articleCounter counts the articles: more than the
//     limit is 413 as soon as the first one too many is seen, before anything is
//     decoded.
//
// Memory per request is therefore bounded by what the client has sent, and a
// request that waits for a slot holds only its own body (Inflight's Gate, before it,
// counts those bytes as they arrive and bounds what the waiting requests hold).
func readBody(max int64, maxArticles int, timeout time.Duration) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			mt, _, err := mime.ParseMediaType(req.Header.Get(echo.HeaderContentType))
			if err != nil || mt != mediaJSON {
				return problemf(http.StatusUnsupportedMediaType, "send the body as %s", mediaJSON)
			}
			if req.ContentLength > max {
				abandonBody(c)
				return problemf(http.StatusRequestEntityTooLarge, "the body is %d bytes, larger than the limit of %d", req.ContentLength, max)
			}
			if timeout > 0 {
				// Not every ResponseWriter supports deadlines (httptest recorders); then
				// http.Server's ReadTimeout is the only bound.
				_ = http.NewResponseController(c.Response()).SetReadDeadline(time.Now().Add(timeout))
			}
			bodiesReading.Add(1)
			body, err := readLimited(req.Body, max, &articleCounter{max: maxArticles})
			bodiesReading.Add(-1)
			if err != nil {
				abandonBody(c)
			} else if timeout > 0 {
				_ = http.NewResponseController(c.Response()).SetReadDeadline(time.Time{})
			}
			switch {
			case errors.Is(err, errShed):
				return shed(c)
			case errors.Is(err, errTooManyArticles):
				// An answer the server chose, as a problem: abandonBody's read deadline
				// may cancel the request's context before the answer is written, and
				// that must not pass for a client that went away.
				return problemf(http.StatusRequestEntityTooLarge, "%s", tooManyArticles(maxArticles))
			case errors.Is(err, errBodyTooLarge):
				return problemf(http.StatusRequestEntityTooLarge, "the body is larger than the limit of %d bytes", max)
			case errors.Is(err, os.ErrDeadlineExceeded):
				return problemf(http.StatusRequestTimeout, "the body did not arrive within %s", timeout)
			case err != nil:
				if req.Context().Err() != nil {
					return context.Canceled // the client went away
				}
				return problemf(http.StatusBadRequest, "the body could not be read")
			}
			if len(body) == 0 {
				return problemf(http.StatusBadRequest, "malformed JSON: empty body")
			}
			c.Set(bodyKey, body)
			return next(c)
		}
	}
}

// abandonBody ends a request whose body will not be read to its end: the connection
// is closed after the answer, and no more is read from it (net/http would otherwise
// wait for up to 256 KiB more of a body the client may never send).
func abandonBody(c echo.Context) {
	c.Response().Header().Set(echo.HeaderConnection, "close")
	_ = http.NewResponseController(c.Response()).SetReadDeadline(time.Now())
}

// tooManyArticles is the early refusal of readBody, worded as summarize.Request.Valid
// words it (TestTooManyArticlesWording holds the two together), without the exact count:
// the body is not read past the first article over the limit.
func tooManyArticles(max int) string {
	return "the request has more than " + strconv.Itoa(max) + " articles; this server takes at most " + strconv.Itoa(max)
}

var (
	errBodyTooLarge    = errors.New("body too large")
	errTooManyArticles = errors.New("too many articles")
)

// readLimited reads r to its end, at most limit bytes, feeding each chunk to counter.
// The buffer starts small and doubles only when the bytes that arrived fill it.
func readLimited(r io.Reader, limit int64, counter *articleCounter) ([]byte, error) {
	buf := make([]byte, 0, min(firstChunk, int(limit+1)))
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) > limit {
				return nil, errBodyTooLarge
			}
			nb := make([]byte, len(buf), min(2*cap(buf), int(limit+1)))
			copy(nb, buf)
			buf = nb
		}
		end := min(cap(buf), len(buf)+readChunk)
		n, err := r.Read(buf[len(buf):end])
		if n > 0 {
			if !counter.feed(buf[len(buf) : len(buf)+n]) {
				return nil, errTooManyArticles
			}
			buf = buf[:len(buf)+n]
			if int64(len(buf)) > limit {
				return nil, errBodyTooLarge
			}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// bodyOf returns the body readBody read.
func bodyOf(c echo.Context) []byte {
	b, _ := c.Get(bodyKey).([]byte)
	return b
}
