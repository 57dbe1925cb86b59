package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// DefaultInflightWait is how long a request waits for an in-flight slot before 503.
const DefaultInflightWait = 2 * time.Second

// Bounds of DefaultMaxInflight.
const (
	minDefaultInflight = 2
	maxDefaultInflight = 64
)

// DefaultMaxInflight is the number of briefings to run at once when
// BRIEFING_MAX_INFLIGHT is not set, from the default engine and the usable cores.
//
//   - "extractive" (and any engine name it does not know): 2 × cores. The work is CPU
//     (HTML extraction, segmentation, near-duplicate merge, ranking); twice the cores
//     covers the gaps spent reading bodies and writing answers, and more would only
//     make every briefing slower while holding more request bodies in memory.
//   - "llm": 4 × cores. A briefing mostly waits on the model endpoint, so more can run
//     than there are cores; but merge and chunking are still CPU, each briefing keeps
//     its articles (up to BRIEFING_MAX_BODY) in memory, and each fans out up to
//     BRIEFING_LLM_CONCURRENCY model calls, so 4 × cores × 4 calls already saturates a
//     typical self-hosted endpoint (Ollama, vLLM); queueing there only trades a fast
//     503 here for a model timeout later.
//
// The result is clamped to [2, 64]; cores < 1 counts as 1.
func DefaultMaxInflight(engine string, cores int) int {
	if cores < 1 {
		cores = 1
	}
	n := 2 * cores
	if engine == "llm" {
		n = 4 * cores
	}
	return min(max(n, minDefaultInflight), maxDefaultInflight)
}

// WaitOverhead is what one waiting request is charged beyond its body: its
// goroutine, connection buffers and parsed headers. It keeps a flood of empty
// bodies bounded like a flood of full ones.
const WaitOverhead = 16 << 10

// MinWaitingBytes is the floor of DefaultMaxWaitingBytes.
const MinWaitingBytes = 32 << 20

// DefaultMaxWaitingBytes is the bytes that requests waiting for a slot may hold
// together when Config.MaxWaitingBytes is 0: as much as the running requests may
// hold at most (maxInflight × maxBody), at least MinWaitingBytes.
func DefaultMaxWaitingBytes(maxInflight int, maxBody int64) int64 {
	return max(int64(max(maxInflight, 1))*maxBody, MinWaitingBytes)
}

// Inflight bounds the heavy work: how many requests run at once (the slots), who gets
// a slot when several wait (fair shares), and how much the waiting requests may hold
// (bytes, not a count).
//
//   - Slots. A request takes a slot before its handler runs and gives it back when the
//     handler's work is done (the strict handler gives it back before the answer is
//     written, so a client that reads slowly, or not at all, holds no slot).
//   - Fair shares. A client is what the rate limiter counts (the API key Auth accepted,
//     else the IPv4 /24 or IPv6 /64 the request comes from). While other clients wait,
//     no client is given a slot that would make it hold more than half of them
//     (Share): a freed slot goes to the longest-waiting request of a client under its
//     share, and only when every waiting client is at its share to the longest-waiting
//     request. A client alone may use every slot; slots are never taken back from a
//     running request, so a client that held them all when others came keeps them
//     until they end, and gets no new one while the others wait.
//   - Waiting by cost. A waiting request holds its body, so waiting is bounded by the
//     bytes the waiting requests hold, counted as they arrive (Gate, before the body
//     is read) plus WaitOverhead each: a Content-Length that does not fit is refused
//     before a byte is read, and a body whose bytes stop fitting while they arrive is
//     refused then. No client may hold more than half of those bytes, so that a
//     greedy client cannot fill the waiting room either. A request is also refused at
//     once when the wait it would face, from the bytes ahead of it and the time the
//     slots have recently spent per byte, is longer than the limiter's wait: it would
//     only time out holding its body. Many small requests therefore all wait and are
//     served; a burst of large ones is shed before the memory they hold passes the
//     bound.
//
// Refusals are 503 problem+json with Retry-After. Wire Gate before readBody and
// Middleware after it.
type Inflight struct {
	capacity int
	share    int
	wait     time.Duration
	maxBytes int64

	mu           sync.Mutex
	inUse        int
	held         map[string]int // slots by client
	queue        []*waiter      // oldest first
	waitingBytes int64          // charged by tickets not (yet) in a slot
	peakBytes    int64          // the most waitingBytes has been
	clientBytes  map[string]int64
	// secPerByte is a moving average of the slot time per byte of body (overhead
	// included) of the requests that ran; 0 until one has.
	secPerByte float64
}

