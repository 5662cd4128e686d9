package state

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

func validMarket() Market {
	return Market{Name: "BTC-USD", OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive,
		TickSize: 1_000_000, StepSize: 1, BaseDecimals: 8, MakerFeePpm: 100, TakerFeePpm: 500}
}

func TestMarketValidate(t *testing.T) {
	with := func(f func(*Market)) Market {
		m := validMarket()
		f(&m)
		return m
	}
	for _, tc := range []struct {
		name string
		m    Market
		ok   bool
	}{
		{"valid", validMarket(), true},
		{"unlisted with any fields", Market{Status: MarketUnlisted, MmfPpm: 7, TickSize: 3}, true},
		{"reduce-only", with(func(m *Market) { m.Status = MarketReduceOnly }), true},
		{"settled", with(func(m *Market) { m.Status = MarketSettled }), true},
		{"status 4", with(func(m *Market) { m.Status = MarketSettled + 1 }), false},
		{"zero tick", with(func(m *Market) { m.TickSize = 0 }), false},
		{"zero step", with(func(m *Market) { m.StepSize = 0 }), false},
		{"tick·step not a multiple of S", with(func(m *Market) { m.TickSize, m.StepSize = 500_000, 3 }), false},
		{"tick·step a multiple of S", with(func(m *Market) { m.TickSize, m.StepSize = 500_000, 2 }), true},
		{"tick 1 step S", with(func(m *Market) { m.TickSize, m.StepSize = 1, PriceScale }), true},
		{"large tick and step", with(func(m *Market) { m.TickSize, m.StepSize = math.MaxUint64, PriceScale }), true},
		{"large coprime", with(func(m *Market) { m.TickSize, m.StepSize = math.MaxUint64, math.MaxUint64 }), false},
		{"oracle price 0", with(func(m *Market) { m.OraclePrice = 0 }), false},
		{"oracle price 1", with(func(m *Market) { m.OraclePrice = 1 }), true},
		{"oracle price 2^48-1", with(func(m *Market) { m.OraclePrice = MaxPrice - 1 }), true},
		{"oracle price 2^48", with(func(m *Market) { m.OraclePrice = MaxPrice }), false},
		{"mmf 0", with(func(m *Market) { m.MmfPpm = 0 }), false},
		{"mmf = imf", with(func(m *Market) { m.MmfPpm = m.ImfPpm }), true},
		{"mmf > imf", with(func(m *Market) { m.MmfPpm = m.ImfPpm + 1 }), false},
		{"imf 10^6", with(func(m *Market) { m.ImfPpm = PpmScale }), true},
		{"imf 10^6+1", with(func(m *Market) { m.ImfPpm = PpmScale + 1 }), false},
		{"maker fee MaxFeeRatePpm", with(func(m *Market) { m.MakerFeePpm = MaxFeeRatePpm }), true},
		{"maker fee MaxFeeRatePpm+1", with(func(m *Market) { m.MakerFeePpm = MaxFeeRatePpm + 1 }), false},
		{"taker fee MaxFeeRatePpm+1", with(func(m *Market) { m.TakerFeePpm = MaxFeeRatePpm + 1 }), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.m.Validate()
			if tc.ok && err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrBadMarket) {
				t.Fatalf("got %v, want ErrBadMarket", err)
			}
		})
	}
	var table Markets
	table[0] = validMarket()
	table[5] = Market{Status: MarketActive}
	if err := table.Validate(); !errors.Is(err, ErrBadMarket) || err.Error()[:8] != "market 6" {
		t.Fatalf("table error %v, want one naming market 6", err)
	}
	if table.Get(0) != nil || table.Get(MarketCount+1) != nil || table.Get(1) != &table[0] || table.Get(MarketCount) != &table[MarketCount-1] {
		t.Fatal("Markets.Get")
	}
}

