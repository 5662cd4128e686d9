package sequencer

import (
	"errors"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// TestResentOrderRefused re-sends the signed bodies of finished orders — cancelled, replaced, partially filled
// then cancelled, and an immediate-or-cancel remainder — and requires each to be refused with ErrOrderRetired,
// also after a crash whose recovery replays the log and after a restart from a checkpoint; a fresh nonce in the
// same slot is accepted (issue 16, item 2: the same POST body rested again with a new id).
func TestResentOrderRefused(t *testing.T) {
	fs := vfs.NewCrashableMem()
	clock := newClock(2_000)
	open := func() (*statedb.Tree, *Service) {
		tree, err := openTestTree(fs, "tree")
		if err != nil {
			t.Fatal(err)
		}
		s, err := NewService(tree, Config{DataDir: "data", FS: fs, Clock: clock, MaxBatchSize: 32, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		return tree, s
	}
	tree, s := open()
	for _, id := range []uint32{1, 2} {
		if _, err := s.Deposit(depositRec(id, hundredK)); err != nil {
			t.Fatal(err)
		}
	}
	place := func(o state.OrderMsg) *book.PlaceResult {
		t.Helper()
		r, err := s.PlaceOrder(sign(o))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	postOnly := func(o state.OrderMsg) state.OrderMsg { o.Flags = state.FlagPostOnly; return o }
	cancelled := postOnly(order(1, mBTC, true, btcStep, price(50_000), 4, 1))
	if _, err := s.CancelOrder(place(cancelled).OrderID); err != nil {
		t.Fatal(err)
	}
	replaced := postOnly(order(1, mBTC, true, btcStep, price(49_000), 5, 1))
	old := place(replaced).OrderID
	if _, err := s.ReplaceOrder(wire.CancelMsg{AccountID: 1, OrderID: old}, sign(postOnly(order(1, mBTC, true, btcStep, price(40_000), 8, 1)))); err != nil {
		t.Fatal(err)
	}
	partial := order(1, mBTC, true, 2*btcStep, price(51_000), 6, 1)
	pid := place(partial).OrderID
	place(order(2, mBTC, false, btcStep, price(51_000), 1, 1)) // fills half of partial
	if _, err := s.CancelOrder(pid); err != nil {
		t.Fatal(err)
	}
	place(postOnly(order(1, mBTC, true, btcStep, price(48_000), 7, 1)))
	ioc := order(2, mBTC, false, 2*btcStep, price(47_000), 2, 1) // takes the 48,000 bid, the rest is cancelled
	ioc.Flags = state.FlagIOC
	if r := place(ioc); len(r.Fills) != 1 {
		t.Fatalf("IOC: %d fills", len(r.Fills))
	}
	finished := map[string]state.OrderMsg{"cancelled": cancelled, "replaced": replaced, "partially filled then cancelled": partial, "IOC remainder": ioc}
	check := func(when string) {
		t.Helper()
		for name, o := range finished {
			if _, err := s.PlaceOrder(sign(o)); !errors.Is(err, wire.ErrOrderRetired) {
				t.Fatalf("%s: %s order re-sent: %v, want ErrOrderRetired", when, name, err)
			}
		}
	}
	check("live")

	// A crash with nothing checkpointed: recovery replays the log.
	img := fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: 0})
	s.Close()
	tree.Close()
	fs = img
	tree, s = open()
	check("after replaying the log")
	// A clean restart: the checkpoint written at close carries the retired nonces.
	s.Close()
	tree.Close()
	tree, s = open()
	defer tree.Close()
	defer s.Close()
	// The four finished orders' slots, the fully filled 48,000 bid's and the taker that filled partial's.
	if n := len(s.retired.m); n != 6 {
		t.Fatalf("%d retired slots loaded, want 6", n)
	}
	check("after a restart from a checkpoint")
	next := cancelled
	next.Nonce++
	if _, err := s.PlaceOrder(sign(next)); err != nil {
		t.Fatalf("the next nonce in the cancelled order's slot: %v", err)
	}
}

// TestCancelAllUpToBound refuses a cancel-all naming an order id not assigned yet (issue 16, item 7: signed
// with upToOrderId 2^40 and replayed later, it cancelled orders placed after it) and accepts the last one.
func TestCancelAllUpToBound(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1)
	id := s.place(t, order(1, mBTC, true, btcStep, price(50_000), 0, 1)).OrderID
	for _, upTo := range []uint64{id + 1, 1 << 40} {
		if _, _, err := s.CancelAllOf(wire.CancelAllMsg{AccountID: 1, UpToOrderID: upTo}); !errors.Is(err, wire.ErrUpToOrderID) {
			t.Fatalf("cancel-all up to %d with order %d the last: %v", upTo, id, err)
		}
	}
	ids, _, err := s.CancelAllOf(wire.CancelAllMsg{AccountID: 1, UpToOrderID: id})
	if err != nil || len(ids) != 1 || ids[0] != id {
		t.Fatalf("cancel-all up to the last order: %v, %v", ids, err)
	}
}
