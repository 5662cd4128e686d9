package prover

import (
	"math"
	"testing"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// The lifecycle differential tests run forced trades and market-params changes, valid and invalid, through
// sequencer.Engine and circuits.SlotCircuit and require the verdict the table expects from both.

// ftr is a forced trade of account 1 (requested by addr(1)) against account 2 (consented by addr(2)).
func ftr(m uint8, aBuys bool, q, p uint64) state.ForcedTradeRecord {
	return state.ForcedTradeRecord{Market: m, AIsBuy: aBuys, AccountA: 1, AccountB: 2, SizeQuantums: q, Price: p,
		AddrA: addr(1), AddrB: addr(2)}
}

func withAddrs(r state.ForcedTradeRecord, a, b uint32) state.ForcedTradeRecord {
	r.AddrA, r.AddrB = addr(a), addr(b)
	return r
}

func withIDs(r state.ForcedTradeRecord, a, b uint32) state.ForcedTradeRecord {
	r.AccountA, r.AccountB = a, b
	return r
}

// setMarket edits market m of the tree's table.
func (v *env) setMarket(m uint8, f func(*state.Market)) {
	v.t.Helper()
	t := v.tree.Markets()
	f(t.Get(m))
	if err := v.tree.SetMarkets(t); err != nil {
		v.t.Fatal(err)
	}
}

// hold sets account id's positions (market → size) at each market's current index, in market order.
func (v *env) hold(id uint32, sizes map[uint8]int64) {
	v.t.Helper()
	t := v.tree.Markets()
	v.edit(id, func(a *state.Account) {
		k := 0
		for m := uint8(1); m <= state.MarketCount; m++ {
			if s, ok := sizes[m]; ok {
				a.Positions[k] = state.Position{Market: m, SizeQuantums: s, FundingIndex: t.Get(m).FundingIndex}
				k++
			}
		}
	})
}

func (v *env) collateral(id uint32, c int64) {
	v.edit(id, func(a *state.Account) { a.CollateralQuantums = c })
}

// forcedTradeCase is a forced trade after a setup; refused marks a request the contract never queues.
type forcedTradeCase struct {
	name    string
	setup   func(*env)
	req     state.ForcedTradeRecord
	valid   bool
	refused bool
}

// forcedTradeCases are the forced trades of TestDifferentialForcedTrade. Accounts 1 and 2 are funded with ample
// collateral unless a setup says otherwise; market 1 trades at 60 (IMF 5%, MMF 3%, step and tick 1,000), so
// buying 10,000 at 60 needs exactly 30,000 of collateral; market 3 is reduce-only at 1; market 8 is unlisted.
func forcedTradeCases() []forcedTradeCase {
	funded := func(v *env) { v.fund(bigFunds, 1, 2) }
	with := func(fs ...func(*env)) func(*env) {
		return func(v *env) {
			funded(v)
			for _, f := range fs {
				f(v)
			}
		}
	}
	collA := func(c int64) func(*env) { return func(v *env) { v.collateral(1, c) } }
	collB := func(c int64) func(*env) { return func(v *env) { v.collateral(2, c) } }
	holds := func(a, b map[uint8]int64) func(*env) { return func(v *env) { v.hold(1, a); v.hold(2, b) } }
	long1 := holds(map[uint8]int64{1: 100_000}, map[uint8]int64{1: -100_000})
	ro := holds(map[uint8]int64{3: 10_000}, map[uint8]int64{3: -10_000})
	status := func(m, s uint8) func(*env) {
		return func(v *env) { v.setMarket(m, func(x *state.Market) { x.Status = s }) }
	}
	mode := func(id uint32, m uint16) func(*env) {
		return func(v *env) { v.edit(id, func(a *state.Account) { a.MarginMode = m }) }
	}
	funding := func(d int64) func(*env) { return func(v *env) { v.setMarket1(60_000_000, d) } }
	const maxPos = state.MaxSize - 1
	base := ftr(1, true, 10_000, 60_000_000)
	last := uint32(1<<state.AccountTreeDepth - 1)
	return []forcedTradeCase{
		{name: "basic", setup: funded, req: base, valid: true},
		{name: "A sells", setup: funded, req: ftr(1, false, 10_000, 60_000_000), valid: true},
		{name: "away from the oracle price", setup: funded, req: ftr(1, true, 10_000, 90_000_000), valid: true},
		{name: "requester does not own A", setup: funded, req: withAddrs(base, 3, 2), valid: false},
		{name: "counterparty does not own B", setup: funded, req: withAddrs(base, 1, 3), valid: false},
		{name: "addresses swapped", setup: funded, req: withAddrs(base, 2, 1), valid: false},
		{name: "A empty", setup: func(v *env) { v.fund(bigFunds, 2) }, req: base, valid: false},
		{name: "B empty", setup: func(v *env) { v.fund(bigFunds, 1) }, req: base, valid: false},
		{name: "TV exactly IMR after", setup: with(collA(30_000)), req: base, valid: true},
		{name: "TV one quantum below IMR", setup: with(collA(29_999)), req: base, valid: false},
		{name: "B exactly at IMR", setup: with(collB(30_000)), req: base, valid: true},
		{name: "B one quantum below IMR", setup: with(collB(29_999)), req: base, valid: false},
		{name: "TV = 0 after", setup: with(collA(0)), req: ftr(1, true, 10_000, 60_000_000), valid: false},
		{name: "unhealthy but reducing", setup: with(long1, collA(-5_900_000)), req: ftr(1, false, 50_000, 60_000_000), valid: true},
		{name: "unhealthy and growing", setup: with(long1, collA(-5_900_000)), req: ftr(1, true, 1_000, 60_000_000), valid: false},
		{name: "reducing at a price below the oracle's loses TV/MMR", setup: with(long1, collA(-5_900_000)),
			req: ftr(1, false, 50_000, 50_000_000), valid: false},
		{name: "closing the whole position", setup: with(long1), req: ftr(1, false, 100_000, 60_000_000), valid: true},
		{name: "reduce-only market, both reduce", setup: with(ro), req: ftr(3, false, 5_000, 1_000_000), valid: true},
		{name: "reduce-only market, A grows", setup: with(ro), req: ftr(3, true, 5_000, 1_000_000), valid: false},
		{name: "reduce-only market, A flips", setup: with(ro), req: ftr(3, false, 20_000, 1_000_000), valid: false},
		{name: "reduce-only market, flat accounts", setup: funded, req: ftr(3, true, 5_000, 1_000_000), valid: false},
		{name: "settled market", setup: with(status(1, state.MarketSettled)), req: base, valid: false},
		{name: "unlisted market", setup: funded, req: ftr(8, true, 10_000, 60_000_000), valid: false},
		{name: "size off the step", setup: funded, req: ftr(1, true, 1_500, 60_000_000), valid: false},
		{name: "price off the tick", setup: funded, req: ftr(1, true, 2_000, 60_000_500), valid: false},
		{name: "A isolated to another market", setup: with(mode(1, 2)), req: base, valid: false},
		{name: "B isolated to another market", setup: with(mode(2, 2)), req: base, valid: false},
		{name: "both isolated to the market", setup: with(mode(1, 1), mode(2, 1)), req: base, valid: true},
		{name: "size reaches 2^48 − 1", setup: with(holds(map[uint8]int64{1: maxPos - 1_000}, map[uint8]int64{1: -(maxPos - 1_000)}),
			collA(1<<60), collB(1<<60)), req: ftr(1, true, 1_000, 60_000_000), valid: true},
		{name: "size reaches 2^48", setup: with(holds(map[uint8]int64{1: maxPos - 999}, map[uint8]int64{1: -(maxPos - 999)}),
			collA(1<<60), collB(1<<60)), req: ftr(1, true, 1_000, 60_000_000), valid: false},
		{name: "collateral reaches 2^63 − 1", setup: with(collA(math.MaxInt64 - 60_000)), req: ftr(1, false, 1_000, 60_000_000), valid: true},
		{name: "collateral reaches 2^63", setup: with(collA(math.MaxInt64 - 59_999)), req: ftr(1, false, 1_000, 60_000_000), valid: false},
		{name: "negative funding settles first", setup: with(long1, funding(-1_234)), req: base, valid: true},
		{name: "invalid request still settles funding", setup: with(long1, funding(2_000)), req: withAddrs(base, 3, 2), valid: false},
		{name: "slot freed by a settled market", setup: with(holds(map[uint8]int64{2: 30_000}, map[uint8]int64{2: -30_000}),
			status(2, state.MarketSettled)), req: base, valid: true},
		{name: "last account id", setup: func(v *env) { v.fund(bigFunds, 1, last) },
			req: state.ForcedTradeRecord{Market: 1, AIsBuy: true, AccountA: 1, AccountB: last, SizeQuantums: 10_000,
				Price: 60_000_000, AddrA: addr(1), AddrB: addr(last)}, valid: true},
		{name: "A = B", setup: funded, req: withIDs(base, 1, 1), refused: true},
		{name: "account 2^24", setup: funded, req: withIDs(base, 1, 1<<state.AccountTreeDepth), refused: true},
		{name: "market 0", setup: funded, req: ftr(0, true, 10_000, 60_000_000), refused: true},
		{name: "market 9", setup: funded, req: ftr(9, true, 10_000, 60_000_000), refused: true},
		{name: "size 0", setup: funded, req: ftr(1, true, 0, 60_000_000), refused: true},
		{name: "price 0", setup: funded, req: ftr(1, true, 10_000, 0), refused: true},
		{name: "inexact quote", setup: funded, req: ftr(1, true, 1, 1_500_000), refused: true},
		{name: "size 2^48", setup: funded, req: ftr(1, true, 1<<48, 1_000_000), refused: true},
		{name: "quote 2^56 or more", setup: funded, req: ftr(1, true, 100_000_000_000_000, 100_000_000_000), refused: true},
	}
}

// TestDifferentialForcedTrade runs forced trades through the engine and the circuit. Every request the
// contract can queue is served: the engine's trace carries its verdict and the circuit must accept exactly that
// trace (the same new root and insurance fund) and reject it with the verdict flipped. A request the contract
// never queues is refused by the engine.
func TestDifferentialForcedTrade(t *testing.T) {
	cases := forcedTradeCases()
	if len(cases) < minCases {
		t.Errorf("%d cases, want at least %d", len(cases), minCases)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := newEnv(t)
			if c.setup != nil {
				c.setup(v)
			}
			root0, senv := v.tree.AccountsRoot(), v.slotEnv()
			tr, err := runEngine(t, v, func(v *env) (*state.TxTrace, error) { return v.e.ForcedTrade(c.req) })
			if c.refused {
				if err == nil {
					t.Fatal("engine serves a request the contract never queues")
				}
				t.Logf("engine refuses: %v", err)
				return
			}
			if err != nil {
				t.Fatalf("engine: %v", err)
			}
			if got := tr.Record.ForcedTrade.Valid; got != c.valid {
				t.Fatalf("engine verdict %v, want %v", got, c.valid)
			}
			if err := riskVerdict(t, tr, root0, senv); err != nil {
				t.Fatalf("circuit rejects the engine's trace: %v", err)
			}
			if testkit.AccountsRootAfter(tr, root0) != v.tree.AccountsRoot() {
				t.Fatal("the trace's new root differs from the engine's tree")
			}
			want := senv.InsuranceFund + testkit.InsuranceDelta(tr, senv.Markets).Int64()
			if got := v.tree.Globals().InsuranceFundQuantums; got != want {
				t.Fatalf("insurance fund: engine %d, circuit %d", got, want)
			}
			lie := *tr
			rec := *tr.Record.ForcedTrade
			rec.Valid = !rec.Valid
			lie.Record = state.Record{ForcedTrade: &rec}
			if err := riskVerdict(t, &lie, root0, senv); err == nil {
				t.Fatal("circuit accepts the flipped verdict")
			}
			t.Logf("both %s", map[bool]string{true: "valid", false: "invalid"}[c.valid])
		})
	}
}