// waiter is a request waiting for a slot.
type waiter struct {
	t     *ticket
	ready chan struct{} // closed when granted
	// granted is set, under the limiter's lock, when the slot is the waiter's.
	granted bool
}

// ticket is one request's account with the limiter.
type ticket struct {
	client  string
	charged int64 // bytes counted in waitingBytes
	size    int64 // bytes of body and overhead, for the slot time per byte
	start   time.Time
	refused bool // a charge did not fit
}

// NewInflight returns a limiter of maxInflight slots (at least 1) where a request waits
// up to wait (DefaultInflightWait when wait ≤ 0) for a slot, and the waiting requests
// hold at most DefaultMaxWaitingBytes(maxInflight, DefaultMaxBody) (SetMaxWaitingBytes
// changes it).
func NewInflight(maxInflight int, wait time.Duration) *Inflight {
	if maxInflight < 1 {
		maxInflight = 1
	}
	if wait <= 0 {
		wait = DefaultInflightWait
	}
	return &Inflight{
		capacity: maxInflight, share: max(maxInflight/2, 1), wait: wait,
		maxBytes: DefaultMaxWaitingBytes(maxInflight, DefaultMaxBody),
		held:     map[string]int{}, clientBytes: map[string]int64{},
	}
}

// SetMaxWaitingBytes sets the bytes the waiting requests may hold together (n ≤ 0:
// the default); call it before serving.
func (in *Inflight) SetMaxWaitingBytes(n int64) {
	if n <= 0 {
		n = DefaultMaxWaitingBytes(in.capacity, DefaultMaxBody)
	}
	in.maxBytes = n
}

// InUse is the number of slots taken right now.
func (in *Inflight) InUse() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.inUse
}

// Capacity is the number of slots.
func (in *Inflight) Capacity() int { return in.capacity }

// Share is the most slots one client is given while others wait: half the slots,
// at least one.
func (in *Inflight) Share() int { return in.share }

// Waiting is the number of requests waiting for a slot and the bytes that the
// requests not yet in a slot hold (bodies being read included).
func (in *Inflight) Waiting() (requests int, bytes int64) {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.queue), in.waitingBytes
}

// MaxWaitingBytes is the bound of Waiting's bytes.
func (in *Inflight) MaxWaitingBytes() int64 { return in.maxBytes }

// releaseKey is where Middleware keeps the slot's release function in the context;
// ticketKey where Gate keeps the request's ticket.
const (
	releaseKey ctxKey = 101
	ticketKey         = "briefing.inflight.ticket"
	gateKey           = "briefing.inflight.gate"
)

// shed answers a request whose body stopped fitting the waiting room while it was
// read (errShed from Gate's body): the limiter's 503.
func shed(c echo.Context) error {
	if in, ok := c.Get(gateKey).(*Inflight); ok {
		return in.busy(c, "the requests waiting for a slot hold too many bytes")
	}
	return problemf(http.StatusServiceUnavailable, "the requests waiting for a slot hold too many bytes")
}

// errShed is the error a body read gets when its bytes no longer fit the waiting
// room; readBody answers it with the limiter's 503.
var errShed = errors.New("the waiting requests hold too many bytes")

