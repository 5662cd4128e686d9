package l1

import (
	"math/big"
	"testing"
	"time"

	"github.com/perpx/perpx/state"
)

// Guardian bounds of the contract (docs/PROTOCOL.md §8 "Market params"), checked at their limits.
const (
	guardianMaxRaise      = 50_000  // Rollup.GUARDIAN_MAX_RAISE_PPM
	guardianMaxFraction   = 500_000 // Rollup.GUARDIAN_MAX_FRACTION_PPM
	marketParamsCooldown  = 86_400  // Rollup.MARKET_PARAMS_COOLDOWN
	boundsMarketHighIndex = 4       // the market of boundsMarkets close to the absolute cap
)

// boundsMarkets is testMarkets with a fourth, active market whose fractions are close to the guardian's cap.
func boundsMarkets() state.Markets {
	m := testMarkets()
	m[boundsMarketHighIndex-1] = state.Market{Status: state.MarketActive, OraclePrice: 1_000_000, TickSize: 1, StepSize: 1_000_000,
		ImfPpm: guardianMaxFraction - 20_000, MmfPpm: guardianMaxFraction - 40_000}
	return m
}

// TestSecurityGuardianBounds reproduces issue 20 item 4 and checks the guardian's bounds at their limits: a raise
// moves each fraction by at most GUARDIAN_MAX_RAISE_PPM (GuardianRaiseTooLarge at one more) and to at most
// GUARDIAN_MAX_FRACTION_PPM (GuardianFractionTooHigh at one more); a market takes at most one raise or
// governance change per MARKET_PARAMS_COOLDOWN (MarketParamsCooldown one second before it ends), while
// setReduceOnly stays available at once; a change that changes nothing is refused (MarketParamsUnchanged), from
// the guardian and from the governor.
func TestSecurityGuardianBounds(t *testing.T) {
	e := newEnvWith(t, boundsMarkets())
	guard, gov := e.sim.Transactor(guardianIdx), e.sim.Transactor(governorIdx)
	raise := func(m uint8, f [4]uint32) []byte {
		return e.rollup.abi.PackRaiseMarginFractions(m, u(f[0]), u(f[1]), u(f[2]), u(f[3]))
	}
	// Market 1: imf 50,000, mmf 30,000.
	_, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000+guardianMaxRaise+1, 30_000, 0, 0)
	if args := wantRevert(t, err, "GuardianRaiseTooLarge"); args[0].(uint8) != 1 {
		t.Fatalf("GuardianRaiseTooLarge%v", args)
	}
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000+guardianMaxRaise, 30_000+guardianMaxRaise+1, 0, 0)
	wantRevert(t, err, "GuardianRaiseTooLarge")
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000, 30_000, 0, 0)
	wantRevert(t, err, "MarketParamsUnchanged")
	if _, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 50_000+guardianMaxRaise, 30_000+guardianMaxRaise, 0, 0); err != nil {
		t.Fatalf("raise by the cap: %v", err)
	}
	raisedAt := e.blockTime()
	err = e.txAt(raisedAt+marketParamsCooldown-1, guardianIdx, raise(1, [4]uint32{100_001, 80_000, 0, 0}))
	if args := wantRevert(t, err, "MarketParamsCooldown"); args[1].(*big.Int).Uint64() != raisedAt+marketParamsCooldown {
		t.Fatalf("MarketParamsCooldown%v, want ready at %d", args, raisedAt+marketParamsCooldown)
	}
	if _, _, err := e.rollup.SetReduceOnly(e.ctx, guard, 1); err != nil {
		t.Fatalf("reduce-only within the cooldown: %v", err)
	}
	if err := e.txAt(e.blockTime()+marketParamsCooldown, guardianIdx, raise(1, [4]uint32{100_001, 80_000, 0, 0})); err != nil {
		t.Fatalf("raise once the cooldown is over: %v", err)
	}

	// The high market: imf 480,000, mmf 460,000.
	const hi = boundsMarketHighIndex
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, hi, guardianMaxFraction+1, guardianMaxFraction-40_000, 0, 0)
	if args := wantRevert(t, err, "GuardianFractionTooHigh"); args[0].(uint8) != hi {
		t.Fatalf("GuardianFractionTooHigh%v", args)
	}
	if _, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, hi, guardianMaxFraction, guardianMaxFraction, 0, 0); err != nil {
		t.Fatalf("raise to the cap: %v", err)
	}

	// The governor: a change to the row as it is refused at proposal; a real one waits out the cooldown of the
	// market's last entry.
	same := state.MarketParamsRecord{Market: 2, Status: state.MarketActive, ImfPpm: 100_000, MmfPpm: 50_000}
	_, err = e.rollup.ProposeMarketParams(e.ctx, gov, same)
	wantRevert(t, err, "MarketParamsUnchanged")
	lower := state.MarketParamsRecord{Market: 2, Status: state.MarketActive, ImfPpm: 90_000, MmfPpm: 50_000}
	e.must(e.rollup.ProposeMarketParams(e.ctx, gov, lower))
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, 2, 100_000, 60_000, 0, 0); err != nil {
		t.Fatal(err)
	}
	_, _, err = e.rollup.ApplyMarketParams(e.ctx, gov, lower)
	wantRevert(t, err, "MarketParamsCooldown")
	if err := e.sim.AdjustTime(marketParamsCooldown * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.rollup.ApplyMarketParams(e.ctx, gov, lower); err != nil {
		t.Fatalf("governor's change after the cooldown: %v", err)
	}
}

func u(v uint32) *big.Int { return big.NewInt(int64(v)) }
