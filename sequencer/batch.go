package sequencer

import (
	"fmt"
	"slices"
	"time"

	"github.com/perpx/perpx/state"
)

// Clock gives the sequencer's notion of time; batch timestamps come from it.
type Clock interface{ Now() time.Time }

// SystemClock is the wall clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// Sealer groups executed transactions into batches. A batch opens (Begin) before its first transaction, which
// fixes its timestamp and the engine's batch time; Seal pads it to the smallest batch size that fits, sets the
// system time, writes it to the store, commits the tree, and only then returns it.
type Sealer struct {
	tree       Tree
	engine     *Engine
	store      *BatchStore
	clock      Clock
	configHash [32]byte
	maxSize    int

	next uint64 // number of the next batch
	open bool
	cur  state.SealedBatch // the open batch: header fields, old roots, markets and transactions so far
}

// NewSealer returns a sealer of batches of at most maxSize transactions (one of state.BatchSizes). The tree
// must have no pending changes. If the store's last batch is not yet in the tree (a crash between the store
// write and the tree commit), it is re-applied from its trace and committed; a tree matching neither side of
// the last batch fails with ErrStateMismatch.
func NewSealer(tree Tree, engine *Engine, store *BatchStore, clock Clock, configHash [32]byte, maxSize int) (*Sealer, error) {
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
	return nil, fmt.Errorf("%w: batch %d", ErrStateMismatch, last)
}

// replay writes the after-values of a stored batch's trace to the tree and commits it.
func (s *Sealer) replay(b *state.SealedBatch) error {
	for i := range b.Txs {
		tx := &b.Txs[i]
		for _, u := range []struct {
			slot *state.SlotUpdate
			acc  *state.AccountUpdate
		}{{tx.SlotA, tx.A}, {tx.SlotB, tx.B}} {
			if u.slot != nil {
				if _, err := s.tree.SetSlot(u.acc.ID, u.slot.Slot, u.slot.After); err != nil {
					return fatal("replay batch %d tx %d: %w", b.Header.BatchNumber, i, err)
				}
			}
			if u.acc != nil {
				if err := s.tree.SetAccount(u.acc.ID, u.acc.After); err != nil {
					return fatal("replay batch %d tx %d: %w", b.Header.BatchNumber, i, err)
				}
			}
		}
	}
	s.tree.SetGlobals(b.NewGlobals)
	if s.tree.Root() != b.Header.NewRoot {
		return fatal("replay batch %d: %w", b.Header.BatchNumber, ErrStateMismatch)
	}
	if err := s.tree.Commit(); err != nil {
		return fatal("replay batch %d: commit: %w", b.Header.BatchNumber, err)
	}
	return nil
}

// Begin opens a batch if none is open and reports whether it did. The batch's timestamp is the clock's time in
// seconds, which must not be below the tree's system time (ErrClockBehind).
func (s *Sealer) Begin() (bool, error) {
	if s.open {
		return false, nil
	}
	now := s.clock.Now().Unix()
	if now < 0 {
		return false, fmt.Errorf("%w: clock at %d", ErrClockBehind, now)
	}
	ts := uint64(now)
	if err := s.engine.SetBatchTime(ts); err != nil {
		return false, err
	}
	g := s.tree.Globals()
	s.cur = state.SealedBatch{
		Header:          state.BatchHeader{OldRoot: s.tree.Root(), BatchNumber: s.next, TimestampSeconds: ts, ConfigHash: s.configHash},
		OldAccountsRoot: s.tree.AccountsRoot(),
		Markets:         s.tree.Markets(),
		OldGlobals:      g,
		Txs:             make([]state.TxTrace, 0, s.maxSize),
	}
	s.open = true
	return true, nil
}

// Number returns the number of the open batch, or of the next one if none is open.
func (s *Sealer) Number() uint64 { return s.next }

// Pending returns the number of transactions in the open batch.
func (s *Sealer) Pending() int { return len(s.cur.Txs) }

// Add appends an executed transaction to the open batch and reports whether the batch is now full.
func (s *Sealer) Add(tx *state.TxTrace) bool {
	s.cur.Txs = append(s.cur.Txs, *tx)
	return len(s.cur.Txs) >= s.maxSize
}

// Seal closes the open batch and returns it once durable; it returns nil when the batch holds no transaction.
// Every error is a *FatalError.
func (s *Sealer) Seal() (*state.SealedBatch, error) {
	if !s.open {
		return nil, nil
	}
	s.open = false
	n := len(s.cur.Txs)
	if n == 0 {
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
	if s.tree.Markets() != b.Markets {
		return nil, fatal("batch %d: markets table changed without a transaction", b.Header.BatchNumber)
	}
	b.NewGlobals = s.tree.Globals()
	b.NewGlobals.SystemTimeSeconds = b.Header.TimestampSeconds
	s.tree.SetGlobals(b.NewGlobals)
	b.NewAccountsRoot = s.tree.AccountsRoot()
	b.Header.NewRoot = s.tree.Root()
	if _, err := b.Pubdata(); err != nil {
		return nil, fatal("batch %d: %w", b.Header.BatchNumber, err)
	}
	if err := s.store.Put(&b); err != nil {
		return nil, fatal("batch %d: %w", b.Header.BatchNumber, err)
	}
	if err := s.tree.Commit(); err != nil {
		return nil, fatal("batch %d: commit: %w", b.Header.BatchNumber, err)
	}
	s.next++
	return &b, nil
}
