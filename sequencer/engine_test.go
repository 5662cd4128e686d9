package sequencer

import (
	"errors"
	"reflect"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

const hundredK = 100_000_000_000 // 100,000 USDC in quantums

func newEngine(t testing.TB) (*engine.Engine, *statedb.Tree) {
	t.Helper()
	tr := newTree(t)
	return engine.NewEngine(tr), tr
}

func TestDeposit(t *testing.T) {
	other := devKey(9).PubKey().Compressed()
	cases := []struct {
		name      string
		setup     func(*engine.Engine)
		rec       state.DepositRecord
		err       error
		wantTrace bool
	}{
		{name: "creates account", rec: depositRec(1, 5)},
		{name: "adds to own account", setup: func(e *engine.Engine) { fund(t, e, 5, 1) }, rec: depositRec(1, 7)},
		{name: "max amount", rec: depositRec(1, state.MaxAmount-1)},
		{name: "zero amount", rec: depositRec(1, 0), err: wire.ErrAmount, wantTrace: true},
		{name: "amount 2^56", rec: depositRec(1, state.MaxAmount), err: wire.ErrAmount},
		{name: "other key", setup: func(e *engine.Engine) { fund(t, e, 5, 1) },
			rec: state.DepositRecord{AccountID: 1, AmountQuantums: 1, L1Address: l1(1), PubKey: other}, err: wire.ErrOwnerMismatch, wantTrace: true},
		{name: "other address", setup: func(e *engine.Engine) { fund(t, e, 5, 1) },
			rec: state.DepositRecord{AccountID: 1, AmountQuantums: 1, L1Address: l1(2), PubKey: devKey(1).PubKey().Compressed()}, err: wire.ErrOwnerMismatch, wantTrace: true},
		{name: "key not on curve", rec: state.DepositRecord{AccountID: 1, AmountQuantums: 1, PubKey: [32]byte{0x7f, 0xff, 3}}, err: wire.ErrBadPubKey},
		{name: "account id 2^24", rec: depositRec(1<<state.AccountTreeDepth, 1), err: wire.ErrAccountID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, tree := newEngine(t)
			if c.setup != nil {
				c.setup(e)
			}
			root0, before := tree.AccountsRoot(), mustAccount(t, tree, c.rec.AccountID)
			tr, err := e.Deposit(c.rec)
			if c.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if got := checkTrace(t, tr, root0); got != tree.AccountsRoot() {
					t.Fatal("trace does not end at the tree's root")
				}
				after := mustAccount(t, tree, c.rec.AccountID)
				if after.CollateralQuantums != before.CollateralQuantums+int64(c.rec.AmountQuantums) ||
					after.PubKey != devKey(1).PubKey() || after.L1Address != l1(1) {
					t.Fatalf("account after deposit: %+v", after)
				}
				if *tr.Record.Deposit != c.rec {
					t.Fatalf("record %+v", tr.Record.Deposit)
				}
				return
			}
			wantRule(t, err, c.err, wire.PartyA)
			if (tr != nil) != c.wantTrace {
				t.Fatalf("trace returned: %v, want %v", tr != nil, c.wantTrace)
			}
			if tr != nil {
				checkTrace(t, tr, root0)
			}
			if tree.AccountsRoot() != root0 {
				t.Fatal("rejected deposit changed the tree")
			}
		})
	}
}

