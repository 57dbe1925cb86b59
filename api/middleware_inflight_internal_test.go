package api

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A request that would wait longer than the limiter's wait, judged from the bytes
// ahead of it and the slot time per byte seen so far, is refused at once instead
// of holding its body until it times out; one that would not, waits.
func TestInflightShedsByTheWaitItWouldFace(t *testing.T) {
	in := NewInflight(1, time.Second)
	running := &ticket{client: "net:a", size: 1000}
	if err := in.acquire(context.Background(), running); err != nil {
		t.Fatal(err)
	}
	// One request seen: 1 ms of slot time per byte (a 1000-byte request took 1 s).
	in.mu.Lock()
	in.secPerByte = 0.001
	in.mu.Unlock()

	// 500 bytes ahead of nobody: about 0.5 s, under the 1 s wait: it waits.
	small := &ticket{client: "net:b", size: 500}
	got := make(chan error, 1)
	go func() { got <- in.acquire(context.Background(), small) }()
	for {
		if n, _ := in.Waiting(); n == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	// 600 more behind it: 1.1 s, over the wait: refused without waiting.
	big := &ticket{client: "net:c", size: 600}
	if err := in.acquire(context.Background(), big); !errors.Is(err, errNoSlot) {
		t.Fatalf("a request facing a 1.1 s wait: %v, want refused at once", err)
	}
	if n, _ := in.Waiting(); n != 1 {
		t.Fatalf("%d waiting, want only the small one", n)
	}
	in.release(running)
	if err := <-got; err != nil {
		t.Fatalf("the small request: %v, want the slot", err)
	}
	in.release(small)
	if in.InUse() != 0 {
		t.Fatalf("%d slots taken", in.InUse())
	}
}
