package sequencer

import (
	"errors"
	"fmt"
	"slices"

	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Errors of oracle report admission.

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

// checkReportSigs checks what admission can check outside the lock: the quorum's shape and signatures
// (feed.CheckQuorum).
func (s *Service) checkReportSigs(r []state.SignedOracleReport) error {
	return feed.CheckQuorum(&s.cfg.Protocol, r)
}

// oracleEnabled reports whether the configuration has oracle keys.
func (s *Service) oracleEnabled() bool { return feed.Enabled(&s.cfg.Protocol) }

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
	if err := feed.CheckFresh(e.Oracle, s.now, s.cfg.Protocol.OracleMaxAgeSeconds); err != nil {
		return nil, err
	}
	markets := s.tree.Markets()
	if err := s.feed.CheckNewer(&markets, e.Oracle); err != nil {
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

// sampleFunding samples every active market's premium from its book (feed.State.SampleBooks). It runs for
// every logged command before it applies, so the samples are a function of the log.
func (s *Service) sampleFunding() {
	if s.feed == nil || s.cfg.MarketFeed != nil || !s.oracleEnabled() {
		return
	}
	markets := s.tree.Markets()
	s.feed.SampleBooks(&markets, &s.cfg.MarketRules, &s.books)
}
