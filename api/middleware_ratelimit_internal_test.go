package api

import (
	"fmt"
	"testing"
	"time"
)

func TestRateLimiterBoundedMemory(t *testing.T) {
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	now := start
	l := newRateLimiter(1, func() time.Time { return now }, 3)

	for _, k := range []string{"a", "b", "c"} {
		if ok, _ := l.allow(k); !ok {
			t.Fatalf("first request of %q denied", k)
		}
	}
	if ok, _ := l.allow("a"); ok { // a is empty now, and the most recently seen
		t.Fatalf("second request of a allowed")
	}
	if got, want := l.size(), 3; got != want {
		t.Fatalf("size=%d, want %d", got, want)
	}

	// A full table pushes out nobody (every bucket is empty, so forgetting one would
	// hand its client a full one): new clients share the overflow bucket.
	if ok, _ := l.allow("d"); !ok {
		t.Fatalf("first request of d denied")
	}
	if ok, _ := l.allow("e"); ok {
		t.Fatalf("e got a token from the overflow bucket d emptied")
	}
	if got, want := l.size(), 3; got != want {
		t.Fatalf("size after d=%d, want %d", got, want)
	}
	for _, k := range []string{"a", "b", "c"} {
		if ok, _ := l.allow(k); ok {
			t.Fatalf("%s was reset by the full table", k)
		}
	}

	// Buckets idle for a full refill time are forgotten on the next request.
	now = now.Add(time.Minute)
	if ok, _ := l.allow("f"); !ok {
		t.Fatalf("first request of f denied")
	}
	if got, want := l.size(), 1; got != want {
		t.Fatalf("size after idle sweep=%d, want %d", got, want)
	}
}

func TestRateLimiterManyClientsStayCapped(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	l := newRateLimiter(10, func() time.Time { return now }, 100)
	for i := range 10_000 {
		l.allow(fmt.Sprintf("ip:10.0.%d.%d", i/256, i%256))
		if l.order.Len() != len(l.buckets) {
			t.Fatalf("list and map disagree: %d vs %d", l.order.Len(), len(l.buckets))
		}
	}
	if got, want := l.size(), 100; got != want {
		t.Fatalf("size=%d, want %d", got, want)
	}
}

func TestRetryAfterSeconds(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want int
	}{
		{0, 1},
		{time.Millisecond, 1},
		{time.Second, 1},
		{time.Second + time.Nanosecond, 2},
		{20 * time.Second, 20},
		{59*time.Second + 999*time.Millisecond, 60},
	}
	for _, tt := range tests {
		if got := retryAfterSeconds(tt.d); got != tt.want {
			t.Errorf("retryAfterSeconds(%v)=%d, want %d", tt.d, got, tt.want)
		}
	}
}

func BenchmarkRateLimiterAllow(b *testing.B) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	l := newRateLimiter(1_000_000, func() time.Time { return now }, maxRateBuckets)
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("key:%08x", i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l.allow(keys[i%len(keys)])
		i++
	}
}
