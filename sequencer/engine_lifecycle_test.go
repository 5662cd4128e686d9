package sequencer

import (
	"errors"
	"math"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// lifecycleSetup edits the tree before a case.
type lifecycleSetup func(t *testing.T, e *engine.Engine, tree *statedb.Tree)

func editAccount(id uint32, f func(a *state.Account)) lifecycleSetup {
	return func(t *testing.T, _ *engine.Engine, tree *statedb.Tree) {
		a := mustAccount(t, tree, id)
		f(&a)
		if err := tree.SetAccount(id, a); err != nil {
			t.Fatal(err)
		}
	}
}

func editMarket(m uint8, f func(*state.Market)) lifecycleSetup {
	return func(t *testing.T, _ *engine.Engine, tree *statedb.Tree) {
		ms := tree.Markets()
		f(ms.Get(m))
		if err := tree.SetMarkets(ms); err != nil {
			t.Fatal(err)
		}
	}
}

func withCollateral(id uint32, c int64) lifecycleSetup {
	return editAccount(id, func(a *state.Account) { a.CollateralQuantums = c })
}

// holding sets the account's positions (market, size) in slot order, at each market's current index.
func holding(id uint32, ps ...state.Position) lifecycleSetup {
	return func(t *testing.T, e *engine.Engine, tree *statedb.Tree) {
		ms := tree.Markets()
		editAccount(id, func(a *state.Account) {
			a.Positions = [state.PositionSlots]state.Position{}
			for k, p := range ps {
				if mk := ms.Get(p.Market); mk != nil {
					p.FundingIndex = mk.FundingIndex
				}
				a.Positions[k] = p
			}
		})(t, e, tree)
	}
}

func ftReq(m uint8, aBuys bool, q, p uint64) state.ForcedTradeRecord {
	return state.ForcedTradeRecord{Market: m, AIsBuy: aBuys, AccountA: 1, AccountB: 2, SizeQuantums: q, Price: p, AddrA: l1(1), AddrB: l1(2)}
}

// TestEngineForcedTrade runs forced trades covering each validity rule of docs/PROTOCOL.md §5 "Forced trade" on
// both sides of its boundary. Accounts 1 (A) and 2 (B) hold 100,000 USDC unless a setup says otherwise; BTC
// trades at 60,000 with IMF 5 % (buying 1,000 quantums, 60 USDC, needs 3 USDC of value). Every served request
// must settle both accounts (the insurance fund receives both settlements), trade exactly q at p when valid,
// change nothing else, and give a trace that leads to the tree's root.
func TestEngineForcedTrade(t *testing.T) {
	const q, quote = 1_000, 60_000_000 // 1,000 BTC quantums at 60,000 USDC
	base := ftReq(mBTC, true, q, btcPrice)
	both := func(fs ...lifecycleSetup) []lifecycleSetup { return fs }
	longA := both(holding(1, state.Position{Market: mBTC, SizeQuantums: 100_000}), holding(2, state.Position{Market: mBTC, SizeQuantums: -100_000}))
	// A long 100,000 (notional 6,000 USDC, IMR 300, MMR 180) with a value of 200 USDC: unhealthy, not liquidatable.
	weakA := append(longA, withCollateral(1, 200_000_000-6_000_000_000))
	reduceOnly := editMarket(mBTC, func(m *state.Market) { m.Status = state.MarketReduceOnly })
	settled := func(m uint8) lifecycleSetup {
		return editMarket(m, func(x *state.Market) { x.Status = state.MarketSettled })
	}
	cheap := editMarket(mBTC, func(m *state.Market) { m.OraclePrice = btcTick }) // 1 quote quantum per base quantum
	const maxPos = state.MaxSize - 1
	var eight []state.Position
	for m := uint8(2); m <= state.MarketCount; m++ {
		eight = append(eight, state.Position{Market: m, SizeQuantums: 1})
	}
	for _, c := range []struct {
		name  string
		setup []lifecycleSetup
		req   state.ForcedTradeRecord
		valid bool
	}{
		{name: "A buys", req: base, valid: true},
		{name: "A sells", req: ftReq(mBTC, false, q, btcPrice), valid: true},
		{name: "away from the oracle price", req: ftReq(mBTC, true, q, 2*btcPrice), valid: true},
		{name: "requester does not own A", req: func() state.ForcedTradeRecord { r := base; r.AddrA = l1(3); return r }()},
		{name: "counterparty does not own B", req: func() state.ForcedTradeRecord { r := base; r.AddrB = l1(3); return r }()},
		{name: "A is empty", req: func() state.ForcedTradeRecord { r := base; r.AccountA, r.AddrA = 5, state.L1Address{}; return r }()},
		{name: "TV exactly IMR after (A)", setup: both(withCollateral(1, 3_000_000)), req: base, valid: true},
		{name: "TV one quantum below IMR after (A)", setup: both(withCollateral(1, 2_999_999)), req: base},
		{name: "TV exactly IMR after (B)", setup: both(withCollateral(2, 3_000_000)), req: base, valid: true},
		{name: "TV one quantum below IMR after (B)", setup: both(withCollateral(2, 2_999_999)), req: base},
		{name: "unhealthy but reducing", setup: weakA, req: ftReq(mBTC, false, 50_000, btcPrice), valid: true},
		{name: "unhealthy and growing", setup: weakA, req: ftReq(mBTC, true, q, btcPrice)},
		{name: "unhealthy, reducing below the bankruptcy ratio", setup: weakA, req: ftReq(mBTC, false, 50_000, btcPrice-btcPrice/6)},
		{name: "closing the whole position", setup: longA, req: ftReq(mBTC, false, 100_000, btcPrice), valid: true},
		{name: "reduce-only, both reduce", setup: append(longA, reduceOnly), req: ftReq(mBTC, false, 50_000, btcPrice), valid: true},
		{name: "reduce-only, both close", setup: append(longA, reduceOnly), req: ftReq(mBTC, false, 100_000, btcPrice), valid: true},
		{name: "reduce-only, both grow", setup: append(longA, reduceOnly), req: ftReq(mBTC, true, q, btcPrice)},
		{name: "reduce-only, A flips", setup: append(longA, reduceOnly), req: ftReq(mBTC, false, 101_000, btcPrice)},
		{name: "reduce-only, B grows", setup: append(longA, reduceOnly, holding(2, state.Position{Market: mBTC, SizeQuantums: 100_000})),
			req: ftReq(mBTC, false, 50_000, btcPrice)},
		{name: "reduce-only, flat accounts", setup: both(reduceOnly), req: base},
		{name: "settled market", setup: both(settled(mBTC)), req: base},
		{name: "unlisted market", req: ftReq(5, true, q, btcPrice)},
		{name: "size off the step", req: ftReq(mBTC, true, 1_500, btcPrice)},
		{name: "price off the tick", req: ftReq(mBTC, true, q, btcPrice+1_000)},
		{name: "A isolated to another market", setup: both(editAccount(1, func(a *state.Account) { a.MarginMode = uint16(mETH) })), req: base},
		{name: "B isolated to another market", setup: both(editAccount(2, func(a *state.Account) { a.MarginMode = uint16(mETH) })), req: base},
		{name: "both isolated to the market", setup: both(editAccount(1, func(a *state.Account) { a.MarginMode = uint16(mBTC) }),
			editAccount(2, func(a *state.Account) { a.MarginMode = uint16(mBTC) })), req: base, valid: true},
		{name: "all eight slots full, the market held", setup: both(holding(1, append([]state.Position{{Market: mBTC, SizeQuantums: 1_000}}, eight...)...)),
			req: base, valid: true},
		{name: "no free slot (a leaf holding eight other positions)", setup: both(holding(1, append(eight, state.Position{Market: mETH, SizeQuantums: 1})...)), req: base},
		{name: "slot freed by a settled market", setup: both(holding(1, append(eight, state.Position{Market: mETH, SizeQuantums: 1})...),
			editAccount(1, func(a *state.Account) { a.Positions[7] = state.Position{} }), settled(mETH)), req: base, valid: true},
		{name: "size reaches 2^48 − 1", setup: both(cheap, holding(1, state.Position{Market: mBTC, SizeQuantums: maxPos - q}),
			holding(2, state.Position{Market: mBTC, SizeQuantums: -(maxPos - q)}), withCollateral(1, 1<<50), withCollateral(2, 1<<50)),
			req: ftReq(mBTC, true, q, btcTick), valid: true},
		{name: "size reaches 2^48", setup: both(cheap, holding(1, state.Position{Market: mBTC, SizeQuantums: maxPos - q + 1}),
			holding(2, state.Position{Market: mBTC, SizeQuantums: -(maxPos - q + 1)}), withCollateral(1, 1<<50), withCollateral(2, 1<<50)),
			req: ftReq(mBTC, true, q, btcTick)},
		{name: "collateral reaches 2^63 − 1", setup: both(withCollateral(1, math.MaxInt64-quote)), req: ftReq(mBTC, false, q, btcPrice), valid: true},
		{name: "collateral reaches 2^63", setup: both(withCollateral(1, math.MaxInt64-quote+1)), req: ftReq(mBTC, false, q, btcPrice)},
		{name: "B's collateral reaches 2^63", setup: both(withCollateral(2, math.MaxInt64-quote+1)), req: base},
		{name: "funding settles first", setup: append(longA, editMarket(mBTC, func(m *state.Market) { m.FundingIndex += 1_234 })), req: base, valid: true},
		{name: "an invalid request still settles", setup: append(longA, editMarket(mBTC, func(m *state.Market) { m.FundingIndex -= 2_001 })),
			req: func() state.ForcedTradeRecord { r := base; r.AddrA = l1(3); return r }()},
		{name: "quote just below 2^56, off the tick", req: ftReq(mBTC, true, 100_000_000_000_000, 720_575_940)},
		{name: "last account id", setup: both(func(t *testing.T, e *engine.Engine, _ *statedb.Tree) {
			fund(t, e, hundredK, 1<<state.AccountTreeDepth-1)
		}),
			req: func() state.ForcedTradeRecord {
				r := base
				r.AccountB, r.AddrB = 1<<state.AccountTreeDepth-1, l1(1<<state.AccountTreeDepth-1)
				return r
			}(), valid: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, tree := newEngine(t)
			fund(t, e, hundredK, 1, 2)
			for _, f := range c.setup {
				f(t, e, tree)
			}
			markets, g0, r0 := tree.Markets(), tree.Globals(), tree.AccountsRoot()
			req := c.req
			req.Valid = !c.valid // the engine ignores the incoming verdict
			before := [2]state.Account{mustAccount(t, tree, req.AccountA), mustAccount(t, tree, req.AccountB)}
			tr, err := e.ForcedTrade(req)
			if err != nil {
				t.Fatal(err)
			}
			if got := tr.Record.ForcedTrade; got.Valid != c.valid {
				t.Fatalf("valid %v, want %v", got.Valid, c.valid)
			}
			rec := *tr.Record.ForcedTrade
			rec.Valid = req.Valid
			if rec != req {
				t.Fatalf("record %+v, request %+v", rec, req)
			}
			if tr.SlotA != nil || tr.SlotB != nil || tr.Taker != nil || tr.Maker != nil || tr.A.ID != req.AccountA || tr.B.ID != req.AccountB {
				t.Fatal("a forced trade's trace has order slots, messages or other accounts")
			}
			if checkTrace(t, tr, r0) != tree.AccountsRoot() {
				t.Fatal("the trace does not lead to the tree's root")
			}
			insurance := g0.InsuranceFundQuantums
			for i, id := range []uint32{req.AccountA, req.AccountB} {
				want := before[i]
				settle, err := state.SettleFunding(&want, &markets)
				if err != nil {
					t.Fatal(err)
				}
				insurance += settle
				got := mustAccount(t, tree, id)
				if c.valid {
					buys := req.AIsBuy == (i == 0)
					s0, s1 := engine.PositionSize(&want, req.Market), engine.PositionSize(&got, req.Market)
					dq, dc := int64(req.SizeQuantums), -int64(req.SizeQuantums*req.Price/state.PriceScale)
					if !buys {
						dq, dc = -dq, -dc
					}
					if s1 != s0+dq || got.CollateralQuantums != want.CollateralQuantums+dc {
						t.Fatalf("account %d: size %d → %d, collateral %d → %d", id, s0, s1, want.CollateralQuantums, got.CollateralQuantums)
					}
					k := want.PositionIndex(req.Market)
					if k < 0 {
						k = want.FreePositionIndex()
					}
					want.CollateralQuantums = got.CollateralQuantums
					want.Positions[k] = got.Positions[k]
				}
				if got != want {
					t.Fatalf("account %d:\n got %+v\nwant %+v", id, got, want)
				}
			}
			if g := tree.Globals(); g.InsuranceFundQuantums != insurance || g.FeePoolQuantums != g0.FeePoolQuantums {
				t.Fatalf("insurance fund %d, want %d; fee pool %d → %d", g.InsuranceFundQuantums, insurance, g0.FeePoolQuantums, g.FeePoolQuantums)
			}
		})
	}
}