func mustAccount(t testing.TB, tree *statedb.Tree, id uint32) state.Account {
	t.Helper()
	if id >= 1<<state.AccountTreeDepth {
		return state.Account{}
	}
	a, err := tree.Account(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestTradeValid(t *testing.T) {
	e, tree := newEngine(t)
	fund(t, e, hundredK, 1, 2)
	taker := sign(order(1, mBTC, true, 10_000, 61_000_000_000, 0, 1))
	maker := sign(order(2, mBTC, false, 20_000, btcPrice, 3, 9))
	root0, g0 := tree.AccountsRoot(), tree.Globals()
	tr, err := e.Trade(taker, maker, 10_000)
	if err != nil {
		t.Fatal(err)
	}
	if checkTrace(t, tr, root0) != tree.AccountsRoot() {
		t.Fatal("trace does not end at the tree's root")
	}
	// quote = 10^4 · 6·10^10 / 10^6 = 6·10^8; taker fee ⌈6·10^8 · 500 / 10^6⌉ = 300000, maker 120000.
	want := state.TradeRecord{Market: mBTC, TakerIsBuy: true, TakerAccount: 1, MakerAccount: 2, SizeQuantums: 10_000,
		Price: btcPrice, TakerFee: 300_000, MakerFee: 120_000, TakerFeePpm: 500, MakerFeePpm: 200, TakerSlot: 0, TakerNonce: 1,
		MakerSlot: 3, MakerNonce: 9}
	if *tr.Record.Trade != want {
		t.Fatalf("record %+v\nwant   %+v", *tr.Record.Trade, want)
	}
	a, b := mustAccount(t, tree, 1), mustAccount(t, tree, 2)
	if a.CollateralQuantums != hundredK-600_000_000-300_000 || b.CollateralQuantums != hundredK+600_000_000-120_000 {
		t.Fatalf("collateral %d %d", a.CollateralQuantums, b.CollateralQuantums)
	}
	if a.Positions[0] != (state.Position{Market: mBTC, SizeQuantums: 10_000, FundingIndex: 7}) ||
		b.Positions[0] != (state.Position{Market: mBTC, SizeQuantums: -10_000, FundingIndex: 7}) {
		t.Fatalf("positions %+v %+v", a.Positions[0], b.Positions[0])
	}
	if g := tree.Globals(); g.FeePoolQuantums != g0.FeePoolQuantums+420_000 {
		t.Fatalf("fee pool %d", g.FeePoolQuantums)
	}
	if tr.SlotA.After != (state.Slot{Nonce: 1, Filled: 10_000}) || tr.SlotB.After != (state.Slot{Nonce: 9, Filled: 10_000}) {
		t.Fatalf("slots %+v %+v", tr.SlotA.After, tr.SlotB.After)
	}
	if tr.Taker.Msg != taker.Msg || tr.Maker.Msg != maker.Msg {
		t.Fatal("trace does not carry the orders")
	}

	// The maker continues under the same nonce; the taker side is a new account 3 selling its way back.
	fund(t, e, hundredK, 3)
	taker2 := sign(order(3, mBTC, true, 10_000, btcPrice, 0, 1))
	root1 := tree.AccountsRoot()
	tr, err = e.Trade(taker2, maker, 10_000)
	if err != nil {
		t.Fatal(err)
	}
	checkTrace(t, tr, root1)
	if tr.SlotB.After != (state.Slot{Nonce: 9, Filled: 20_000}) {
		t.Fatalf("maker slot %+v", tr.SlotB.After)
	}
	root2 := tree.AccountsRoot()
	tr, err = e.Trade(sign(order(3, mBTC, true, 10_000, btcPrice, 1, 1)), maker, 1_000)
	wantRule(t, err, wire.ErrOverfill, wire.PartyB)
	checkTrace(t, tr, root2)
	if tree.AccountsRoot() != root2 {
		t.Fatal("rejected trade changed the tree")
	}

	// Account 1 sells its whole position back: the position slot is reset to empty.
	closeMaker := sign(order(2, mBTC, true, 10_000, btcPrice, 4, 1))
	closeTaker := sign(order(1, mBTC, false, 10_000, btcPrice, 1, 1))
	if _, err := e.Trade(closeTaker, closeMaker, 10_000); err != nil {
		t.Fatal(err)
	}
	if a := mustAccount(t, tree, 1); !a.Positions[0].IsEmpty() {
		t.Fatalf("closed position not reset: %+v", a.Positions[0])
	}
}

func TestTradeRejected(t *testing.T) {
	type tc struct {
		name      string
		setup     func(t *testing.T, e *engine.Engine, tree *statedb.Tree)
		taker     func(*state.OrderMsg)
		maker     func(*state.OrderMsg)
		signTaker *wire.Key
		signMaker *wire.Key
		q         uint64 // 10_000 when 0, unless zero is set
		zero      bool
		err       error
		party     wire.Party
		noTrace   bool
	}
	setMarket := func(f func(*state.Market)) func(*testing.T, *engine.Engine, *statedb.Tree) {
		return func(t *testing.T, _ *engine.Engine, tree *statedb.Tree) {
			m := tree.Markets()
			f(&m[mBTC-1])
			if err := tree.SetMarkets(m); err != nil {
				t.Fatal(err)
			}
		}
	}
	cases := []tc{
		{name: "valid at the fee cap", taker: func(o *state.OrderMsg) { o.MaxFeePpm = 500 }, maker: func(o *state.OrderMsg) { o.MaxFeePpm = 200 }},
		{name: "taker bad signature", signTaker: devKey(9), err: wire.ErrBadSignature, party: wire.PartyA},
		{name: "maker bad signature", signMaker: devKey(9), err: wire.ErrBadSignature, party: wire.PartyB},
		{name: "market mismatch", maker: func(o *state.OrderMsg) { o.Market = mETH }, err: wire.ErrMarketMismatch, party: wire.PartyB},
		{name: "same side", maker: func(o *state.OrderMsg) { o.IsBuy = true }, err: wire.ErrSameSide, party: wire.PartyB},
		{name: "self trade other slot", maker: func(o *state.OrderMsg) { o.AccountID = 1 }, signMaker: devKey(1), err: wire.ErrSelfTrade, party: wire.PartyB},
		{name: "self trade same slot", maker: func(o *state.OrderMsg) { o.AccountID, o.Slot, o.Nonce = 1, 0, 2 }, signMaker: devKey(1), err: wire.ErrSelfTrade, party: wire.PartyB},
		{name: "reduce-only market, opening positions", setup: setMarket(func(m *state.Market) { m.Status = state.MarketReduceOnly }), err: wire.ErrReduceOnlyMarket, party: wire.PartyA},
		{name: "settled market", setup: setMarket(func(m *state.Market) { m.Status = state.MarketSettled }), err: wire.ErrMarketNotActive, party: wire.PartyA},
		{name: "unlisted market", taker: func(o *state.OrderMsg) { o.Market = 5 }, maker: func(o *state.OrderMsg) { o.Market = 5 }, err: wire.ErrMarketNotActive, party: wire.PartyA},
		{name: "market 0", taker: func(o *state.OrderMsg) { o.Market = 0 }, err: wire.ErrUnknownMarket, party: wire.PartyA, noTrace: true},
		{name: "market 9", taker: func(o *state.OrderMsg) { o.Market = 9 }, err: wire.ErrUnknownMarket, party: wire.PartyA, noTrace: true},
		{name: "taker expired", taker: func(o *state.OrderMsg) { o.ExpirySeconds = 999 }, err: wire.ErrExpired, party: wire.PartyA},
		{name: "taker expires at batch time", taker: func(o *state.OrderMsg) { o.ExpirySeconds = 1_000 }},
		{name: "maker expired", maker: func(o *state.OrderMsg) { o.ExpirySeconds = 999 }, err: wire.ErrExpired, party: wire.PartyB},
		{name: "expiry 2^40", taker: func(o *state.OrderMsg) { o.ExpirySeconds = 1 << 40 }, err: wire.ErrMessageField, party: wire.PartyA},
		{name: "max fee above 10^6", maker: func(o *state.OrderMsg) { o.MaxFeePpm = state.MaxFeePpm + 1 }, err: wire.ErrMessageField, party: wire.PartyB},
		{name: "zero fill", zero: true, err: wire.ErrZeroSize, party: wire.PartyA},
		{name: "fill off step", q: 10_500, err: wire.ErrSizeOffStep, party: wire.PartyA},
		{name: "taker size off step", taker: func(o *state.OrderMsg) { o.SizeQuantums = 10_500 }, err: wire.ErrSizeOffStep, party: wire.PartyA},
		{name: "maker price off tick", maker: func(o *state.OrderMsg) { o.LimitPrice = btcPrice + 500_000 }, err: wire.ErrPriceOffTick, party: wire.PartyB},
		{name: "maker price 2^48", maker: func(o *state.OrderMsg) { o.LimitPrice = state.MaxPrice }, taker: func(o *state.OrderMsg) { o.LimitPrice = state.MaxPrice },
			err: wire.ErrMessageField, party: wire.PartyA},
		{name: "taker buy limit below maker", taker: func(o *state.OrderMsg) { o.LimitPrice = btcPrice - btcTick }, err: wire.ErrPriceNotCrossing, party: wire.PartyA},
		{name: "taker sell limit above maker", taker: func(o *state.OrderMsg) { o.IsBuy, o.LimitPrice = false, btcPrice+btcTick },
			maker: func(o *state.OrderMsg) { o.IsBuy = true }, err: wire.ErrPriceNotCrossing, party: wire.PartyA},
		{name: "taker sell at the maker price", taker: func(o *state.OrderMsg) { o.IsBuy, o.LimitPrice = false, btcPrice },
			maker: func(o *state.OrderMsg) { o.IsBuy = true }},
		{name: "zero nonce", taker: func(o *state.OrderMsg) { o.Nonce = 0 }, err: wire.ErrZeroNonce, party: wire.PartyA},
		{name: "replayed nonce", setup: useSlot(1, 0, 5), err: wire.ErrNonceReused, party: wire.PartyA},
		{name: "continued nonce", setup: useSlot(1, 0, 1), q: 9_000},
		{name: "continued nonce overfills", setup: useSlot(1, 0, 1), err: wire.ErrOverfill, party: wire.PartyA},
		{name: "slot consumed by a withdrawal", setup: consumeSlot(2, 3, 1), maker: func(o *state.OrderMsg) { o.Nonce = 1 }, err: wire.ErrOverfill, party: wire.PartyB, noTrace: true},
		{name: "taker overfill", taker: func(o *state.OrderMsg) { o.SizeQuantums = 5_000 }, err: wire.ErrOverfill, party: wire.PartyA},
		{name: "maker overfill", maker: func(o *state.OrderMsg) { o.SizeQuantums = 5_000 }, err: wire.ErrOverfill, party: wire.PartyB},
		{name: "taker fee above cap", taker: func(o *state.OrderMsg) { o.MaxFeePpm = 499 }, err: wire.ErrFeeAboveCap, party: wire.PartyA},
		{name: "maker fee above cap", maker: func(o *state.OrderMsg) { o.MaxFeePpm = 199 }, err: wire.ErrFeeAboveCap, party: wire.PartyB},
		{name: "isolated to another market", setup: isolate(1, mETH), err: wire.ErrIsolatedMarket, party: wire.PartyA},
		{name: "isolated to this market", setup: isolate(1, mBTC)},
		{name: "taker undercollateralized", taker: func(o *state.OrderMsg) { o.SizeQuantums = 40_000_000 },
			maker: func(o *state.OrderMsg) { o.SizeQuantums = 40_000_000 }, q: 40_000_000, err: wire.ErrUndercollateral, party: wire.PartyA},
		{name: "maker undercollateralized", setup: func(t *testing.T, e *engine.Engine, _ *statedb.Tree) { fund(t, e, hundredK*100, 1) },
			taker: func(o *state.OrderMsg) { o.SizeQuantums = 40_000_000 },
			maker: func(o *state.OrderMsg) { o.SizeQuantums = 40_000_000 }, q: 40_000_000, err: wire.ErrUndercollateral, party: wire.PartyB},
		{name: "position bound", setup: setPosition(1, mBTC, state.MaxSize-500), err: wire.ErrPositionBounds, party: wire.PartyA},
		{name: "account id 2^24", maker: func(o *state.OrderMsg) { o.AccountID = 1 << 24 }, err: wire.ErrAccountID, party: wire.PartyB, noTrace: true},
		{name: "slot 4096", taker: func(o *state.OrderMsg) { o.Slot = 4096 }, err: wire.ErrSlotID, party: wire.PartyA, noTrace: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, tree := newEngine(t)
			fund(t, e, hundredK, 1, 2)
			if c.setup != nil {
				c.setup(t, e, tree)
			}
			to := order(1, mBTC, true, 10_000, btcPrice, 0, 1)
			mo := order(2, mBTC, false, 10_000, btcPrice, 3, 1)
			if c.taker != nil {
				c.taker(&to)
			}
			if c.maker != nil {
				c.maker(&mo)
			}
			kt, km := c.signTaker, c.signMaker
			if kt == nil {
				kt = devKey(1)
			}
			if km == nil {
				km = devKey(2)
			}
			q := c.q
			if q == 0 && !c.zero {
				q = 10_000
			}
			root0, g0 := tree.AccountsRoot(), tree.Globals()
			before := snapshotTrade(t, tree, &to, &mo)
			tr, err := e.Trade(kt.SignOrder(to), km.SignOrder(mo), q)
			if c.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if checkTrace(t, tr, root0) != tree.AccountsRoot() {
					t.Fatal("trace does not end at the tree's root")
				}
				return
			}
			wantRule(t, err, c.err, c.party)
			if (tr == nil) != c.noTrace {
				t.Fatalf("trace returned: %v, want %v", tr != nil, !c.noTrace)
			}
			if tr != nil {
				checkTrace(t, tr, root0)
				if tr.Record.Trade == nil || tr.Taker == nil || tr.Maker == nil || tr.SlotA == nil || tr.SlotB == nil {
					t.Fatal("incomplete trace")
				}
				// A field beyond its width (ErrMessageField) has no compact record: that trace is never proven.
				if _, err := tr.Record.EncodeCompact(); err != nil && !(errors.Is(c.err, wire.ErrMessageField) && errors.Is(err, state.ErrUnencodable)) {
					t.Fatalf("record of a returned trace does not encode: %v", err)
				}
			}
			if tree.AccountsRoot() != root0 || tree.Globals() != g0 || snapshotTrade(t, tree, &to, &mo) != before {
				t.Fatal("rejected trade changed the tree")
			}
			if err := tree.Commit(); err != nil {
				t.Fatalf("commit after a rejected trade: %v", err)
			}
		})
	}
}