func TestMarketWords(t *testing.T) {
	m := validMarket()
	m.FundingIndex = -9
	m.Status = MarketReduceOnly
	w0 := new(big.Int).SetUint64(m.OraclePrice)
	w0.Or(w0, bigField(biased(-9), 64))
	w0.Or(w0, bigField(big.NewInt(int64(m.ImfPpm)), 128))
	w0.Or(w0, bigField(big.NewInt(int64(m.MmfPpm)), 160))
	w0.Or(w0, bigField(big.NewInt(MarketReduceOnly), 192))
	w1 := new(big.Int).SetUint64(m.TickSize)
	w1.Or(w1, bigField(new(big.Int).SetUint64(m.StepSize), 64))
	got := m.Words()
	if BigOf(got[0]).Cmp(w0) != 0 || BigOf(got[1]).Cmp(w1) != 0 {
		t.Fatalf("market words %s %s, want %s %s", BigOf(got[0]), BigOf(got[1]), w0, w1)
	}
	// Display fields are not hashed.
	n := m
	n.Name, n.BaseDecimals, n.MakerFeePpm, n.TakerFeePpm = "other", 2, 1, 2
	if n.Words() != m.Words() {
		t.Fatal("display fields change the market words")
	}
	var table Markets
	table[2] = m
	var words []fr.Element
	for i := range table {
		w := table[i].Words()
		words = append(words, w[0], w[1])
	}
	if table.Hash() != Hash(words...) {
		t.Fatal("marketsHash is not H(mw0[1], mw1[1], …)")
	}
}

func TestGlobalsWord(t *testing.T) {
	g := Globals{InsuranceFundQuantums: -3, FeePoolQuantums: math.MaxUint64, SystemTimeSeconds: 1_700_000_000}
	want := biased(-3)
	want.Or(want, bigField(new(big.Int).SetUint64(math.MaxUint64), 64))
	want.Or(want, bigField(big.NewInt(1_700_000_000), 128))
	if BigOf(g.Word()).Cmp(want) != 0 {
		t.Fatalf("globals word %s, want %s", BigOf(g.Word()), want)
	}
	m := validMarkets()
	root := StateRoot(Uint(5), &m, g)
	if root != Hash(Uint(5), m.Hash(), g.Word()) {
		t.Fatal("StateRoot is not H(accountsRoot, marketsHash, globals)")
	}
}

func validMarkets() Markets {
	var m Markets
	m[0] = validMarket()
	return m
}

// TestLastOracleTimeLimit: a market's last oracle time holds up to MaxOracleTime (it round-trips through mw0;
// statedb's TestTableCodec checks the stored table) and MaxOracleTime + 1 is invalid; a record that moves a price at a batch time above
// MaxOracleTime is refused, one at MaxOracleTime sets it.
func TestLastOracleTimeLimit(t *testing.T) {
	m := validMarkets()
	m[0].LastOracleTimeSeconds = MaxOracleTime
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	w := m[0].Words()
	if BigOf(w[0]).Rsh(BigOf(w[0]), 200).Uint64() != MaxOracleTime {
		t.Fatal("lastOracleTime is not at bit 200 of mw0")
	}
	m[0].LastOracleTimeSeconds = MaxOracleTime + 1
	if err := m.Validate(); !errors.Is(err, ErrBadMarket) {
		t.Fatalf("last oracle time 2^40: %v", err)
	}
	cfg := Config{FundingIntervalSeconds: 1 << 30}
	for _, c := range []struct {
		ts uint64
		ok bool
	}{{MaxOracleTime, true}, {MaxOracleTime + 1, false}} {
		mk := validMarkets()
		g := Globals{LastFundingTimeSeconds: c.ts}
		rec := MarketRecord{Prices: [MarketCount]uint64{mk[0].OraclePrice + 1}}
		_, err := ApplyMarketRecord(&cfg, &mk, &g, c.ts, &rec)
		if (err == nil) != c.ok || (c.ok && mk[0].LastOracleTimeSeconds != c.ts) {
			t.Fatalf("batch time %d: %v, last oracle time %d", c.ts, err, mk[0].LastOracleTimeSeconds)
		}
	}
}
