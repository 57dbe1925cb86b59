package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
)

// eventually waits, polling, for cond; the bound guards against a hang and is no
// measure of time.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting: %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// One greedy client sends 8 requests and takes all 4 slots; a polite client then
// sends 2. Every slot that frees goes to the polite client until it holds its half,
// though the greedy one's requests waited longer; then the greedy client's go on.
// Nothing is refused.
func TestInflightFairShare(t *testing.T) {
	const capacity = 4
	in := api.NewInflight(capacity, time.Minute)
	entered := make(chan string, 16)
	release := make(chan struct{})
	e := echo.New()
	e.IPExtractor = func(r *http.Request) string { return r.Header.Get("X-Client") }
	e.POST("/v1/briefings", func(c echo.Context) error {
		entered <- c.Request().Header.Get("X-Client")
		<-release
		return c.String(http.StatusOK, "done")
	}, in.Gate(1<<20), in.Middleware())

	statuses := make(chan int, 16)
	send := func(client string) {
		req, _ := http.NewRequest(http.MethodPost, "/v1/briefings", strings.NewReader(`{"articles":[]}`))
		req.Header.Set("X-Client", client)
		go func() {
			rec := newRecorder()
			e.ServeHTTP(rec, req)
			statuses <- rec.code()
		}()
	}
	const greedy, polite = "10.1.1.1", "10.2.2.2" // two /24 networks
	var order []string
	for i := range 8 {
		send(greedy)
		if i < capacity {
			order = append(order, <-entered)
			continue
		}
		eventually(t, "the greedy request waits", func() bool { n, _ := in.Waiting(); return n == i-capacity+1 })
	}
	for i := range 2 {
		send(polite)
		eventually(t, "the polite request waits", func() bool { n, _ := in.Waiting(); return n == 4+i+1 })
	}
	for range 6 {
		release <- struct{}{} // one running handler ends
		order = append(order, <-entered)
	}
	close(release)
	want := []string{greedy, greedy, greedy, greedy, polite, polite, greedy, greedy, greedy, greedy}
	if fmt.Sprint(order) != fmt.Sprint(want) {
		t.Fatalf("slots went to %v, want %v: the polite client first once the greedy one holds half", order, want)
	}
	admitted := 0
	for range 10 {
		if s := <-statuses; s == http.StatusOK {
			admitted++
		}
	}
	if admitted != 10 {
		t.Fatalf("%d of 10 requests admitted, want all", admitted)
	}
	if in.InUse() != 0 {
		t.Fatalf("%d slots still taken", in.InUse())
	}
}

// A greedy client cannot fill the waiting room: it may hold half its bytes (here
// four waiting requests), the rest of its burst is refused, and the polite
// client's request still waits and is served.
func TestInflightWaitingRoomIsShared(t *testing.T) {
	in := api.NewInflight(1, time.Minute)
	in.SetMaxWaitingBytes(8 * api.WaitOverhead) // four waiting requests of one client
	entered := make(chan string, 16)
	release := make(chan struct{})
	e := echo.New()
	e.IPExtractor = func(r *http.Request) string { return r.Header.Get("X-Client") }
	e.POST("/v1/briefings", func(c echo.Context) error {
		entered <- c.Request().Header.Get("X-Client")
		<-release
		return c.String(http.StatusOK, "done")
	}, in.Gate(1<<20), in.Middleware())
	type answer struct {
		client     string
		code       int
		retryAfter string
	}
	answers := make(chan answer, 32)
	send := func(client string) {
		req, _ := http.NewRequest(http.MethodPost, "/v1/briefings", nil)
		req.Header.Set("X-Client", client)
		go func() {
			rec := newRecorder()
			e.ServeHTTP(rec, req)
			answers <- answer{client, rec.code(), rec.Header().Get("Retry-After")}
		}()
	}
	send("10.1.1.1")
	<-entered
	for i := range 10 {
		send("10.1.1.1")
		if i < 3 {
			eventually(t, "a greedy request waits", func() bool { n, _ := in.Waiting(); return n == i+1 })
		}
	}
	refused := 0
	for range 6 {
		a := <-answers
		if a.code != http.StatusServiceUnavailable || a.retryAfter == "" {
			t.Fatalf("greedy request beyond its half: %d (Retry-After %q), want 503 with Retry-After", a.code, a.retryAfter)
		}
		refused++
	}
	send("10.2.2.2")
	eventually(t, "the polite request waits", func() bool { n, _ := in.Waiting(); return n == 5 })
	close(release)
	served := map[string]int{}
	for range 6 {
		if a := <-answers; a.code == http.StatusOK {
			served[a.client]++
		}
	}
	if refused != 6 || served["10.1.1.1"] != 5 || served["10.2.2.2"] != 1 {
		t.Fatalf("greedy refused %d, served %v; want 6 refused, the greedy's running one and 4 waiting, and the polite one served", refused, served)
	}
}

// recorder is an http.ResponseWriter that keeps the status, safe to read after
// ServeHTTP returns.
type recorder struct {
	mu     sync.Mutex
	header http.Header
	status int
	buf    bytes.Buffer
}

func newRecorder() *recorder { return &recorder{header: http.Header{}} }

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.buf.Write(p)
}
func (r *recorder) WriteHeader(code int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) code() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.status
}

