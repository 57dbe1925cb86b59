package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
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

// Inflight bounds how many requests run at once: a semaphore of slots that requests
// take before their handler runs and give back when the handler's work is done (the
// strict handler gives it back before the answer is written, so a client that reads
// slowly, or not at all, holds no slot). It also bounds how many requests may wait for
// a slot: a waiting request holds its body, so waiters × BRIEFING_MAX_BODY is the most
// memory that waiting can hold; beyond that the answer is 503 at once.
type Inflight struct {
	slots      chan struct{}
	wait       time.Duration
	maxWaiting int64
	waiting    atomic.Int64
}

// NewInflight returns a limiter of maxInflight slots (at least 1) where a request waits
// up to wait (DefaultInflightWait when wait ≤ 0) for a slot, and at most 4 × maxInflight
// requests wait at once (SetMaxWaiting changes it).
func NewInflight(maxInflight int, wait time.Duration) *Inflight {
	if maxInflight < 1 {
		maxInflight = 1
	}
	if wait <= 0 {
		wait = DefaultInflightWait
	}
	return &Inflight{slots: make(chan struct{}, maxInflight), wait: wait, maxWaiting: int64(4 * maxInflight)}
}

// SetMaxWaiting sets how many requests may wait for a slot at once (n ≤ 0: the default
// 4 × capacity); call it before serving.
func (in *Inflight) SetMaxWaiting(n int) {
	if n <= 0 {
		n = 4 * in.Capacity()
	}
	in.maxWaiting = int64(n)
}

// InUse is the number of slots taken right now.
func (in *Inflight) InUse() int { return len(in.slots) }

// Capacity is the number of slots.
func (in *Inflight) Capacity() int { return cap(in.slots) }

// releaseKey is where Middleware keeps the slot's release function in the context.
const releaseKey ctxKey = 101

// Middleware runs the handler in a slot. A request that finds none free waits up to the
// limiter's wait, or until its own context ends; then it gets 503 problem+json with
// Retry-After (the wait, in whole seconds, at least 1), and its handler never runs. A
// client that goes away while waiting ends as a client cancel (499 in logs and
// metrics). The handler may give the slot back early with ReleaseSlot; it is given back
// when the handler returns in any case.
// Wire it on the routes that do heavy work (POST /v1/briefings, POST /v1/merge), after
// Auth, RateLimit and the body read, so that rejected clients and slow senders take no slot.
func (in *Inflight) Middleware() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ctx := c.Request().Context()
			err := errNoSlot
			if in.waiting.Add(1) <= in.maxWaiting {
				err = in.acquire(ctx)
			}
			in.waiting.Add(-1)
			if err != nil {
				if ctx.Err() != nil {
					return context.Canceled
				}
				secs := retryAfterSeconds(in.wait)
				c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
				return WriteProblem(c, NewProblem(http.StatusServiceUnavailable,
					fmt.Sprintf("the server is busy (%d briefings running); retry in %d s", in.Capacity(), secs)))
			}
			release := sync.OnceFunc(in.release)
			defer release()
			c.SetRequest(c.Request().WithContext(context.WithValue(ctx, releaseKey, release)))
			return next(c)
		}
	}
}

// ReleaseSlot gives back the in-flight slot of the request whose context is ctx, if it
// holds one; later calls, and the middleware's own release, do nothing.
func ReleaseSlot(ctx context.Context) {
	if release, ok := ctx.Value(releaseKey).(func()); ok {
		release()
	}
}

// errNoSlot reports that no slot came free in time.
var errNoSlot = errors.New("no in-flight slot free")

// acquire takes a slot, waiting up to in.wait or until ctx ends.
func (in *Inflight) acquire(ctx context.Context) error {
	select {
	case in.slots <- struct{}{}:
		return nil
	default:
	}
	t := time.NewTimer(in.wait)
	defer t.Stop()
	select {
	case in.slots <- struct{}{}:
		return nil
	case <-t.C:
		return errNoSlot
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (in *Inflight) release() { <-in.slots }
