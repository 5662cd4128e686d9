package circuits_test

import (
	"errors"
	"testing"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// stepBefore applies one transaction to w and returns its SlotCircuit assignment in the environment before it
// (the markets table a MarketParams slot reads is the one before the change).
func stepBefore(t testing.TB, w *testkit.World, apply func() *state.TxTrace) *circuits.SlotCircuit {
	t.Helper()
	root := w.AccountsRoot()
	markets := w.Markets
	ins := w.Globals.InsuranceFundQuantums
	tx := apply()
	a, err := testkit.AssignSlotEnv(tx, root, testkit.SlotEnv{
		Markets: &markets, Timestamp: testTime, InsuranceFund: ins, LiquidationFeePpm: w.Config.LiquidationFeePpm,
	})
	if errors.Is(err, state.ErrUnencodable) {
		return nil // no compact record carries it: no batch can hold it
	}
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	if got := toBig(a.NewInsuranceFund).Int64(); got != w.Globals.InsuranceFundQuantums {
		t.Fatalf("insurance after: assignment %d, world %d", got, w.Globals.InsuranceFundQuantums)
	}
	return a
}

// ftWorld returns a world where accounts 0 and 1 have the given collateral and positions (at their markets'
// current indices).
func ftWorld(cA, cB int64, posA, posB map[uint8]int64) func() *testkit.World {
	return func() *testkit.World {
		w := testkit.NewWorld()
		setAccount(w, 0, cA, posA)
		setAccount(w, 1, cB, posB)
		return w
	}
}

// ft is a forced trade of account 0 (owner testkit.Address(0)) against account 1 (owner testkit.Address(1)).
func ft(m uint8, aBuys bool, q, p uint64) state.ForcedTradeRecord {
	return state.ForcedTradeRecord{Market: m, AIsBuy: aBuys, AccountA: 0, AccountB: 1, SizeQuantums: q, Price: p,
		AddrA: testkit.Address(0), AddrB: testkit.Address(1)}
}

type ftCase struct {
	name  string
	world func() *testkit.World
	edit  func(w *testkit.World)
	rec   state.ForcedTradeRecord
	valid bool
}

const (
	ample   = 1_000_000_000_000
	maxPos  = state.MaxSize - 1
	maxColl = 1<<63 - 1
)

// TestForcedTrade proves each forced trade with its right verdict and rejects the same trace claiming the
// other one: the circuit decides validity, the prover cannot choose it. Market 1 trades at 60 (IMF 5%), so
// buying 10,000 at 60 needs exactly 30,000 of collateral.
func TestForcedTrade(t *testing.T) {
	plain := ftWorld(ample, ample, nil, nil)
	wrongA, wrongB := ft(1, true, 10_000, 60_000_000), ft(1, true, 10_000, 60_000_000)
	wrongA.AddrA, wrongB.AddrB = testkit.Address(7), testkit.Address(7)
	cases := []ftCase{
		{"valid", plain, nil, ft(1, true, 10_000, 60_000_000), true},
		{"valid away from the oracle price", plain, nil, ft(1, false, 10_000, 61_000_000), true},
		{"requester does not own A", plain, nil, wrongA, false},
		{"counterparty does not own B", plain, nil, wrongB, false},
		{"TV exactly IMR after", ftWorld(30_000, ample, nil, nil), nil, ft(1, true, 10_000, 60_000_000), true},
		{"TV one quantum below IMR", ftWorld(29_999, ample, nil, nil), nil, ft(1, true, 10_000, 60_000_000), false},
		{"B one quantum below IMR", ftWorld(ample, 29_999, nil, nil), nil, ft(1, true, 10_000, 60_000_000), false},
		{"unhealthy but reducing", ftWorld(-5_900_000, ample, map[uint8]int64{1: 100_000}, map[uint8]int64{1: -100_000}),
			nil, ft(1, false, 50_000, 60_000_000), true},
		{"unhealthy and growing", ftWorld(-5_900_000, ample, map[uint8]int64{1: 100_000}, map[uint8]int64{1: -100_000}),
			nil, ft(1, true, 1_000, 60_000_000), false},
		{"reduce-only market, both reduce", ftWorld(ample, ample, map[uint8]int64{3: 10_000}, map[uint8]int64{3: -10_000}),
			nil, ft(3, false, 5_000, 1_000_000), true},
		{"reduce-only market, A grows", ftWorld(ample, ample, map[uint8]int64{3: 10_000}, map[uint8]int64{3: -10_000}),
			nil, ft(3, true, 5_000, 1_000_000), false},
		{"reduce-only market, A flips", ftWorld(ample, ample, map[uint8]int64{3: 10_000}, map[uint8]int64{3: -10_000}),
			nil, ft(3, false, 20_000, 1_000_000), false},
		{"settled market", plain, func(w *testkit.World) { w.Markets[0].Status = state.MarketSettled },
			ft(1, true, 10_000, 60_000_000), false},
		{"unlisted market", plain, nil, ft(8, true, 10_000, 60_000_000), false},
		{"size off the step", plain, nil, ft(1, true, 1_500, 60_000_000), false},
		{"price off the tick", plain, nil, ft(1, true, 2_000, 60_000_500), false},
		{"isolated to another market", plain, func(w *testkit.World) { isolate(w, 0, 2) }, ft(1, true, 10_000, 60_000_000), false},
		{"isolated to the market", plain, func(w *testkit.World) { isolate(w, 1, 1) }, ft(1, true, 10_000, 60_000_000), true},
		{"size at 2^48 − 1", ftWorld(1<<60, 1<<60, map[uint8]int64{1: maxPos - 1_000}, map[uint8]int64{1: -(maxPos - 1_000)}),
			nil, ft(1, true, 1_000, 60_000_000), true},
		{"size reaches 2^48", ftWorld(1<<60, 1<<60, map[uint8]int64{1: maxPos - 999}, map[uint8]int64{1: -(maxPos - 999)}),
			nil, ft(1, true, 1_000, 60_000_000), false},
		{"collateral reaches 2^63 − 1", ftWorld(maxColl-60_000, ample, nil, nil), nil, ft(1, false, 1_000, 60_000_000), true},
		{"collateral reaches 2^63", ftWorld(maxColl-59_999, ample, nil, nil), nil, ft(1, false, 1_000, 60_000_000), false},
		{"account with unsettled funding", ftWorld(ample, ample, map[uint8]int64{1: 5_000}, map[uint8]int64{1: -5_000}),
			func(w *testkit.World) { w.Markets[0].FundingIndex += 1_000 },
			ft(1, true, 10_000, 60_000_000), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, claim := range []bool{c.valid, !c.valid} {
				w := c.world()
				if c.edit != nil {
					c.edit(w)
				}
				r := c.rec
				r.Valid = claim
				a := stepBefore(t, w, func() *state.TxTrace { return w.ForcedTrade(r) })
				if err := solve(t, slotCircuit, a); (err == nil) != (claim == c.valid) {
					t.Fatalf("claimed valid=%v (right: %v), circuit: %v", claim, c.valid, err)
				}
			}
		})
	}
}

