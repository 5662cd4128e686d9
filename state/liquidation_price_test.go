package state

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestLiquidationPriceExact checks LiquidationPrice against the margin rule on single-position accounts, on
// both sides of a margin tier: a long is liquidatable exactly below the returned price, a short exactly above.
func TestLiquidationPriceExact(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 15))
	var markets Markets
	markets[0] = Market{OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive,
		TierSizeQuantums: 100_000, TierImfPpm: 150_000, TierMmfPpm: 90_000}
	liquidatable := func(a *Account, p uint64) bool {
		m := markets
		m[0].OraclePrice = p
		return ComputeRisk(a, &m).Liquidatable()
	}
	checked := 0
	for range 5_000 {
		a := &Account{CollateralQuantums: r.Int64N(20_000_000_000) - 1_000_000_000}
		s := (r.Int64N(400_000) - 200_000) | 1
		a.Positions[0] = Position{Market: 1, SizeQuantums: s}
		_, mmf := markets[0].Fractions(s)
		tvRest := new(big.Int).Mul(big.NewInt(a.CollateralQuantums), big.NewInt(PriceScale))
		lp := LiquidationPrice(tvRest, new(big.Int), s, mmf)
		if lp == nil || !lp.IsInt64() || lp.Int64() < 2 || lp.Int64() >= int64(MaxPrice) {
			continue
		}
		p := lp.Uint64()
		checked++
		if s > 0 && (liquidatable(a, p) || !liquidatable(a, p-1)) {
			t.Fatalf("long %d, collateral %d: price %d (at: %v, below: %v)", s, a.CollateralQuantums, p,
				liquidatable(a, p), liquidatable(a, p-1))
		}
		if s < 0 && (liquidatable(a, p) || !liquidatable(a, p+1)) {
			t.Fatalf("short %d, collateral %d: price %d (at: %v, above: %v)", s, a.CollateralQuantums, p,
				liquidatable(a, p), liquidatable(a, p+1))
		}
	}
	if checked < 2_000 {
		t.Fatalf("only %d prices checked", checked)
	}
}
