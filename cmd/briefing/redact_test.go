package main

import (
	"bytes"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
)

func TestServeLogsNoURLPassword(t *testing.T) {
	model := fakeModel(t, 0, new(atomic.Int32))
	withPassword := strings.Replace(model.URL, "http://", "http://user:pw-PASSWORD@", 1)
	_, logs, stop := startServe(t, env("BRIEFING_ADDR", anyPort, "OPENAI_BASE_URL", withPassword, "OPENAI_API_KEY", "sk-test-KEY", "BRIEFING_MODEL", "test-model"))
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	if strings.Contains(out, "PASSWORD") || strings.Contains(out, "KEY") {
		t.Fatalf("a credential is in the logs:\n%s", out)
	}
	if !strings.Contains(out, `"base_url":"http://user:xxxxx@`) {
		t.Fatalf("the start-up line does not name the (redacted) endpoint:\n%s", out)
	}
}

func TestLoggerRedactsURLPasswordsInEveryLine(t *testing.T) {
	c, err := loadConfig(env())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	l := c.logger(&buf)
	l.Info("calling https://u:pw-PASSWORD@models.example/v1", "url", "http://a:pw-PASSWORD@h/v1",
		"error", errors.New(`Post "http://b:pw-PASSWORD@h/v1": refused`))
	l.With("base", "http://c:pw-PASSWORD@h").WithGroup("g").Warn("x", "u", "http://d:pw-PASSWORD@h")
	if out := buf.String(); strings.Contains(out, "PASSWORD") || strings.Count(out, "xxxxx") != 5 {
		t.Fatalf("logs:\n%s", out)
	}
	s := (&config{BaseURL: "http://u:pw-PASSWORD@h/v1"}).String()
	if strings.Contains(s, "PASSWORD") {
		t.Fatalf("config string %q shows the password", s)
	}
}