// mpCase is a market-params change after a setup.
type mpCase struct {
	name  string
	setup func(*env)
	rec   state.MarketParamsRecord
	valid bool
}

// marketParamsCases are the changes of TestDifferentialMarketParams on testkit.DefaultMarkets: market 1 active
// (5% / 3%), 3 reduce-only (10% / 5%), 8 unlisted.
func marketParamsCases() []mpCase {
	mp := func(m, s uint8, imf, mmf, tImf, tMmf uint32) state.MarketParamsRecord {
		return state.MarketParamsRecord{Market: m, Status: s, ImfPpm: imf, MmfPpm: mmf, TierImfPpm: tImf, TierMmfPpm: tMmf}
	}
	const active, ro, settled, unlisted = state.MarketActive, state.MarketReduceOnly, state.MarketSettled, state.MarketUnlisted
	tier := func(v *env) {
		v.setMarket(1, func(m *state.Market) { m.TierSizeQuantums, m.TierImfPpm, m.TierMmfPpm = 50_000, 100_000, 60_000 })
	}
	settle1 := func(v *env) { v.setMarket(1, func(m *state.Market) { m.Status = settled }) }
	return []mpCase{
		{"active to reduce-only", nil, mp(1, ro, 50_000, 30_000, 0, 0), true},
		{"active to settled", nil, mp(1, settled, 50_000, 30_000, 0, 0), true},
		{"active stays active", nil, mp(1, active, 50_000, 30_000, 0, 0), true},
		{"reduce-only to active", nil, mp(3, active, 100_000, 50_000, 0, 0), true},
		{"reduce-only to settled", nil, mp(3, settled, 100_000, 50_000, 0, 0), true},
		{"reduce-only stays reduce-only", nil, mp(3, ro, 100_000, 50_000, 0, 0), true},
		{"raise both fractions", nil, mp(1, active, 60_000, 40_000, 0, 0), true},
		{"lower both fractions", nil, mp(1, active, 40_000, 20_000, 0, 0), true},
		{"settled to active", settle1, mp(1, active, 50_000, 30_000, 0, 0), false},
		{"settled to reduce-only", settle1, mp(1, ro, 50_000, 30_000, 0, 0), false},
		{"unlisted to active", nil, mp(8, active, 50_000, 30_000, 0, 0), false},
		{"active to unlisted", nil, mp(1, unlisted, 50_000, 30_000, 0, 0), false},
		{"status 4", nil, mp(1, 4, 50_000, 30_000, 0, 0), false},
		{"status 255", nil, mp(1, 255, 50_000, 30_000, 0, 0), false},
		{"market 0", nil, mp(0, active, 50_000, 30_000, 0, 0), false},
		{"market 9", nil, mp(9, active, 50_000, 30_000, 0, 0), false},
		{"mmf 0", nil, mp(1, active, 50_000, 0, 0, 0), false},
		{"mmf 1", nil, mp(1, active, 50_000, 1, 0, 0), true},
		{"mmf = imf", nil, mp(1, active, 50_000, 50_000, 0, 0), true},
		{"mmf one above imf", nil, mp(1, active, 50_000, 50_001, 0, 0), false},
		{"imf 10^6", nil, mp(1, active, 1_000_000, 30_000, 0, 0), true},
		{"imf 10^6 + 1", nil, mp(1, active, 1_000_001, 30_000, 0, 0), false},
		{"imf 2^24 − 1", nil, mp(1, active, 1<<24-1, 30_000, 0, 0), false},
		{"tier fractions without a tier", nil, mp(1, active, 50_000, 30_000, 100_000, 60_000), false},
		{"tier imf only, without a tier", nil, mp(1, active, 50_000, 30_000, 100_000, 0), false},
		{"tier fractions", tier, mp(1, active, 50_000, 30_000, 100_000, 60_000), true},
		{"tier fractions equal to the base", tier, mp(1, active, 50_000, 30_000, 50_000, 30_000), true},
		{"tier imf one below imf", tier, mp(1, active, 50_000, 30_000, 49_999, 30_000), false},
		{"tier mmf one below mmf", tier, mp(1, active, 50_000, 30_000, 100_000, 29_999), false},
		{"tier mmf one above tier imf", tier, mp(1, active, 50_000, 30_000, 100_000, 100_001), false},
		{"tier imf 10^6", tier, mp(1, active, 50_000, 30_000, 1_000_000, 60_000), true},
		{"tier imf 10^6 + 1", tier, mp(1, active, 50_000, 30_000, 1_000_001, 60_000), false},
		{"tiered market, tier fractions 0", tier, mp(1, active, 50_000, 30_000, 0, 0), false},
		{"settle a market with positions", func(v *env) {
			v.fund(bigFunds, 1, 2)
			v.must(v.trade(ord(1, true, 1, 1, 10_000, 60_000_000), ord(2, false, 1, 1, 10_000, 60_000_000), 10_000))
		}, mp(1, settled, 50_000, 30_000, 0, 0), true},
	}
}