// isolate sets account id's margin mode.
func isolate(w *testkit.World, id uint32, m uint16) {
	a := w.Account(id)
	a.MarginMode = m
	w.SetAccount(id, a)
}

func params(m, status uint8, imf, mmf, tierImf, tierMmf uint32) state.MarketParamsRecord {
	return state.MarketParamsRecord{Market: m, Status: status, ImfPpm: imf, MmfPpm: mmf, TierImfPpm: tierImf, TierMmfPpm: tierMmf}
}

// TestMarketParams proves the legal status changes and fraction rules of a MarketParams slot and rejects
// the others. Market 1 is active (5% / 3%), 3 reduce-only, 8 unlisted.
func TestMarketParams(t *testing.T) {
	const (
		active, ro, settled = state.MarketActive, state.MarketReduceOnly, state.MarketSettled
	)
	tiered := func(w *testkit.World) { w.Markets[0].TierSizeQuantums = 50_000 }
	settle1 := func(w *testkit.World) { w.Markets[0].Status = settled }
	cases := []struct {
		name  string
		edit  func(w *testkit.World)
		rec   state.MarketParamsRecord
		valid bool
	}{
		{"active to reduce-only", nil, params(1, ro, 50_000, 30_000, 0, 0), true},
		{"active to settled", nil, params(1, settled, 50_000, 30_000, 0, 0), true},
		{"reduce-only to active", nil, params(3, active, 100_000, 50_000, 0, 0), true},
		{"reduce-only to settled", nil, params(3, settled, 100_000, 50_000, 0, 0), true},
		{"raise fractions", nil, params(1, active, 60_000, 40_000, 0, 0), true},
		{"lower fractions", nil, params(1, active, 40_000, 20_000, 0, 0), true},
		{"settled stays settled", settle1, params(1, settled, 50_000, 30_000, 0, 0), true},
		{"settled to active", settle1, params(1, active, 50_000, 30_000, 0, 0), false},
		{"unlisted to active", nil, params(8, active, 50_000, 30_000, 0, 0), false},
		{"unknown status", nil, params(1, 4, 50_000, 30_000, 0, 0), false},
		{"to unlisted", nil, params(1, state.MarketUnlisted, 50_000, 30_000, 0, 0), false},
		{"market 0", nil, params(0, active, 50_000, 30_000, 0, 0), false},
		{"mmf 0", nil, params(1, active, 50_000, 0, 0, 0), false},
		{"mmf = imf", nil, params(1, active, 50_000, 50_000, 0, 0), true},
		{"mmf above imf", nil, params(1, active, 50_000, 50_001, 0, 0), false},
		{"imf 10^6", nil, params(1, active, 1_000_000, 30_000, 0, 0), true},
		{"imf above 10^6", nil, params(1, active, 1_000_001, 30_000, 0, 0), false},
		{"tier fractions without a tier", nil, params(1, active, 50_000, 30_000, 100_000, 60_000), false},
		{"tier fractions", tiered, params(1, active, 50_000, 30_000, 100_000, 60_000), true},
		{"tier imf below imf", tiered, params(1, active, 50_000, 30_000, 49_999, 30_000), false},
		{"tier mmf below mmf", tiered, params(1, active, 50_000, 30_000, 100_000, 29_999), false},
		{"tier mmf above tier imf", tiered, params(1, active, 50_000, 30_000, 100_000, 100_001), false},
		{"tier imf above 10^6", tiered, params(1, active, 50_000, 30_000, 1_000_001, 60_000), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := funded(t, 1, 1_000)
			if c.edit != nil {
				c.edit(w)
			}
			a := stepBefore(t, w, func() *state.TxTrace { return w.MarketParams(c.rec) })
			if a == nil {
				if c.valid {
					t.Fatal("valid case not encodable as a compact record")
				}
				return
			}
			if err := solve(t, slotCircuit, a); (err == nil) != c.valid {
				t.Fatalf("valid=%v, circuit: %v", c.valid, err)
			}
		})
	}
}