// TestEngineForcedTradeSlotPlacement checks a forced trade takes the first empty position slot after the
// settlement, which frees the slot of a settled market.
func TestEngineForcedTradeSlotPlacement(t *testing.T) {
	e, tree := newEngine(t)
	fund(t, e, hundredK, 1, 2)
	holding(1, state.Position{Market: mETH, SizeQuantums: 100}, state.Position{Market: 3, SizeQuantums: 0})(t, e, tree)
	editMarket(mETH, func(m *state.Market) { m.Status = state.MarketSettled })(t, e, tree)
	tr, err := e.ForcedTrade(ftReq(mBTC, true, 1_000, btcPrice))
	if err != nil || !tr.Record.ForcedTrade.Valid {
		t.Fatalf("%v, %+v", err, tr.Record.ForcedTrade)
	}
	a := mustAccount(t, tree, 1)
	if a.Positions[0].Market != mBTC || a.Positions[0].SizeQuantums != 1_000 {
		t.Fatalf("positions %+v, want BTC in the settled market's slot 0", a.Positions)
	}
	// ETH closed at 3,000 USDC per ETH: 100 quantums (0.01 ETH) are worth 30 USDC.
	if want := int64(hundredK + 30_000_000 - 60_000_000); a.CollateralQuantums != want {
		t.Fatalf("collateral %d, want %d", a.CollateralQuantums, want)
	}
}

