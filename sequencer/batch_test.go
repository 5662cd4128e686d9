package sequencer

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(sec int64) *fakeClock { return &fakeClock{t: time.Unix(sec, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Set(sec int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = time.Unix(sec, 0)
}

var testConfigHash = [32]byte{1, 2, 3}

func newSealer(t testing.TB, tree engine.Tree, fs vfs.FS, clock engine.Clock, maxSize int) (*engine.Sealer, *engine.Engine, *wal.BatchStore) {
	t.Helper()
	store, err := wal.OpenBatchStore("batches", fs, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	e := engine.NewEngine(tree)
	s, err := engine.NewSealer(tree, e, store, clock, testConfigHash, maxSize)
	if err != nil {
		t.Fatal(err)
	}
	return s, e, store
}

func TestSealer(t *testing.T) {
	tree := newTree(t)
	clock := newClock(2_000)
	s, e, store := newSealer(t, tree, vfs.NewMem(), clock, 8)
	if b, err := s.Seal(); b != nil || err != nil {
		t.Fatalf("seal with no open batch: %v %v", b, err)
	}
	root0, accRoot0, g0 := tree.Root(), tree.AccountsRoot(), tree.Globals()
	if opened, err := s.Begin(); !opened || err != nil {
		t.Fatalf("begin: %v %v", opened, err)
	}
	if opened, _ := s.Begin(); opened {
		t.Fatal("begin opened a second batch")
	}
	if e.BatchTime() != 2_000 {
		t.Fatalf("engine batch time %d", e.BatchTime())
	}
	tx, err := e.Deposit(depositRec(1, 5))
	if err != nil {
		t.Fatal(err)
	}
	if s.Add(tx) {
		t.Fatal("batch of 8 full after one transaction")
	}
	clock.Set(2_500) // the timestamp was fixed when the batch opened
	b, err := s.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if b.BatchSize != 2 || len(b.Txs) != 2 || b.Txs[1].Record != (state.Record{}) || b.Txs[1].A != nil || wal.TxCount(b) != 1 {
		t.Fatalf("batch size %d, txs %d", b.BatchSize, len(b.Txs))
	}
	wantHeader := state.BatchHeader{OldRoot: root0, NewRoot: tree.Root(), BatchNumber: 1, TimestampSeconds: 2_000, ConfigHash: testConfigHash}
	if b.Header != wantHeader {
		t.Fatalf("header %+v", b.Header)
	}
	wantG := g0
	wantG.SystemTimeSeconds = 2_000
	wantG.LastFundingTimeSeconds = 2_000 // the zero configuration ticks funding (at rate 0) in every batch
	if b.OldGlobals != g0 || b.NewGlobals != wantG || tree.Globals() != wantG {
		t.Fatalf("globals %+v → %+v", b.OldGlobals, b.NewGlobals)
	}
	if b.OldAccountsRoot != accRoot0 || b.NewAccountsRoot != tree.AccountsRoot() || b.NewMarkets != tree.Markets() {
		t.Fatal("batch roots or markets")
	}
	if tree.DurableRoot() != b.Header.NewRoot {
		t.Fatal("tree not committed when the batch is returned")
	}
	if b.Header.NewRoot != state.StateRoot(b.NewAccountsRoot, &b.NewMarkets, b.NewGlobals) {
		t.Fatal("new root is not H(accounts, markets, globals)")
	}
	stored, err := store.Get(1)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stored, b) {
		t.Fatal("stored batch differs from the sealed one")
	}
	if st, err := store.Status(1); err != nil || st.Proof != wire.ProofPending || st.L1 != wire.L1Pending {
		t.Fatalf("status %+v %v", st, err)
	}
	pd, err := b.Pubdata()
	if err != nil {
		t.Fatal(err)
	}
	mr, recs, err := state.DecodeBatchPubdata(pd)
	if err != nil || len(recs) != 2 || mr != b.Market.Record || mr.Prices[mBTC-1] != btcPrice {
		t.Fatalf("pubdata: %v", err)
	}
	// The compact Deposit record's tag binds the owner and key it leaves out (docs/PROTOCOL.md §6.1).
	want := depositRec(1, 5)
	if dep, err := recs[0].WithDeposit(want.L1Address, want.PubKey); err != nil || *dep.Deposit != want {
		t.Fatalf("deposit record: %v", err)
	}
	if s.Number() != 2 {
		t.Fatalf("next batch %d", s.Number())
	}
	if _, err := store.Get(2); !errors.Is(err, wire.ErrBatchNotFound) {
		t.Fatalf("missing batch: %v", err)
	}

	clock.Set(1_999)
	if _, err := s.Begin(); !errors.Is(err, wire.ErrClockBehind) {
		t.Fatalf("begin with the clock behind: %v", err)
	}
	clock.Set(2_000)
	if _, err := s.Begin(); err != nil {
		t.Fatal(err)
	}
	if b, err := s.Seal(); b != nil || err != nil {
		t.Fatalf("empty batch sealed: %v %v", b, err)
	}
}

func TestSealerSizes(t *testing.T) {
	cases := []struct{ max, n, size int }{
		{2, 1, 2}, {2, 2, 2}, {8, 3, 8}, {8, 8, 8}, {32, 2, 2}, {32, 9, 32}, {32, 32, 32},
	}
	for _, c := range cases {
		tree := newTree(t)
		s, e, _ := newSealer(t, tree, vfs.NewMem(), newClock(2_000), c.max)
		if _, err := s.Begin(); err != nil {
			t.Fatal(err)
		}
		var full bool
		for i := 0; i < c.n; i++ {
			tx, err := e.Deposit(depositRec(uint32(i), 1))
			if err != nil {
				t.Fatal(err)
			}
			full = s.Add(tx)
		}
		if full != (c.n == c.max) {
			t.Errorf("max %d, %d txs: full = %v", c.max, c.n, full)
		}
		b, err := s.Seal()
		if err != nil {
			t.Fatal(err)
		}
		if b.BatchSize != c.size || len(b.Txs) != c.size || wal.TxCount(b) != c.n {
			t.Errorf("max %d, %d txs: size %d, want %d", c.max, c.n, b.BatchSize, c.size)
		}
	}
	if _, err := engine.NewSealer(newTree(t), nil, nil, newClock(0), [32]byte{}, 4); err == nil {
		t.Fatal("batch size 4 accepted")
	}
}

// failingCommit is a tree whose Commit fails, as a crash between the batch store write and the tree commit.
type failingCommit struct{ *statedb.Tree }

var errDisk = errors.New("disk on fire")

func (failingCommit) Commit() error { return errDisk }

func TestSealerRecovery(t *testing.T) {
	fs := vfs.NewMem()
	tree := newTree(t)
	s, e, store := newSealer(t, failingCommit{tree}, fs, newClock(2_000), 2)
	if _, err := s.Begin(); err != nil {
		t.Fatal(err)
	}
	tx, err := e.Deposit(depositRec(1, 5))
	if err != nil {
		t.Fatal(err)
	}
	s.Add(tx)
	_, err = s.Seal()
	if !wire.IsFatal(err) || !errors.Is(err, errDisk) {
		t.Fatalf("seal with a failing commit: %v", err)
	}
	want, err := store.Get(1)
	if err != nil {
		t.Fatal(err)
	}
	store.Close()

	// The process restarts: the tree lost its pending changes, the store has the batch.
	tree.Discard()
	store2, err := wal.OpenBatchStore("batches", fs, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer store2.Close()
	s2, err := engine.NewSealer(tree, engine.NewEngine(tree), store2, newClock(2_000), testConfigHash, 2)
	if err != nil {
		t.Fatal(err)
	}
	if tree.DurableRoot() != want.Header.NewRoot || s2.Number() != 2 {
		t.Fatal("batch 1 not re-applied")
	}
	// Reopening once more finds the tree at the last batch.
	if _, err := engine.NewSealer(tree, engine.NewEngine(tree), store2, newClock(2_000), testConfigHash, 2); err != nil {
		t.Fatal(err)
	}
	// A tree that matches neither side of the last batch is refused.
	if _, err := engine.NewEngine(tree).Deposit(depositRec(2, 1)); err != nil {
		t.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := engine.NewSealer(tree, engine.NewEngine(tree), store2, newClock(2_000), testConfigHash, 2); !errors.Is(err, wire.ErrStateMismatch) {
		t.Fatalf("mismatched tree: %v", err)
	}
}
