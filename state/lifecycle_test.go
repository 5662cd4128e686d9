package state

import (
	"errors"
	"math"
	"testing"
)

// TestSettleFundingSettledMarket checks the settlement of docs/PROTOCOL.md §5 with settled markets:
// owed = Σ s(I − f) − Σ_settled s·P, settle = ⌈owed / S⌉, and a settled market's position becomes empty while
// the others cache their index.
func TestSettleFundingSettledMarket(t *testing.T) {
	var mk Markets
	mk[0] = Market{OraclePrice: 60_000_000, FundingIndex: 10, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive, TickSize: 1, StepSize: PriceScale}
	mk[1] = Market{OraclePrice: 3_000_001, FundingIndex: -7, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketSettled, TickSize: 1, StepSize: PriceScale}
	mk[2] = Market{OraclePrice: 2_000_000, FundingIndex: 4, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketReduceOnly, TickSize: 1, StepSize: PriceScale}
	for _, c := range []struct {
		name      string
		positions []Position
		coll      int64
		settle    int64
		want      [PositionSlots]Position
	}{
		{name: "long in a settled market receives size · price",
			positions: []Position{{Market: 2, SizeQuantums: 1_000, FundingIndex: -7}}, coll: 5,
			settle: -3_000}, // owed = −1,000 · 3,000,001 = −3,000,001,000 → ⌈−3,000.001⌉ = −3,000
		{name: "short in a settled market pays size · price, rounded up",
			positions: []Position{{Market: 2, SizeQuantums: -1_000, FundingIndex: -7}}, coll: 5_000,
			settle: 3_001}, // ⌈3,000.001⌉
		{name: "unsettled funding of a settled market is paid too",
			positions: []Position{{Market: 2, SizeQuantums: 1_000_000, FundingIndex: -9}}, coll: 0,
			settle: -3_000_001 + 2}, // owed = 10^6 · 2 − 10^6 · 3,000,001 → 2 − 3,000,001
		{name: "the slot after a settled one keeps its place",
			positions: []Position{{Market: 2, SizeQuantums: 10, FundingIndex: -7}, {Market: 1, SizeQuantums: 1_000_000, FundingIndex: 9},
				{Market: 3, SizeQuantums: -2_000_000, FundingIndex: 4}}, coll: 100,
			// owed = −10 · 3,000,001 + 10^6 · 1 + 0 = −29,000,010 → ⌈−29.00001⌉ = −29
			settle: -29,
			want: [PositionSlots]Position{{}, {Market: 1, SizeQuantums: 1_000_000, FundingIndex: 10},
				{Market: 3, SizeQuantums: -2_000_000, FundingIndex: 4}}},
		{name: "no settled market: funding only",
			positions: []Position{{Market: 1, SizeQuantums: -1, FundingIndex: 0}}, coll: 0,
			settle: 0, // owed = −10 → ⌈−0.00001⌉ = 0
			want:   [PositionSlots]Position{{Market: 1, SizeQuantums: -1, FundingIndex: 10}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := Account{CollateralQuantums: c.coll}
			copy(a.Positions[:], c.positions)
			got, err := SettleFunding(&a, &mk)
			if err != nil || got != c.settle || a.CollateralQuantums != c.coll-c.settle || a.Positions != c.want {
				t.Fatalf("settle %d (%v), collateral %d, positions %+v; want settle %d, positions %+v", got, err,
					a.CollateralQuantums, a.Positions, c.settle, c.want)
			}
			if i := a.FreePositionIndex(); c.positions[0].Market == 2 && i != 0 {
				t.Fatalf("first free slot %d, want the settled market's 0", i)
			}
		})
	}
	// A settlement that would push the collateral to 2^63 fails and leaves the account unchanged.
	a := Account{CollateralQuantums: math.MaxInt64 - 2_999}
	a.Positions[0] = Position{Market: 2, SizeQuantums: 1_000, FundingIndex: -7}
	before := a
	if _, err := SettleFunding(&a, &mk); !errors.Is(err, ErrOutOfRange) || a != before {
		t.Fatalf("collateral 2^63: %v, account %+v", err, a)
	}
	a.CollateralQuantums = math.MaxInt64 - 3_000
	if got, err := SettleFunding(&a, &mk); err != nil || got != -3_000 || a.CollateralQuantums != math.MaxInt64 {
		t.Fatalf("collateral 2^63 − 1: settle %d, %v", got, err)
	}
}

