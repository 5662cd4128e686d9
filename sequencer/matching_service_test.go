package sequencer

import (
	"bytes"
	"errors"
	"reflect"
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

// marketLog is a Listener that records a service's market data.
type marketLog struct {
	levels []book.BookEvent
	trades []book.TradeEvent
	orders []book.OrderEvent
}

func (m *marketLog) Level(e book.BookEvent)  { m.levels = append(m.levels, e) }
func (m *marketLog) Trade(e book.TradeEvent) { m.trades = append(m.trades, e) }
func (m *marketLog) Order(e book.OrderEvent) { m.orders = append(m.orders, e) }

// withdrawTo leaves account id with keep quantums of collateral, through a withdrawal on a slot no order uses.
func (s *testService) withdrawTo(t *testing.T, id uint32, keep int64) {
	t.Helper()
	a := mustAccount(t, s.tree, id)
	w := state.WithdrawalMsg{AccountID: id, Slot: 4000, Nonce: 1, ExpirySeconds: 1 << 32, AmountQuantums: uint64(a.CollateralQuantums - keep), L1Address: l1(id)}
	if _, err := s.Withdraw(devKey(id).SignWithdrawal(w)); err != nil {
		t.Fatal(err)
	}
}

// TestServiceFillOrKill runs fill-or-kill orders through the engine: a fill the engine rejects midway undoes
// the fills before it (tree, slots, fee pool and batch), removes the maker at fault and keeps the other makers.
func TestServiceFillOrKill(t *testing.T) {
	s := newService(t, 8, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	a := s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
	s.place(t, order(3, mBTC, false, 5_000, price(60_000), 0, 1))
	s.withdrawTo(t, 3, 1_000_000) // 1 USDC cannot carry the 0.005 BTC short of account 3's sell
	root, pending := s.tree.Root(), s.sealer.Pending()
	fok := order(1, mBTC, true, 10_000, price(60_000), 0, 1)
	fok.Flags = state.FlagFOK
	if _, err := s.PlaceOrder(sign(fok)); !errors.Is(err, wire.ErrFOKUnfilled) {
		t.Fatalf("error %v, want %v", err, wire.ErrFOKUnfilled)
	}
	if s.tree.Root() != root || s.sealer.Pending() != pending {
		t.Fatal("the rejected fill-or-kill order left a trace")
	}
	if _, id, _ := s.Slot(3, 0); id != 0 {
		t.Fatal("the maker at fault still rests")
	}
	if _, asks, _ := s.Depth(mBTC, 0); !slices.Equal(asks, []book.PriceLevel{{Price: price(60_000), Size: 5_000, Orders: 1}}) {
		t.Fatalf("asks %v", asks)
	}
	fok.SizeQuantums, fok.Nonce = 5_000, 2
	r := s.place(t, fok)
	if len(r.Fills) != 1 || r.Fills[0].MakerOrderID != a.OrderID || r.Remaining != 0 || r.Resting {
		t.Fatalf("%+v", r)
	}
	if acc := mustAccount(t, s.tree, 1); engine.PositionSize(&acc, mBTC) != 5_000 {
		t.Fatalf("position %d", engine.PositionSize(&acc, mBTC))
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	chainTraces(t, s)
}

// chainTraces checks that the sealed batches are one consistent chain of traces.
func chainTraces(t *testing.T, s *testService) {
	t.Helper()
	root := s.batches[0].OldAccountsRoot
	for _, b := range s.batches {
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
}

// TestServiceFillOrKillBatches checks that the fills of a fill-or-kill order share one batch: the open batch
// is sealed first when they would not fit, and an order needing more fills than a batch holds is refused.
func TestServiceFillOrKillBatches(t *testing.T) {
	s := newService(t, 2, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	s.place(t, order(2, mBTC, false, 1_000, price(60_000), 0, 1))
	s.place(t, order(3, mBTC, false, 1_000, price(60_000), 0, 1))
	s.place(t, order(2, mBTC, false, 1_000, price(60_001), 1, 1))
	fok := order(1, mBTC, true, 3_000, price(60_001), 0, 1)
	fok.Flags = state.FlagFOK
	if _, err := s.PlaceOrder(sign(fok)); !errors.Is(err, wire.ErrTooManyFills) {
		t.Fatalf("error %v, want %v", err, wire.ErrTooManyFills)
	}
	if s.sealer.Pending() != 1 {
		t.Fatalf("%d pending", s.sealer.Pending())
	}
	fok.SizeQuantums = 2_000
	r := s.place(t, fok)
	if len(r.Fills) != 2 || r.Fills[0].Batch != r.Fills[1].Batch || r.Fills[0].Batch != 3 {
		t.Fatalf("%+v", r)
	}
	if len(s.batches) != 3 || wal.TxCount(s.batches[1]) != 1 || wal.TxCount(s.batches[2]) != 2 {
		t.Fatalf("batches %d", len(s.batches))
	}
	chainTraces(t, s)
}

// TestServiceExpiry checks that a GTT order trades until its expiry and leaves the book once the clock passes
// it, between two matches.
func TestServiceExpiry(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	var ml marketLog
	defer s.OnMarketEvents(&ml)()
	gtt := order(2, mBTC, false, 5_000, price(60_000), 0, 1)
	gtt.ExpirySeconds = 2_500
	g := s.place(t, gtt)
	gtc := s.place(t, order(3, mBTC, false, 5_000, price(60_000), 0, 1))
	s.clock.Set(2_500)
	r := s.place(t, order(1, mBTC, true, 2_000, price(60_000), 0, 1))
	if len(r.Fills) != 1 || r.Fills[0].MakerOrderID != g.OrderID {
		t.Fatalf("%+v", r)
	}
	s.clock.Set(2_501)
	r = s.place(t, order(1, mBTC, true, 2_000, price(60_000), 1, 1))
	if len(r.Fills) != 1 || r.Fills[0].MakerOrderID != gtc.OrderID {
		t.Fatalf("%+v", r)
	}
	if !slices.ContainsFunc(ml.orders, func(e book.OrderEvent) bool { return e.OrderID == g.OrderID && e.Reason == book.ReasonExpired }) {
		t.Fatal("no expiry event")
	}
	// Expiry without trading: the clock alone removes an order at its time.
	short := order(2, mBTC, false, 5_000, price(61_000), 1, 1)
	short.ExpirySeconds = 2_600
	s.place(t, short)
	s.clock.Set(2_601)
	if n, err := s.ExpireOrders(); n != 1 || err != nil {
		t.Fatalf("expired %d: %v", n, err)
	}
	if n, err := s.ExpireOrders(); n != 0 || err != nil {
		t.Fatalf("expired again %d: %v", n, err)
	}
	trades, err := s.Trades(mBTC, 10)
	if err != nil || len(trades) != 2 || trades[0].MakerOrderID != gtc.OrderID || trades[1].MakerOrderID != g.OrderID ||
		trades[0].Seq <= trades[1].Seq || trades[0].Time != 2_501 {
		t.Fatalf("trades %+v %v", trades, err)
	}
	snap, err := s.OrderBook(mBTC, 1)
	if err != nil || snap.Seq != ml.levels[len(ml.levels)-1].Seq || !slices.Equal(snap.Asks, []book.PriceLevel{{Price: price(60_000), Size: 3_000, Orders: 1}}) {
		t.Fatalf("book %+v %v", snap, err)
	}
}

// TestServiceOpenOrderMargin checks the collateral check at placement: an order must be fundable with the
// account's other open orders, each side assumed to fill; reducing orders are always admitted.
func TestServiceOpenOrderMargin(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, 100_000_000, 1) // 100 USDC
	s.deposit(t, hundredK, 2)
	// 0.02 BTC at the oracle price is 1200 USDC of notional: 60 USDC of initial margin at 5%.
	s.place(t, order(1, mBTC, true, 20_000, price(60_000), 0, 1))
	if _, err := s.PlaceOrder(sign(order(1, mBTC, true, 20_000, price(60_000), 1, 1))); !errors.Is(err, wire.ErrUndercollateral) {
		t.Fatalf("second bid: %v", err)
	}
	// A bid above the oracle costs its premium at once: 0.01 BTC at 62000 needs 30 + 20 USDC, 40 are free.
	if _, err := s.PlaceOrder(sign(order(1, mBTC, true, 10_000, price(62_000), 1, 1))); !errors.Is(err, wire.ErrUndercollateral) {
		t.Fatalf("bid above the oracle: %v", err)
	}
	// Asks are not added to the bids: only the side that would leave the account worse off counts.
	s.place(t, order(1, mBTC, false, 20_000, price(61_000), 1, 1))
	s.place(t, order(2, mBTC, false, 20_000, price(59_000), 0, 1)) // fills the bid: account 1 is long 0.02
	if acc := mustAccount(t, s.tree, 1); engine.PositionSize(&acc, mBTC) != 20_000 {
		t.Fatalf("position %d", engine.PositionSize(&acc, mBTC))
	}
	if ids, _, err := s.CancelAllOf(wire.CancelAllMsg{AccountID: 1, UpToOrderID: s.nextID - 1}); err != nil || len(ids) != 1 {
		t.Fatalf("cancel all: %v %v", ids, err)
	}
	// Orders that only reduce the position are admitted whatever the margin; a larger sell is not.
	ro := order(1, mBTC, false, 20_000, price(70_000), 3, 1)
	ro.Flags = state.FlagReduceOnly
	s.place(t, ro)
	s.place(t, order(1, mBTC, false, 20_000, price(70_000), 4, 1))
	if _, err := s.PlaceOrder(sign(order(1, mBTC, false, 500_000, price(60_000), 5, 1))); !errors.Is(err, wire.ErrUndercollateral) {
		t.Fatalf("sell beyond the position: %v", err)
	}
}

// replace signs a cancel of order old and replaces it by o.
func (s *testService) replace(old uint64, o state.OrderMsg) (*book.PlaceResult, error) {
	return s.ReplaceOrder(wire.CancelMsg{AccountID: o.AccountID, OrderID: old}, sign(o))
}

// TestServiceReplaceAndCancelAll checks cancel-replace and cancel-all through the service.
func TestServiceReplaceAndCancelAll(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	first := s.place(t, order(1, mBTC, false, 5_000, price(60_000), 0, 1))
	s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
	// The replacement takes over the slot (same nonce: it continues the slot's fills) and loses priority.
	r, err := s.replace(first.OrderID, order(1, mBTC, false, 6_000, price(60_000), 0, 1))
	if err != nil || !r.Resting || r.Remaining != 6_000 || r.Seq == 0 {
		t.Fatalf("replace: %+v %v", r, err)
	}
	if _, id, _ := s.Slot(1, 0); id != r.OrderID {
		t.Fatalf("slot 0 holds order %d", id)
	}
	if _, asks, _ := s.Depth(mBTC, 0); !slices.Equal(asks, []book.PriceLevel{{Price: price(60_000), Size: 11_000, Orders: 2}}) {
		t.Fatalf("asks %v", asks)
	}
	taker := s.place(t, order(3, mBTC, true, 5_000, price(60_000), 0, 1))
	if len(taker.Fills) != 1 || taker.Fills[0].MakerAccount != 2 {
		t.Fatalf("%+v", taker)
	}
	s.place(t, order(3, mBTC, true, 1_000, price(50_000), 1, 1))
	postOnly := order(1, mBTC, false, 5_000, price(50_000), 2, 1)
	postOnly.Flags = state.FlagPostOnly
	for name, c := range map[string]struct {
		id       uint64
		cancelBy uint32
		o        state.OrderMsg
		err      error
	}{
		"gone":                   {first.OrderID, 1, order(1, mBTC, false, 5_000, price(60_000), 2, 1), wire.ErrOrderNotFound},
		"other side":             {r.OrderID, 1, order(1, mBTC, true, 5_000, price(50_000), 2, 1), wire.ErrReplaceMismatch},
		"other market":           {r.OrderID, 1, order(1, mETH, false, 100, ethPrice, 2, 1), wire.ErrReplaceMismatch},
		"post-only that crosses": {r.OrderID, 1, postOnly, wire.ErrWouldCross},
		"cancel by another":      {r.OrderID, 2, order(1, mBTC, false, 5_000, price(60_000), 1, 1), wire.ErrReplaceMismatch},
	} {
		if _, err := s.ReplaceOrder(wire.CancelMsg{AccountID: c.cancelBy, OrderID: c.id}, sign(c.o)); !errors.Is(err, c.err) {
			t.Errorf("%s: %v, want %v", name, err, c.err)
		}
	}
	if _, id, _ := s.Slot(1, 0); id != r.OrderID {
		t.Fatal("a rejected replacement removed the old order")
	}
	a := s.place(t, order(2, mBTC, false, 1_000, price(61_000), 1, 1))
	s.place(t, order(2, mBTC, true, 1_000, price(50_000), 2, 1))
	s.place(t, order(2, mETH, true, 100, ethPrice/2, 3, 1))
	late := s.place(t, order(2, mBTC, false, 1_000, price(62_000), 4, 1))
	ids, _, err := s.CancelAllOf(wire.CancelAllMsg{AccountID: 2, Market: mBTC, UpToOrderID: late.OrderID - 1})
	if err != nil || len(ids) != 2 || ids[0] != a.OrderID {
		t.Fatalf("cancel all BTC: %v %v", ids, err)
	}
	if ids, _, _ := s.CancelAllOf(wire.CancelAllMsg{AccountID: 2, UpToOrderID: s.nextID - 1}); len(ids) != 2 {
		t.Fatalf("cancel all: %v", ids)
	}
	for name, m := range map[string]wire.CancelAllMsg{
		"bad account": {AccountID: 1 << 24},
		"bad market":  {AccountID: 2, Market: 9},
		"expired":     {AccountID: 2, ExpirySeconds: 1_999},
	} {
		if _, _, err := s.CancelAllOf(m); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestServiceMatchingReplay runs every kind of matching command — orders of each type, a fill-or-kill order
// undone midway, replacements, cancel-alls and expiries — then crashes and recovers from the input log: the
// tree root and the books must come back exactly.
func TestServiceMatchingReplay(t *testing.T) {
	fs := vfs.NewCrashableMem()
	clock := newClock(2_000)
	open := func(fs vfs.FS, fresh bool) (*Service, *statedb.Tree) {
		tree, err := statedb.Open("tree", statedb.WithFS(fs), statedb.WithLogger(quiet))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { tree.Close() })
		if fresh {
			if err := tree.SetMarkets(testMarkets()); err != nil {
				t.Fatal(err)
			}
			tree.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
			if err := tree.Commit(); err != nil {
				t.Fatal(err)
			}
		}
		s, err := NewService(tree, Config{
			DataDir: "data", FS: fs, Clock: clock, MaxBatchSize: 8, Logger: quiet,
			CheckpointInterval: time.Hour, CheckpointBatches: 1 << 20,
		})
		if err != nil {
			t.Fatal(err)
		}
		return s, tree
	}
	svc, tree := open(fs, true)
	defer svc.Close()
	s := &testService{Service: svc, tree: tree, clock: clock}
	s.deposit(t, hundredK, 1, 2, 3)
	s.deposit(t, 400_000_000, 4)
	s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
	s.place(t, order(4, mBTC, false, 5_000, price(60_000), 0, 1))
	gtt := order(3, mBTC, false, 5_000, price(60_500), 0, 1)
	gtt.ExpirySeconds = 2_100
	s.place(t, gtt)
	s.place(t, order(3, mBTC, true, 3_000, price(59_000), 1, 1))
	s.withdrawTo(t, 4, 1_000_000)
	fok := order(1, mBTC, true, 10_000, price(60_000), 0, 1)
	fok.Flags = state.FlagFOK
	if _, err := s.PlaceOrder(sign(fok)); !errors.Is(err, wire.ErrFOKUnfilled) {
		t.Fatalf("fill-or-kill: %v", err)
	}
	ioc := order(1, mBTC, true, 2_000, price(60_000), 1, 1)
	ioc.Flags = state.FlagIOC
	s.place(t, ioc)
	ro := order(1, mBTC, false, 5_000, price(61_000), 2, 1)
	ro.Flags = state.FlagReduceOnly
	r := s.place(t, ro)
	if _, err := s.ReplaceOrder(wire.CancelMsg{AccountID: 1, OrderID: r.OrderID}, sign(order(1, mBTC, false, 1_000, price(61_000), 2, 1))); err != nil {
		t.Fatal(err)
	}
	s.clock.Set(2_101)
	if n, err := s.ExpireOrders(); n != 1 || err != nil {
		t.Fatalf("expired %d: %v", n, err)
	}
	if _, _, err := s.CancelAllOf(wire.CancelAllMsg{AccountID: 3, UpToOrderID: s.nextID - 1}); err != nil {
		t.Fatal(err)
	}
	s.place(t, order(3, mBTC, true, 1_000, price(59_500), 2, 1))
	root, book := s.StateDigest()
	crash := fs.CrashClone(vfs.CrashCloneCfg{})
	s2, _ := open(crash, false)
	defer s2.Close()
	root2, book2 := s2.StateDigest()
	if root2 != root || !bytes.Equal(book2, book) {
		t.Fatal("the recovered state differs")
	}
	if len(book) < 40 {
		t.Fatalf("book state of %d bytes", len(book))
	}
}

func TestLogEntryMatchingRoundTrip(t *testing.T) {
	so := sign(order(1, mBTC, true, 5_000, price(60_000), 7, 3))
	for _, e := range []wal.LogEntry{
		{Seq: 1, Kind: wal.EntryReplace, Time: 9, Order: so, Cancel: wal.CancelCmd{Account: 1, OrderID: 44, Expiry: 1 << 35}},
		{Seq: 2, Kind: wal.EntryCancelAll, Time: 9, CancelAll: wire.CancelAllMsg{AccountID: 5, Market: 2, UpToOrderID: 1 << 50, ExpirySeconds: 77}},
		{Seq: 3, Kind: wal.EntryExpire, Time: 10},
	} {
		got, err := wal.DecodeEntry(e.Seq, e.Encode(nil))
		if err != nil || !reflect.DeepEqual(got, e) {
			t.Fatalf("%v: %+v %v", e.Kind, got, err)
		}
	}
}

// TestServiceRefusedBeforeLog: an order the book would refuse for too many open orders, a reduce-only order
// with nothing to reduce, and a post-only order that would cross are refused at admission and never reach the
// input log; orders that expire by the command's time do not count against the new order.
func TestServiceRefusedBeforeLog(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	s.cfg.MarketRules[mBTC-1].MaxOpenOrders = 2
	refused := func(o state.OrderMsg, want error) {
		t.Helper()
		before := s.ilog.LastSeq()
		if _, err := s.PlaceOrder(sign(o)); !errors.Is(err, want) {
			t.Fatalf("place %+v: %v, want %v", o, err, want)
		}
		if after := s.ilog.LastSeq(); after != before {
			t.Fatalf("refused order logged (%d → %d)", before, after)
		}
	}
	short := order(1, mBTC, true, 1_000, price(59_000), 0, 1)
	short.ExpirySeconds = 2_500
	s.place(t, short)
	s.place(t, order(1, mBTC, true, 1_000, price(59_000), 1, 1))
	refused(order(1, mBTC, true, 1_000, price(59_000), 2, 1), wire.ErrTooManyOrders)
	ioc := order(1, mBTC, true, 1_000, price(59_000), 2, 1)
	ioc.Flags = state.FlagIOC
	s.place(t, ioc) // an order that may not rest is not counted
	s.clock.Set(2_501)
	s.place(t, order(1, mBTC, true, 1_000, price(59_000), 3, 1)) // the short order expires first

	ro := order(2, mBTC, false, 1_000, price(61_000), 0, 1)
	ro.Flags = state.FlagReduceOnly
	refused(ro, wire.ErrReduceOnly)

	ask := order(2, mBTC, false, 1_000, price(61_000), 1, 1)
	ask.ExpirySeconds = 2_600
	s.place(t, ask)
	po := order(3, mBTC, true, 1_000, price(61_000), 0, 1)
	po.Flags = state.FlagPostOnly
	refused(po, wire.ErrWouldCross)
	s.clock.Set(2_601)
	if r := s.place(t, po); !r.Resting || len(r.Fills) != 0 { // the ask it crossed has expired
		t.Fatalf("%+v", r)
	}
}
