package api

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"strconv"
	"sync"
)

// ProblemListener wraps ln so that the errors net/http answers itself, before any
// handler runs (400 for a malformed request line or header, 431 for headers over
// MaxHeaderBytes, 501 for an unsupported transfer encoding, 505 for an unsupported HTTP
// version), leave as problem+json like every other error instead of text/plain.
//
// net/http writes those answers straight to the connection in one Write, in a fixed
// shape: a status line, "Content-Type: text/plain; charset=utf-8", "Connection:
// close", a blank line and a one-line body. A Write of exactly that shape is replaced
// by the same status as a problem; a handler's answer never has it (it carries a Date
// header and the server's own types), so nothing else is touched.
func ProblemListener(ln net.Listener) net.Listener { return problemListener{ln} }

type problemListener struct{ net.Listener }

func (l problemListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &problemConn{Conn: c}, nil
}

type problemConn struct {
	net.Conn
	mu sync.Mutex
}

// netHTTPErrorHeaders is the header block of net/http's own error answers.
const netHTTPErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

func (c *problemConn) Write(p []byte) (int, error) {
	if rewritten, ok := rewriteNetHTTPError(p); ok {
		c.mu.Lock()
		defer c.mu.Unlock()
		if _, err := c.Conn.Write(rewritten); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// rewriteNetHTTPError turns one of net/http's text/plain error answers into problem+json.
func rewriteNetHTTPError(p []byte) ([]byte, bool) {
	if !bytes.HasPrefix(p, []byte("HTTP/1.1 ")) || len(p) > 1024 {
		return nil, false
	}
	statusLine, rest, ok := bytes.Cut(p, []byte(netHTTPErrorHeaders))
	if !ok || bytes.ContainsAny(rest, "\r\n") || bytes.ContainsAny(statusLine, "\n") {
		return nil, false
	}
	code, err := strconv.Atoi(string(statusLine[len("HTTP/1.1 "):min(len(statusLine), len("HTTP/1.1 ")+3)]))
	if err != nil || code < 400 || code > 599 {
		return nil, false
	}
	var detail string
	switch code {
	case http.StatusRequestHeaderFieldsTooLarge:
		detail = "the request's headers are larger than this server takes"
	case http.StatusNotImplemented:
		detail = "the request's transfer encoding is not supported (send chunked or a Content-Length)"
	case http.StatusHTTPVersionNotSupported:
		detail = "the request's HTTP version is not supported (send HTTP/1.1 or HTTP/2)"
	default:
		code = http.StatusBadRequest
		detail = "the request line or a header is malformed"
	}
	body, _ := json.Marshal(NewProblem(code, detail))
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 " + strconv.Itoa(code) + " " + http.StatusText(code) + "\r\n")
	b.WriteString("Content-Type: " + ProblemContentType + "\r\n")
	b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n")
	b.WriteString("Connection: close\r\n\r\n")
	b.Write(body)
	return b.Bytes(), true
}
