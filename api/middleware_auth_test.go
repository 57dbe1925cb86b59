package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/api"
)

// newAuthServer puts Auth(keys) in front of a handler that answers the key id it sees.
func newAuthServer(keys []string) *echo.Echo {
	e := echo.New()
	e.Use(api.Auth(keys))
	e.GET("/v1/ping", func(c echo.Context) error {
		return c.String(http.StatusOK, "key="+api.KeyIDFrom(c.Request().Context()))
	})
	return e
}

func TestAuth(t *testing.T) {
	keys := []string{"alpha-key-0001", " beta-key-0002 ", "", "gamma-key-0003"}
	tests := []struct {
		name       string
		keys       []string
		header     string // Authorization; "" sends none
		wantStatus int
		wantBody   string // for 200
	}{
		{name: "no header", keys: keys, wantStatus: 401},
		{name: "basic scheme", keys: keys, header: "Basic YWxwaGEta2V5LTAwMDE6", wantStatus: 401},
		{name: "scheme only", keys: keys, header: "Bearer", wantStatus: 401},
		{name: "scheme and spaces", keys: keys, header: "Bearer    ", wantStatus: 401},
		{name: "bare key", keys: keys, header: "alpha-key-0001", wantStatus: 401},
		{name: "wrong key", keys: keys, header: "Bearer alpha-key-0002", wantStatus: 401},
		{name: "prefix of a key", keys: keys, header: "Bearer alpha-key", wantStatus: 401},
		{name: "key plus suffix", keys: keys, header: "Bearer alpha-key-00011", wantStatus: 401},
		{name: "first key", keys: keys, header: "Bearer alpha-key-0001", wantStatus: 200,
			wantBody: "key=" + api.KeyFingerprint("alpha-key-0001")},
		{name: "trimmed key among several", keys: keys, header: "Bearer beta-key-0002", wantStatus: 200,
			wantBody: "key=" + api.KeyFingerprint("beta-key-0002")},
		{name: "last key, lower-case scheme", keys: keys, header: "bearer gamma-key-0003", wantStatus: 200,
			wantBody: "key=" + api.KeyFingerprint("gamma-key-0003")},
		{name: "open when no keys", keys: nil, wantStatus: 200, wantBody: "key="},
		{name: "open when only blank keys", keys: []string{"", "  "}, header: "Bearer anything", wantStatus: 200,
			wantBody: "key="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newAuthServer(tt.keys)
			req := httptest.NewRequest(http.MethodGet, "/v1/ping", nil)
			if tt.header != "" {
				req.Header.Set("Authorization", tt.header)
			}
			rec := httptest.NewRecorder()
			e.ServeHTTP(rec, req)

			if got, want := rec.Code, tt.wantStatus; got != want {
				t.Fatalf("status=%d, want %d (body %s)", got, want, rec.Body)
			}
			if tt.wantStatus == http.StatusOK {
				if got, want := rec.Body.String(), tt.wantBody; got != want {
					t.Fatalf("body=%q, want %q", got, want)
				}
				return
			}
			if got, want := rec.Header().Get("WWW-Authenticate"), `Bearer realm="briefing"`; got != want {
				t.Errorf("WWW-Authenticate=%q, want %q", got, want)
			}
			if got, want := rec.Header().Get("Content-Type"), api.ProblemContentType; got != want {
				t.Errorf("Content-Type=%q, want %q", got, want)
			}
			var p api.Problem
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
				t.Fatalf("body is not a problem: %v", err)
			}
			if got, want := p.Status, http.StatusUnauthorized; got != want {
				t.Errorf("problem status=%d, want %d", got, want)
			}
			for _, k := range keys {
				if k = strings.TrimSpace(k); k != "" && strings.Contains(rec.Body.String(), k) {
					t.Errorf("401 body reveals key %q: %s", k, rec.Body)
				}
			}
			if cred := strings.TrimPrefix(tt.header, "Bearer "); strings.Contains(cred, "-key") &&
				strings.Contains(rec.Body.String(), cred) {
				t.Errorf("401 body echoes the presented credentials: %s", rec.Body)
			}
		})
	}
}

func TestKeyFingerprint(t *testing.T) {
	fp := api.KeyFingerprint("alpha-key-0001")
	if got, want := len(fp), 8; got != want {
		t.Fatalf("len(fingerprint)=%d, want %d", got, want)
	}
	if strings.Contains("alpha-key-0001", fp) {
		t.Fatalf("fingerprint %q is part of the key", fp)
	}
	if fp == api.KeyFingerprint("alpha-key-0002") {
		t.Fatalf("two keys share fingerprint %q", fp)
	}
}

func BenchmarkAuthManyKeys(b *testing.B) {
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = strings.Repeat(string(rune('a'+i%26)), 40) + string(rune('A'+i/26))
	}
	e := newAuthServer(keys)
	req := httptest.NewRequest(http.MethodGet, "/v1/ping", nil)
	req.Header.Set("Authorization", "Bearer "+keys[63])
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status=%d", rec.Code)
		}
	}
}

// FuzzAuthHeader throws arbitrary Authorization values at Auth: only the exact key, after
// a case-insensitive Bearer scheme, passes; nothing else does, and nothing panics.
func FuzzAuthHeader(f *testing.F) {
	const key = "fuzz-key-0001"
	for _, s := range []string{"", "Bearer", "Bearer ", "Bearer " + key, "bearer " + key, "BEARER  " + key + " ",
		"Bearer " + key + "x", "Basic " + key, key, "Bearer \x00", "Bearer " + strings.Repeat("k", 4096)} {
		f.Add(s)
	}
	e := newAuthServer([]string{key})
	f.Fuzz(func(t *testing.T, header string) {
		req := httptest.NewRequest(http.MethodGet, "/v1/ping", nil)
		req.Header["Authorization"] = []string{header}
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		scheme, cred, _ := strings.Cut(strings.TrimSpace(header), " ")
		valid := strings.EqualFold(scheme, "Bearer") && strings.TrimSpace(cred) == key
		switch {
		case valid && rec.Code != http.StatusOK:
			t.Fatalf("valid header %q got %d", header, rec.Code)
		case !valid && rec.Code != http.StatusUnauthorized:
			t.Fatalf("invalid header %q got %d", header, rec.Code)
		}
		if strings.Contains(rec.Body.String(), key) {
			t.Fatalf("answer reveals the key: %s", rec.Body)
		}
	})
}
