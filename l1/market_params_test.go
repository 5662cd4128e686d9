package l1

import (
	"math/big"
	"testing"
	"time"

	"github.com/perpx/perpx/state"
)

// tieredMarkets is testMarkets with a tier on market 2 and a settled market 3.
func tieredMarkets() state.Markets {
	m := testMarkets()
	m[1].TierSizeQuantums, m[1].TierImfPpm, m[1].TierMmfPpm = 1_000_000, 200_000, 100_000
	m[2] = state.Market{Status: state.MarketSettled, OraclePrice: 5_000_000, TickSize: 1, StepSize: 1_000_000, ImfPpm: 10_000, MmfPpm: 5_000}
	return m
}

// newTieredEnv is a test rollup over tieredMarkets.
func newTieredEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, tieredMarkets())
}

// rowParams returns the MarketParams record that sets market m (1-based) of markets to status and its fractions.
func rowParams(markets state.Markets, m uint8, status uint8) state.MarketParamsRecord {
	r := markets[m-1]
	return state.MarketParamsRecord{Market: m, Status: status, ImfPpm: r.ImfPpm, MmfPpm: r.MmfPpm, TierImfPpm: r.TierImfPpm, TierMmfPpm: r.TierMmfPpm}
}

// checkQueued checks queue entry idx is p's MarketParams record, queued by the latest block, and that the
// contract tracks p (with tier size tierSize) as market p.Market's row.
func (e *env) checkQueued(idx uint64, p state.MarketParamsRecord, tierSize uint64) {
	e.t.Helper()
	checkEntry(e.t, e.queueEntry(idx), encode(e.t, state.Record{MarketParams: &p}), e.serviceTime())
	row, err := e.rollup.MarketRow(e.ctx, p.Market)
	want := MarketRow{Status: p.Status, ImfPpm: p.ImfPpm, MmfPpm: p.MmfPpm, TierImfPpm: p.TierImfPpm, TierMmfPpm: p.TierMmfPpm, TierSizeQuantums: tierSize}
	if err != nil || row != want {
		e.t.Fatalf("market %d row %+v %v, want %+v", p.Market, row, err, want)
	}
}

// TestMarketRowsFromGenesis checks the contract tracks each market's governed fields from the genesis table.
func TestMarketRowsFromGenesis(t *testing.T) {
	e := newTieredEnv(t)
	for i, m := range tieredMarkets() {
		row, err := e.rollup.MarketRow(e.ctx, uint8(i+1))
		want := MarketRow{Status: m.Status, ImfPpm: m.ImfPpm, MmfPpm: m.MmfPpm, TierImfPpm: m.TierImfPpm, TierMmfPpm: m.TierMmfPpm, TierSizeQuantums: m.TierSizeQuantums}
		if err != nil || row != want {
			t.Fatalf("market %d: %+v %v, want %+v", i+1, row, err, want)
		}
	}
}

