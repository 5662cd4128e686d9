package sequencer

import (
	"encoding/binary"
	"fmt"
	"log/slog"
	"sync"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/verified"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// OpenOrders returns the resting orders of account id, by market, oldest first.
func (s *Service) OpenOrders(id uint32) ([]book.Order, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.liveAccount(id); err != nil {
		return nil, err
	}
	out := []book.Order{}
	for _, b := range s.books {
		b.AccountOrders(id, func(o *book.Order) bool {
			out = append(out, *o)
			return true
		})
	}
	return out, nil
}

// Fills returns up to limit durable fills of account id, newest first, from log entries before seq before
// (0: the newest).
func (s *Service) Fills(id uint32, before uint64, limit int) ([]wal.FillRecord, error) {
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return nil, fmt.Errorf("%w: %d", wire.ErrAccountID, id)
	}
	lower := binary.BigEndian.AppendUint32([]byte{wal.KeyFill}, id)
	upper := binary.BigEndian.AppendUint32([]byte{wal.KeyFill}, id+1)
	if before != 0 {
		upper = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32([]byte{wal.KeyFill}, id), before)
	}
	return wal.NewestJSON[wal.FillRecord](s.store, lower, upper, limit, "fill")
}

// BatchSummaries returns up to limit sealed batches with their status, newest first, numbered below before
// (0: from the last).
//
// It reads the batch store only, never the service's lock: the store is append-only and synced, so a
// concurrent seal at worst adds a batch this answer does not list, and a flood of batch reads cannot delay the
// writer.
func (s *Service) BatchSummaries(before uint64, limit int) ([]wire.BatchSummaryJSON, error) {
	last, err := s.store.Last()
	if err != nil {
		return nil, err
	}
	if before != 0 && before <= last {
		last = before - 1
	}
	return s.store.Listing(last, limit)
}

// Health returns the service's status.
func (s *Service) Health() wire.HealthJSON {
	vb, verr := s.verified.Status()
	s.mu.Lock()
	defer s.mu.Unlock()
	h := wire.HealthJSON{Status: "ok", LogSeq: s.ilog.LastSeq(), DurableSeq: s.ilog.Durable.Load(), NextBatch: s.sealer.Number(), VerifiedBatch: vb}
	if verr != nil {
		h.VerifiedError = verr.Error()
	}
	if err := s.check(); err != nil {
		h.Status, h.Error = "stopped", err.Error()
		return h
	}
	h.LastBatch, _ = s.store.Last()
	h.Root = wire.WordHex(s.tree.Root())
	h.SystemTime = s.tree.Globals().SystemTimeSeconds
	for _, b := range s.books {
		h.RestingOrds += b.Len()
	}
	return h
}

// WaitDurable waits until every input logged so far is durable, so that what was read before the call can be
// shown; it returns ErrStopped once the log has failed.
func (s *Service) WaitDurable() error {
	return s.ilog.WaitAll()
}

// DepositsApplied returns how many L1 queue entries (deposits and forced withdrawals) the service has applied:
// the queue index of the next one.
func (s *Service) DepositsApplied() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.deposits
}

// DurableSeq returns the last input-log entry known durable.
func (s *Service) DurableSeq() uint64 { return s.ilog.Durable.Load() }

// Logger returns the service's logger.
func (s *Service) Logger() *slog.Logger { return s.log }

// Metrics returns the service's metrics.
func (s *Service) Metrics() *metrics.Metrics { return s.metrics }

// stressSlot holds the latest stress report of a service and its HTML page.
type stressSlot struct {
	mu     sync.Mutex
	latest *wire.StressLatestJSON
	html   []byte
}

// PublishStressReport makes r (and its HTML page) the answer of GET /v1/stress/latest.
func (s *Service) PublishStressReport(r wire.StressLatestJSON, html []byte) {
	s.stress.mu.Lock()
	defer s.stress.mu.Unlock()
	s.stress.latest, s.stress.html = &r, html
}

// LatestStressReport returns the latest published stress report and its HTML page, or false.
func (s *Service) LatestStressReport() (wire.StressLatestJSON, []byte, bool) {
	s.stress.mu.Lock()
	defer s.stress.mu.Unlock()
	if s.stress.latest == nil {
		return wire.StressLatestJSON{}, nil, false
	}
	return *s.stress.latest, s.stress.html, true
}

// VerifiedCheckpoint writes a Pebble checkpoint of the state as of the last batch the L1 contract verified to
// dir and returns that batch: a copy that perpx stress loads while the service runs. It fails
// with wire.ErrNotVerified before the first verified batch.
func (s *Service) VerifiedCheckpoint(dir string) (uint64, error) {
	return s.verified.Checkpoint(dir)
}

// LiveCheckpoint writes a Pebble checkpoint of the live tree's committed state (as of the service's last
// checkpoint) to dir and returns the last sealed batch; the state may hold transactions of the open batch
// too. The caller names the state by the root of the copy it loads.
func (s *Service) LiveCheckpoint(dir string) (uint64, error) {
	t, ok := s.tree.(*statedb.Tree)
	if !ok {
		return 0, fmt.Errorf("sequencer: the service's tree cannot write a checkpoint")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := t.Checkpoint(dir); err != nil {
		return 0, err
	}
	return s.store.Last()
}

// VerifiedAccountProof returns account id's leaf and Merkle path against the root of the last batch the L1
// contract verified (the batches marked L1Verified through SetBatchStatus, in order). It does not wait for
// the service's lock; it waits while the follower applies a batch.
func (s *Service) VerifiedAccountProof(id uint32) (*verified.Proof, error) {
	return s.verified.Proof(id)
}

// SyncVerified waits until the verified state has applied every batch marked L1Verified before the call (as
// far as they are contiguous from batch 1) and returns the last batch it applied (0: none yet), or why it
// stopped.
func (s *Service) SyncVerified() (uint64, error) {
	return s.verified.Sync()
}

// Totals returns the exchange's value totals (a copy under the lock; rendering happens outside it).
func (s *Service) Totals() (wire.TotalsJSON, error) {
	s.mu.Lock()
	f, g, seq := s.flows, s.tree.Globals(), s.ilog.LastSeq()
	err := s.check()
	s.mu.Unlock()
	if err != nil {
		return wire.TotalsJSON{}, err
	}
	return wire.TotalsJSON{
		InsuranceFund: wire.FormatAmount(g.InsuranceFundQuantums), FeePool: wire.FormatAmount(int64(g.FeePoolQuantums)),
		Deposited: wire.FormatAmount(int64(f.Deposited)), Withdrawn: wire.FormatAmount(int64(f.Withdrawn)),
		CollateralChange: wire.FormatAmount(f.CollateralChange), GenesisInsuranceFund: wire.FormatAmount(f.GenesisInsuranceFund),
		GenesisFeePool: wire.FormatAmount(int64(f.GenesisFeePool)), SinceSeq: f.SinceSeq, Seq: seq,
	}, nil
}