// TestEngineForcedTradeNotQueued checks the requests the L1 contract never queues are refused without a trace.
func TestEngineForcedTradeNotQueued(t *testing.T) {
	base := ftReq(mBTC, true, 1_000, btcPrice)
	with := func(f func(r *state.ForcedTradeRecord)) state.ForcedTradeRecord { r := base; f(&r); return r }
	for _, c := range []struct {
		name     string
		req      state.ForcedTradeRecord
		sentinel error
		party    wire.Party
	}{
		{"A = B", with(func(r *state.ForcedTradeRecord) { r.AccountB = 1 }), wire.ErrSelfTrade, wire.PartyB},
		{"A 2^24", with(func(r *state.ForcedTradeRecord) { r.AccountA = 1 << state.AccountTreeDepth }), wire.ErrAccountID, wire.PartyA},
		{"B 2^24", with(func(r *state.ForcedTradeRecord) { r.AccountB = 1 << state.AccountTreeDepth }), wire.ErrAccountID, wire.PartyB},
		{"market 0", with(func(r *state.ForcedTradeRecord) { r.Market = 0 }), wire.ErrUnknownMarket, wire.PartyA},
		{"market 9", with(func(r *state.ForcedTradeRecord) { r.Market = state.MarketCount + 1 }), wire.ErrUnknownMarket, wire.PartyA},
		{"size 0", with(func(r *state.ForcedTradeRecord) { r.SizeQuantums = 0 }), wire.ErrZeroSize, wire.PartyA},
		{"size 2^48", with(func(r *state.ForcedTradeRecord) { r.SizeQuantums = uint64(state.MaxSize) }), wire.ErrPositionBounds, wire.PartyA},
		{"price 0", with(func(r *state.ForcedTradeRecord) { r.Price = 0 }), wire.ErrMessageField, wire.PartyA},
		{"price 2^48", with(func(r *state.ForcedTradeRecord) { r.Price = state.MaxPrice }), wire.ErrMessageField, wire.PartyA},
		{"inexact quote", with(func(r *state.ForcedTradeRecord) { r.SizeQuantums, r.Price = 1, 1_500_000 }), wire.ErrQuoteNotExact, wire.PartyA},
		{"quote above 2^56", with(func(r *state.ForcedTradeRecord) { r.SizeQuantums, r.Price = 100_000_000_000_000, 720_575_941 }), wire.ErrAmount, wire.PartyA},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, tree := newEngine(t)
			fund(t, e, hundredK, 1, 2)
			r0 := tree.Root()
			tr, err := e.ForcedTrade(c.req)
			if tr != nil || !errors.Is(err, engine.ErrNotQueued) {
				t.Fatalf("trace %v, error %v; want ErrNotQueued", tr != nil, err)
			}
			wantRule(t, err, c.sentinel, c.party)
			if tree.Root() != r0 {
				t.Fatal("a refused request changed the tree")
			}
		})
	}
}