// Gate opens the request's account before its body is read: it charges WaitOverhead,
// refuses at once (503) a Content-Length that does not fit what the waiting requests
// may still hold, and charges the body's bytes as they are read, so that readBody
// stops (503) when they stop fitting. What is still charged when the request ends is
// given back. A Content-Length over maxBody is left to readBody (413).
func (in *Inflight) Gate(maxBody int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			t := &ticket{client: clientKey(c)}
			defer in.uncharge(t)
			cl := c.Request().ContentLength
			if cl > maxBody {
				return next(c)
			}
			if !in.charge(t, WaitOverhead) || (cl > 0 && !in.fits(t, cl)) {
				abandonBody(c)
				return in.busy(c, "the requests waiting for a slot hold too many bytes")
			}
			req := c.Request()
			req.Body = &chargedBody{ReadCloser: req.Body, in: in, t: t}
			c.Set(ticketKey, t)
			c.Set(gateKey, in)
			return next(c)
		}
	}
}

// chargedBody charges the bytes read from a request body to its ticket.
type chargedBody struct {
	io.ReadCloser
	in *Inflight
	t  *ticket
}

func (b *chargedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if n > 0 && !b.in.charge(b.t, int64(n)) {
		return n, errShed
	}
	return n, err
}

// Middleware runs the handler in a slot. A request that finds none free waits, as
// the type's doc says, up to the limiter's wait or until its own context ends; then it
// gets 503 problem+json with Retry-After (the wait, in whole seconds, at least 1), and
// its handler never runs. A client that goes away while waiting ends as a client
// cancel (499 in logs and metrics). The handler may give the slot back early with
// ReleaseSlot; it is given back when the handler returns in any case.
// Wire it on the routes that do heavy work (POST /v1/briefings, POST /v1/merge), after
// Auth, RateLimit, Gate and the body read, so that rejected clients and slow senders
// take no slot. Without Gate, the request is charged here for its body as read.
func (in *Inflight) Middleware() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ctx := c.Request().Context()
			t, _ := c.Get(ticketKey).(*ticket)
			if t == nil {
				t = &ticket{client: clientKey(c)}
				defer in.uncharge(t)
				if !in.charge(t, WaitOverhead+int64(len(bodyOf(c)))) {
					return in.busy(c, "the requests waiting for a slot hold too many bytes")
				}
			}
			t.size = t.charged
			if err := in.acquire(ctx, t); err != nil {
				if ctx.Err() != nil {
					return context.Canceled
				}
				return in.busy(c, fmt.Sprintf("the server is busy (%d briefings running)", in.capacity))
			}
			release := sync.OnceFunc(func() { in.release(t) })
			defer release()
			c.SetRequest(c.Request().WithContext(context.WithValue(ctx, releaseKey, release)))
			return next(c)
		}
	}
}

// busy answers 503 problem+json with Retry-After: the limiter's wait.
func (in *Inflight) busy(c echo.Context, why string) error {
	secs := retryAfterSeconds(in.wait)
	c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
	return WriteProblem(c, NewProblem(http.StatusServiceUnavailable, fmt.Sprintf("%s; retry in %d s", why, secs)))
}

// ReleaseSlot gives back the in-flight slot of the request whose context is ctx, if it
// holds one; later calls, and the middleware's own release, do nothing.
func ReleaseSlot(ctx context.Context) {
	if release, ok := ctx.Value(releaseKey).(func()); ok {
		release()
	}
}

// clientKey is the client a request counts for: the API key Auth accepted, else the
// network it comes from, as the rate limiter counts it.
func clientKey(c echo.Context) string {
	if id := KeyIDFrom(c.Request().Context()); id != "" {
		return "key:" + id
	}
	return "net:" + clientNetwork(c.RealIP())
}

