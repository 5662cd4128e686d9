package sequencer

import (
	"errors"
	"fmt"
	"slices"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Errors of oracle report admission.

// DefaultImpactSteps is the funding sampler's impact size in steps of a market whose MarketRules do not set
// ImpactSizeQuantums.
const DefaultImpactSteps = 10

// SubmitOracleReports admits a quorum of signed oracle reports (state.OracleQuorum of them, signers
// ascending, each signed by its configuration key and dated neither after the sequencer's clock nor more than
// OracleMaxAgeSeconds before it, each strictly newer than every report of the last admitted quorum and than
// every active or reduce-only market's last oracle time), logs them and applies them: they become the market
// feed's reports, the open batch (if any) is sealed and a new batch opens with their medians as its market
// update, so that the prices apply at once and the liquidator runs on them. It returns the number of the batch
// they open. Reports that fail admission are not logged. The last admitted quorum sent again is answered as
// the first time (the number of the batch it opened) without being logged again.
func (s *Service) SubmitOracleReports(r []state.SignedOracleReport) (uint64, error) {
	if err := s.checkReportSigs(r); err != nil {
		return 0, err
	}
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryOracle, Oracle: append([]state.SignedOracleReport(nil), r...)})
	var dup *duplicateQuorum
	if errors.As(err, &dup) {
		// The first answer stands once the quorum's own log entry is durable, like any acknowledgement.
		if werr := s.ilog.WaitAll(); werr != nil {
			return 0, werr
		}
		return dup.batch, nil
	}
	n, _ := res.(uint64)
	return n, err
}

// duplicateQuorum is prepareOracle's refusal of the last admitted quorum sent again: not logged, and answered
// with the batch the quorum opened.
type duplicateQuorum struct{ batch uint64 }

func (d *duplicateQuorum) Error() string {
	return fmt.Sprintf("sequencer: the last oracle quorum again (batch %d)", d.batch)
}

// checkOracleOrder refuses, with wire.ErrOracleNotNewer, a quorum r that is not strictly newer than the last admitted
// quorum and than every active or reduce-only market's last oracle time.
func (s *Service) checkOracleOrder(r []state.SignedOracleReport) error {
	last := s.feed.Reports
	var newest uint64
	for _, l := range last {
		newest = max(newest, l.Report.TimestampSeconds)
	}
	for j, x := range r {
		if t := x.Report.TimestampSeconds; len(last) > 0 && t <= newest {
			return fmt.Errorf("%w: report %d at %d, the last quorum's newest report at %d", wire.ErrOracleNotNewer, j, t, newest)
		}
	}
	markets := s.tree.Markets()
	if err := state.CheckOracleNewer(&markets, r); err != nil {
		return fmt.Errorf("%w: %w", wire.ErrOracleNotNewer, err)
	}
	return nil
}

// checkReportSigs checks what admission can check outside the lock: the quorum's shape and signatures.
func (s *Service) checkReportSigs(r []state.SignedOracleReport) error {
	if !s.oracleEnabled() {
		return wire.ErrOracleDisabled
	}
	err := state.CheckReportQuorum(&s.cfg.Protocol, r, sigverify.VerifyReport)
	switch {
	case errors.Is(err, state.ErrOracleSignature):
		return fmt.Errorf("%w: %w: %v", wire.ErrOracleReports, wire.ErrBadSignature, err)
	case err != nil:
		return fmt.Errorf("%w: %v", wire.ErrOracleReports, err)
	}
	return nil
}

// oracleEnabled reports whether the configuration has oracle keys.
func (s *Service) oracleEnabled() bool { return !s.cfg.Protocol.OracleKeys[0].IsZero() }

