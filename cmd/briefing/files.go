package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// readRequest builds one request from the command line's files: "-" is a whole JSON
// request on stdin (options included); an http or https URL is an article sent by
// url alone, whose page the fetch stage gets; .json is one article object or a
// whole request; .html/.htm is a page; anything else (.txt, .md) is plain text.
func readRequest(paths []string, stdin io.Reader) (summarize.Request, error) {
	var req summarize.Request
	if len(paths) == 0 {
		return req, exitError{code: 2, msg: "give one or more files, or - for a JSON request on stdin"}
	}
	for _, p := range paths {
		if p == "-" {
			if len(paths) > 1 {
				return req, exitError{code: 2, msg: "- reads a whole request from stdin and cannot be mixed with files"}
			}
			return api.DecodeRequest(stdin)
		}
		if isURL(p) {
			req.Articles = append(req.Articles, summarize.Article{URL: p})
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return req, err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".json":
			r, err := decodeJSONFile(data)
			if err != nil {
				return req, fmt.Errorf("%s: %w", p, err)
			}
			req.Articles = append(req.Articles, r.Articles...)
			if r.Options != (summarize.Options{}) {
				req.Options = r.Options
			}
		case ".html", ".htm":
			req.Articles = append(req.Articles, summarize.Article{Source: fileLabel(p), HTML: string(data)})
		default:
			req.Articles = append(req.Articles, summarize.Article{Source: fileLabel(p), Text: string(data)})
		}
	}
	return req, nil
}

// decodeJSONFile reads a whole request, or one article object wrapped as a request,
// through the same decoder as the API.
func decodeJSONFile(data []byte) (summarize.Request, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return summarize.Request{}, fmt.Errorf("not a JSON object: %w", err)
	}
	if _, whole := probe["articles"]; whole {
		return api.DecodeRequest(bytes.NewReader(data))
	}
	wrapped := append(append([]byte(`{"articles":[`), data...), ']', '}')
	return api.DecodeRequest(bytes.NewReader(wrapped))
}

// isURL says whether a command-line argument is a page's address, not a file.
func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

func fileLabel(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// describe turns a pipeline error into the message a person at a terminal needs.
func describe(err error) error {
	var e *summarize.Error
	if errors.As(err, &e) && e.Code != summarize.EINTERNAL {
		return errors.New(e.Message)
	}
	return err
}