// TestEngineMarketParams checks the engine applies a valid MarketParams record to its table, refuses an invalid
// one with the state package's sentinel and no change, and that later transactions read the new row.
func TestEngineMarketParams(t *testing.T) {
	p := func(m, status uint8, imf, mmf uint32) state.MarketParamsRecord {
		return state.MarketParamsRecord{Market: m, Status: status, ImfPpm: imf, MmfPpm: mmf}
	}
	for _, c := range []struct {
		name    string
		r       state.MarketParamsRecord
		rule    error // nil: valid
		noTrace bool
	}{
		{"reduce-only", p(mBTC, state.MarketReduceOnly, 50_000, 30_000), nil, false},
		{"settled", p(mBTC, state.MarketSettled, 50_000, 30_000), nil, false},
		{"raised fractions", p(mBTC, state.MarketActive, 100_000, 60_000), nil, false},
		{"unlisted to active", p(5, state.MarketActive, 50_000, 30_000), state.ErrStatusChange, false},
		{"active to unlisted", p(mBTC, state.MarketUnlisted, 50_000, 30_000), state.ErrStatusChange, false},
		{"mmf 0", p(mBTC, state.MarketActive, 50_000, 0), state.ErrMarginFractions, false},
		{"imf 10^6 + 1", p(mBTC, state.MarketActive, state.PpmScale+1, 30_000), state.ErrMarginFractions, false},
		{"tier without a tier size", state.MarketParamsRecord{Market: mBTC, Status: state.MarketActive, ImfPpm: 50_000, MmfPpm: 30_000, TierImfPpm: 60_000, TierMmfPpm: 40_000},
			state.ErrTierFractions, false},
		// No compact record carries a market beyond the table or a fraction of 2^24 (docs/PROTOCOL.md §6.1).
		{"market 9", p(state.MarketCount+1, state.MarketActive, 50_000, 30_000), state.ErrUnencodable, true},
		{"imf 2^24", p(mBTC, state.MarketActive, 1<<24, 30_000), state.ErrUnencodable, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, tree := newEngine(t)
			m0 := tree.Markets()
			tr, err := e.MarketParams(c.r)
			if c.rule == nil {
				if err != nil {
					t.Fatal(err)
				}
				want := m0
				want.Get(c.r.Market).SetParams(c.r)
				if got := tree.Markets(); got != want {
					t.Fatalf("table %+v", got.Get(c.r.Market))
				}
				if *tr.Record.MarketParams != c.r || tr.A != nil || tr.B != nil {
					t.Fatalf("trace %+v", tr)
				}
				return
			}
			if !errors.Is(err, engine.ErrMarketParams) || !errors.Is(err, c.rule) || (tr == nil) != c.noTrace || tree.Markets() != m0 {
				t.Fatalf("error %v (trace %v), want ErrMarketParams and %v; table changed: %v", err, tr != nil, c.rule, tree.Markets() != m0)
			}
		})
	}
}