// TestDifferentialMarketParams runs each change through the engine and the circuit: the same verdict, the one
// the table expects, and the same table after a valid one.
func TestDifferentialMarketParams(t *testing.T) {
	cases := marketParamsCases()
	if len(cases) < minCases {
		t.Errorf("%d cases, want at least %d", len(cases), minCases)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := newEnv(t)
			if c.setup != nil {
				c.setup(v)
			}
			root0, senv := v.tree.AccountsRoot(), v.slotEnv()
			_, goErr := runEngine(t, v, func(v *env) (*state.TxTrace, error) { return v.e.MarketParams(c.rec) })
			rec := c.rec
			cErr := riskVerdict(t, &state.TxTrace{Record: state.Record{MarketParams: &rec}}, root0, senv)
			if (goErr == nil) != (cErr == nil) {
				t.Fatalf("verdicts differ: engine %v, circuit %v", goErr, cErr)
			}
			if (goErr == nil) != c.valid {
				t.Fatalf("both %s, want valid=%v (engine: %v, circuit: %v)", verdict(goErr == nil), c.valid, goErr, cErr)
			}
			if goErr == nil {
				want := *senv.Markets
				m := want.Get(rec.Market)
				m.SetParams(rec)
				if got := v.tree.Markets(); got != want {
					t.Fatalf("engine table after %+v, want %+v", *got.Get(rec.Market), *m)
				}
			}
			t.Logf("both %s; engine: %v; circuit: %v", verdict(goErr == nil), goErr, cErr)
		})
	}
}
