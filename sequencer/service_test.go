package sequencer

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

type testService struct {
	*Service
	tree    *statedb.Tree
	clock   *fakeClock
	batches []*state.SealedBatch
}

func newService(t testing.TB, maxBatch int, wrap func(*statedb.Tree) engine.Tree) *testService {
	t.Helper()
	tree := newTree(t)
	ts := &testService{tree: tree, clock: newClock(2_000)}
	var tr engine.Tree = tree
	if wrap != nil {
		tr = wrap(tree)
	}
	s, err := NewService(tr, Config{
		DataDir: "data", FS: vfs.NewMem(), Clock: ts.clock, MaxBatchSize: maxBatch,
		OnSealed: func(b *state.SealedBatch) { ts.batches = append(ts.batches, b) }, Logger: quiet,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ts.Service = s
	return ts
}

func (s *testService) deposit(t testing.TB, amount uint64, ids ...uint32) {
	t.Helper()
	for _, id := range ids {
		if _, err := s.Deposit(depositRec(id, amount)); err != nil {
			t.Fatal(err)
		}
	}
}

// place signs and places an order of account id; it fails the test on an error.
func (s *testService) place(t testing.TB, o state.OrderMsg) *book.PlaceResult {
	t.Helper()
	r, err := s.PlaceOrder(sign(o))
	if err != nil {
		t.Fatalf("place %+v: %v", o, err)
	}
	return r
}

func price(usd uint64) uint64 { return usd * 1_000_000 }

func TestServiceMatching(t *testing.T) {
	s := newService(t, 2, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	a := s.place(t, order(2, mBTC, false, 5_000, price(60_001), 0, 1))
	b := s.place(t, order(3, mBTC, false, 5_000, price(60_000), 0, 1))
	c := s.place(t, order(2, mBTC, false, 5_000, price(60_000), 1, 1))
	for _, r := range []*book.PlaceResult{a, b, c} {
		if !r.Resting || len(r.Fills) != 0 || r.Remaining != 5_000 {
			t.Fatalf("maker result %+v", r)
		}
	}
	bids, asks, err := s.Depth(mBTC, 0)
	if err != nil || len(bids) != 0 || !slices.Equal(asks, []book.PriceLevel{{Price: price(60_000), Size: 10_000, Orders: 2}, {Price: price(60_001), Size: 5_000, Orders: 1}}) {
		t.Fatalf("depth %v %v %v", bids, asks, err)
	}
	// The taker sweeps 60000 in time order, then part of 60001, and rests the rest at its limit.
	r := s.place(t, order(1, mBTC, true, 20_000, price(60_001), 0, 1))
	want := []book.Fill{
		{MakerOrderID: b.OrderID, MakerAccount: 3, SizeQuantums: 5_000, Price: price(60_000), TakerFee: 150_000, MakerFee: 60_000, Batch: 2},
		{MakerOrderID: c.OrderID, MakerAccount: 2, SizeQuantums: 5_000, Price: price(60_000), TakerFee: 150_000, MakerFee: 60_000, Batch: 3},
		{MakerOrderID: a.OrderID, MakerAccount: 2, SizeQuantums: 5_000, Price: price(60_001), TakerFee: 150_003, MakerFee: 60_001, Batch: 3},
	}
	if !slices.Equal(r.Fills, want) || r.Remaining != 5_000 || !r.Resting || r.Stopped != nil {
		t.Fatalf("taker result %+v", r)
	}
	bids, asks, _ = s.Depth(mBTC, 0)
	if !slices.Equal(bids, []book.PriceLevel{{Price: price(60_001), Size: 5_000, Orders: 1}}) || len(asks) != 0 {
		t.Fatalf("depth after sweep %v %v", bids, asks)
	}
	// Batches of 2: deposits 1–2, deposit 3 + fill 1, fills 2–3.
	if len(s.batches) != 3 {
		t.Fatalf("%d batches sealed", len(s.batches))
	}
	if b, err := s.Seal(); b != nil || err != nil {
		t.Fatalf("explicit seal of an empty batch: %v %v", b, err)
	}
	sb := s.batches[2]
	root := s.batches[0].NewAccountsRoot
	for _, b := range s.batches[1:] {
		if b.OldAccountsRoot != root {
			t.Fatalf("batch %d does not start where the previous ended", b.Header.BatchNumber)
		}
		for i := range b.Txs[:wal.TxCount(b)] {
			root = checkTrace(t, &b.Txs[i], root)
		}
		if root != b.NewAccountsRoot {
			t.Fatalf("batch %d traces do not end at its accounts root", b.Header.BatchNumber)
		}
	}
	got, st, err := s.Batch(3)
	if err != nil || got.Header != sb.Header || st.Proof != wire.ProofPending {
		t.Fatalf("Batch(3): %v %+v", err, st)
	}
	if err := s.SetBatchStatus(3, wire.BatchStatus{Proof: wire.ProofDone, ProofHex: "abcd", L1: wire.L1Submitted}); err != nil {
		t.Fatal(err)
	}
	if _, st, _ := s.Batch(3); st.Proof != wire.ProofDone || st.L1 != wire.L1Submitted {
		t.Fatalf("status %+v", st)
	}
	if err := s.SetBatchStatus(9, wire.BatchStatus{}); !errors.Is(err, wire.ErrBatchNotFound) {
		t.Fatalf("status of a missing batch: %v", err)
	}
	acc, risk, err := s.Account(1)
	if err != nil || engine.PositionSize(&acc, mBTC) != 15_000 || risk == nil {
		t.Fatalf("account 1: %+v %v", acc, err)
	}
	if sl, id, err := s.Slot(1, 0); err != nil || sl != (state.Slot{Nonce: 1, Filled: 15_000}) || id != r.OrderID {
		t.Fatalf("slot: %+v %d %v", sl, id, err)
	}
}

func TestServiceOrderRules(t *testing.T) {
	type tc struct {
		name  string
		setup func(t *testing.T, s *testService)
		order state.OrderMsg
		key   *wire.Key
		err   error
		check func(t *testing.T, s *testService, r *book.PlaceResult)
	}
	o := func(f func(*state.OrderMsg)) state.OrderMsg {
		m := order(1, mBTC, true, 5_000, price(60_000), 0, 1)
		if f != nil {
			f(&m)
		}
		return m
	}
	restAsk := func(t *testing.T, s *testService) { s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1)) }
	cases := []tc{
		{name: "rests", order: o(nil), check: func(t *testing.T, _ *testService, r *book.PlaceResult) {
			if !r.Resting {
				t.Fatal("not resting")
			}
		}},
		{name: "unknown market", order: o(func(m *state.OrderMsg) { m.Market = 5 }), err: wire.ErrUnknownMarket},
		{name: "market 0", order: o(func(m *state.OrderMsg) { m.Market = 0 }), err: wire.ErrUnknownMarket},
		{name: "reduce-only market, plain order", setup: func(t *testing.T, s *testService) {
			m := s.tree.Markets()
			m[mBTC-1].Status = state.MarketReduceOnly
			if err := s.tree.SetMarkets(m); err != nil {
				t.Fatal(err)
			}
		}, order: o(nil), err: wire.ErrReduceOnlyMarket},
		{name: "settled market", setup: func(t *testing.T, s *testService) {
			m := s.tree.Markets()
			m[mBTC-1].Status = state.MarketSettled
			if err := s.tree.SetMarkets(m); err != nil {
				t.Fatal(err)
			}
		}, order: o(func(m *state.OrderMsg) { m.Flags = state.FlagReduceOnly }), err: wire.ErrMarketSettled},
		{name: "unknown account", order: o(func(m *state.OrderMsg) { m.AccountID = 9 }), err: wire.ErrUnknownAccount},
		{name: "bad signature", order: o(nil), key: devKey(2), err: wire.ErrBadSignature},
		{name: "size off step", order: o(func(m *state.OrderMsg) { m.SizeQuantums = 5_500 }), err: wire.ErrSizeOffStep},
		{name: "price off tick", order: o(func(m *state.OrderMsg) { m.LimitPrice++ }), err: wire.ErrPriceOffTick},
		{name: "zero size", order: o(func(m *state.OrderMsg) { m.SizeQuantums = 0 }), err: wire.ErrOutOfRange},
		{name: "expired", order: o(func(m *state.OrderMsg) { m.ExpirySeconds = 1_999 }), err: wire.ErrExpired},
		{name: "zero nonce", order: o(func(m *state.OrderMsg) { m.Nonce = 0 }), err: wire.ErrZeroNonce},
		{name: "slot 4096", order: o(func(m *state.OrderMsg) { m.Slot = 4096 }), err: wire.ErrSlotID},
		{name: "unknown flag", order: o(func(m *state.OrderMsg) { m.Flags = 1 << 4 }), err: wire.ErrMessageField},
		{name: "fill-or-kill on an empty book", order: o(func(m *state.OrderMsg) { m.Flags = state.FlagFOK }), err: wire.ErrFOKUnfilled},
		{name: "post-only IOC", order: o(func(m *state.OrderMsg) { m.Flags = state.FlagPostOnly | state.FlagIOC }), err: wire.ErrMessageField},
		{name: "max fee below taker rate", order: o(func(m *state.OrderMsg) { m.MaxFeePpm = 499 }), err: wire.ErrFeeRate},
		{name: "post-only needs only the maker rate", order: o(func(m *state.OrderMsg) { m.MaxFeePpm, m.Flags = 200, state.FlagPostOnly })},
		{name: "post-only below the maker rate", order: o(func(m *state.OrderMsg) { m.MaxFeePpm, m.Flags = 199, state.FlagPostOnly }), err: wire.ErrFeeRate},
		{name: "post-only crossing", setup: restAsk, order: o(func(m *state.OrderMsg) { m.Flags = state.FlagPostOnly }), err: wire.ErrWouldCross},
		{name: "slot in use", setup: func(t *testing.T, s *testService) {
			s.place(t, o(func(m *state.OrderMsg) { m.LimitPrice = price(50_000) }))
		},
			order: o(func(m *state.OrderMsg) { m.Nonce = 2 }), err: wire.ErrSlotInUse},
		{name: "replayed nonce", setup: func(t *testing.T, s *testService) {
			restAsk(t, s)
			s.place(t, o(func(m *state.OrderMsg) { m.Nonce = 5 }))
		}, order: o(func(m *state.OrderMsg) { m.Nonce = 4 }), err: wire.ErrNonceReused},
		{name: "resubmitted filled order", setup: func(t *testing.T, s *testService) {
			restAsk(t, s)
			s.place(t, o(nil))
		}, order: o(nil), err: wire.ErrOrderFilled},
		{name: "an IOC's slot and nonce are retired with its remainder", setup: func(t *testing.T, s *testService) {
			s.place(t, order(2, mBTC, false, 2_000, price(60_000), 0, 1))
			s.place(t, o(func(m *state.OrderMsg) { m.Flags = state.FlagIOC }))
		}, order: o(nil), err: wire.ErrOrderRetired},
		{name: "the next nonce after an IOC starts afresh", setup: func(t *testing.T, s *testService) {
			s.place(t, order(2, mBTC, false, 2_000, price(60_000), 0, 1))
			s.place(t, o(func(m *state.OrderMsg) { m.Flags = state.FlagIOC }))
		}, order: o(func(m *state.OrderMsg) { m.Nonce = 2 }), check: func(t *testing.T, _ *testService, r *book.PlaceResult) {
			if !r.Resting || r.Remaining != 5_000 {
				t.Fatalf("%+v", r)
			}
		}},
		{name: "IOC does not rest", setup: func(t *testing.T, s *testService) { s.place(t, order(2, mBTC, false, 2_000, price(60_000), 0, 1)) },
			order: o(func(m *state.OrderMsg) { m.Flags = state.FlagIOC }), check: func(t *testing.T, s *testService, r *book.PlaceResult) {
				if r.Resting || r.Remaining != 3_000 || len(r.Fills) != 1 {
					t.Fatalf("%+v", r)
				}
				if bids, _, _ := s.Depth(mBTC, 0); len(bids) != 0 {
					t.Fatalf("bids %v", bids)
				}
			}},
		{name: "self-trade cancels the maker", setup: func(t *testing.T, s *testService) {
			s.place(t, order(1, mBTC, false, 5_000, price(60_000), 1, 1))
			s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
		}, order: o(nil), check: func(t *testing.T, s *testService, r *book.PlaceResult) {
			if len(r.Fills) != 1 || r.Fills[0].MakerAccount != 2 || r.Resting {
				t.Fatalf("%+v", r)
			}
			// The reply names the taker's own order it cancelled (issue 16: it was cancelled silently).
			if len(r.SelfTradeCancelled) != 1 || r.SelfTradeCancelled[0] != 1 {
				t.Fatalf("self-trade cancelled %v, want [1]", r.SelfTradeCancelled)
			}
			if _, asks, _ := s.Depth(mBTC, 0); len(asks) != 0 {
				t.Fatalf("asks %v", asks)
			}
		}},
		{name: "a fill-or-kill self-trade names the maker it cancelled", setup: func(t *testing.T, s *testService) {
			s.place(t, order(1, mBTC, false, 5_000, price(60_000), 1, 1))
			s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
		}, order: o(func(m *state.OrderMsg) { m.Flags = state.FlagFOK }), check: func(t *testing.T, s *testService, r *book.PlaceResult) {
			if len(r.Fills) != 1 || len(r.SelfTradeCancelled) != 1 || r.SelfTradeCancelled[0] != 1 {
				t.Fatalf("%+v", r)
			}
		}},
		{name: "maker rejected by the engine is removed", setup: func(t *testing.T, s *testService) {
			s.deposit(t, 400_000_000, 3)
			s.place(t, order(3, mBTC, false, 5_000, price(60_000), 0, 1))
			s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
			s.withdrawTo(t, 3, 1_000_000) // 1 USDC cannot carry the 0.005 BTC short of the resting sell
		}, order: o(nil), check: func(t *testing.T, s *testService, r *book.PlaceResult) {
			if len(r.Fills) != 1 || r.Fills[0].MakerAccount != 2 {
				t.Fatalf("%+v", r)
			}
			if _, id, _ := s.Slot(3, 0); id != 0 {
				t.Fatal("rejected maker still holds its slot")
			}
		}},
		{name: "taker without margin for its open orders", setup: func(t *testing.T, s *testService) {
			s.deposit(t, 14_900_000, 3) // 14.90 USDC < 5% of 300
			s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
		}, order: order(3, mBTC, true, 5_000, price(60_000), 0, 1), err: wire.ErrUndercollateral},
		{name: "taker rejected by the engine", setup: func(t *testing.T, s *testService) {
			s.deposit(t, 15_100_000, 3) // 15.10 USDC: the 15 USDC initial margin, not the 0.15 USDC fee on top
			s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
		}, order: order(3, mBTC, true, 5_000, price(60_000), 0, 1), err: wire.ErrUndercollateral, check: func(t *testing.T, s *testService, _ *book.PlaceResult) {
			if _, asks, _ := s.Depth(mBTC, 0); len(asks) != 1 {
				t.Fatal("maker removed for the taker's fault")
			}
		}},
		{name: "reduce-only without a position", order: o(func(m *state.OrderMsg) { m.Flags = state.FlagReduceOnly }), err: wire.ErrReduceOnly},
		{name: "reduce-only is clamped to the position", setup: func(t *testing.T, s *testService) {
			s.place(t, order(2, mBTC, false, 3_000, price(60_000), 0, 1))
			s.place(t, o(func(m *state.OrderMsg) { m.Slot, m.SizeQuantums = 1, 3_000 })) // account 1 long 3000
			s.place(t, order(2, mBTC, true, 10_000, price(60_000), 1, 1))
		}, order: o(func(m *state.OrderMsg) { m.IsBuy, m.Flags, m.Slot = false, state.FlagReduceOnly, 2 }),
			check: func(t *testing.T, s *testService, r *book.PlaceResult) {
				if len(r.Fills) != 1 || r.Fills[0].SizeQuantums != 3_000 || r.Resting || !errors.Is(r.Stopped, wire.ErrReduceOnly) {
					t.Fatalf("%+v", r)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newService(t, 32, nil)
			s.deposit(t, hundredK, 1, 2)
			if c.setup != nil {
				c.setup(t, s)
			}
			k := c.key
			if k == nil {
				k = devKey(c.order.AccountID)
			}
			bids0, asks0, _ := s.Depth(mBTC, 0)
			r, err := s.PlaceOrder(k.SignOrder(c.order))
			if c.err != nil {
				if !errors.Is(err, c.err) || r != nil {
					t.Fatalf("error %v, want %v", err, c.err)
				}
				if bids, asks, _ := s.Depth(mBTC, 0); !slices.Equal(bids, bids0) || !slices.Equal(asks, asks0) {
					t.Fatal("rejected order changed the book")
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if c.check != nil {
				c.check(t, s, r)
			}
		})
	}
}

func TestServiceCancelWithdrawExpire(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1, 2)
	r := s.place(t, order(1, mBTC, true, 5_000, price(50_000), 0, 1))
	w := state.WithdrawalMsg{AccountID: 1, Slot: 0, Nonce: 2, ExpirySeconds: 3_000, AmountQuantums: 1_000_000, L1Address: l1(1)}
	if _, err := s.Withdraw(devKey(1).SignWithdrawal(w)); !errors.Is(err, wire.ErrSlotInUse) {
		t.Fatalf("withdrawal on a resting order's slot: %v", err)
	}
	if o, err := s.CancelOrder(r.OrderID); err != nil || o.ID != r.OrderID {
		t.Fatalf("cancel: %v", err)
	}
	if _, err := s.CancelOrder(r.OrderID); !errors.Is(err, wire.ErrOrderNotFound) {
		t.Fatalf("second cancel: %v", err)
	}
	n, err := s.Withdraw(devKey(1).SignWithdrawal(w))
	if err != nil || n != 1 {
		t.Fatalf("withdraw: %d %v", n, err)
	}
	if a, _, _ := s.Account(1); a.CollateralQuantums != hundredK-1_000_000 {
		t.Fatalf("collateral %d", a.CollateralQuantums)
	}
	if _, err := s.Withdraw(devKey(1).SignWithdrawal(w)); !errors.Is(err, wire.ErrNonceReused) {
		t.Fatalf("replayed withdrawal: %v", err)
	}

	// An order expiring at 2500 rests until a batch opens after it.
	short := order(2, mBTC, false, 5_000, price(70_000), 0, 1)
	short.ExpirySeconds = 2_500
	s.place(t, short)
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	s.clock.Set(2_501)
	s.deposit(t, 1, 1)
	if _, asks, _ := s.Depth(mBTC, 0); len(asks) != 0 {
		t.Fatalf("expired order still resting: %v", asks)
	}
	if _, _, err := s.Account(7); !errors.Is(err, wire.ErrUnknownAccount) {
		t.Fatalf("empty account: %v", err)
	}
}

func TestServiceFatal(t *testing.T) {
	s := newService(t, 2, func(tr *statedb.Tree) engine.Tree { return failingCommit{tr} })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	s.deposit(t, hundredK, 1)
	_, err := s.Deposit(depositRec(2, 1))
	if !wire.IsFatal(err) || !errors.Is(err, errDisk) {
		t.Fatalf("deposit that fills a batch with a failing commit: %v", err)
	}
	if err := <-done; !errors.Is(err, errDisk) {
		t.Fatalf("Run returned %v", err)
	}
	if _, err := s.PlaceOrder(sign(order(1, mBTC, true, 5_000, price(60_000), 0, 1))); !errors.Is(err, wire.ErrStopped) {
		t.Fatalf("order after a fatal error: %v", err)
	}
	if _, err := s.Seal(); !errors.Is(err, wire.ErrStopped) {
		t.Fatalf("seal after a fatal error: %v", err)
	}
}

func TestServiceRunSeals(t *testing.T) {
	s := newService(t, 32, nil)
	s.Service.cfg.SealInterval = time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	s.deposit(t, 1, 1)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if b, _, err := s.Batch(1); err == nil {
			if wal.TxCount(b) != 1 {
				t.Fatalf("batch 1 holds %d txs", wal.TxCount(b))
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run did not seal")
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v", err)
	}
}

// TestServiceRandom drives random orders, cancels, deposits and withdrawals through the service and checks the
// invariants after every step: collateral is conserved (Σ collateral + fee pool = deposits − withdrawals),
// positions net to zero per market, the book is never crossed, and every sealed batch is a consistent chain of
// traces.
func TestServiceRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 0))
	s := newService(t, 8, nil)
	const accounts = 5
	var deposited, withdrawn int64
	for id := uint32(1); id <= accounts; id++ {
		amt := 1_000_000_000 + r.Int64N(20_000_000_000)
		s.deposit(t, uint64(amt), id)
		deposited += amt
	}
	nonces := map[uint32]uint32{}
	next := func(id uint32) (uint16, uint32) {
		nonces[id]++
		return uint16(nonces[id] % 64), nonces[id]
	}
	var resting []uint64
	for step := 0; step < 250; step++ {
		id := 1 + uint32(r.IntN(accounts))
		switch op := r.IntN(20); {
		case op < 14:
			slot, nonce := next(id)
			m := order(id, mBTC, r.IntN(2) == 0, btcStep*(1+r.Uint64N(20)), price(59_990+r.Uint64N(20)), slot, nonce)
			m.Flags = []uint8{0, 0, 0, state.FlagIOC, state.FlagPostOnly}[r.IntN(5)]
			res, err := s.PlaceOrder(sign(m))
			if err == nil && res.Resting {
				resting = append(resting, res.OrderID)
			} else if err != nil && !errors.Is(err, wire.ErrWouldCross) && !errors.Is(err, wire.ErrSlotInUse) && !errors.Is(err, wire.ErrUndercollateral) {
				t.Fatalf("step %d: %v", step, err)
			}
		case op < 16 && len(resting) > 0:
			i := r.IntN(len(resting))
			s.CancelOrder(resting[i])
			resting = slices.Delete(resting, i, i+1)
		case op < 18:
			amt := int64(1 + r.IntN(1_000_000_000))
			s.deposit(t, uint64(amt), id)
			deposited += amt
		default:
			slot, nonce := next(id)
			amt := uint64(1 + r.IntN(2_000_000_000))
			w := state.WithdrawalMsg{AccountID: id, Slot: slot, Nonce: nonce, ExpirySeconds: 1 << 32, AmountQuantums: amt, L1Address: l1(id)}
			_, err := s.Withdraw(devKey(id).SignWithdrawal(w))
			switch {
			case err == nil:
				withdrawn += int64(amt)
			case !errors.Is(err, wire.ErrInsufficientFunds) && !errors.Is(err, wire.ErrUndercollateral) && !errors.Is(err, wire.ErrSlotInUse):
				t.Fatalf("step %d: withdraw: %v", step, err)
			}
		}
		if step%10 == 0 {
			s.clock.Set(2_000 + int64(step))
		}
		var coll, net int64
		for id := uint32(1); id <= accounts; id++ {
			a := mustAccount(t, s.tree, id)
			coll += a.CollateralQuantums
			net += engine.PositionSize(&a, mBTC)
		}
		if fee := int64(s.tree.Globals().FeePoolQuantums); coll+fee != deposited-withdrawn {
			t.Fatalf("step %d: Σ collateral %d + fees %d ≠ deposits − withdrawals %d", step, coll, fee, deposited-withdrawn)
		}
		if net != 0 {
			t.Fatalf("step %d: positions net to %d", step, net)
		}
		if bb, ok := s.books[0].BestBid(); ok {
			if ba, ok := s.books[0].BestAsk(); ok && ba.Price <= bb.Price {
				t.Fatalf("step %d: book crossed: bid %d ask %d", step, bb.Price, ba.Price)
			}
		}
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	root := s.batches[0].OldAccountsRoot
	trades := 0
	for _, b := range s.batches {
		if b.OldAccountsRoot != root {
			t.Fatalf("batch %d does not start where the previous ended", b.Header.BatchNumber)
		}
		for i := range b.Txs[:wal.TxCount(b)] {
			root = checkTrace(t, &b.Txs[i], root)
			if b.Txs[i].Record.Trade != nil {
				trades++
			}
		}
		if root != b.NewAccountsRoot {
			t.Fatalf("batch %d traces do not end at its accounts root", b.Header.BatchNumber)
		}
	}
	t.Logf("%d batches, %d trades", len(s.batches), trades)
}