// TestSecurityGuardianMarketParams checks the guardian may, at once, only tighten: make an active market
// reduce-only and raise fractions (each change queued with its entry and event), and can neither lower a
// fraction, reactivate or settle a market, change a settled or unlisted one, nor use the timelock. The bounds on
// each raise and the cooldown are TestSecurityGuardianBounds'.
func TestSecurityGuardianMarketParams(t *testing.T) {
	e := newTieredEnv(t)
	guard := e.sim.Transactor(guardianIdx)
	markets := tieredMarkets()

	idx, receipt, err := e.rollup.SetReduceOnly(e.ctx, guard, 1)
	if err != nil {
		t.Fatal(err)
	}
	p := rowParams(markets, 1, state.MarketReduceOnly)
	e.checkQueued(idx, p, 0)
	ev, err := e.rollup.abi.UnpackMarketParamsQueuedEvent(receipt.Logs[0])
	if err != nil || ev.QueueIndex != idx || ev.Market != 1 || ev.Status != state.MarketReduceOnly || ev.Imf.Uint64() != uint64(p.ImfPpm) ||
		ev.Mmf.Uint64() != uint64(p.MmfPpm) || ev.TierImf.Sign() != 0 || ev.TierMmf.Sign() != 0 {
		t.Fatalf("MarketParamsQueued %+v %v", ev, err)
	}
	for _, m := range []uint8{1, 3, 4, 0, state.MarketCount + 1, 255} { // reduce-only, settled, unlisted, out of range
		_, _, err := e.rollup.SetReduceOnly(e.ctx, guard, m)
		if args := wantRevert(t, err, "InvalidMarketParams"); args[0].(uint8) != m {
			t.Fatalf("setReduceOnly(%d): InvalidMarketParams%v", m, args)
		}
	}

	// Raising: each fraction at least its current value; the status stays (market 1 stays reduce-only). A
	// raise that changes nothing is refused.
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000, 30_000, 0, 0)
	wantRevert(t, err, "MarketParamsUnchanged")
	idx, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 2, 150_000, 60_000, 250_000, 120_000)
	if err != nil {
		t.Fatal(err)
	}
	raised := state.MarketParamsRecord{Market: 2, Status: state.MarketActive, ImfPpm: 150_000, MmfPpm: 60_000, TierImfPpm: 250_000, TierMmfPpm: 120_000}
	e.checkQueued(idx, raised, markets[1].TierSizeQuantums)
	if err := e.sim.AdjustTime(marketParamsCooldown * time.Second); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		f    [4]uint32
		want string
	}{
		"lower imf":           {[4]uint32{149_999, 60_000, 250_000, 120_000}, "GuardianCannotLower"},
		"lower mmf":           {[4]uint32{150_000, 59_999, 250_000, 120_000}, "GuardianCannotLower"},
		"lower tier imf":      {[4]uint32{150_000, 60_000, 249_999, 120_000}, "GuardianCannotLower"},
		"lower tier mmf":      {[4]uint32{150_000, 60_000, 250_000, 119_999}, "GuardianCannotLower"},
		"mmf above imf":       {[4]uint32{150_000, 150_001, 250_000, 200_000}, "InvalidMarketParams"},
		"imf above 10^6":      {[4]uint32{1_000_001, 60_000, 1_000_001, 120_000}, "InvalidMarketParams"},
		"tier imf below imf":  {[4]uint32{250_001, 60_000, 250_000, 120_000}, "InvalidMarketParams"},
		"tier mmf above imf":  {[4]uint32{150_000, 60_000, 250_000, 250_001}, "InvalidMarketParams"},
		"tier imf above 10^6": {[4]uint32{150_000, 60_000, 1_000_001, 120_000}, "InvalidMarketParams"},
	} {
		_, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, 2, c.f[0], c.f[1], c.f[2], c.f[3])
		if err == nil {
			t.Fatalf("%s: accepted", name)
		}
		wantRevert(t, err, c.want)
	}
	// Without a tier, the tier fractions stay 0.
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000, 30_000, 50_000, 30_000)
	wantRevert(t, err, "InvalidMarketParams")
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000, 50_000, 0, 0) // mmf = imf, at the limit
	if err != nil {
		t.Fatalf("imf = mmf: %v", err)
	}
	for _, m := range []uint8{3, 4, 0, state.MarketCount + 1} { // settled, unlisted, out of range
		_, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, m, 900_000, 800_000, 0, 0)
		wantRevert(t, err, "InvalidMarketParams")
	}

	// Reactivating, settling or lowering is governance: the guardian cannot propose or apply it.
	reactivate := rowParams(markets, 1, state.MarketActive)
	_, err = e.rollup.ProposeMarketParams(e.ctx, guard, reactivate)
	wantRevert(t, err, "NotGovernor")
	if _, err := e.rollup.ProposeMarketParams(e.ctx, e.sim.Transactor(governorIdx), reactivate); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	_, _, err = e.rollup.ApplyMarketParams(e.ctx, guard, reactivate)
	wantRevert(t, err, "NotGovernor")
	if s := e.status(); s.QueueCount != 3 {
		t.Fatalf("queue count %d, want 3", s.QueueCount)
	}
}

