package state

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// testSeed returns PERPX_SEED if set, else a fresh seed, and logs it so a failure can be replayed.
func testSeed(t testing.TB) uint64 {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("PERPX_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("PERPX_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (replay with PERPX_SEED=%d)", seed, seed)
	return seed
}

// sampleMarkets returns a listed table with display fields set (statedb's tests use the same one).
func sampleMarkets() Markets {
	var m Markets
	m[0] = Market{Name: "BTC-USD", OraclePrice: 60_000_000_000, FundingIndex: -12, ImfPpm: 50_000, MmfPpm: 30_000,
		Status: MarketActive, TickSize: 1_000_000, StepSize: 1, BaseDecimals: 8, MakerFeePpm: 100, TakerFeePpm: 500}
	m[1] = Market{Name: "ETH-USD", OraclePrice: 3_000_000_000, FundingIndex: 7, ImfPpm: 100_000, MmfPpm: 50_000,
		Status: MarketReduceOnly, TickSize: 100, StepSize: 10_000, BaseDecimals: 9, MakerFeePpm: 0, TakerFeePpm: 1000}
	return m
}
