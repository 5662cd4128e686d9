package sequencer

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/state"
)

func account(collateral int64, pos ...state.Position) *state.Account {
	a := state.EmptyAccount()
	a.CollateralQuantums = collateral
	copy(a.Positions[:], pos)
	return &a
}

func TestComputeRiskHealthy(t *testing.T) {
	markets := testMarkets()
	var tiny state.Markets
	tiny[0] = state.Market{OraclePrice: 1, ImfPpm: 1, MmfPpm: 1, Status: state.MarketActive, TickSize: 1, StepSize: 1_000_000}
	btc := func(size int64) state.Position { return state.Position{Market: mBTC, SizeQuantums: size} }
	eth := func(size int64) state.Position { return state.Position{Market: mETH, SizeQuantums: size} }
	cases := []struct {
		name         string
		markets      *state.Markets
		acc          *state.Account
		tv, imr, mmr string
		healthy      bool
	}{
		{name: "empty", markets: &markets, acc: account(0), tv: "0", imr: "0", mmr: "0", healthy: true},
		{name: "negative collateral, no position", markets: &markets, acc: account(-1), tv: "-1000000", imr: "0", mmr: "0"},
		// long 1 BTC at 60000, IMF 5%: TV = IMR ⟺ collateral = −57000 USDC.
		{name: "long: TV exactly IMR", markets: &markets, acc: account(-57_000_000_000, btc(1_000_000)),
			tv: "3000000000000000", imr: "3000000000000000000000", mmr: "1800000000000000000000", healthy: true},
		{name: "long: one quantum under", markets: &markets, acc: account(-57_000_000_001, btc(1_000_000)),
			tv: "2999999999000000", imr: "3000000000000000000000", mmr: "1800000000000000000000"},
		{name: "short: TV exactly IMR", markets: &markets, acc: account(63_000_000_000, btc(-1_000_000)),
			tv: "3000000000000000", imr: "3000000000000000000000", mmr: "1800000000000000000000", healthy: true},
		{name: "short: one quantum under", markets: &markets, acc: account(62_999_999_999, btc(-1_000_000)),
			tv: "2999999999000000", imr: "3000000000000000000000", mmr: "1800000000000000000000"},
		// long 1 BTC (IMR 3000) and short 10 ETH at 3000 (notional 30000, IMF 10%: IMR 3000): TV = 6000 USDC.
		{name: "two markets at the boundary", markets: &markets, acc: account(-24_000_000_000, btc(1_000_000), eth(-100_000)),
			tv: "6000000000000000", imr: "6000000000000000000000", mmr: "3300000000000000000000", healthy: true},
		{name: "two markets one quantum under", markets: &markets, acc: account(-24_000_000_001, btc(1_000_000), eth(-100_000)),
			tv: "5999999999000000", imr: "6000000000000000000000", mmr: "3300000000000000000000"},
		// Sub-quantum values stay exact: 1 quantum at price 1 (10^-6 quote quantum) with IMF 1 ppm.
		{name: "sub-quantum long", markets: &tiny, acc: account(0, state.Position{Market: 1, SizeQuantums: 1}), tv: "1", imr: "1", mmr: "1", healthy: true},
		{name: "sub-quantum short", markets: &tiny, acc: account(0, state.Position{Market: 1, SizeQuantums: -1}), tv: "-1", imr: "1", mmr: "1"},
		{name: "position in an unlisted market counts nothing", markets: &markets, acc: account(0, state.Position{Market: 7, SizeQuantums: -5}),
			tv: "0", imr: "0", mmr: "0", healthy: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := state.ComputeRisk(c.acc, c.markets)
			if r.TV.String() != c.tv || r.IMR.String() != c.imr || r.MMR.String() != c.mmr {
				t.Fatalf("TV %v IMR %v MMR %v, want %s %s %s", &r.TV, &r.IMR, &r.MMR, c.tv, c.imr, c.mmr)
			}
			if r.Healthy() != c.healthy {
				t.Fatalf("healthy %v", r.Healthy())
			}
		})
	}
}

func riskOf(tv, mmr int64) *state.Risk {
	r := new(state.Risk)
	r.TV.SetInt64(tv)
	r.MMR.SetInt64(mmr)
	r.IMR.Mul(big.NewInt(mmr), big.NewInt(2))
	return r
}

func TestReducing(t *testing.T) {
	cases := []struct {
		name   string
		s0, s1 int64
		r0, r1 *state.Risk
		want   bool
	}{
		{name: "half, same ratio", s0: 10, s1: 5, r0: riskOf(100, 40), r1: riskOf(50, 20), want: true},
		{name: "half, ratio one unit lower", s0: 10, s1: 5, r0: riskOf(100, 40), r1: riskOf(49, 20)},
		{name: "half, ratio higher", s0: 10, s1: 5, r0: riskOf(100, 40), r1: riskOf(51, 20), want: true},
		{name: "close with TV ≥ 0", s0: 10, s1: 0, r0: riskOf(100, 40), r1: riskOf(0, 0), want: true},
		{name: "close with TV < 0", s0: 10, s1: 0, r0: riskOf(100, 40), r1: riskOf(-1, 0)},
		{name: "negative TV improving", s0: 10, s1: 5, r0: riskOf(-100, 40), r1: riskOf(-50, 20), want: true},
		{name: "negative TV worsening", s0: 10, s1: 5, r0: riskOf(-100, 40), r1: riskOf(-51, 20)},
		{name: "flip", s0: 10, s1: -1, r0: riskOf(100, 40), r1: riskOf(100, 4)},
		{name: "unchanged size", s0: 10, s1: 10, r0: riskOf(100, 40), r1: riskOf(100, 40)},
		{name: "grow", s0: 10, s1: 11, r0: riskOf(100, 40), r1: riskOf(110, 44)},
		{name: "from zero", s0: 0, s1: 0, r0: riskOf(100, 0), r1: riskOf(100, 0)},
		{name: "short half", s0: -10, s1: -5, r0: riskOf(100, 40), r1: riskOf(50, 20), want: true},
		{name: "short grow", s0: -10, s1: -11, r0: riskOf(100, 40), r1: riskOf(110, 44)},
		{name: "short flip", s0: -10, s1: 1, r0: riskOf(100, 40), r1: riskOf(100, 4)},
		{name: "short close", s0: -10, s1: 0, r0: riskOf(100, 40), r1: riskOf(1, 0), want: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := engine.Reducing(c.s0, c.s1, c.r0, c.r1); got != c.want {
				t.Fatalf("Reducing = %v", got)
			}
		})
	}
}

// TestExposureExact: the allocation-free sums of exposure agree with big.Int arithmetic, up to the extremes.
func TestExposureExact(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 3))
	var e book.Exposure
	var size, notional big.Int
	for i := range 1000 {
		s, p := r.Uint64(), r.Uint64()
		if i%10 == 0 {
			s, p = math.MaxUint64, math.MaxUint64
		}
		e.Add(false, s, p)
		size.Add(&size, new(big.Int).SetUint64(s))
		notional.Add(&notional, new(big.Int).Mul(new(big.Int).SetUint64(s), new(big.Int).SetUint64(p)))
	}
	if e.AskSize.Big().Cmp(&size) != 0 || e.AskNotional.Big().Cmp(&notional) != 0 || !(e.BidSize == book.U128{}) || e.Empty() {
		t.Fatalf("sizes %v / %v, notionals %v / %v", e.AskSize.Big(), &size, e.AskNotional.Big(), &notional)
	}
}
