package api_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/api"
)

// accessLog is the shape of one access-log line.
type accessLog struct {
	Msg        string  `json:"msg"`
	Level      string  `json:"level"`
	Method     string  `json:"method"`
	Route      string  `json:"route"`
	Status     int     `json:"status"`
	DurationMS float64 `json:"duration_ms"`
	Bytes      int64   `json:"bytes"`
	RequestID  string  `json:"request_id"`
	Remote     string  `json:"remote"`
}

// newRequestIDServer returns an Echo with RequestID in front of a few handlers, and the
// buffer its JSON logs go to. Requests go through e.ServeHTTP, so every log line is
// written before the call returns.
func newRequestIDServer(tb testing.TB, m *api.Metrics) (*echo.Echo, *bytes.Buffer) {
	tb.Helper()
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, nil))
	e := echo.New()
	e.Use(api.RequestID(logger, m))
	e.GET("/items/:id", func(c echo.Context) error {
		ctx := c.Request().Context()
		api.LoggerFrom(ctx).Info("handler says hello")
		return c.String(http.StatusOK, api.RequestIDFrom(ctx))
	})
	e.POST("/teapot", func(c echo.Context) error {
		return echo.NewHTTPError(http.StatusTeapot, "short and stout")
	})
	e.GET("/boom", func(c echo.Context) error {
		return api.WriteProblem(c, api.NewProblem(http.StatusBadGateway, "model is down"))
	})
	return e, &buf
}

// logLines decodes every JSON line in buf.
func logLines(tb testing.TB, buf *bytes.Buffer) []accessLog {
	tb.Helper()
	var out []accessLog
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var l accessLog
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			tb.Fatalf("log line %q is not JSON: %v", line, err)
		}
		out = append(out, l)
	}
	return out
}

var hexID = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestRequestID(t *testing.T) {
	tests := []struct {
		name     string
		incoming string // "" sends no header
		keep     bool
	}{
		{name: "absent is generated"},
		{name: "sane is kept", incoming: "req-42_abc.DEF", keep: true},
		{name: "max length is kept", incoming: strings.Repeat("a", 128), keep: true},
		{name: "too long is replaced", incoming: strings.Repeat("a", 129)},
		{name: "space is replaced", incoming: "a b"},
		{name: "log injection is replaced", incoming: `x","level":"ERROR`},
		{name: "non-ascii is replaced", incoming: "café"},
		{name: "slash is replaced", incoming: "../../etc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, buf := newRequestIDServer(t, nil)
			req := httptest.NewRequest(http.MethodGet, "/items/7", nil)
			if tt.incoming != "" {
				req.Header.Set("X-Request-ID", tt.incoming)
			}
			rec := httptest.NewRecorder()
			e.ServeHTTP(rec, req)

			got := rec.Header().Get("X-Request-ID")
			if tt.keep {
				if got != tt.incoming {
					t.Fatalf("X-Request-ID=%q, want %q kept", got, tt.incoming)
				}
			} else if !hexID.MatchString(got) {
				t.Fatalf("X-Request-ID=%q, want 32 generated hex digits", got)
			}
			if body := rec.Body.String(); body != got {
				t.Fatalf("RequestIDFrom in handler=%q, want the header %q", body, got)
			}
			lines := logLines(t, buf)
			if got, want := len(lines), 2; got != want {
				t.Fatalf("log lines=%d, want %d (handler + access):\n%s", got, want, buf)
			}
			for _, l := range lines {
				if l.RequestID != got {
					t.Errorf("log line %q has request_id=%q, want %q", l.Msg, l.RequestID, got)
				}
			}
		})
	}
}

func TestRequestIDGeneratesDistinctIDs(t *testing.T) {
	e, _ := newRequestIDServer(t, nil)
	seen := map[string]bool{}
	for range 50 {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/items/1", nil))
		id := rec.Header().Get("X-Request-ID")
		if seen[id] {
			t.Fatalf("id %q generated twice", id)
		}
		seen[id] = true
	}
}

