package httpapi

import (
	"testing"
	"time"
)

// fakeClock is a clock the test sets.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time { return c.t }

// TestRateLimiter checks the token bucket against its bound: over any period t a key gets at most
// burst + rate·t requests, and an idle key refills.
func TestRateLimiter(t *testing.T) {
	clock := &fakeClock{t: time.Unix(1_000, 0)}
	l := newRateLimiter[uint32](10, 20, clock)
	allowed := 0
	for range 100 {
		if l.allow(7) {
			allowed++
		}
	}
	if allowed != 20 {
		t.Fatalf("burst: %d allowed, want 20", allowed)
	}
	start := clock.Now()
	for i := range 3_000 {
		fc := start.Add(time.Duration(i) * time.Millisecond)
		clock.t = fc
		if l.allow(7) {
			allowed++
		}
	}
	if bound := 20 + 10*3; allowed > bound || allowed < bound-1 {
		t.Fatalf("%d allowed over 3 s, want about %d", allowed, bound)
	}
	if !l.allow(8) {
		t.Fatal("another key is limited")
	}
	if off := newRateLimiter[uint32](-1, 0, clock); !off.allow(1) {
		t.Fatal("a disabled limiter refused")
	}
}