// TestSecurityGovernorMarketParams checks the governor's MarketParams change: checked at proposal (malformed key
// or value: InvalidChange; illegal against the row: InvalidMarketParams), applied GOVERNANCE_DELAY later and
// not a second earlier, checked again when applied, expiring like any change; it may reactivate, lower and
// settle, and a settled market never changes again.
func TestSecurityGovernorMarketParams(t *testing.T) {
	e := newTieredEnv(t)
	gov := e.sim.Transactor(governorIdx)
	markets := tieredMarkets()
	if _, _, err := e.rollup.SetReduceOnly(e.ctx, e.sim.Transactor(guardianIdx), 1); err != nil {
		t.Fatal(err)
	}

	key, value := MarketParamsChange(rowParams(markets, 2, state.MarketActive))
	badValue := value
	badValue[31-13] = 1 // bit 104
	for _, c := range []struct{ key, value [32]byte }{
		{[32]byte{}, value},
		{[32]byte{31: state.MarketCount + 1}, value},
		{[32]byte{0: 1, 31: 2}, value},
		{key, badValue},
	} {
		_, err := e.rollup.ProposeChange(e.ctx, gov, ChangeMarketParams, c.key, c.value)
		wantRevert(t, err, "InvalidChange")
	}
	for name, p := range map[string]state.MarketParamsRecord{
		"status 0":               {Market: 2, Status: 0, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 200_000, TierMmfPpm: 100_000},
		"status 4":               {Market: 2, Status: 4, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 200_000, TierMmfPpm: 100_000},
		"mmf 0":                  {Market: 2, Status: 1, ImfPpm: 100_000, MmfPpm: 0, TierImfPpm: 200_000, TierMmfPpm: 100_000},
		"mmf above imf":          {Market: 2, Status: 1, ImfPpm: 100_000, MmfPpm: 100_001, TierImfPpm: 200_000, TierMmfPpm: 150_000},
		"imf above 10^6":         {Market: 2, Status: 1, ImfPpm: 1_000_001, MmfPpm: 50_000, TierImfPpm: 1_000_001, TierMmfPpm: 100_000},
		"tier imf below imf":     {Market: 2, Status: 1, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 99_999, TierMmfPpm: 50_000},
		"tier mmf below mmf":     {Market: 2, Status: 1, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 200_000, TierMmfPpm: 49_999},
		"tier mmf above tierImf": {Market: 2, Status: 1, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 200_000, TierMmfPpm: 200_001},
		"tier without tier size": {Market: 1, Status: 1, ImfPpm: 50_000, MmfPpm: 30_000, TierImfPpm: 50_000, TierMmfPpm: 0},
		"settled market":         rowParams(markets, 3, state.MarketSettled),
		"unlisted market":        {Market: 4, Status: 1, ImfPpm: 100_000, MmfPpm: 50_000},
	} {
		_, err := e.rollup.ProposeMarketParams(e.ctx, gov, p)
		if args := wantRevert(t, err, "InvalidMarketParams"); args[0].(uint8) != p.Market {
			t.Fatalf("%s: InvalidMarketParams%v", name, args)
		}
	}

	// Reactivate market 1 with lower fractions, lower market 2's, settle market 2: proposed together.
	reactivate := state.MarketParamsRecord{Market: 1, Status: state.MarketActive, ImfPpm: 40_000, MmfPpm: 20_000}
	lower := state.MarketParamsRecord{Market: 2, Status: state.MarketActive, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 100_000, TierMmfPpm: 50_000}
	settle := rowParams(markets, 2, state.MarketSettled)
	for _, p := range []state.MarketParamsRecord{reactivate, lower, settle} {
		if _, err := e.rollup.ProposeMarketParams(e.ctx, gov, p); err != nil {
			t.Fatal(err)
		}
	}
	k, v := MarketParamsChange(reactivate)
	eta := e.pendingEta(ChangeMarketParams, k, v)
	err := e.txAt(eta-1, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeMarketParams), k, v))
	if args := wantRevert(t, err, "ChangeNotReady"); args[1].(*big.Int).Uint64() != eta {
		t.Fatalf("ChangeNotReady%v", args)
	}
	if row, _ := e.rollup.MarketRow(e.ctx, 1); row.Status != state.MarketReduceOnly {
		t.Fatalf("applied early: %+v", row)
	}
	if err := e.txAt(eta, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeMarketParams), k, v)); err != nil {
		t.Fatalf("apply at eta: %v", err)
	}
	e.checkQueued(e.status().QueueCount-1, reactivate, 0)
	if err := e.sim.AdjustTime(time.Minute); err != nil { // past the later proposals' etas
		t.Fatal(err)
	}
	idx, _, err := e.rollup.ApplyMarketParams(e.ctx, gov, settle)
	if err != nil {
		t.Fatal(err)
	}
	e.checkQueued(idx, settle, markets[1].TierSizeQuantums)
	// Checked again when applied: market 2 settled after the lowering was proposed.
	_, _, err = e.rollup.ApplyMarketParams(e.ctx, gov, lower)
	wantRevert(t, err, "InvalidMarketParams")
	_, _, err = e.rollup.SetReduceOnly(e.ctx, e.sim.Transactor(guardianIdx), 2)
	wantRevert(t, err, "InvalidMarketParams")
	_, err = e.rollup.ProposeMarketParams(e.ctx, gov, rowParams(markets, 2, state.MarketActive))
	wantRevert(t, err, "InvalidMarketParams")

	// A MarketParams change expires like the others.
	again := state.MarketParamsRecord{Market: 1, Status: state.MarketReduceOnly, ImfPpm: 40_000, MmfPpm: 20_000}
	if _, err := e.rollup.ProposeMarketParams(e.ctx, gov, again); err != nil {
		t.Fatal(err)
	}
	k, v = MarketParamsChange(again)
	eta = e.pendingEta(ChangeMarketParams, k, v)
	err = e.txAt(eta+governanceExpiry+1, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeMarketParams), k, v))
	wantRevert(t, err, "ChangeExpired")
	if row, _ := e.rollup.MarketRow(e.ctx, 1); row.Status != state.MarketActive {
		t.Fatalf("an expired change applied: %+v", row)
	}
}

