package api_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// The attacks of issue 10, each as it was run against the service: they fail on the
// code before the fix and pass after. Loopback only, bounded counts, no timing asserts.

// heapInUse is the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestSlowBodiesHoldLittleMemory opens 200 connections that each declare an 8 MiB body,
// send about 120 bytes of it and wait. The server must hold memory for what arrived,
// not for what was declared (before: 8 MiB each, 1.6 GB for 200).
func TestSlowBodiesHoldLittleMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 200 connections")
	}
	const conns, declared = 200, 8 << 20
	ts := mustOpen(t, api.Config{MaxBody: declared}, nil)
	addr := ts.srv.Listener.Addr().String()
	before := heapInUse()
	var open []net.Conn
	t.Cleanup(func() {
		for _, c := range open {
			c.Close()
		}
	})
	partial := `{"articles":[{"source":"Slow","text":"` + strings.Repeat("x", 80) // ≈120 bytes
	for range conns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		open = append(open, c)
		fmt.Fprintf(c, "POST /v1/briefings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", declared, partial)
	}
	// Every connection is in readBody, waiting for the rest of its body.
	for api.BodiesReading() < conns {
		time.Sleep(10 * time.Millisecond)
	}
	after := heapInUse()
	grown := int64(after) - int64(before)
	t.Logf("heap with %d slow bodies: %+.1f MiB (%.1f KiB each)", conns, float64(grown)/(1<<20), float64(grown)/conns/1024)
	const bound = 16 << 20 // 80 KiB per connection, net/http's buffers included
	if grown > bound {
		t.Fatalf("heap grew by %d MiB with %d slow bodies, bound %d MiB", grown>>20, conns, bound>>20)
	}
}

// TestManyTinyArticlesRefusedCheaply sends 540,000 tiny articles in about 7 MB: 413 once
// the first article over the limit arrives, with little memory allocated (before:
// kin-openapi decoded and validated them all, 370 MB).
func TestManyTinyArticlesRefusedCheaply(t *testing.T) {
	const n = 540_000
	ts := mustOpen(t, api.Config{}, nil)
	var sb strings.Builder
	sb.WriteString(`{"articles":[`)
	for i := range n {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{"text":"a"}`)
	}
	sb.WriteString(`]}`)
	payload := sb.String()
	if len(payload) > 8<<20 {
		t.Fatalf("payload %d bytes is over the default body limit", len(payload))
	}

	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	status, data := rawPost(t, ts.srv.Listener.Addr().String(), "/v1/briefings", payload)
	runtime.ReadMemStats(&m1)
	alloc := m1.TotalAlloc - m0.TotalAlloc
	t.Logf("%d articles in %.1f MB: status %d, %.1f MiB allocated (client and server)", n, float64(len(payload))/1e6, status, float64(alloc)/(1<<20))
	if status != http.StatusRequestEntityTooLarge {
		t.Fatalf("status=%d, want 413: %s", status, truncateForLog([]byte(data)))
	}
	if !strings.Contains(data, "more than 200 articles") {
		t.Fatalf("problem does not name the limit: %s", truncateForLog([]byte(data)))
	}
	const bound = 16 << 20
	if alloc > bound {
		t.Fatalf("allocated %d MiB to refuse %d articles, bound %d MiB", alloc>>20, n, bound>>20)
	}
	if got := len(ts.fake.requests()); got != 0 {
		t.Fatalf("service called %d times", got)
	}
}

// rawPost sends body over a raw connection (the server may answer before reading it
// all, so the write runs on its own and its error is expected) and reads the answer.
func rawPost(t *testing.T, addr, path, body string) (int, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	go func() {
		fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", path, len(body))
		_, _ = io.WriteString(c, body)
	}()
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(data)
}

// TestClientsThatNeverReadHoldNoSlot: as many clients as there are slots post a merge
// with a large answer and never read it; every briefing after them must still
// succeed (before: the slot was held until the answer was written, every other
// briefing got 503 for as long as they stayed).
func TestClientsThatNeverReadHoldNoSlot(t *testing.T) {
	const slots = 4
	big := strings.Repeat("The ferry quay closes on Monday for repairs. ", 180_000) // ≈ 8 MB answer
	var merged sync.WaitGroup
	merged.Add(slots)
	fake := &fakeService{MergeFn: func(ctx context.Context, req summarize.Request) (*summarize.MergeReport, error) {
		r := echoMerge(req)
		r.Result.Passages[0].Text = big
		merged.Done()
		return r, nil
	}}
	ts := mustOpen(t, api.Config{MaxInflight: slots, QueueTimeout: 500 * time.Millisecond}, fake)
	addr := ts.srv.Listener.Addr().String()
	req := body([]string{artText}, "")
	for range slots {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.SetReadBuffer(4 << 10) // a client that reads nothing
		}
		fmt.Fprintf(c, "POST /v1/merge HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(req), req)
	}
	merged.Wait()
	for i := range 2 * slots {
		if got := ts.post("/v1/briefings", req).Status; got != http.StatusOK {
			t.Fatalf("briefing %d while %d clients do not read: status=%d, want 200", i, slots, got)
		}
	}
}
