package feed

import (
	"errors"
	"fmt"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// DefaultImpactSteps is the funding sampler's impact size in steps of a market whose MarketRules do not set
// ImpactSizeQuantums.
const DefaultImpactSteps = 10

// State is the Service's market feed (an engine.MarketFeed): a function of the logged inputs only, so that a replay
// of the input log opens every batch with the same market update. It holds the last logged quorum of reports
// and the funding sampler's premium sums; a checkpoint stores it. The premium is sampled once per logged
// command (before it applies), so the rate is the activity-weighted average premium of the interval.
//
// The reports stay until the next quorum replaces them: a batch sealed empty keeps its market update only if it
// moved a price or a funding index (otherwise it is undone), and the next batch applies the same reports again
// while they are fresh (once applied, they move no price). The sampler's samples are spent only when a batch
// that ticked is sealed (CommitTick), for the same reason.
type State struct {
	Config  *state.Config `json:"-"`
	Reports []state.SignedOracleReport
	// Batch is the number of the batch the last admitted quorum opened: the answer to that quorum sent again.
	Batch   uint64
	Sum, N  [state.MarketCount]int64 // premium samples since the last sealed tick (FundingSampler)
	TickSum [state.MarketCount]int64 // the samples the open batch's tick averaged
	TickN   [state.MarketCount]int64
}

// MarketUpdate implements engine.MarketFeed: the medians of the reports when they are fresh at ts and move a price,
// the current prices otherwise; on a tick the average premium of each active or reduce-only market, clamped
// to the configured maximum (a settled market keeps its price and has rate 0).
func (f *State) MarketUpdate(ts uint64, markets *state.Markets, g state.Globals, tick bool) state.MarketUpdate {
	u := engine.StillUpdate(f.Config, markets, g, ts)
	if prices, ok := quorumPrices(f.Config, ts, markets, f.Reports); ok {
		u.Record.Prices = prices
		u.Reports = append([]state.SignedOracleReport(nil), f.Reports...)
	}
	if tick {
		f.TickSum, f.TickN = f.Sum, f.N
		for i := range markets {
			if markets[i].Live() {
				u.Record.RatesPpm[i] = averageRate(f.Sum[i], f.N[i], f.Config.MaxFundingRatePpm)
			}
		}
	}
	return u
}

// CommitTick spends the samples of a sealed batch's tick.
func (f *State) CommitTick() {
	for i := range f.Sum {
		f.Sum[i] -= f.TickSum[i]
		f.N[i] -= f.TickN[i]
	}
	f.TickSum, f.TickN = [state.MarketCount]int64{}, [state.MarketCount]int64{}
}

// CheckNewer refuses, with wire.ErrOracleNotNewer, a quorum r that is not strictly newer than the last
// admitted quorum and than every active or reduce-only market's last oracle time.
func (f *State) CheckNewer(markets *state.Markets, r []state.SignedOracleReport) error {
	var newest uint64
	for _, l := range f.Reports {
		newest = max(newest, l.Report.TimestampSeconds)
	}
	for j, x := range r {
		if t := x.Report.TimestampSeconds; len(f.Reports) > 0 && t <= newest {
			return fmt.Errorf("%w: report %d at %d, the last quorum's newest report at %d", wire.ErrOracleNotNewer, j, t, newest)
		}
	}
	if err := state.CheckOracleNewer(markets, r); err != nil {
		return fmt.Errorf("%w: %w", wire.ErrOracleNotNewer, err)
	}
	return nil
}

// CheckFresh refuses, with wire.ErrOracleTime, a report of r dated after now or more than maxAge seconds
// before it.
func CheckFresh(r []state.SignedOracleReport, now uint64, maxAge uint32) error {
	for j, x := range r {
		t := x.Report.TimestampSeconds
		if t > now || now-t > uint64(maxAge) {
			return fmt.Errorf("%w: report %d at %d, clock at %d", wire.ErrOracleTime, j, t, now)
		}
	}
	return nil
}

// Enabled reports whether cfg has oracle keys, without which the Service keeps prices and pays no funding.
func Enabled(cfg *state.Config) bool { return !cfg.OracleKeys[0].IsZero() }

// CheckQuorum checks what admission can check of oracle reports r without the Service's state: oracles are
// configured (wire.ErrOracleDisabled), and the quorum's shape and signatures (wire.ErrOracleReports).
func CheckQuorum(cfg *state.Config, r []state.SignedOracleReport) error {
	if !Enabled(cfg) {
		return wire.ErrOracleDisabled
	}
	err := state.CheckReportQuorum(cfg, r, sigverify.VerifyReport)
	switch {
	case errors.Is(err, state.ErrOracleSignature):
		return fmt.Errorf("%w: %w: %v", wire.ErrOracleReports, wire.ErrBadSignature, err)
	case err != nil:
		return fmt.Errorf("%w: %v", wire.ErrOracleReports, err)
	}
	return nil
}

// impactLevels is how many price levels of each side the funding sampler reads: an impact size beyond them
// samples the oracle price for that side, like a side too thin for it.
const impactLevels = 64

// SampleBooks samples every active market's premium from its book: the impact bid and ask of the market's
// impact size (rules' ImpactSizeQuantums, else DefaultImpactSteps steps), the oracle price for a side too thin
// for it (PremiumPpm).
func (f *State) SampleBooks(markets *state.Markets, rules *[state.MarketCount]book.MarketRules, books *[state.MarketCount]*book.Book) {
	for i := range markets {
		mk := &markets[i]
		if mk.Status != state.MarketActive || mk.OraclePrice == 0 {
			continue
		}
		size := rules[i].ImpactSizeQuantums
		if size == 0 {
			size = DefaultImpactSteps * mk.StepSize
		}
		bid, ask := books[i].ImpactPrices(size, impactLevels)
		if bid == 0 {
			bid = mk.OraclePrice
		}
		if ask == 0 {
			ask = mk.OraclePrice
		}
		f.Sum[i] += PremiumPpm(bid, ask, mk.OraclePrice)
		f.N[i]++
	}
}