// TestMarketParamsConsumed checks a batch consumes a MarketParams entry with exactly its record (QueueMismatch
// otherwise), hashed whole, crediting nothing, and that an overdue one freezes the rollup at its due time.
func TestMarketParamsConsumed(t *testing.T) {
	e := newTieredEnv(t)
	guard := e.sim.Transactor(guardianIdx)
	markets := tieredMarkets()
	if _, _, err := e.rollup.SetReduceOnly(e.ctx, guard, 1); err != nil {
		t.Fatal(err)
	}
	p := rowParams(markets, 1, state.MarketReduceOnly)
	idx, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, 2, 100_000, 50_000, 250_000, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	q := state.MarketParamsRecord{Market: 2, Status: state.MarketActive, ImfPpm: 100_000, MmfPpm: 50_000, TierImfPpm: 250_000, TierMmfPpm: 100_000}
	rec := func(r state.MarketParamsRecord) state.Record { return state.Record{MarketParams: &r} }
	for name, edit := range map[string]func(r *state.MarketParamsRecord){
		"market":   func(r *state.MarketParamsRecord) { r.Market = 2 },
		"status":   func(r *state.MarketParamsRecord) { r.Status = state.MarketActive },
		"imf":      func(r *state.MarketParamsRecord) { r.ImfPpm++ },
		"mmf":      func(r *state.MarketParamsRecord) { r.MmfPpm-- },
		"tier imf": func(r *state.MarketParamsRecord) { r.TierImfPpm = 1 },
		"tier mmf": func(r *state.MarketParamsRecord) { r.TierMmfPpm = 1 },
	} {
		bad := p
		edit(&bad)
		if err := e.applyRecords(rec(bad)); err == nil {
			t.Fatalf("%s: accepted", name)
		} else {
			wantRevert(t, err, "QueueMismatch")
		}
	}
	wantRevert(t, e.applyRecords(rec(q), rec(p)), "QueueMismatch")
	wantRevert(t, e.applyRecords(state.Record{ForcedTrade: &state.ForcedTradeRecord{Market: 1}}), "QueueMismatch")
	// A nonzero byte in the record's zero tail is another record.
	pd := batchPubdata(t, rec(p))
	pd[state.MarketRecordSize+state.CompactRecordSize-1] = 1
	_, err = e.harnessTx(e.harness.PackApplyRecords(pd, withdrawalsOf(pd)))
	wantRevert(t, err, "QueueMismatch")
	if err := e.applyRecords(rec(p), tradeRec()); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 1 {
		t.Fatalf("queue head %d, want 1", s.QueueHead)
	}
	// The second entry, still unserved, freezes the rollup once overdue; the consumed one cannot.
	_, err = e.rollup.Freeze(e.ctx, e.sim.Transactor(5), 0)
	wantRevert(t, err, "NotPending")
	e.freezeAtDue(idx)
}

