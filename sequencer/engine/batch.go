package engine

import (
	"fmt"
	"slices"
	"time"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Clock gives the sequencer's notion of time; batch timestamps come from it.
type Clock interface{ Now() time.Time }

// SystemClock is the wall clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// BatchSink is where a Sealer keeps the batches it seals (the Service's BatchStore): Put stores a sealed batch
// durably before Seal returns it, Last and Get let NewSealer find the last one.
type BatchSink interface {
	Put(b *state.SealedBatch) error
	Get(n uint64) (*state.SealedBatch, error)
	Last() (uint64, error)
}

// Sealer groups executed transactions into batches. A batch opens (Begin) before its first transaction, which
// fixes its timestamp and the engine's batch time; Seal pads it to the smallest batch size that fits, sets the
// system time, writes it to the store, commits the tree, and only then returns it.
type Sealer struct {
	tree       Tree
	engine     *Engine
	store      BatchSink
	clock      Clock
	configHash [32]byte
	maxSize    int

	next uint64 // number of the next batch
	open bool
	cur  state.SealedBatch // the open batch: header fields, old roots, markets and transactions so far

	cfg  state.Config // the configuration the batches enforce (oracle keys, funding, liquidation fee)
	feed MarketFeed   // the market update of each batch; nil keeps prices and pays no funding
}

// MarketFeed supplies the market update at the start of each batch (docs/PROTOCOL.md §5). Recovery replays the
// input log and re-opens every batch, so a Service's feed must give the same update for the same logged inputs:
// the Service's own feed (oracle.go) is a function of the logged oracle reports, the logged command times and
// the books, and is stored in checkpoints. The Sealer and the Engine alone accept any feed.
type MarketFeed interface {
	// MarketUpdate returns the update of a batch at ts, given the markets table and globals before it and
	// whether a funding tick is due: the record's new prices (the current ones when no quorum of fresh reports
	// is available) with their OracleQuorum reports when a price changes, and on a tick the funding rates.
	MarketUpdate(ts uint64, markets *state.Markets, g state.Globals, tick bool) state.MarketUpdate
}

// SetRisk sets the configuration every batch enforces and the source of its market updates (nil: prices never
// change and funding ticks pay nothing). Call it before the first Begin.
func (s *Sealer) SetRisk(cfg state.Config, feed MarketFeed) { s.cfg, s.feed = cfg, feed }

// Config returns the configuration the batches enforce.
func (s *Sealer) Config() *state.Config { return &s.cfg }

// StillUpdate returns the market update that keeps every price and pays no funding, ticking when due.
func StillUpdate(cfg *state.Config, markets *state.Markets, g state.Globals, ts uint64) state.MarketUpdate {
	var u state.MarketUpdate
	for i := range markets {
		if markets[i].Status != state.MarketUnlisted {
			u.Record.Prices[i] = markets[i].OraclePrice
		}
	}
	u.Tick = state.FundingDue(cfg, g, ts)
	return u
}

// NewSealer returns a sealer of batches of at most maxSize transactions (one of state.BatchSizes). The tree
// must have no pending changes. If the store's last batch is not yet in the tree (a crash between the store
// write and the tree commit), it is re-applied from its trace and committed; a tree matching neither side of
// the last batch fails with ErrStateMismatch.
func NewSealer(tree Tree, engine *Engine, store BatchSink, clock Clock, configHash [32]byte, maxSize int) (*Sealer, error) {
	if !slices.Contains(state.BatchSizes, maxSize) {
		return nil, fmt.Errorf("sequencer: batch size %d is not one of %v", maxSize, state.BatchSizes)
	}
	s := &Sealer{tree: tree, engine: engine, store: store, clock: clock, configHash: configHash, maxSize: maxSize}
	last, err := store.Last()
	if err != nil {
		return nil, err
	}
	s.next = last + 1
	if last == 0 {
		return s, nil
	}
	b, err := store.Get(last)
	if err != nil {
		return nil, err
	}
	switch tree.Root() {
	case b.Header.NewRoot:
		return s, nil
	case b.Header.OldRoot:
		return s, s.replay(b)
	}
	return nil, fmt.Errorf("%w: batch %d", wire.ErrStateMismatch, last)
}

// replay writes the after-values of a stored batch's trace to the tree and commits it.
func (s *Sealer) replay(b *state.SealedBatch) error {
	if err := s.tree.SetMarkets(b.NewMarkets); err != nil {
		return wire.Fatalf("replay batch %d: markets: %w", b.Header.BatchNumber, err)
	}
	for i := range b.Txs {
		tx := &b.Txs[i]
		for _, u := range []struct {
			slot *state.SlotUpdate
			acc  *state.AccountUpdate
		}{{tx.SlotA, tx.A}, {tx.SlotB, tx.B}} {
			if u.slot != nil {
				if _, err := s.tree.SetSlot(u.acc.ID, u.slot.Slot, u.slot.After); err != nil {
					return wire.Fatalf("replay batch %d tx %d: %w", b.Header.BatchNumber, i, err)
				}
			}
			if u.acc != nil {
				if err := s.tree.SetAccount(u.acc.ID, u.acc.After); err != nil {
					return wire.Fatalf("replay batch %d tx %d: %w", b.Header.BatchNumber, i, err)
				}
			}
		}
	}
	s.tree.SetGlobals(b.NewGlobals)
	if s.tree.Root() != b.Header.NewRoot {
		return wire.Fatalf("replay batch %d: %w", b.Header.BatchNumber, wire.ErrStateMismatch)
	}
	if err := s.tree.Commit(); err != nil {
		return wire.Fatalf("replay batch %d: commit: %w", b.Header.BatchNumber, err)
	}
	return nil
}

// Begin opens a batch if none is open and reports whether it did. The batch's timestamp is the clock's time in
// seconds, which must not be below the tree's system time (ErrClockBehind). Opening a batch applies its market
// update (the feed's; the still update when the feed's is rejected), so every transaction of the batch reads
// the new prices and funding indices; a batch sealed without transactions undoes it when it moved no price or
// funding index, and is kept (sealed with padding only) when it did.
func (s *Sealer) Begin() (bool, error) {
	if s.open {
		return false, nil
	}
	now := s.clock.Now().Unix()
	if now < 0 {
		return false, fmt.Errorf("%w: clock at %d", wire.ErrClockBehind, now)
	}
	ts := uint64(now)
	if err := s.engine.SetBatchTime(ts); err != nil {
		return false, err
	}
	g := s.tree.Globals()
	markets := s.tree.Markets()
	oldRoot := s.tree.Root()
	u := StillUpdate(&s.cfg, &markets, g, ts)
	if s.feed != nil {
		fu := s.feed.MarketUpdate(ts, &markets, g, u.Tick)
		if err := s.engine.UpdateMarkets(&s.cfg, &fu); err == nil {
			u = fu
		} else if err := s.engine.UpdateMarkets(&s.cfg, &u); err != nil {
			return false, err
		}
	} else if err := s.engine.UpdateMarkets(&s.cfg, &u); err != nil {
		return false, err
	}
	s.cur = state.SealedBatch{
		Header:          state.BatchHeader{OldRoot: oldRoot, BatchNumber: s.next, TimestampSeconds: ts, ConfigHash: s.configHash},
		OldAccountsRoot: s.tree.AccountsRoot(),
		Markets:         markets,
		NewMarkets:      s.tree.Markets(),
		Market:          u,
		Config:          s.cfg,
		OldGlobals:      g,
		Txs:             make([]state.TxTrace, 0, s.maxSize),
	}
	s.open = true
	return true, nil
}

// ResumeSealer returns a sealer whose next batch is number next, without reading the store (recovery, which
// reopens the checkpoint's open batch with Restore and sets the risk configuration with SetRisk).
func ResumeSealer(tree Tree, engine *Engine, store BatchSink, clock Clock, configHash [32]byte, maxSize int,
	next uint64) *Sealer {
	return &Sealer{tree: tree, engine: engine, store: store, clock: clock, configHash: configHash, maxSize: maxSize,
		next: next}
}

// SetTree replaces the tree the sealer applies and commits batches to (the Service defers commits to its
// checkpoints).
func (s *Sealer) SetTree(t Tree) { s.tree = t }

// Open returns the open batch (header fields, old roots, markets and transactions so far), or nil when none
// is open. The caller must not keep it past the Sealer's next call.
func (s *Sealer) Open() *state.SealedBatch {
	if !s.open {
		return nil
	}
	return &s.cur
}

// Restore reopens batch b, open when a checkpoint was written, with room for maxSize transactions (recovery).
func (s *Sealer) Restore(b *state.SealedBatch, maxSize int) {
	s.open, s.cur = true, *b
	s.cur.Txs = append(make([]state.TxTrace, 0, maxSize), b.Txs...)
}

// Number returns the number of the open batch, or of the next one if none is open.
func (s *Sealer) Number() uint64 { return s.next }

// Pending returns the number of transactions in the open batch.
func (s *Sealer) Pending() int { return len(s.cur.Txs) }

// Add appends an executed transaction to the open batch and reports whether the batch is now full. A
// MarketParams transaction also changes the batch's NewMarkets, the table after the batch.
func (s *Sealer) Add(tx *state.TxTrace) bool {
	if mp := tx.Record.MarketParams; mp != nil {
		if m := s.cur.NewMarkets.Get(mp.Market); m != nil {
			m.SetParams(*mp)
		}
	}
	s.cur.Txs = append(s.cur.Txs, *tx)
	return len(s.cur.Txs) >= s.maxSize
}

// Seal closes the open batch and returns it once durable; it returns nil when the batch holds no transaction
// and its market update moved nothing.
// Every error is a *FatalError.
func (s *Sealer) Seal() (*state.SealedBatch, error) {
	if !s.open {
		return nil, nil
	}
	s.open = false
	n := len(s.cur.Txs)
	if n == 0 && s.tree.Markets() == s.cur.Markets {
		// Undo the market update, which moved no price or funding index (at most the funding time): nothing
		// else changed the tree since Begin. A batch whose update moved one is sealed without transactions,
		// so that the move stays applied.
		if err := s.tree.SetMarkets(s.cur.Markets); err != nil {
			return nil, wire.Fatalf("batch %d: restore markets: %w", s.cur.Header.BatchNumber, err)
		}
		s.tree.SetGlobals(s.cur.OldGlobals)
		s.cur = state.SealedBatch{}
		return nil, nil
	}
	b := s.cur
	s.cur = state.SealedBatch{}
	b.BatchSize = s.maxSize
	for _, size := range state.BatchSizes {
		if size >= n {
			b.BatchSize = size
			break
		}
	}
	b.Txs = append(b.Txs, make([]state.TxTrace, b.BatchSize-n)...)
	if s.tree.Markets() != b.NewMarkets {
		return nil, wire.Fatalf("batch %d: markets table changed without a transaction", b.Header.BatchNumber)
	}
	b.NewGlobals = s.tree.Globals()
	b.NewGlobals.SystemTimeSeconds = b.Header.TimestampSeconds
	s.tree.SetGlobals(b.NewGlobals)
	b.NewAccountsRoot = s.tree.AccountsRoot()
	b.Header.NewRoot = s.tree.Root()
	if _, err := b.Pubdata(); err != nil {
		return nil, wire.Fatalf("batch %d: %w", b.Header.BatchNumber, err)
	}
	if err := s.store.Put(&b); err != nil {
		return nil, wire.Fatalf("batch %d: %w", b.Header.BatchNumber, err)
	}
	if err := s.tree.Commit(); err != nil {
		return nil, wire.Fatalf("batch %d: commit: %w", b.Header.BatchNumber, err)
	}
	s.next++
	return &b, nil
}
