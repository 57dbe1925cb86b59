package api_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

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
		{name: "empty", in: ``, wantErr: "malformed", contains: "empty body"},
		{name: "truncated", in: `{"articles":[{"text":"t"}`, wantErr: "malformed"},
		{name: "syntax", in: `{"articles":[{"text":"t",}]}`, wantErr: "malformed", contains: "invalid character"},
		{name: "two values", in: `{"articles":[{"text":"t"}]}{}`, wantErr: "malformed", contains: "after the JSON value"},
		{name: "array", in: `[1,2]`, wantErr: "invalid", contains: "expected an object"},
		{name: "no articles", in: `{}`, wantErr: "invalid", contains: "at least one article"},
		{name: "null articles", in: `{"articles":null}`, wantErr: "invalid", contains: "at least one article"},
		{name: "neither", in: `{"articles":[{"id":"x"}]}`, wantErr: "invalid", contains: "neither text nor html"},
		{name: "both", in: `{"articles":[{"text":"a","html":"b"}]}`, wantErr: "invalid", contains: "both text and html"},
		{name: "repeated id", in: `{"articles":[{"id":"x","text":"a"},{"id":"x","text":"b"}]}`, wantErr: "invalid", contains: `id "x" repeats articles[0]`},
		{name: "empty id", in: `{"articles":[{"id":"","text":"a"}]}`, wantErr: "invalid", contains: "id is empty"},
		{name: "id with bracket", in: `{"articles":[{"id":"[1]","text":"a"}]}`, wantErr: "invalid", contains: "bracket"},
		{name: "long id", in: `{"articles":[{"id":"` + strings.Repeat("x", 65) + `","text":"a"}]}`, wantErr: "invalid", contains: "longer than 64"},
		{name: "engine", in: `{"articles":[{"text":"a"}],"options":{"engine":"gpt"}}`, wantErr: "invalid", contains: "not one of auto, llm, extractive"},
		{name: "max_points", in: `{"articles":[{"text":"a"}],"options":{"max_points":51}}`, wantErr: "invalid", contains: "max_points"},
		{name: "max_words", in: `{"articles":[{"text":"a"}],"options":{"max_words":5}}`, wantErr: "invalid", contains: "max_words"},
		{name: "wrong type", in: `{"articles":[{"text":7}]}`, wantErr: "invalid", contains: "expected a string, got number"},
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
		})
	}
}

func TestDecodeRequestListsEveryProblem(t *testing.T) {
	_, err := api.DecodeRequest(strings.NewReader(`{"articles":[{"id":"x"},{"id":"x","text":"a","html":"b"}],"options":{"engine":"?"}}`))
	var v api.ValidationErrors
	if !errors.As(err, &v) {
		t.Fatalf("err=%v, want ValidationErrors", err)
	}
	if got, want := len(v), 4; got != want {
		t.Fatalf("problems=%d (%v), want %d", got, v, want)
	}
}

// FuzzDecodeRequest checks that the decoder never panics, and that what it accepts
// satisfies the checks it promises.
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
			return
		}
		if len(req.Articles) == 0 {
			t.Fatal("accepted a request with no articles")
		}
		seen := map[string]bool{}
		for i, a := range req.Articles {
			if (a.Text == "") == (a.HTML == "") {
				t.Fatalf("article %d accepted with text=%q html=%q", i, a.Text, a.HTML)
			}
			if a.ID != "" {
				if seen[a.ID] {
					t.Fatalf("repeated id %q accepted", a.ID)
				}
				seen[a.ID] = true
			}
		}
		switch req.Options.Engine {
		case "", "auto", "llm", "extractive":
		default:
			t.Fatalf("engine %q accepted", req.Options.Engine)
		}
	})
}