// TestMarketParamsMatchesState proposes, as the governor, every combination of a grid of statuses and
// fractions for a flat active market, a tiered active one, a settled one and an unlisted one, and requires the
// contract to accept exactly the records state.CheckMarketParams accepts — except any change of a settled
// market and a record equal to the market's row, which only the contract refuses (docs/PROTOCOL.md §8: a
// settled market never changes, a change must change something; the sequencer never sees either).
func TestMarketParamsMatchesState(t *testing.T) {
	e := newTieredEnv(t)
	gov := e.sim.Transactor(governorIdx)
	markets := tieredMarkets()
	fractions := [][4]uint32{
		{50_000, 30_000, 0, 0}, {50_000, 0, 0, 0}, {50_000, 50_001, 0, 0}, {1_000_000, 1, 0, 0}, {1_000_001, 1, 0, 0},
		{50_000, 30_000, 200_000, 100_000}, {50_000, 30_000, 49_999, 30_000}, {50_000, 30_000, 200_000, 200_001},
		{50_000, 30_000, 1_000_001, 100_000}, {50_000, 30_000, 200_000, 29_999},
	}
	accepted := 0
	for m := uint8(1); m <= 4; m++ {
		for status := uint8(0); status <= 4; status++ {
			for _, f := range fractions {
				r := state.MarketParamsRecord{Market: m, Status: status, ImfPpm: f[0], MmfPpm: f[1], TierImfPpm: f[2], TierMmfPpm: f[3]}
				goErr := state.CheckMarketParams(markets[m-1], r)
				if markets[m-1].Status == state.MarketSettled && goErr == nil {
					goErr = state.ErrStatusChange
				}
				want := "InvalidMarketParams"
				if goErr == nil && r == rowParams(markets, m, markets[m-1].Status) {
					goErr, want = state.ErrBadMarketParams, "MarketParamsUnchanged"
				}
				_, err := e.rollup.ProposeMarketParams(e.ctx, gov, r)
				if (err == nil) != (goErr == nil) {
					t.Fatalf("%+v: contract %v, state %v", r, err, goErr)
				}
				if err == nil {
					accepted++
				} else {
					wantRevert(t, err, want)
				}
			}
		}
	}
	t.Logf("%d of %d records accepted by both", accepted, 4*5*len(fractions))
}