// burst sends n briefings of body at once to a server of 4 slots whose briefings
// wait for the test, lets them all go once every request is either running,
// waiting or answered, and returns the statuses and the limiter.
func burst(t *testing.T, n int, body []byte, cfg api.Config) (map[int]int, *api.Inflight) {
	cfg.MaxInflight, cfg.QueueTimeout = 4, time.Minute
	release := make(chan struct{})
	fake := &fakeService{BriefFn: func(ctx context.Context, req summarize.Request) (*summarize.Briefing, error) {
		<-release
		return echoBriefingOf(req), nil
	}}
	s, err := api.New(cfg, fake)
	if err != nil {
		t.Fatal(err)
	}
	ts := wrap(t, s)
	in := api.InflightOf(s)
	type answer struct {
		code    int
		problem api.Problem
		retry   string
		ctype   string
	}
	answers := make(chan answer, n)
	var mu sync.Mutex
	answered := 0
	for range n {
		go func() {
			resp, err := ts.srv.Client().Post(ts.srv.URL+"/v1/briefings", "application/json", bytes.NewReader(body))
			if err != nil {
				mu.Lock()
				answered++
				mu.Unlock()
				answers <- answer{code: -1} // the server closed the connection under the body it refused
				return
			}
			defer resp.Body.Close()
			a := answer{code: resp.StatusCode, retry: resp.Header.Get("Retry-After"), ctype: resp.Header.Get("Content-Type")}
			data, _ := io.ReadAll(resp.Body)
			if a.code != http.StatusOK {
				json.Unmarshal(data, &a.problem) //nolint:errcheck
			}
			mu.Lock()
			answered++
			mu.Unlock()
			answers <- a
		}()
	}
	eventually(t, "every request runs, waits or is answered", func() bool {
		w, b := in.Waiting()
		mu.Lock()
		defer mu.Unlock()
		_ = b
		return (in.InUse() == 4 || answered == n) && in.InUse()+w+answered == n
	})
	close(release)
	counts := map[int]int{}
	for range n {
		a := <-answers
		counts[a.code]++
		if a.code == http.StatusServiceUnavailable && (a.retry == "" || a.ctype != "application/problem+json" || a.problem.Status != 503) {
			t.Fatalf("a shed request: Retry-After %q, %s, %+v; want 503 problem+json with Retry-After", a.retry, a.ctype, a.problem)
		}
	}
	return counts, in
}

func echoBriefingOf(req summarize.Request) *summarize.Briefing {
	return &summarize.Briefing{ID: "brf_1", Headline: "Bridge reopens", Summary: "The bridge reopened.", Engine: "extractive",
		Points: []summarize.Point{{Text: "The bridge reopened on Monday.", Citations: []string{"a1"}}}, Sources: []summarize.Source{{ID: "a1", Source: "Wire"}}}
}

// smallBody is a briefing request of two short articles (about 1 KB).
func smallBody() []byte {
	a := `{"source":"Wire","title":"Bridge reopens","text":"The bridge over the river reopened on Monday after three weeks of repairs. Traffic resumed at noon, the city said."}`
	b := `{"source":"Daily","title":"Bridge open again","text":"Cars crossed the bridge again on Monday. Repairs took three weeks and cost 2 million euros, officials said."}`
	return []byte(body([]string{a, b}, ""))
}

// largeBody is a briefing request of articles of 100 KB, about size bytes in all.
func largeBody(size int) []byte {
	text := strings.Repeat("The bridge over the river reopened on Monday after three weeks of repairs. ", 100_000/76)
	var arts []string
	for range size / 100_000 {
		arts = append(arts, `{"source":"Wire","title":"Bridge reopens","text":"`+text+`"}`)
	}
	return []byte(body(arts, ""))
}

// A burst of 64 small briefings at once is served in full: 60 wait for 4 slots,
// since together they hold little. (Before, at most 4 per slot waited: 44 got 503.)
func TestInflightSmallBurstServedInFull(t *testing.T) {
	counts, in := burst(t, 64, smallBody(), api.Config{})
	if counts[http.StatusOK] != 64 {
		t.Fatalf("statuses %v, want all 64 served", counts)
	}
	t.Logf("64 small briefings: %v; the waiting held at most %d bytes of %d", counts, in.PeakWaitingBytes(), in.MaxWaitingBytes())
}

// A burst of 64 large briefings at once is shed: what waits never holds more than
// the bound, and the rest is told to come back (503 problem+json, Retry-After).
func TestInflightLargeBurstIsShed(t *testing.T) {
	const size = 600 << 10
	bound := int64(8 << 20)
	counts, in := burst(t, 64, largeBody(size), api.Config{MaxBody: 1 << 20, MaxWaitingBytes: bound})
	perRequest := int64(len(largeBody(size))) + api.WaitOverhead
	most := 4 + int(bound/2/perRequest) // one client: half the room
	// -1: the connection was closed under a body refused while it arrived.
	if counts[http.StatusOK] < 5 || counts[http.StatusOK] > most || counts[http.StatusOK]+counts[http.StatusServiceUnavailable]+counts[-1] != 64 {
		t.Fatalf("statuses %v, want between 5 and %d served and the rest 503", counts, most)
	}
	if peak := in.PeakWaitingBytes(); peak > bound/2 {
		t.Fatalf("the waiting requests held %d bytes, over the bound of %d for one client", peak, bound/2)
	}
	if _, b := in.Waiting(); b != 0 {
		t.Fatalf("%d bytes still counted as waiting after the burst", b)
	}
	t.Logf("64 briefings of %d KB: %v; the waiting held at most %d bytes (bound %d, %d for one client)", size>>10, counts, in.PeakWaitingBytes(), bound, bound/2)
}