func TestRequestIDAccessLog(t *testing.T) {
	tests := []struct {
		method, target string
		wantRoute      string
		wantStatus     int
		wantLevel      string
	}{
		{http.MethodGet, "/items/7", "/items/:id", 200, "INFO"},
		{http.MethodPost, "/teapot", "/teapot", 418, "INFO"},
		{http.MethodGet, "/boom", "/boom", 502, "ERROR"},
		{http.MethodGet, "/no/such/path", "unmatched", 404, "INFO"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			m := api.NewMetrics()
			e, buf := newRequestIDServer(t, m)
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(`{"secret":"body-text"}`))
			req.RemoteAddr = "192.0.2.7:5555"
			req.Header.Set("Authorization", "Bearer sk-live-very-secret")
			req.Header.Set("X-Api-Key", "sk-other-secret")
			rec := httptest.NewRecorder()
			e.ServeHTTP(rec, req)

			if got, want := rec.Code, tt.wantStatus; got != want {
				t.Fatalf("status=%d, want %d", got, want)
			}
			lines := logLines(t, buf)
			access := lines[len(lines)-1]
			if got, want := access.Msg, "request"; got != want {
				t.Fatalf("last log msg=%q, want %q", got, want)
			}
			if got, want := access.Method, tt.method; got != want {
				t.Errorf("method=%q, want %q", got, want)
			}
			if got, want := access.Route, tt.wantRoute; got != want {
				t.Errorf("route=%q, want %q", got, want)
			}
			if got, want := access.Status, tt.wantStatus; got != want {
				t.Errorf("logged status=%d, want %d", got, want)
			}
			if got, want := access.Level, tt.wantLevel; got != want {
				t.Errorf("level=%q, want %q", got, want)
			}
			if got, want := access.Bytes, int64(rec.Body.Len()); got != want {
				t.Errorf("bytes=%d, want %d", got, want)
			}
			if access.DurationMS < 0 {
				t.Errorf("duration_ms=%v, want ≥ 0", access.DurationMS)
			}
			if got, want := access.Remote, "192.0.2.7"; got != want {
				t.Errorf("remote=%q, want %q", got, want)
			}
			if got, want := access.RequestID, rec.Header().Get("X-Request-ID"); got != want {
				t.Errorf("request_id=%q, want %q", got, want)
			}
			for _, secret := range []string{"sk-live-very-secret", "sk-other-secret", "Bearer", "body-text"} {
				if strings.Contains(buf.String(), secret) {
					t.Errorf("log output contains %q:\n%s", secret, buf)
				}
			}
			line := `briefing_http_requests_total{method="` + tt.method + `",route="` + tt.wantRoute +
				`",status="` + strconv.Itoa(tt.wantStatus) + `"} 1`
			if text := scrape(t, m); !hasLine(text, line) {
				t.Errorf("metrics lack %q", line)
			}
		})
	}
}

func TestRequestIDNilLogger(t *testing.T) {
	e := echo.New()
	e.Use(api.RequestID(nil, nil))
	e.GET("/", func(c echo.Context) error { return c.NoContent(http.StatusNoContent) })
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if got, want := rec.Code, http.StatusNoContent; got != want {
		t.Fatalf("status=%d, want %d", got, want)
	}
	if rec.Header().Get("X-Request-ID") == "" {
		t.Fatalf("no X-Request-ID with a nil logger")
	}
}

// FuzzRequestIDHeader throws arbitrary X-Request-ID values at the middleware: the id that
// comes back is the incoming one only when it is sane, a fresh 32-hex id otherwise, and
// the access log stays one line of valid JSON.
func FuzzRequestIDHeader(f *testing.F) {
	for _, s := range []string{"", "abc", "req-1.2_3", strings.Repeat("z", 128), strings.Repeat("z", 129),
		"a b", "a\nb", `"},{"level":"ERROR"`, "\x00", "ünïcode", "id\r\nSet-Cookie: x=1"} {
		f.Add(s)
	}
	sane := regexp.MustCompile(`^[A-Za-z0-9._-]{1,128}$`)
	f.Fuzz(func(t *testing.T, incoming string) {
		e, buf := newRequestIDServer(t, nil)
		req := httptest.NewRequest(http.MethodGet, "/items/1", nil)
		req.Header["X-Request-Id"] = []string{incoming}
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		got := rec.Header().Get("X-Request-ID")
		switch {
		case sane.MatchString(incoming):
			if got != incoming {
				t.Fatalf("sane id %q replaced by %q", incoming, got)
			}
		case !hexID.MatchString(got):
			t.Fatalf("hostile id %q answered with %q, want a generated one", incoming, got)
		}
		if lines := logLines(t, buf); len(lines) != 2 || lines[1].RequestID != got {
			t.Fatalf("log lines %+v, want 2 carrying %q", lines, got)
		}
	})
}
