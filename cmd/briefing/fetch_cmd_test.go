package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// quayPages serves two outlets' pages about one event on loopback.
func quayPages(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	pages := map[string]string{
		"/herald": `<html><head><meta property="og:site_name" content="Lindholm Herald"><title>Ferry quay to close for repairs</title></head><body><article>
<p>The old ferry quay at Lindholm will close for repairs from Monday, the port authority said on Thursday.</p>
<p>Engineers found cracks in two of the quay's concrete piles during a routine dive inspection last week.</p>
<p>Ferries to the islands will use the freight terminal's eastern berth for about six weeks.</p></article></body></html>`,
		"/post": `<html><head><title>Lindholm quay closes</title></head><body><article>
<p>The old ferry quay at Lindholm will close for repairs from Monday, the port authority said.</p>
<p>Engineers found cracks in two of the quay's concrete piles during a routine dive inspection.</p>
<p>The repairs are budgeted at 4.2 million crowns.</p></article></body></html>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, p)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return srv, u.Port()
}

// TestSummarizeURLs: `briefing summarize URL…` fetches the pages (loopback allowed
// by the intranet setting) and names the outlets from them.
func TestSummarizeURLs(t *testing.T) {
	srv, port := quayPages(t)
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"summarize", srv.URL + "/herald", srv.URL + "/post"},
		env("BRIEFING_FETCH_ALLOW_PRIVATE", "true", "BRIEFING_FETCH_PORTS", port), strings.NewReader(""), &stdout, &stderr)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"quay", "Lindholm Herald", "127.0.0.1", srv.URL + "/post"} {
		if !strings.Contains(out, want) {
			t.Errorf("the briefing does not mention %q:\n%s", want, out)
		}
	}
}

// TestSummarizeURLRefusals: loopback is refused by default; fetching off is the
// "neither text nor html" of a url-only article; a missing page names its status.
func TestSummarizeURLRefusals(t *testing.T) {
	srv, port := quayPages(t)
	for _, tt := range []struct {
		name string
		args []string
		env  func(string) string
		want []string
	}{
		{"loopback refused by default", []string{srv.URL + "/herald"}, env("BRIEFING_FETCH_PORTS", port),
			[]string{"article a1: its page " + srv.URL + "/herald could not be fetched", "127.0.0.1 is refused (loopback)"}},
		{"fetching off", []string{srv.URL + "/herald"}, env("BRIEFING_FETCH", "off", "BRIEFING_FETCH_ALLOW_PRIVATE", "true", "BRIEFING_FETCH_PORTS", port),
			[]string{"neither text nor html"}},
		{"missing page", []string{srv.URL + "/herald", srv.URL + "/gone"}, env("BRIEFING_FETCH_ALLOW_PRIVATE", "true", "BRIEFING_FETCH_PORTS", port),
			[]string{"article a2", "404 Not Found"}},
		{"port not allowed", []string{srv.URL + "/herald"}, env("BRIEFING_FETCH_ALLOW_PRIVATE", "true"), []string{"port " + port}},
		{"bad switch", []string{srv.URL + "/herald"}, env("BRIEFING_FETCH", "maybe"), []string{"BRIEFING_FETCH", "neither on nor off"}},
		{"bad port", []string{srv.URL + "/herald"}, env("BRIEFING_FETCH_PORTS", "80,http"), []string{"BRIEFING_FETCH_PORTS"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), append([]string{"summarize"}, tt.args...), tt.env, strings.NewReader(""), &stdout, &stderr)
			if err == nil {
				t.Fatalf("no error; output:\n%s", stdout.String())
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("err=%q, want it to contain %q", err, want)
				}
			}
		})
	}
}

// TestServeFetchesURLs: the service takes articles by url alone when fetching is on,
// answers a refused page with 422 naming it, and refuses url-only articles with
// fetching off.
func TestServeFetchesURLs(t *testing.T) {
	srv, port := quayPages(t)
	post := func(base, path, body string) (int, string) {
		t.Helper()
		resp, err := http.Post(base+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	twoURLs := `{"articles":[{"url":"` + srv.URL + `/herald"},{"url":"` + srv.URL + `/post"}]}`

	base, _, _ := startServe(t, env("BRIEFING_ADDR", anyPort, "BRIEFING_FETCH_ALLOW_PRIVATE", "true", "BRIEFING_FETCH_PORTS", port))
	status, body := post(base, "/v1/briefings", twoURLs)
	if status != http.StatusOK || !strings.Contains(body, "Lindholm Herald") {
		t.Fatalf("briefing of urls: %d %s", status, body)
	}
	status, body = post(base, "/v1/merge", twoURLs)
	if status != http.StatusOK || !strings.Contains(body, `"text":"The old ferry quay`) {
		t.Fatalf("merge of urls: %d %s", status, body)
	}
	status, body = post(base, "/v1/check", `{"articles":[{"url":"`+srv.URL+`/post"}],"draft":"The repairs are budgeted at 4.2 million crowns."}`)
	if status != http.StatusOK || !strings.Contains(body, `"status":"supported"`) {
		t.Fatalf("check against a url: %d %s", status, body)
	}
	status, body = post(base, "/v1/briefings", `{"articles":[{"url":"`+srv.URL+`/gone"}]}`)
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "article a1: its page "+srv.URL+"/gone could not be fetched") || !strings.Contains(body, "404") {
		t.Fatalf("missing page: %d %s", status, body)
	}

	// Loopback is refused by default: the reason reaches the client.
	base, _, _ = startServe(t, env("BRIEFING_ADDR", anyPort, "BRIEFING_FETCH_PORTS", port))
	status, body = post(base, "/v1/briefings", twoURLs)
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "127.0.0.1 is refused (loopback)") {
		t.Fatalf("loopback: %d %s", status, body)
	}

	base, _, _ = startServe(t, env("BRIEFING_ADDR", anyPort, "BRIEFING_FETCH", "off"))
	status, body = post(base, "/v1/briefings", twoURLs)
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "does not fetch pages by url") {
		t.Fatalf("fetching off: %d %s", status, body)
	}
}