// TestSettledMarket proves that touching an account closes its position in a settled market at the market's
// price, through the insurance fund, and frees the position slot for the next trade.
func TestSettledMarket(t *testing.T) {
	w := ftWorld(ample, ample, map[uint8]int64{2: 30_000}, map[uint8]int64{2: -30_000})()
	w.Markets[1].Status = state.MarketSettled
	w.Markets[1].FundingIndex += 3
	a := stepBefore(t, w, func() *state.TxTrace { return w.Open(0, 5) })
	if err := solve(t, slotCircuit, a); err != nil {
		t.Fatalf("deposit settling a settled market: %v", err)
	}
	if got := w.Account(0).Positions[0]; got != (state.Position{}) {
		t.Fatalf("position in the settled market after settlement: %+v", got)
	}
	r := ft(1, true, 10_000, 60_000_000)
	r.Valid = true
	a = stepBefore(t, w, func() *state.TxTrace { return w.ForcedTrade(r) })
	if err := solve(t, slotCircuit, a); err != nil {
		t.Fatalf("forced trade after settlement: %v", err)
	}
	if got := w.Account(0).Positions[0]; got.Market != 1 || got.SizeQuantums != 10_000 {
		t.Fatalf("forced trade did not take the freed slot: %+v", got)
	}
}

func TestAdversarialForcedTrade(t *testing.T) {
	for _, valid := range []bool{true, false} {
		w := ftWorld(ample, ample, map[uint8]int64{1: 5_000}, nil)()
		w.Markets[0].FundingIndex += 17
		r := ft(1, true, 10_000, 60_000_000)
		if !valid {
			r.AddrB = testkit.Address(9)
		}
		r.Valid = valid
		mutateAll(t, "forced trade", stepBefore(t, w, func() *state.TxTrace { return w.ForcedTrade(r) }))
	}
}

func TestAdversarialMarketParams(t *testing.T) {
	w := funded(t, 1, 1_000)
	w.Markets[0].TierSizeQuantums = 50_000
	mutateAll(t, "market params", stepBefore(t, w, func() *state.TxTrace {
		return w.MarketParams(params(1, state.MarketReduceOnly, 60_000, 40_000, 100_000, 60_000))
	}))
}
