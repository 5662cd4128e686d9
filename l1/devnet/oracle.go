package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Defaults of the development oracle.
const (
	// DefaultOracleInterval is how often the development oracle publishes prices.
	DefaultOracleInterval = 3 * time.Second
	// DefaultOracleSeed seeds its random walk.
	DefaultOracleSeed = 1
	// oracleStepBp bounds one step of the random walk, in basis points of the price.
	oracleStepBp = 30
	// oracleSpreadBp bounds how far one signer's price is from the walk, in basis points.
	oracleSpreadBp = 2
)

// OracleUpdate is one publication of the development oracle: the median prices it made the sequencer apply,
// the configuration keys that signed, and the report time.
type OracleUpdate struct {
	Time    uint64
	Prices  [state.MarketCount]uint64
	Signers []uint8
	Batch   uint64
}

// oracle is the development oracle: every interval it moves each listed market's price by a seeded random
// walk and submits reports of it signed by three of the five devnet oracle keys (OracleKey), chosen at
// random, through the Service, as a real oracle network would through POST /v1/oracle/reports.
type oracle struct {
	n        *Node
	rng      *rand.Rand
	prices   [state.MarketCount]uint64
	interval time.Duration
	cancel   context.CancelFunc
	done     chan struct{}

	mu      sync.Mutex
	last    OracleUpdate
	count   int
	changed chan struct{}
}

// startOracle starts the development oracle at the genesis prices.
func (n *Node) startOracle(interval time.Duration, seed uint64) {
	o := &oracle{n: n, rng: rand.New(rand.NewPCG(seed, 0x6f7261636c65)), interval: interval, done: make(chan struct{}),
		changed: make(chan struct{})}
	markets := n.Tree.Markets()
	for i := range markets {
		o.prices[i] = markets[i].OraclePrice
	}
	ctx, cancel := context.WithCancel(context.Background())
	o.cancel = cancel
	n.oracle = o
	go func() {
		defer close(o.done)
		if err := o.run(ctx); err != nil {
			n.fail(err)
		}
	}()
}

// StopOracle stops the development oracle (if it runs) and waits until it has stopped.
func (n *Node) StopOracle() {
	if o := n.oracle; o != nil {
		o.cancel()
		<-o.done
	}
}

// LastOracleUpdate returns the last prices the development oracle published and how many publications there
// were so far.
func (n *Node) LastOracleUpdate() (OracleUpdate, int) {
	o := n.oracle
	if o == nil {
		return OracleUpdate{}, 0
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.last, o.count
}

// WaitOracleUpdates waits until the development oracle has published more than after times and returns its
// last update and count.
func (n *Node) WaitOracleUpdates(ctx context.Context, after int) (OracleUpdate, int, error) {
	o := n.oracle
	if o == nil {
		return OracleUpdate{}, 0, errors.New("devnet: no oracle running")
	}
	for {
		o.mu.Lock()
		u, c, ch := o.last, o.count, o.changed
		o.mu.Unlock()
		if c > after {
			return u, c, nil
		}
		select {
		case <-ctx.Done():
			return u, c, fmt.Errorf("devnet: waiting for the oracle: %w", ctx.Err())
		case <-ch:
		}
	}
}

func (o *oracle) run(ctx context.Context) error {
	t := time.NewTicker(o.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if err := o.publish(); err != nil {
			if ctx.Err() != nil || errors.Is(err, wire.ErrClosed) {
				return nil
			}
			return err
		}
	}
}

// publish moves the prices one step and submits a quorum of reports of them.
func (o *oracle) publish() error {
	markets := o.n.Service.Markets()
	for i := range o.prices {
		if markets[i].Status == state.MarketUnlisted {
			o.prices[i] = 0
			continue
		}
		o.prices[i] = o.step(o.prices[i], oracleStepBp)
	}
	signers := o.rng.Perm(state.OracleKeys)[:state.OracleQuorum]
	slices.Sort(signers)
	ts := uint64(o.n.now().Unix())
	reports := make([]state.SignedOracleReport, len(signers))
	u := OracleUpdate{Time: ts}
	for j, k := range signers {
		r := state.OracleReport{TimestampSeconds: ts}
		for i, p := range o.prices {
			if p != 0 {
				r.Prices[i] = o.step(p, oracleSpreadBp)
			}
		}
		reports[j] = OracleKey(k).SignOracleReport(uint8(k), r)
		u.Signers = append(u.Signers, uint8(k))
	}
	for i := range u.Prices {
		u.Prices[i] = state.Median3(reports[0].Report.Prices[i], reports[1].Report.Prices[i], reports[2].Report.Prices[i])
	}
	n, err := o.n.Service.SubmitOracleReports(reports)
	switch {
	case wire.IsFatal(err) || errors.Is(err, wire.ErrStopped) || errors.Is(err, wire.ErrClosed):
		return err
	case err != nil:
		// A refused quorum (e.g. a clock step) is skipped: the next one replaces it.
		o.n.cfg.Logger.Warn("devnet oracle: reports refused", "err", err)
		return nil
	}
	u.Batch = n
	o.mu.Lock()
	o.last = u
	o.count++
	close(o.changed)
	o.changed = make(chan struct{})
	o.mu.Unlock()
	return nil
}

// step returns p moved by a uniform random amount of at most bp basis points, at least 1.
func (o *oracle) step(p uint64, bp int) uint64 {
	d := int64(o.rng.IntN(2*bp+1) - bp)
	q := int64(p) + int64(p)/10_000*d
	if q < 1 {
		q = 1
	}
	if uint64(q) >= state.MaxPrice {
		q = int64(state.MaxPrice - 1)
	}
	return uint64(q)
}