// tradeSnapshot is what a trade may change in the tree besides the roots: both accounts and both order slots.
type tradeSnapshot struct {
	a, b         state.Account
	slotA, slotB state.Slot
}

func snapshotTrade(t *testing.T, tree *statedb.Tree, taker, maker *state.OrderMsg) tradeSnapshot {
	t.Helper()
	var s tradeSnapshot
	s.a, s.b = mustAccount(t, tree, taker.AccountID), mustAccount(t, tree, maker.AccountID)
	for _, x := range []struct {
		o    *state.OrderMsg
		slot *state.Slot
	}{{taker, &s.slotA}, {maker, &s.slotB}} {
		if x.o.AccountID < 1<<state.AccountTreeDepth && x.o.Slot < 1<<state.SlotTreeDepth {
			var err error
			if *x.slot, err = tree.Slot(x.o.AccountID, x.o.Slot); err != nil {
				t.Fatal(err)
			}
		}
	}
	return s
}

// TestTraceWrittenOrNot checks that a transition's trace does not depend on whether the engine writes its
// updates as it builds them (the transition is valid so far) or computes them without writing (a rule already
// failed): the same trade or transfer, valid, rejected after its first account (the second signature is bad)
// and rejected before any update (the first signature is bad), gives the same updates, for accounts whose
// paths meet at the bottom, in the middle and at the top of the tree.
func TestTraceWrittenOrNot(t *testing.T) {
	pairs := [][2]uint32{{1, 2}, {4, 5}, {1, 1 << 12}, {3, 1<<24 - 1}, {1 << 23, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		type run struct {
			name string
			tx   func(e *engine.Engine) (*state.TxTrace, error)
			err  error
		}
		bad := devKey(99)
		to, mo := order(a, mBTC, true, 10_000, btcPrice, 5, 1), order(b, mBTC, false, 10_000, btcPrice, 4095, 1)
		tm := state.TransferMsg{FromAccount: a, ToAccount: b, Slot: 9, Nonce: 1, ExpirySeconds: 1 << 32, AmountQuantums: 1_000}
		for _, runs := range [][]run{{
			{"valid trade", func(e *engine.Engine) (*state.TxTrace, error) { return e.Trade(sign(to), sign(mo), 10_000) }, nil},
			{"maker signature bad", func(e *engine.Engine) (*state.TxTrace, error) { return e.Trade(sign(to), bad.SignOrder(mo), 10_000) }, wire.ErrBadSignature},
			{"taker signature bad", func(e *engine.Engine) (*state.TxTrace, error) { return e.Trade(bad.SignOrder(to), sign(mo), 10_000) }, wire.ErrBadSignature},
		}, {
			{"valid transfer", func(e *engine.Engine) (*state.TxTrace, error) { return e.Transfer(devKey(a).SignTransfer(tm)) }, nil},
			{"sender signature bad", func(e *engine.Engine) (*state.TxTrace, error) { return e.Transfer(bad.SignTransfer(tm)) }, wire.ErrBadSignature},
		}} {
			var want *state.TxTrace
			for _, r := range runs {
				e, tree := newEngine(t)
				fund(t, e, hundredK, a, b, 6)
				root0 := tree.AccountsRoot()
				tr, err := r.tx(e)
				if !errors.Is(err, r.err) || (err != nil) != (r.err != nil) || tr == nil {
					t.Fatalf("accounts %d, %d, %s: error %v, want %v", a, b, r.name, err, r.err)
				}
				if r.err == nil && checkTrace(t, tr, root0) != tree.AccountsRoot() {
					t.Fatalf("accounts %d, %d, %s: trace does not end at the tree's root", a, b, r.name)
				}
				if want == nil {
					want = tr
					continue
				}
				for i, u := range [][2]any{{tr.A, want.A}, {tr.B, want.B}, {tr.SlotA, want.SlotA}, {tr.SlotB, want.SlotB}} {
					if !reflect.DeepEqual(u[0], u[1]) {
						t.Fatalf("accounts %d, %d, %s: update %s differs from the valid transition's", a, b, r.name, []string{"A", "B", "SlotA", "SlotB"}[i])
					}
				}
			}
		}
	}
}

// useSlot fills 1000 of an order of account id in slot s with nonce n against a fresh counterparty.
func useSlot(id uint32, s uint16, n uint32) func(*testing.T, *engine.Engine, *statedb.Tree) {
	return func(t *testing.T, e *engine.Engine, _ *statedb.Tree) {
		fund(t, e, hundredK, 7)
		o := sign(order(id, mBTC, true, 10_000, btcPrice, s, n))
		m := sign(order(7, mBTC, false, 1_000, btcPrice, 0, 1))
		if _, err := e.Trade(o, m, 1_000); err != nil {
			t.Fatal(err)
		}
	}
}

// consumeSlot withdraws 1 quantum from account id with slot s and nonce n.
func consumeSlot(id uint32, s uint16, n uint32) func(*testing.T, *engine.Engine, *statedb.Tree) {
	return func(t *testing.T, e *engine.Engine, _ *statedb.Tree) {
		w := state.WithdrawalMsg{AccountID: id, Slot: s, Nonce: n, ExpirySeconds: 1 << 32, AmountQuantums: 1, L1Address: l1(id)}
		if _, err := e.Withdraw(devKey(id).SignWithdrawal(w)); err != nil {
			t.Fatal(err)
		}
	}
}

func isolate(id uint32, m uint8) func(*testing.T, *engine.Engine, *statedb.Tree) {
	return func(t *testing.T, _ *engine.Engine, tree *statedb.Tree) {
		a := mustAccount(t, tree, id)
		a.MarginMode = uint16(m)
		if err := tree.SetAccount(id, a); err != nil {
			t.Fatal(err)
		}
	}
}

func setPosition(id uint32, m uint8, size int64) func(*testing.T, *engine.Engine, *statedb.Tree) {
	return func(t *testing.T, _ *engine.Engine, tree *statedb.Tree) {
		a := mustAccount(t, tree, id)
		a.Positions[0] = state.Position{Market: m, SizeQuantums: size}
		if err := tree.SetAccount(id, a); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWithdraw(t *testing.T) {
	base := state.WithdrawalMsg{AccountID: 1, Slot: 2, Nonce: 1, ExpirySeconds: 1_000, AmountQuantums: 1_000_000, L1Address: l1(1)}
	cases := []struct {
		name    string
		setup   func(*testing.T, *engine.Engine, *statedb.Tree)
		msg     func(*state.WithdrawalMsg)
		key     *wire.Key
		err     error
		noTrace bool
	}{
		{name: "valid"},
		{name: "whole collateral", msg: func(m *state.WithdrawalMsg) { m.AmountQuantums = hundredK }},
		{name: "above collateral", msg: func(m *state.WithdrawalMsg) { m.AmountQuantums = hundredK + 1 }, err: wire.ErrInsufficientFunds},
		{name: "bad signature", key: devKey(2), err: wire.ErrBadSignature},
		{name: "zero nonce", msg: func(m *state.WithdrawalMsg) { m.Nonce = 0 }, err: wire.ErrZeroNonce},
		{name: "nonce equal to the slot's", setup: useSlot(1, 2, 1), err: wire.ErrNonceReused},
		{name: "nonce above the slot's", setup: useSlot(1, 2, 1), msg: func(m *state.WithdrawalMsg) { m.Nonce = 2 }},
		{name: "expired", msg: func(m *state.WithdrawalMsg) { m.ExpirySeconds = 999 }, err: wire.ErrExpired},
		{name: "expiry 2^40", msg: func(m *state.WithdrawalMsg) { m.ExpirySeconds = 1 << 40 }, err: wire.ErrMessageField},
		{name: "other L1 address", msg: func(m *state.WithdrawalMsg) { m.L1Address = l1(2) }, err: wire.ErrL1AddressMismatch},
		{name: "zero amount", msg: func(m *state.WithdrawalMsg) { m.AmountQuantums = 0 }, err: wire.ErrAmount},
		{name: "amount 2^56", msg: func(m *state.WithdrawalMsg) { m.AmountQuantums = state.MaxAmount }, err: wire.ErrAmount, noTrace: true},
		{name: "unhealthy after", setup: setPosition(1, mBTC, -30_000_000), err: wire.ErrUndercollateral},
		{name: "empty account", msg: func(m *state.WithdrawalMsg) { m.AccountID = 5 }, key: devKey(5), err: wire.ErrBadSignature},
		{name: "slot 4096", msg: func(m *state.WithdrawalMsg) { m.Slot = 4096 }, err: wire.ErrSlotID, noTrace: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, tree := newEngine(t)
			fund(t, e, hundredK, 1, 2)
			if c.setup != nil {
				c.setup(t, e, tree)
			}
			m := base
			if c.msg != nil {
				c.msg(&m)
			}
			k := c.key
			if k == nil {
				k = devKey(1)
			}
			root0 := tree.AccountsRoot()
			before := mustAccount(t, tree, m.AccountID)
			tr, err := e.Withdraw(k.SignWithdrawal(m))
			if c.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if checkTrace(t, tr, root0) != tree.AccountsRoot() {
					t.Fatal("trace does not end at the tree's root")
				}
				after := mustAccount(t, tree, 1)
				if after.CollateralQuantums != before.CollateralQuantums-int64(m.AmountQuantums) {
					t.Fatalf("collateral %d", after.CollateralQuantums)
				}
				if tr.SlotA.After != (state.Slot{Nonce: m.Nonce, Filled: state.SlotConsumed}) {
					t.Fatalf("slot %+v", tr.SlotA.After)
				}
				want := state.WithdrawalRecord{AccountID: 1, AmountQuantums: m.AmountQuantums, L1Address: l1(1), Slot: 2, Nonce: m.Nonce}
				if *tr.Record.Withdrawal != want {
					t.Fatalf("record %+v", *tr.Record.Withdrawal)
				}
				return
			}
			wantRule(t, err, c.err, wire.PartyA)
			if (tr == nil) != c.noTrace {
				t.Fatalf("trace returned: %v, want %v", tr != nil, !c.noTrace)
			}
			if tr != nil {
				checkTrace(t, tr, root0)
			}
			if tree.AccountsRoot() != root0 {
				t.Fatal("rejected withdrawal changed the tree")
			}
		})
	}
}

func TestTradeReducing(t *testing.T) {
	// Account 1 is long 1 BTC with 4000 USDC; the oracle falls to 59000 so TV = 3000 − fees < IMR = 2950…
	// then only reducing trades are allowed.
	e, tree := newEngine(t)
	fund(t, e, 4_000_000_000, 1)
	fund(t, e, hundredK, 2, 3)
	open := sign(order(1, mBTC, true, 1_000_000, btcPrice, 0, 1))
	if _, err := e.Trade(open, sign(order(2, mBTC, false, 1_000_000, btcPrice, 0, 1)), 1_000_000); err != nil {
		t.Fatal(err)
	}
	m := tree.Markets()
	m[mBTC-1].OraclePrice = 57_000_000_000
	if err := tree.SetMarkets(m); err != nil {
		t.Fatal(err)
	}
	a := mustAccount(t, tree, 1)
	mk := tree.Markets()
	if state.ComputeRisk(&a, &mk).Healthy() {
		t.Fatal("setup: account should be below initial margin")
	}
	cases := []struct {
		name  string
		buy   bool
		size  uint64
		price uint64
		err   error
	}{
		{name: "grow", buy: true, size: 1_000, price: 57_000_000_000, err: wire.ErrUndercollateral},
		{name: "flip", buy: false, size: 2_000_000, price: 57_000_000_000, err: wire.ErrUndercollateral},
		{name: "reduce at the oracle", buy: false, size: 100_000, price: 57_000_000_000},
		{name: "reduce at a price that lowers TV/MMR", buy: false, size: 100_000, price: 40_000_000_000, err: wire.ErrUndercollateral},
		{name: "close", buy: false, size: 900_000, price: 57_000_000_000},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root0 := tree.AccountsRoot()
			taker := sign(order(1, mBTC, c.buy, c.size, c.price, uint16(10+i), 1))
			maker := sign(order(3, mBTC, !c.buy, c.size, c.price, uint16(10+i), 1))
			_, err := e.Trade(taker, maker, c.size)
			if c.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			wantRule(t, err, c.err, wire.PartyA)
			if tree.AccountsRoot() != root0 {
				t.Fatal("rejected trade changed the tree")
			}
		})
	}
	if a := mustAccount(t, tree, 1); a.Positions != [state.PositionSlots]state.Position{} {
		t.Fatalf("positions after close: %+v", a.Positions)
	}
}

func TestSetBatchTime(t *testing.T) {
	e, _ := newEngine(t)
	if err := e.SetBatchTime(999); !errors.Is(err, wire.ErrClockBehind) {
		t.Fatalf("batch time before system time: %v", err)
	}
	if err := e.SetBatchTime(1_000); err != nil || e.BatchTime() != 1_000 {
		t.Fatalf("batch time at system time: %v", err)
	}
}