// TestCheckMarketParams checks every MarketParams rule of docs/PROTOCOL.md §5 at its boundary and one past it.
func TestCheckMarketParams(t *testing.T) {
	flat := Market{OraclePrice: 1, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive, TickSize: 1, StepSize: PriceScale}
	tiered := flat
	tiered.TierSizeQuantums, tiered.TierImfPpm, tiered.TierMmfPpm = 1_000, 100_000, 60_000
	with := func(m Market, status uint8) Market { m.Status = status; return m }
	p := func(status uint8, imf, mmf, tImf, tMmf uint32) MarketParamsRecord {
		return MarketParamsRecord{Market: 1, Status: status, ImfPpm: imf, MmfPpm: mmf, TierImfPpm: tImf, TierMmfPpm: tMmf}
	}
	const (
		un, act, ro, set = MarketUnlisted, MarketActive, MarketReduceOnly, MarketSettled
	)
	for _, c := range []struct {
		name string
		old  Market
		r    MarketParamsRecord
		err  error // nil: valid
	}{
		{"active stays active", flat, p(act, 50_000, 30_000, 0, 0), nil},
		{"active to reduce-only", flat, p(ro, 50_000, 30_000, 0, 0), nil},
		{"active to settled", flat, p(set, 50_000, 30_000, 0, 0), nil},
		{"active to unlisted", flat, p(un, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"active to status 4", flat, p(4, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"reduce-only to active", with(flat, ro), p(act, 50_000, 30_000, 0, 0), nil},
		{"reduce-only stays", with(flat, ro), p(ro, 50_000, 30_000, 0, 0), nil},
		{"reduce-only to settled", with(flat, ro), p(set, 50_000, 30_000, 0, 0), nil},
		{"reduce-only to unlisted", with(flat, ro), p(un, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"settled stays settled", with(flat, set), p(set, 60_000, 30_000, 0, 0), nil},
		{"settled to active", with(flat, set), p(act, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"settled to reduce-only", with(flat, set), p(ro, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"unlisted stays unlisted", Market{}, p(un, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"unlisted to active", Market{}, p(act, 50_000, 30_000, 0, 0), ErrStatusChange},
		{"mmf 0", flat, p(act, 50_000, 0, 0, 0), ErrMarginFractions},
		{"mmf 1", flat, p(act, 50_000, 1, 0, 0), nil},
		{"mmf = imf", flat, p(act, 50_000, 50_000, 0, 0), nil},
		{"mmf = imf + 1", flat, p(act, 50_000, 50_001, 0, 0), ErrMarginFractions},
		{"imf 10^6", flat, p(act, PpmScale, 30_000, 0, 0), nil},
		{"imf 10^6 + 1", flat, p(act, PpmScale+1, 30_000, 0, 0), ErrMarginFractions},
		{"imf 2^24 − 1", flat, p(act, maxU24, 30_000, 0, 0), ErrMarginFractions},
		{"mmf = imf = 10^6", flat, p(act, PpmScale, PpmScale, 0, 0), nil},
		{"no tier, tier imf 1", flat, p(act, 50_000, 30_000, 1, 0), ErrTierFractions},
		{"no tier, tier mmf 1", flat, p(act, 50_000, 30_000, 0, 1), ErrTierFractions},
		{"tier", tiered, p(act, 50_000, 30_000, 100_000, 60_000), nil},
		{"tier fractions 0", tiered, p(act, 50_000, 30_000, 0, 0), ErrTierFractions},
		{"tier imf = imf", tiered, p(act, 50_000, 30_000, 50_000, 30_000), nil},
		{"tier imf = imf − 1", tiered, p(act, 50_000, 30_000, 49_999, 30_000), ErrTierFractions},
		{"tier imf 10^6", tiered, p(act, 50_000, 30_000, PpmScale, 60_000), nil},
		{"tier imf 10^6 + 1", tiered, p(act, 50_000, 30_000, PpmScale+1, 60_000), ErrTierFractions},
		{"tier mmf = mmf", tiered, p(act, 50_000, 30_000, 100_000, 30_000), nil},
		{"tier mmf = mmf − 1", tiered, p(act, 50_000, 30_000, 100_000, 29_999), ErrTierFractions},
		{"tier mmf = tier imf", tiered, p(act, 50_000, 30_000, 100_000, 100_000), nil},
		{"tier mmf = tier imf + 1", tiered, p(act, 50_000, 30_000, 100_000, 100_001), ErrTierFractions},
		{"status checked before fractions", with(flat, set), p(act, 0, 0, 0, 0), ErrStatusChange},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := CheckMarketParams(c.old, c.r)
			if c.err == nil {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
			} else if !errors.Is(err, c.err) || !errors.Is(err, ErrBadMarketParams) {
				t.Fatalf("got %v, want %v wrapping ErrBadMarketParams", err, c.err)
			}
			var tbl Markets
			tbl[0] = c.old
			before := tbl
			aerr := ApplyMarketParams(&tbl, c.r)
			if (aerr == nil) != (err == nil) {
				t.Fatalf("ApplyMarketParams %v, CheckMarketParams %v", aerr, err)
			}
			want := before
			if err == nil {
				want[0].Status, want[0].ImfPpm, want[0].MmfPpm = c.r.Status, c.r.ImfPpm, c.r.MmfPpm
				want[0].TierImfPpm, want[0].TierMmfPpm = c.r.TierImfPpm, c.r.TierMmfPpm
			}
			if tbl != want {
				t.Fatalf("table after: %+v, want %+v", tbl[0], want[0])
			}
		})
	}
	for _, m := range []uint8{0, MarketCount + 1, 255} {
		var tbl Markets
		tbl[0] = flat
		r := p(act, 50_000, 30_000, 0, 0)
		r.Market = m
		if err := ApplyMarketParams(&tbl, r); !errors.Is(err, ErrParamsMarket) || !errors.Is(err, ErrBadMarketParams) {
			t.Errorf("market %d: %v", m, err)
		}
	}
}

// TestMarketUpdateSettled checks that a settled market is frozen by the market update: its record price is
// its old price, its rate 0 with or without a tick, and the oracle medians do not bind it.
func TestMarketUpdateSettled(t *testing.T) {
	cfg := Config{MaxFundingRatePpm: 1000, FundingIntervalSeconds: 3600, OracleMaxAgeSeconds: 60}
	var mk Markets
	mk[0] = Market{OraclePrice: 2_000_000, FundingIndex: 3, ImfPpm: 2, MmfPpm: 1, Status: MarketActive, TickSize: 1, StepSize: PriceScale}
	mk[1] = Market{OraclePrice: 5_000_000, FundingIndex: 9, ImfPpm: 2, MmfPpm: 1, Status: MarketSettled, TickSize: 1, StepSize: PriceScale}
	mk[2] = Market{OraclePrice: 7_000_000, FundingIndex: 4, ImfPpm: 2, MmfPpm: 1, Status: MarketReduceOnly, TickSize: 1, StepSize: PriceScale}
	const tickTime = 4_600
	for _, c := range []struct {
		name  string
		ts    uint64
		price uint64 // market 2's record price
		rate  int16  // market 2's rate
		ok    bool
	}{
		{"frozen, tick", tickTime, 5_000_000, 0, true},
		{"frozen, no tick", tickTime - 1, 5_000_000, 0, true},
		{"price moved up", tickTime, 5_000_001, 0, false},
		{"price moved down", tickTime, 4_999_999, 0, false},
		{"price 0", tickTime, 0, 0, false},
		{"rate on a tick", tickTime, 5_000_000, 1, false},
		{"negative rate on a tick", tickTime, 5_000_000, -1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, g := mk, Globals{LastFundingTimeSeconds: 1000}
			rec := MarketRecord{Prices: [MarketCount]uint64{2_100_000, c.price, 7_100_000}, RatesPpm: [MarketCount]int16{0, c.rate, -10}}
			if c.ts < tickTime {
				rec.RatesPpm[2] = 0
			}
			_, err := ApplyMarketRecord(&cfg, &m, &g, c.ts, &rec)
			if (err == nil) != c.ok {
				t.Fatalf("ApplyMarketRecord: %v, want ok=%v", err, c.ok)
			}
			if err != nil {
				if !errors.Is(err, ErrBadMarketUpdate) || m != mk {
					t.Fatalf("error %v, table changed: %v", err, m != mk)
				}
				return
			}
			if m[1] != mk[1] || m[0].OraclePrice != 2_100_000 || m[2].OraclePrice != 7_100_000 {
				t.Fatalf("markets after: %+v", m)
			}
			if c.ts == tickTime && m[2].FundingIndex != 4-71 {
				t.Fatalf("reduce-only market index %d, want %d", m[2].FundingIndex, 4-71)
			}
		})
	}
	// The oracle reports' medians bind the active and reduce-only markets only.
	yes := func(PubKey, []byte, Signature) bool { return true }
	reports := make([]SignedOracleReport, OracleQuorum)
	for j := range reports {
		reports[j] = SignedOracleReport{Signer: uint8(j), Report: OracleReport{TimestampSeconds: tickTime,
			Prices: [MarketCount]uint64{2_100_000, 1, 7_100_000}}}
	}
	rec := MarketRecord{Prices: [MarketCount]uint64{2_100_000, 5_000_000, 7_100_000}}
	if err := CheckOracleReports(&cfg, &mk, tickTime, &rec, reports, yes); err != nil {
		t.Fatalf("reports for a settled market's price: %v", err)
	}
	rec.Prices[2] = 7_000_000
	if err := CheckOracleReports(&cfg, &mk, tickTime, &rec, reports, yes); !errors.Is(err, ErrBadMarketUpdate) {
		t.Fatalf("reduce-only market off its median: %v", err)
	}
}
