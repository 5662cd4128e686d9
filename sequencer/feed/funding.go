package feed

import (
	"math/big"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
)

// FundingSampler turns the premium of the books over the oracle into funding rates (docs/PROTOCOL.md §5: the
// rates are the sequencer's choice, bounded by the configuration). At each input the caller samples every
// listed market's premium = (impact mid − oracle) / oracle in ppm, the impact mid being the mean of the impact
// bid and ask; at a tick the rate is the average of the samples since the last tick, truncated toward zero and
// clamped to the configured maximum. Integers only: the same inputs give the same rates.
type FundingSampler struct {
	sum [state.MarketCount]int64
	n   [state.MarketCount]int64
}

// PremiumPpm returns ⌊(⌊(bid + ask) / 2⌋ − oracle) · 10^6 / oracle⌋, clamped to ±2^31.
func PremiumPpm(impactBid, impactAsk, oracle uint64) int64 {
	if oracle == 0 {
		return 0
	}
	mid := new(big.Int).Add(new(big.Int).SetUint64(impactBid), new(big.Int).SetUint64(impactAsk))
	mid.Rsh(mid, 1)
	mid.Sub(mid, new(big.Int).SetUint64(oracle))
	mid.Mul(mid, big.NewInt(state.PpmScale))
	q, _ := mid.DivMod(mid, new(big.Int).SetUint64(oracle), new(big.Int))
	const lim = 1 << 31
	switch {
	case q.Cmp(big.NewInt(lim)) > 0:
		return lim
	case q.Cmp(big.NewInt(-lim)) < 0:
		return -lim
	}
	return q.Int64()
}

// Sample adds one premium sample of market m (1-based).
func (f *FundingSampler) Sample(m uint8, impactBid, impactAsk, oracle uint64) {
	if m == 0 || int(m) > state.MarketCount {
		return
	}
	f.sum[m-1] += PremiumPpm(impactBid, impactAsk, oracle)
	f.n[m-1]++
}

// Rates returns each market's funding rate for a tick, averaged over the samples since the last call and
// clamped to ±maxRatePpm, and starts a new interval. Markets without samples get 0.
func (f *FundingSampler) Rates(maxRatePpm uint16) [state.MarketCount]int16 {
	var out [state.MarketCount]int16
	for i := range out {
		out[i] = averageRate(f.sum[i], f.n[i], maxRatePpm)
	}
	*f = FundingSampler{}
	return out
}

// OracleFeed is a MarketFeed: the latest quorum of signed oracle reports and the funding sampler's rates.
type OracleFeed struct {
	Config  *state.Config
	Sampler *FundingSampler
	reports []state.SignedOracleReport
}

// SetReports sets the reports of the next price update (OracleQuorum reports, signers ascending).
func (f *OracleFeed) SetReports(r []state.SignedOracleReport) {
	f.reports = append([]state.SignedOracleReport(nil), r...)
}

// MarketUpdate implements MarketFeed: the medians of the pending reports when they are fresh and move a
// price (the reports are then used up), the current prices otherwise; on a tick the sampler's rates of the
// active and reduce-only markets (a settled market keeps its price and has rate 0).
func (f *OracleFeed) MarketUpdate(ts uint64, markets *state.Markets, g state.Globals, tick bool) state.MarketUpdate {
	u := engine.StillUpdate(f.Config, markets, g, ts)
	if prices, ok := quorumPrices(f.Config, ts, markets, f.reports); ok {
		u.Record.Prices = prices
		u.Reports = f.reports
	}
	if len(f.reports) == state.OracleQuorum {
		f.reports = nil
	}
	if tick && f.Sampler != nil {
		rates := f.Sampler.Rates(f.Config.MaxFundingRatePpm)
		for i := range markets {
			if markets[i].Live() {
				u.Record.RatesPpm[i] = rates[i]
			}
		}
	}
	return u
}

// MovedMarkets returns the listed markets whose price differs between two tables.
func MovedMarkets(before, after *state.Markets) []uint8 {
	var out []uint8
	for i := range before {
		if after[i].Status != state.MarketUnlisted && before[i].OraclePrice != after[i].OraclePrice {
			out = append(out, uint8(i+1))
		}
	}
	return out
}

// FundedMarkets returns the listed markets whose funding index differs between two tables.
func FundedMarkets(before, after *state.Markets) []uint8 {
	var out []uint8
	for i := range before {
		if after[i].Status != state.MarketUnlisted && before[i].FundingIndex != after[i].FundingIndex {
			out = append(out, uint8(i+1))
		}
	}
	return out
}

// quorumPrices returns the medians of OracleQuorum reports for the active and reduce-only markets (a settled
// market keeps its final price), and whether the reports are all fresh at ts, newer than every active or
// reduce-only market's last oracle time (state.CheckOracleNewer) and move a price: only then do they make a
// price update.
func quorumPrices(cfg *state.Config, ts uint64, markets *state.Markets, reports []state.SignedOracleReport) ([state.MarketCount]uint64, bool) {
	var rec state.MarketRecord
	if len(reports) != state.OracleQuorum {
		return rec.Prices, false
	}
	fresh := true
	for _, r := range reports {
		t := r.Report.TimestampSeconds
		fresh = fresh && t <= ts && ts-t <= uint64(cfg.OracleMaxAgeSeconds)
	}
	for i := range markets {
		switch {
		case markets[i].Status == state.MarketSettled:
			rec.Prices[i] = markets[i].OraclePrice
		case markets[i].Live():
			rec.Prices[i] = state.Median3(reports[0].Report.Prices[i], reports[1].Report.Prices[i], reports[2].Report.Prices[i])
		}
	}
	newer := state.CheckOracleNewer(markets, reports) == nil
	return rec.Prices, fresh && newer && state.PricesChanged(markets, &rec)
}

// averageRate returns the average of n premium samples summing to sum, truncated toward zero and clamped to
// ±maxRatePpm; 0 without samples.
func averageRate(sum, n int64, maxRatePpm uint16) int16 {
	if n == 0 {
		return 0
	}
	return int16(max(min(sum/n, int64(maxRatePpm)), -int64(maxRatePpm)))
}
