package api_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// TestLogsRedactCredentials: an internal error quoting a URL with a password is logged
// by the server without the password.
func TestLogsRedactCredentials(t *testing.T) {
	var logs strings.Builder
	logger := slog.New(slog.NewJSONHandler(&syncWriter{w: &logs}, nil))
	ts := mustOpen(t, api.Config{Logger: logger}, &fakeService{BriefFn: func(context.Context, summarize.Request) (*summarize.Briefing, error) {
		return nil, fmt.Errorf("calling model: %w", errors.New(`Post "http://bob:hunter2@10.1.2.3/v1/chat": refused`))
	}})
	if got := ts.post("/v1/briefings", body([]string{artText}, "")).Status; got != 500 {
		t.Fatalf("status=%d, want 500", got)
	}
	if strings.Contains(logs.String(), "hunter2") || !strings.Contains(logs.String(), "xxxxx@10.1.2.3") {
		t.Fatalf("log lines keep the password or lost the host:\n%s", logs.String())
	}
}
