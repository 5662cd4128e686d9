package state

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestMedian3(t *testing.T) {
	for _, c := range [][4]uint64{{1, 2, 3, 2}, {3, 2, 1, 2}, {2, 3, 1, 2}, {5, 5, 1, 5}, {1, 5, 5, 5}, {7, 7, 7, 7}, {9, 1, 4, 4}} {
		if got := Median3(c[0], c[1], c[2]); got != c[3] {
			t.Errorf("Median3(%d, %d, %d) = %d, want %d", c[0], c[1], c[2], got, c[3])
		}
	}
}

func TestFundingDeltaFloors(t *testing.T) {
	for _, c := range []struct {
		rate  int16
		price uint64
		want  int64
	}{
		{100, 1_000_000, 100}, {1, 999_999, 0}, {-1, 999_999, -1}, {-1, 1_000_000, -1}, {-3, 500_000, -2},
		{MaxFundingRatePpm, MaxPrice - 1, int64((uint64(MaxFundingRatePpm) * (MaxPrice - 1)) / PpmScale)},
	} {
		if got := FundingDelta(c.rate, c.price); got != c.want {
			t.Errorf("FundingDelta(%d, %d) = %d, want %d", c.rate, c.price, got, c.want)
		}
	}
}

func TestSettleFundingRoundsAgainstAccount(t *testing.T) {
	var mk Markets
	mk[0] = Market{OraclePrice: 1_000_000, FundingIndex: 7, ImfPpm: 100_000, MmfPpm: 50_000, Status: MarketActive, TickSize: 1, StepSize: 1_000_000}
	for _, c := range []struct {
		size, cached, coll int64
		want               int64 // settle
	}{
		{1, 0, 10, 1},             // owes 7/10^6: pays 1
		{-1, 0, 10, 0},            // is owed 7/10^6: receives 0
		{3_000_000, 0, 100, 21},   // owes exactly 21
		{-3_000_000, 0, 100, -21}, // is owed exactly 21
		{-1_000_001, 0, 100, -7},  // is owed 7.000007: receives 7
		{1_000_001, 7, 100, 0},    // already settled
	} {
		a := Account{CollateralQuantums: c.coll}
		a.Positions[0] = Position{Market: 1, SizeQuantums: c.size, FundingIndex: c.cached}
		got, err := SettleFunding(&a, &mk)
		if err != nil || got != c.want || a.CollateralQuantums != c.coll-c.want || a.Positions[0].FundingIndex != 7 {
			t.Errorf("size %d cached %d: settle %d (%v), collateral %d, index %d; want settle %d", c.size, c.cached, got, err,
				a.CollateralQuantums, a.Positions[0].FundingIndex, c.want)
		}
	}
}

func TestSettleFundingMatchesExactSum(t *testing.T) {
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 9))
	var mk Markets
	for i := range mk {
		mk[i] = Market{OraclePrice: 1 + rng.Uint64N(MaxPrice-1), FundingIndex: rng.Int64N(1<<30) - 1<<29, ImfPpm: 2, MmfPpm: 1,
			Status: MarketActive, TickSize: 1, StepSize: PriceScale}
	}
	for range 2000 {
		a := Account{CollateralQuantums: rng.Int64N(1<<50) - 1<<49}
		var exact big.Int
		for k := range a.Positions {
			m := uint8(k + 1)
			s := rng.Int64N(MaxSize) - MaxSize/2
			f := rng.Int64N(1<<30) - 1<<29
			a.Positions[k] = Position{Market: m, SizeQuantums: s, FundingIndex: f}
			exact.Add(&exact, new(big.Int).Mul(big.NewInt(s), big.NewInt(mk[k].FundingIndex-f)))
		}
		got, err := SettleFunding(&a, &mk)
		if err != nil {
			t.Fatal(err)
		}
		// settle · S − exact ∈ [0, S): never in the account's favour, by less than one quantum.
		d := new(big.Int).Sub(new(big.Int).Mul(big.NewInt(got), big.NewInt(PriceScale)), &exact)
		if d.Sign() < 0 || d.Cmp(big.NewInt(PriceScale)) >= 0 {
			t.Fatalf("settle %d vs exact %s/S", got, &exact)
		}
	}
}

func TestMarketFractionsTiers(t *testing.T) {
	m := Market{ImfPpm: 50_000, MmfPpm: 30_000, TierSizeQuantums: 100, TierImfPpm: 100_000, TierMmfPpm: 60_000,
		OraclePrice: 1, Status: MarketActive, TickSize: 1, StepSize: PriceScale}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		s        int64
		imf, mmf uint32
	}{{0, 50_000, 30_000}, {100, 50_000, 30_000}, {-100, 50_000, 30_000}, {101, 100_000, 60_000}, {-101, 100_000, 60_000}} {
		if i, mm := m.Fractions(c.s); i != c.imf || mm != c.mmf {
			t.Errorf("Fractions(%d) = %d, %d; want %d, %d", c.s, i, mm, c.imf, c.mmf)
		}
	}
	bad := m
	bad.TierImfPpm = 40_000
	if bad.Validate() == nil {
		t.Error("tier imf below base imf accepted")
	}
	bad = m
	bad.TierMmfPpm = 110_000
	if bad.Validate() == nil {
		t.Error("tier mmf above tier imf accepted")
	}
	bad = m
	bad.TierSizeQuantums = 0
	if bad.Validate() == nil {
		t.Error("tier fractions without a tier size accepted")
	}
}

func TestApplyMarketRecord(t *testing.T) {
	cfg := Config{MaxFundingRatePpm: 1000, FundingIntervalSeconds: 3600, OracleMaxAgeSeconds: 60}
	var mk Markets
	mk[0] = Market{OraclePrice: 2_000_000, ImfPpm: 2, MmfPpm: 1, Status: MarketActive, TickSize: 1, StepSize: PriceScale}
	g := Globals{LastFundingTimeSeconds: 1000}
	rec := MarketRecord{}
	rec.Prices[0] = 3_000_000
	rec.RatesPpm[0] = -1000
	if _, err := ApplyMarketRecord(&cfg, &mk, &g, 4599, &rec); err == nil {
		t.Fatal("rate without a tick accepted")
	}
	tick, err := ApplyMarketRecord(&cfg, &mk, &g, 4600, &rec)
	if err != nil || !tick || mk[0].OraclePrice != 3_000_000 || mk[0].FundingIndex != -3000 || g.LastFundingTimeSeconds != 4600 {
		t.Fatalf("tick: %v %v %+v %+v", tick, err, mk[0], g)
	}
	rec.RatesPpm[0] = 1001
	if _, err := ApplyMarketRecord(&cfg, &mk, &g, 9000, &rec); err == nil {
		t.Fatal("rate above the maximum accepted")
	}
	rec.RatesPpm[0] = 0
	rec.Prices[1] = 1
	if _, err := ApplyMarketRecord(&cfg, &mk, &g, 9000, &rec); err == nil {
		t.Fatal("price for an unlisted market accepted")
	}
}

func TestMarketRecordRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 3))
	for range 200 {
		var m MarketRecord
		for i := range m.Prices {
			m.Prices[i] = rng.Uint64N(MaxPrice)
			m.RatesPpm[i] = int16(rng.Uint32())
		}
		b, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeMarketRecord(b[:])
		if err != nil || got != m {
			t.Fatalf("round trip: %+v, %v", got, err)
		}
	}
	m := MarketRecord{}
	m.Prices[3] = MaxPrice
	if _, err := m.Encode(); err == nil {
		t.Fatal("price 2^48 encoded")
	}
}
