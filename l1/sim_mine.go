package l1

import (
	"context"
	"time"
)

// Auto-mining of a Sim whose JSON-RPC API is served (WithHTTP): transactions sent through the API wait in the
// pool until a block is mined.
const (
	// DefaultMineInterval is how often AutoMine looks at the pool.
	DefaultMineInterval = 50 * time.Millisecond
	// emptyBlockInterval is how often AutoMine mines a block even with an empty pool, so that the chain's
	// time and height move as on a real chain (confirmations, timestamps).
	emptyBlockInterval = 2 * time.Second
)

// AutoMine mines a block every interval (DefaultMineInterval if 0) when the pool holds a transaction, and an
// empty block every emptyBlockInterval otherwise, until ctx ends. It returns when ctx ends; run it on its own
// goroutine and stop it before Close.
func (s *Sim) AutoMine(ctx context.Context, interval time.Duration) {
	if interval <= 0 {
		interval = DefaultMineInterval
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		pending, err := s.backend.Client().PendingTransactionCount(ctx)
		if err != nil && ctx.Err() != nil {
			return
		}
		if pending > 0 || time.Since(last) >= emptyBlockInterval {
			s.Commit()
			last = time.Now()
		}
	}
}