// prepareOracle admits logged reports at the command's time s.now and returns their application.
func (s *Service) prepareOracle(e *wal.LogEntry) (func() (any, error), error) {
	if !s.oracleEnabled() {
		return nil, wire.ErrOracleDisabled
	}
	if len(e.Oracle) != state.OracleQuorum {
		return nil, fmt.Errorf("%w: %d reports", wire.ErrOracleReports, len(e.Oracle))
	}
	if slices.Equal(e.Oracle, s.feed.Reports) {
		// The last admitted quorum again, however old by now: the answer it had.
		return nil, &duplicateQuorum{batch: s.feed.Batch}
	}
	for j, r := range e.Oracle {
		t := r.Report.TimestampSeconds
		if t > s.now || s.now-t > uint64(s.cfg.Protocol.OracleMaxAgeSeconds) {
			return nil, fmt.Errorf("%w: report %d at %d, clock at %d", wire.ErrOracleTime, j, t, s.now)
		}
	}
	if err := s.checkOracleOrder(e.Oracle); err != nil {
		return nil, err
	}
	return func() (any, error) {
		s.feed.Reports = append([]state.SignedOracleReport(nil), e.Oracle...)
		if s.sealer.Open() != nil {
			if _, err := s.seal(); err != nil {
				return nil, err
			}
		}
		if err := s.begin(); err != nil {
			if wire.IsFatal(err) {
				return nil, s.fail(err)
			}
			return nil, err
		}
		s.feed.Batch = s.sealer.Number()
		return s.feed.Batch, nil
	}, nil
}

// feedState is the Service's market feed (a MarketFeed): a function of the logged inputs only, so that a replay
// of the input log opens every batch with the same market update. It holds the last logged quorum of reports
// and the funding sampler's premium sums; a checkpoint stores it. The premium is sampled once per logged
// command (before it applies), so the rate is the activity-weighted average premium of the interval.
//
// The reports stay until the next quorum replaces them: a batch sealed empty keeps its market update only if it
// moved a price or a funding index (otherwise it is undone), and the next batch applies the same reports again
// while they are fresh (once applied, they move no price). The sampler's samples are spent only when a batch
// that ticked is sealed (commitTick), for the same reason.
type feedState struct {
	Config  *state.Config `json:"-"`
	Reports []state.SignedOracleReport
	// Batch is the number of the batch the last admitted quorum opened: the answer to that quorum sent again.
	Batch   uint64
	Sum, N  [state.MarketCount]int64 // premium samples since the last sealed tick (FundingSampler)
	TickSum [state.MarketCount]int64 // the samples the open batch's tick averaged
	TickN   [state.MarketCount]int64
}

// MarketUpdate implements MarketFeed: the medians of the reports when they are fresh at ts and move a price,
// the current prices otherwise; on a tick the average premium of each active or reduce-only market, clamped
// to the configured maximum (a settled market keeps its price and has rate 0).
func (f *feedState) MarketUpdate(ts uint64, markets *state.Markets, g state.Globals, tick bool) state.MarketUpdate {
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

// commitTick spends the samples of a sealed batch's tick.
func (f *feedState) commitTick() {
	for i := range f.Sum {
		f.Sum[i] -= f.TickSum[i]
		f.N[i] -= f.TickN[i]
	}
	f.TickSum, f.TickN = [state.MarketCount]int64{}, [state.MarketCount]int64{}
}

// impactLevels is how many price levels of each side the funding sampler reads: an impact size beyond them
// samples the oracle price for that side, like a side too thin for it.
const impactLevels = 64

// sampleFunding samples every active market's premium from its book (the impact bid and ask of the market's
// impact size, the oracle price for a side too thin for it; PremiumPpm). It runs for every logged command
// before it applies, so the samples are a function of the log.
func (s *Service) sampleFunding() {
	if s.feed == nil || s.cfg.MarketFeed != nil || !s.oracleEnabled() {
		return
	}
	markets := s.tree.Markets()
	for i := range markets {
		mk := &markets[i]
		if mk.Status != state.MarketActive || mk.OraclePrice == 0 {
			continue
		}
		size := s.cfg.MarketRules[i].ImpactSizeQuantums
		if size == 0 {
			size = DefaultImpactSteps * mk.StepSize
		}
		bid, ask := s.books[i].ImpactPrices(size, impactLevels)
		if bid == 0 {
			bid = mk.OraclePrice
		}
		if ask == 0 {
			ask = mk.OraclePrice
		}
		s.feed.Sum[i] += PremiumPpm(bid, ask, mk.OraclePrice)
		s.feed.N[i]++
	}
}
