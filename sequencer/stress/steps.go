package stress

import (
	"fmt"
	"math/big"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/state"
)

// event applies one event of the scenario as a sequence of market updates (steps).
func (r *run) event(ev *Event) error {
	markets := r.tree.Markets()
	switch {
	case ev.Shock != nil:
		s := ev.Shock
		base := prices(&markets)
		for k := 1; k <= s.Ticks; k++ {
			target := movePrices(&markets, base, s.Markets, s.Ppm*int64(k)/int64(s.Ticks))
			if err := r.update(r.tickSeconds, target, nil); err != nil {
				return err
			}
		}
		return nil
	case ev.Hiccup != nil:
		h := ev.Hiccup
		base := prices(&markets)
		moved := movePrices(&markets, base, h.Markets, h.Ppm)
		if h.Stale {
			// The oracle keeps the old price for the duration while the market moves, then jumps to it.
			return r.update(uint64(h.Minutes)*60, moved, nil)
		}
		if err := r.update(r.tickSeconds, moved, nil); err != nil {
			return err
		}
		return r.update(uint64(h.Minutes)*60, base, nil)
	default:
		return r.funding(ev.Funding)
	}
}

// funding ticks the funding spike's markets f.Intervals times at its rate. The run's configuration caps the
// rate at the rate itself (at most state.MaxFundingRatePpm, the record field's bound).
func (r *run) funding(f *Funding) error {
	rate := int64(r.cfg.MaxFundingRatePpm) * f.CapMultiplePpm / state.PpmScale
	rate = min(max(rate, 1), state.MaxFundingRatePpm)
	r.cfg.MaxFundingRatePpm = max(r.cfg.MaxFundingRatePpm, uint16(rate))
	markets := r.tree.Markets()
	var rates [state.MarketCount]int16
	for i := range markets {
		if markets[i].Live() && (len(f.Markets) == 0 || contains(f.Markets, uint8(i+1))) {
			rates[i] = int16(rate * int64(f.Sign))
		}
	}
	for range f.Intervals {
		next := r.tree.Globals().LastFundingTimeSeconds + uint64(r.cfg.FundingIntervalSeconds)
		dt := uint64(1)
		if next > r.now {
			dt = next - r.now
		}
		if err := r.update(dt, prices(&markets), &rates); err != nil {
			return err
		}
	}
	return nil
}

func contains(ms []uint8, m uint8) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// prices returns the oracle prices of markets.
func prices(markets *state.Markets) [state.MarketCount]uint64 {
	var p [state.MarketCount]uint64
	for i := range markets {
		p[i] = markets[i].OraclePrice
	}
	return p
}

// movePrices returns base with the live markets of ms (every live market when empty) moved by ppm, each at
// least 1 and below state.MaxPrice.
func movePrices(markets *state.Markets, base [state.MarketCount]uint64, ms []uint8, ppm int64) [state.MarketCount]uint64 {
	out := base
	for i := range markets {
		if !markets[i].Live() || (len(ms) > 0 && !contains(ms, uint8(i+1))) {
			continue
		}
		x := new(big.Int).Mul(new(big.Int).SetUint64(base[i]), big.NewInt(state.PpmScale+ppm))
		x.Quo(x, big.NewInt(state.PpmScale))
		out[i] = min(max(x.Uint64(), 1), state.MaxPrice-1)
	}
	return out
}

// update applies one market update dt seconds after the last, with the given prices and, when a funding tick
// is due, the given rates (0 when nil), through the engine (oracle reports signed by the run's keys), then runs
// the liquidator over the markets it moved, as the sequencer does after a market update.
func (r *run) update(dt uint64, target [state.MarketCount]uint64, rates *[state.MarketCount]int16) error {
	r.step++
	g := r.tree.Globals()
	g.SystemTimeSeconds = r.now
	r.tree.SetGlobals(g)
	r.now += dt
	if err := r.e.SetBatchTime(r.now); err != nil {
		return err
	}
	before := r.tree.Markets()
	u := engine.StillUpdate(&r.cfg, &before, g, r.now)
	for i := range before {
		if before[i].Live() {
			u.Record.Prices[i] = target[i]
		}
	}
	if u.Tick && rates != nil {
		u.Record.RatesPpm = *rates
	}
	if state.PricesChanged(&before, &u.Record) {
		u.Reports = r.reports(u.Record.Prices)
	}
	if err := r.e.UpdateMarkets(&r.cfg, &u); err != nil {
		return fmt.Errorf("step %d: %w", r.step, err)
	}
	after := r.tree.Markets()
	funded := feed.FundedMarkets(&before, &after)
	if err := r.idx.Rebuild(r.tree, funded); err != nil {
		return err
	}
	moved := append(feed.MovedMarkets(&before, &after), funded...)
	if len(moved) > 0 {
		if err := r.liquidate(moved); err != nil {
			return fmt.Errorf("step %d: %w", r.step, err)
		}
	}
	r.res.Fund.Path = append(r.res.Fund.Path, r.tree.Globals().InsuranceFundQuantums)
	return nil
}

// reports returns an oracle quorum reporting p at the run's time, signed by the run's oracle keys.
func (r *run) reports(p [state.MarketCount]uint64) []state.SignedOracleReport {
	out := make([]state.SignedOracleReport, state.OracleQuorum)
	for i := range out {
		out[i] = oracleKey(i).SignOracleReport(uint8(i), state.OracleReport{TimestampSeconds: r.now, Prices: p})
	}
	return out
}

// liquidate runs the liquidator for moved and notes when the accounts it leaves bankrupt owe more than the fund
// holds: one alone (which the engine then deleverages, if a counterparty is left) or all of them together.
func (r *run) liquidate(moved []uint8) error {
	stuck, err := r.liq.Run(moved)
	if err != nil {
		return err
	}
	markets := r.tree.Markets()
	fund := big.NewInt(r.tree.Globals().InsuranceFundQuantums)
	fund.Mul(fund, big.NewInt(state.PriceScale))
	owed := new(big.Int)
	for _, s := range stuck {
		a, err := r.tree.Account(s.ID)
		if err != nil {
			return err
		}
		if _, err := state.SettleFunding(&a, &markets); err != nil {
			return err
		}
		if tv := &state.ComputeRisk(&a, &markets).TV; tv.Sign() < 0 {
			owed.Sub(owed, tv)
		}
	}
	if owed.Cmp(fund) > 0 {
		r.noteUnpaid()
	}
	return nil
}