// TestEngineMarketLifecycle walks a market from active to reduce-only to settled: trades must reduce both sides
// in a reduce-only market and are refused once it is settled, a deleveraging needs an active or reduce-only
// market, and the next settlement of each account closes its position at the final price, the insurance fund
// taking the other side.
func TestEngineMarketLifecycle(t *testing.T) {
	e, tree := newEngine(t)
	fund(t, e, hundredK, 1, 2, 3)
	if _, err := e.Trade(sign(order(1, mBTC, true, 10_000, btcPrice, 1, 1)), sign(order(2, mBTC, false, 10_000, btcPrice, 1, 1)), 10_000); err != nil {
		t.Fatal(err)
	}
	if _, err := e.MarketParams(state.MarketParamsRecord{Market: mBTC, Status: state.MarketReduceOnly, ImfPpm: 50_000, MmfPpm: 30_000}); err != nil {
		t.Fatal(err)
	}
	// Account 3 opening against account 1's reduction: B (3) does not reduce.
	_, err := e.Trade(sign(order(1, mBTC, false, 1_000, btcPrice, 2, 1)), sign(order(3, mBTC, true, 1_000, btcPrice, 1, 1)), 1_000)
	wantRule(t, err, wire.ErrReduceOnlyMarket, wire.PartyB)
	// Both reduce.
	if _, err := e.Trade(sign(order(1, mBTC, false, 4_000, btcPrice, 3, 1)), sign(order(2, mBTC, true, 4_000, btcPrice, 2, 1)), 4_000); err != nil {
		t.Fatal(err)
	}
	// The taker flips.
	_, err = e.Trade(sign(order(1, mBTC, false, 7_000, btcPrice, 4, 1)), sign(order(2, mBTC, true, 7_000, btcPrice, 3, 1)), 7_000)
	wantRule(t, err, wire.ErrReduceOnlyMarket, wire.PartyA)

	// Settle the market at 60,000 after a funding move, then at a different price nothing changes it.
	editMarket(mBTC, func(m *state.Market) { m.FundingIndex += 100 })(t, e, tree)
	if _, err := e.MarketParams(state.MarketParamsRecord{Market: mBTC, Status: state.MarketSettled, ImfPpm: 50_000, MmfPpm: 30_000}); err != nil {
		t.Fatal(err)
	}
	_, err = e.Trade(sign(order(1, mBTC, false, 1_000, btcPrice, 5, 1)), sign(order(2, mBTC, true, 1_000, btcPrice, 4, 1)), 1_000)
	wantRule(t, err, wire.ErrMarketNotActive, wire.PartyA)
	_, err = e.Deleverage(1, 2, mBTC, 1_000)
	wantRule(t, err, wire.ErrMarketNotActive, wire.PartyA)
	_, err = e.MarketParams(state.MarketParamsRecord{Market: mBTC, Status: state.MarketActive, ImfPpm: 50_000, MmfPpm: 30_000})
	if !errors.Is(err, state.ErrStatusChange) {
		t.Fatalf("reactivating a settled market: %v", err)
	}

	// Account 1 (long 6,000) and 2 (short 6,000) are settled by deposits: 1 receives 360 USDC less 6,000 · 100 / 10^6
	// (0.6 → 1 quantum, rounded against it) and 2 pays 360 USDC and receives 0.6 (0).
	a1, a2 := mustAccount(t, tree, 1), mustAccount(t, tree, 2)
	g0 := tree.Globals()
	fund(t, e, 1, 1, 2)
	b1, b2 := mustAccount(t, tree, 1), mustAccount(t, tree, 2)
	if b1.CollateralQuantums != a1.CollateralQuantums+1+360_000_000-1 || !b1.Positions[0].IsEmpty() {
		t.Fatalf("account 1 after settlement: %+v (before %d)", b1, a1.CollateralQuantums)
	}
	if b2.CollateralQuantums != a2.CollateralQuantums+1-360_000_000 || !b2.Positions[0].IsEmpty() {
		t.Fatalf("account 2 after settlement: %+v (before %d)", b2, a2.CollateralQuantums)
	}
	if g := tree.Globals(); g.InsuranceFundQuantums != g0.InsuranceFundQuantums+1 {
		t.Fatalf("insurance fund %d → %d, want only the rounding (1)", g0.InsuranceFundQuantums, g.InsuranceFundQuantums)
	}
}
