package api_test

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
)

// TestNetHTTPErrorsAreProblems sends what net/http refuses before any handler runs over
// a raw TCP connection: each answer must be problem+json with the right status.
func TestNetHTTPErrorsAreProblems(t *testing.T) {
	s, err := api.New(api.Config{}, &fakeService{})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewUnstartedServer(s.Handler())
	hs.Listener = api.ProblemListener(hs.Listener)
	hs.Config.MaxHeaderBytes = 1 << 10
	hs.Start()
	t.Cleanup(hs.Close)

	tests := []struct {
		name    string
		request string
		status  int
	}{
		{"bad request line", "GARBAGE\r\n\r\n", 400},
		{"bad header", "GET /healthz HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", 400},
		{"headers too large", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 8<<10) + "\r\n\r\n", 431},
		{"unsupported transfer encoding", "POST /v1/briefings HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
		{"bad HTTP version", "GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", 505},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", hs.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, tt.request); err != nil {
				t.Fatal(err)
			}
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			data, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status=%d, want %d: %s", res.StatusCode, tt.status, data)
			}
			if got := res.Header.Get("Content-Type"); got != api.ProblemContentType {
				t.Fatalf("Content-Type=%q, want %q: %s", got, api.ProblemContentType, data)
			}
			var p api.Problem
			if err := json.Unmarshal(data, &p); err != nil || p.Status != tt.status || p.Detail == "" {
				t.Fatalf("not a problem of %d: %s (%v)", tt.status, data, err)
			}
		})
	}

	// An ordinary answer passes untouched on the same listener.
	res, err := http.Get(hs.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("healthz through ProblemListener: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
}
