package api

import (
	"container/list"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/time/rate"
)

// maxRateBuckets caps the number of clients the rate limiter remembers at once.
const maxRateBuckets = 10_000

// RateLimit allows each client perMinute requests per minute, answering 429
// problem+json with Retry-After (whole seconds, at least 1) beyond that.
//
// A client is the API key that Auth accepted (KeyIDFrom), or the client IP (echo's
// RealIP, so set Echo's IPExtractor to match the deployment) when auth is off. Each
// client has a token bucket (golang.org/x/time/rate) that refills at perMinute per
// minute and holds perMinute tokens: a client that has been quiet for a minute may send
// its whole minute's worth at once (a newsroom tool often sends a batch), and no more
// than that plus the refill in any minute after. perMinute ≤ 0 turns the limit off.
//
// Memory is bounded: a bucket idle for a full minute has refilled completely, so it is
// forgotten (a new one would be identical), and at most 10,000 buckets are kept, the
// least recently seen one going first. Both checks run lazily on each request, in O(1)
// amortized time. now is the clock (nil means time.Now); tests inject their own.
//
// Wire it after Auth in the same group, so that the key is known.
func RateLimit(perMinute int, now func() time.Time) echo.MiddlewareFunc {
	if perMinute <= 0 {
		return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
	}
	l := newRateLimiter(perMinute, now, maxRateBuckets)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			key := "ip:" + c.RealIP()
			if id := KeyIDFrom(c.Request().Context()); id != "" {
				key = "key:" + id
			}
			ok, wait := l.allow(key)
			if ok {
				return next(c)
			}
			secs := retryAfterSeconds(wait)
			c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
			return WriteProblem(c, NewProblem(http.StatusTooManyRequests,
				fmt.Sprintf("rate limit of %d requests per minute reached; retry in %d s", perMinute, secs)))
		}
	}
}

// rateLimiter holds one token bucket per client, in least-recently-seen order.
type rateLimiter struct {
	limit rate.Limit
	burst int
	idle  time.Duration // time to refill an empty bucket: idle this long, a bucket is full
	max   int
	now   func() time.Time

	mu      sync.Mutex
	order   *list.List // of *rateBucket, most recently seen at the front
	buckets map[string]*list.Element
}

// rateBucket is one client's token bucket and when it was last used.
type rateBucket struct {
	key  string
	lim  *rate.Limiter
	seen time.Time
}

func newRateLimiter(perMinute int, now func() time.Time, max int) *rateLimiter {
	if now == nil {
		now = time.Now
	}
	return &rateLimiter{
		limit:   rate.Limit(float64(perMinute) / 60),
		burst:   perMinute,
		idle:    time.Minute,
		max:     max,
		now:     now,
		order:   list.New(),
		buckets: make(map[string]*list.Element),
	}
}

// allow takes a token from key's bucket; when there is none it reports how long until
// there is one.
func (l *rateLimiter) allow(key string) (bool, time.Duration) {
	t := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()

	l.evictIdle(t)
	var b *rateBucket
	if el, ok := l.buckets[key]; ok {
		b = el.Value.(*rateBucket)
		l.order.MoveToFront(el)
	} else {
		if l.order.Len() >= l.max {
			l.remove(l.order.Back())
		}
		b = &rateBucket{key: key, lim: rate.NewLimiter(l.limit, l.burst)}
		l.buckets[key] = l.order.PushFront(b)
	}
	b.seen = t
	if b.lim.AllowN(t, 1) {
		return true, 0
	}
	missing := 1 - b.lim.TokensAt(t)
	return false, time.Duration(missing / float64(l.limit) * float64(time.Second))
}

// evictIdle forgets the buckets, oldest first, that have been idle long enough to be full.
func (l *rateLimiter) evictIdle(t time.Time) {
	for el := l.order.Back(); el != nil; el = l.order.Back() {
		if t.Sub(el.Value.(*rateBucket).seen) < l.idle {
			return
		}
		l.remove(el)
	}
}

func (l *rateLimiter) remove(el *list.Element) {
	delete(l.buckets, el.Value.(*rateBucket).key)
	l.order.Remove(el)
}

// size is the number of buckets held.
func (l *rateLimiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// retryAfterSeconds rounds a wait up to whole seconds, at least 1, for Retry-After.
func retryAfterSeconds(d time.Duration) int {
	s := int(math.Ceil(d.Seconds()))
	if s < 1 {
		return 1
	}
	return s
}
