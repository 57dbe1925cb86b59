package api_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestDecodeRequest covers the command line's decoder: the wire shape only; the rules
// are summarize.Request.Valid's (TestBriefings checks them through the server).
func TestDecodeRequest(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantErr  string // "" ok, "malformed" or "invalid"
		contains string // substring of the error
		articles int
	}{
		{name: "ok", in: `{"articles":[{"id":"x","text":"t"},{"html":"<p>h</p>"}],"options":{"max_points":3,"engine":"auto"}}`, articles: 2},
		{name: "trailing space ok", in: `{"articles":[{"text":"t"}]}` + "\n\t ", articles: 1},
		{name: "rules are not the decoder's", in: `{"articles":[{"id":"x"},{"id":"x"}]}`, articles: 2},
		{name: "empty", in: ``, wantErr: "malformed", contains: "empty body"},
		{name: "truncated", in: `{"articles":[{"text":"t"}`, wantErr: "malformed"},
		{name: "syntax", in: `{"articles":[{"text":"t",}]}`, wantErr: "malformed", contains: "invalid character"},
		{name: "two values", in: `{"articles":[{"text":"t"}]}{}`, wantErr: "malformed", contains: "after the JSON value"},
		{name: "array", in: `[1,2]`, wantErr: "invalid", contains: "expected an object"},
		{name: "wrong type", in: `{"articles":[{"text":7}]}`, wantErr: "invalid", contains: "/articles/text: expected a string, got number"},
		{name: "huge number", in: `{"articles":[{"text":"a"}],"options":{"max_points":1e999}}`, wantErr: "invalid", contains: "/options/max_points"},
		{name: "bad date", in: `{"articles":[{"text":"a","published_at":"last week"}]}`, wantErr: "invalid", contains: "published_at"},
		{name: "unknown field", in: `{"articles":[{"text":"a","body":"b"}]}`, wantErr: "invalid", contains: `unknown field "body"`},
		{name: "huge bad date not echoed", in: `{"articles":[{"text":"a","published_at":"` + strings.Repeat("9", 100000) + `"}]}`, wantErr: "invalid", contains: "published_at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := api.DecodeRequest(strings.NewReader(tt.in))
			switch tt.wantErr {
			case "":
				if err != nil {
					t.Fatalf("err=%v, want nil", err)
				}
				if got, want := len(req.Articles), tt.articles; got != want {
					t.Fatalf("articles=%d, want %d", got, want)
				}
				return
			case "malformed":
				if !errors.Is(err, api.ErrMalformed) {
					t.Fatalf("err=%v, want ErrMalformed", err)
				}
			case "invalid":
				if got, want := summarize.ErrorCode(err), summarize.EINVALID; got != want {
					t.Fatalf("code=%s, want %s (err=%v)", got, want, err)
				}
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Fatalf("err=%q lacks %q", err, tt.contains)
			}
			if len(err.Error()) > 1200 {
				t.Fatalf("error is %d bytes long: client input echoed", len(err.Error()))
			}
			for _, goName := range goNames {
				if strings.Contains(err.Error(), goName) {
					t.Fatalf("err=%q names Go code (%q)", err, goName)
				}
			}
		})
	}
}

// goNames are pieces of Go type and function names that must never reach a client.
var goNames = []string{"json.", "float64", "int64", "Go value", "time.", "struct", "interface", "api.", "summarize."}

// FuzzDecodeRequest checks that the decoder never panics, that its errors are
// malformed or invalid and name no Go code, and that whatever it accepts the one copy
// of the rules (summarize.Request.Valid) judges without panicking.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"articles":[{"id":"x","source":"S","title":"T","url":"https://e.com","published_at":"2026-01-02T03:04:05Z","text":"t"}],"options":{"max_points":3,"max_words":40,"engine":"llm"}}`,
		`{"articles":[{"html":"<p>a</p>"},{"text":"b"}]}`,
		`{"articles":[{"id":"x","text":"a"},{"id":"x","text":"b"}]}`,
		`{"articles":[]}`, `{`, `[]`, `null`, `{"articles":[{"text":"\u0000\ud800"}]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		req, err := api.DecodeRequest(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, api.ErrMalformed) && summarize.ErrorCode(err) != summarize.EINVALID {
				t.Fatalf("error %v is neither malformed nor invalid", err)
			}
			for _, goName := range goNames {
				if strings.Contains(summarize.ErrorMessage(err), goName) {
					t.Fatalf("message %q names Go code", summarize.ErrorMessage(err))
				}
			}
			return
		}
		if err := req.Valid(summarize.Limits{}); err != nil {
			if c := summarize.ErrorCode(err); c != summarize.EINVALID && c != summarize.ETOOLARGE {
				t.Fatalf("Valid: code %s", c)
			}
		}
	})
}