// charge counts n more bytes for t's request when they fit: the waiting room's
// bound, and half of it for t's client.
func (in *Inflight) charge(t *ticket, n int64) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.waitingBytes+n > in.maxBytes || in.clientBytes[t.client]+n > in.maxBytes/2 {
		t.refused = true
		return false
	}
	in.waitingBytes += n
	in.peakBytes = max(in.peakBytes, in.waitingBytes)
	in.clientBytes[t.client] += n
	t.charged += n
	return true
}

// fits says whether n more bytes would fit t's charges now (Gate's check of a
// declared Content-Length; nothing is charged).
func (in *Inflight) fits(t *ticket, n int64) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.waitingBytes+n <= in.maxBytes && in.clientBytes[t.client]+n <= in.maxBytes/2
}

// uncharge gives back what t still holds in the waiting room.
func (in *Inflight) uncharge(t *ticket) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.unchargeLocked(t)
}

func (in *Inflight) unchargeLocked(t *ticket) {
	if t.charged == 0 {
		return
	}
	in.waitingBytes -= t.charged
	if in.clientBytes[t.client] -= t.charged; in.clientBytes[t.client] <= 0 {
		delete(in.clientBytes, t.client)
	}
	t.charged = 0
}

// errNoSlot reports that no slot came free in time, or would not.
var errNoSlot = errors.New("no in-flight slot free")

// acquire takes a slot for t, waiting up to in.wait or until ctx ends.
func (in *Inflight) acquire(ctx context.Context, t *ticket) error {
	in.mu.Lock()
	if in.inUse < in.capacity && len(in.queue) == 0 {
		in.grantLocked(t)
		in.mu.Unlock()
		return nil
	}
	if in.secPerByte > 0 {
		ahead := t.size
		for _, w := range in.queue {
			ahead += w.t.size
		}
		if time.Duration(in.secPerByte*float64(ahead)/float64(in.capacity)*float64(time.Second)) > in.wait {
			in.mu.Unlock()
			return errNoSlot
		}
	}
	w := &waiter{t: t, ready: make(chan struct{})}
	in.queue = append(in.queue, w)
	in.mu.Unlock()

	timer := time.NewTimer(in.wait)
	defer timer.Stop()
	var err error
	select {
	case <-w.ready:
		return nil
	case <-timer.C:
		err = errNoSlot
	case <-ctx.Done():
		err = ctx.Err()
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if w.granted { // granted while the timer fired: the slot is ours
		return nil
	}
	if i := slices.Index(in.queue, w); i >= 0 {
		in.queue = slices.Delete(in.queue, i, i+1)
	}
	return err
}

// grantLocked gives t a slot: its bytes leave the waiting room.
func (in *Inflight) grantLocked(t *ticket) {
	in.inUse++
	in.held[t.client]++
	in.unchargeLocked(t)
	t.start = time.Now()
}

// release gives t's slot back, learns the slot time per byte, and hands the slot to
// the next waiter by fair share.
func (in *Inflight) release(t *ticket) {
	d := time.Since(t.start)
	in.mu.Lock()
	defer in.mu.Unlock()
	in.inUse--
	if in.held[t.client]--; in.held[t.client] <= 0 {
		delete(in.held, t.client)
	}
	if t.size > 0 {
		spb := d.Seconds() / float64(t.size)
		if in.secPerByte == 0 {
			in.secPerByte = spb
		} else {
			in.secPerByte = (7*in.secPerByte + spb) / 8
		}
	}
	for in.inUse < in.capacity && len(in.queue) > 0 {
		i := in.nextLocked()
		w := in.queue[i]
		in.queue = slices.Delete(in.queue, i, i+1)
		in.grantLocked(w.t)
		w.granted = true
		close(w.ready)
	}
}

// nextLocked is the index of the waiter the next free slot goes to: the oldest of a
// client under its share, else the oldest.
func (in *Inflight) nextLocked() int {
	for i, w := range in.queue {
		if in.held[w.t.client] < in.share {
			return i
		}
	}
	return 0
}
