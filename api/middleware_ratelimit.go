package api

import (
	"container/list"
	"fmt"
	"math"
	"net/http"
	"net/netip"
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
// A client is the API key that Auth accepted (KeyIDFrom), or, when auth is off, the
// network the request comes from (echo's RealIP, so set Echo's IPExtractor to match
// the deployment): its /24 for IPv4, its /64 for IPv6, so that the addresses one host
// or one customer line can pick from share one budget. Each client has a token bucket
// (golang.org/x/time/rate) that refills at perMinute per minute and holds perMinute
// tokens: a client that has been quiet for a minute may send its whole minute's worth
// at once (a newsroom tool often sends a batch), and no more than that plus the
// refill in any minute after. perMinute ≤ 0 turns the limit off.
//
// Memory is bounded, and bounding it never resets a client: a bucket idle for a full
// minute has refilled completely, so it is forgotten (a new one would be identical);
// at most 10,000 buckets are kept, and when all of them are in use a new client shares
// one overflow bucket with every other client that finds the table full, instead of
// pushing out a client that is being throttled. now is the clock (nil means time.Now);
// tests inject their own.
//
// Wire it after Auth in the same group, so that the key is known.
func RateLimit(perMinute int, now func() time.Time) echo.MiddlewareFunc {
	return newClientLimiter(perMinute, 0, now).middleware()
}

// clientLimiter holds the two budgets of the /v1 routes: requests per client, and
// failed authentications per network (authWith charges those).
type clientLimiter struct {
	perMinute int
	requests  *rateLimiter // nil when off
	failures  *rateLimiter // nil when off
	failLimit int
}

func newClientLimiter(perMinute, authFailures int, now func() time.Time) *clientLimiter {
	l := &clientLimiter{perMinute: perMinute, failLimit: authFailures}
	if perMinute > 0 {
		l.requests = newRateLimiter(perMinute, now, maxRateBuckets)
	}
	if authFailures > 0 {
		l.failures = newRateLimiter(authFailures, now, maxRateBuckets)
	}
	return l
}

func (l *clientLimiter) middleware() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		if l.requests == nil {
			return next
		}
		return func(c echo.Context) error {
			key := "net:" + clientNetwork(c.RealIP())
			if id := KeyIDFrom(c.Request().Context()); id != "" {
				key = "key:" + id
			}
			ok, wait := l.requests.allow(key)
			if ok {
				return next(c)
			}
			return tooMany(c, wait, fmt.Sprintf("rate limit of %d requests per minute reached", l.perMinute))
		}
	}
}

// failedAuthWait reports whether the network of ip has used up its failed
// authentications, and how long until it has one again.
func (l *clientLimiter) failedAuthWait(ip string) (bool, time.Duration) {
	if l == nil || l.failures == nil {
		return false, 0
	}
	return l.failures.exhausted("net:" + clientNetwork(ip))
}

// failedAuth charges one failed authentication to the network of ip.
func (l *clientLimiter) failedAuth(ip string) {
	if l == nil || l.failures == nil {
		return
	}
	l.failures.allow("net:" + clientNetwork(ip))
}

// tooMany answers 429 with Retry-After.
func tooMany(c echo.Context, wait time.Duration, what string) error {
	secs := retryAfterSeconds(wait)
	c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
	return WriteProblem(c, NewProblem(http.StatusTooManyRequests, fmt.Sprintf("%s; retry in %d s", what, secs)))
}

// clientNetwork is the network a rate-limit budget belongs to: the /24 of an IPv4
// address (IPv4-mapped IPv6 included), the /64 of an IPv6 one, the text itself when it
// is not an address.
func clientNetwork(ip string) string {
	addr, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	addr = addr.Unmap()
	bits := 64
	if addr.Is4() {
		bits = 24
	}
	p, err := addr.WithZone("").Prefix(bits)
	if err != nil {
		return ip
	}
	return p.String()
}

// rateLimiter holds one token bucket per client, in least-recently-seen order.
type rateLimiter struct {
	limit rate.Limit
	burst int
	idle  time.Duration // time to refill an empty bucket: idle this long, a bucket is full
	max   int
	now   func() time.Time

	mu       sync.Mutex
	order    *list.List // of *rateBucket, most recently seen at the front
	buckets  map[string]*list.Element
	overflow *rateBucket // shared by the new clients that find the table full
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
	b := l.bucket(key, t)
	b.seen = t
	if b.lim.AllowN(t, 1) {
		return true, 0
	}
	return false, l.waitFor(b, t)
}

// exhausted reports, without taking a token, whether key's bucket is empty and how
// long until it has a token again.
func (l *rateLimiter) exhausted(key string) (bool, time.Duration) {
	t := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	var b *rateBucket
	if el, ok := l.buckets[key]; ok {
		b = el.Value.(*rateBucket)
	} else if l.order.Len() >= l.max && l.overflow != nil {
		b = l.overflow
	} else {
		return false, 0
	}
	if b.lim.TokensAt(t) >= 1 {
		return false, 0
	}
	return true, l.waitFor(b, t)
}

func (l *rateLimiter) waitFor(b *rateBucket, t time.Time) time.Duration {
	missing := 1 - b.lim.TokensAt(t)
	return time.Duration(missing / float64(l.limit) * float64(time.Second))
}

// bucket returns key's bucket, making one when there is room; a full table (every
// bucket seen within the refill time, so none can go without giving its client tokens
// back) sends the new key to the shared overflow bucket.
func (l *rateLimiter) bucket(key string, t time.Time) *rateBucket {
	l.evictIdle(t)
	if el, ok := l.buckets[key]; ok {
		l.order.MoveToFront(el)
		return el.Value.(*rateBucket)
	}
	if l.order.Len() >= l.max {
		if l.overflow == nil {
			l.overflow = &rateBucket{key: "overflow", lim: rate.NewLimiter(l.limit, l.burst)}
		}
		return l.overflow
	}
	b := &rateBucket{key: key, lim: rate.NewLimiter(l.limit, l.burst)}
	l.buckets[key] = l.order.PushFront(b)
	return b
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
