package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize/fetch"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// fetchConfig is the settings of the fetch stage, which gets the pages of articles
// sent by url alone (BRIEFING_FETCH*).
type fetchConfig struct {
	On            bool          // BRIEFING_FETCH: on (default) or off
	AllowPrivate  bool          // BRIEFING_FETCH_ALLOW_PRIVATE: connect to private networks (an intranet)
	Ports         []int         // BRIEFING_FETCH_PORTS: ports allowed besides 80 and 443
	Timeout       time.Duration // BRIEFING_FETCH_TIMEOUT: one page, redirects and body included
	HeaderTimeout time.Duration // BRIEFING_FETCH_HEADER_TIMEOUT: the wait for response headers
	MaxBytes      int64         // BRIEFING_FETCH_MAX_BYTES: one page's body, after decompression
	UserAgent     string        // BRIEFING_FETCH_USER_AGENT
}

func loadFetchConfig(e *envReader) fetchConfig {
	c := fetchConfig{
		On:            e.onOff("BRIEFING_FETCH", true),
		AllowPrivate:  e.onOff("BRIEFING_FETCH_ALLOW_PRIVATE", false),
		Timeout:       e.duration("BRIEFING_FETCH_TIMEOUT", fetch.DefaultTimeout),
		HeaderTimeout: e.duration("BRIEFING_FETCH_HEADER_TIMEOUT", fetch.DefaultHeaderTimeout),
		MaxBytes:      int64(e.int("BRIEFING_FETCH_MAX_BYTES", fetch.DefaultMaxBytes)),
		UserAgent:     e.str("BRIEFING_FETCH_USER_AGENT", fetch.DefaultUserAgent),
	}
	for _, p := range strings.Split(e.getenv("BRIEFING_FETCH_PORTS"), ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		n, err := strconv.Atoi(p)
		if (err != nil || n < 1 || n > 65535) && e.err == nil {
			e.err = fmt.Errorf("BRIEFING_FETCH_PORTS: %q is not a port (1..65535)", p)
		}
		c.Ports = append(c.Ports, n)
	}
	return c
}

func (c fetchConfig) check() error {
	switch {
	case c.Timeout <= 0:
		return fmt.Errorf("BRIEFING_FETCH_TIMEOUT must be positive, got %s", c.Timeout)
	case c.HeaderTimeout <= 0:
		return fmt.Errorf("BRIEFING_FETCH_HEADER_TIMEOUT must be positive, got %s", c.HeaderTimeout)
	case c.MaxBytes <= 0:
		return fmt.Errorf("BRIEFING_FETCH_MAX_BYTES must be positive, got %d", c.MaxBytes)
	}
	return nil
}

// fetcher builds the fetch stage, or returns nil when fetching is off.
func (c fetchConfig) fetcher() (pipeline.Fetcher, error) {
	if !c.On {
		return nil, nil
	}
	f, err := fetch.New(fetch.Config{
		AllowPrivate:  c.AllowPrivate,
		Ports:         c.Ports,
		Timeout:       c.Timeout,
		HeaderTimeout: c.HeaderTimeout,
		MaxBytes:      c.MaxBytes,
		UserAgent:     c.UserAgent,
	})
	if err != nil {
		return nil, fmt.Errorf("BRIEFING_FETCH_*: %w", err)
	}
	return f, nil
}

// onOffAuto reads a switch that may also be left to the program: unset or auto
// is nil, else onOff's reading.
func (e *envReader) onOffAuto(name string) *bool {
	if v := strings.ToLower(strings.TrimSpace(e.getenv(name))); v == "" || v == "auto" {
		return nil
	}
	b := e.onOff(name, false)
	return &b
}

// onOff reads a switch: on, true, 1, yes or off, false, 0, no.
func (e *envReader) onOff(name string, def bool) bool {
	switch v := strings.ToLower(strings.TrimSpace(e.getenv(name))); v {
	case "":
		return def
	case "on", "true", "1", "yes":
		return true
	case "off", "false", "0", "no":
		return false
	default:
		if e.err == nil {
			e.err = fmt.Errorf("%s: %q is neither on nor off", name, v)
		}
		return def
	}
}
