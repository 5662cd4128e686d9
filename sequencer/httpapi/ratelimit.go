package httpapi

import (
	"sync"
	"time"

	"github.com/perpx/perpx/sequencer/engine"
)

// Rate limits of the API (Config overrides them). Orders, cancels and withdrawals count against their
// account once their signature verified, so that nobody can spend another account's budget; every request
// counts against its remote address before any work is done.
const (
	DefaultAccountRate  = 100  // signed requests per second per account, sustained
	DefaultAccountBurst = 200  // signed requests per account in a burst
	DefaultIPRate       = 2000 // requests per second per remote address
	DefaultIPBurst      = 4000
	// maxLimiterKeys bounds each limiter's memory; beyond it, idle buckets are dropped, and if none is idle the
	// request is refused.
	maxLimiterKeys = 1 << 18
)

// rateLimiter is a token bucket per key: a key's bucket holds up to burst tokens, refills at rate tokens per
// second on the injected clock, and each request takes one. A rate ≤ 0 disables the limiter.
type rateLimiter[K comparable] struct {
	rate, burst float64
	clock       engine.Clock

	mu      sync.Mutex
	buckets map[K]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newRateLimiter[K comparable](rate, burst float64, clock engine.Clock) *rateLimiter[K] {
	return &rateLimiter[K]{rate: rate, burst: max(burst, 1), clock: clock, buckets: make(map[K]*bucket)}
}

// allow takes a token from key's bucket and reports whether there was one.
func (l *rateLimiter[K]) allow(key K) bool {
	if l == nil || l.rate <= 0 {
		return true
	}
	now := l.clock.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= maxLimiterKeys && !l.evict(now) {
			return false
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	if dt := now.Sub(b.last).Seconds(); dt > 0 {
		b.tokens = min(l.burst, b.tokens+dt*l.rate)
		b.last = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// evict drops the buckets that have refilled completely (their keys are idle) and reports whether any was.
func (l *rateLimiter[K]) evict(now time.Time) bool {
	n := len(l.buckets)
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
	return len(l.buckets) < n
}
