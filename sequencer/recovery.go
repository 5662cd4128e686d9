package sequencer

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/checkpoint"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Defaults of the checkpoint policy (Config.CheckpointInterval, Config.CheckpointBatches).
const (
	DefaultCheckpointInterval = time.Second
	DefaultCheckpointBatches  = 64
)

// Errors of recovery.
var (
	// ErrNoGenesis reports a log that does not start at genesis, so it cannot be replayed from scratch.
	ErrNoGenesis = errors.New("sequencer: input log has no genesis record")
	// ErrConfigChanged reports a restart with a batch size or configuration hash other than the log's.
	ErrConfigChanged = errors.New("sequencer: configuration differs from the input log's genesis")
)

// checkpointState is the service's view of its last checkpoint.
type checkpointState struct {
	last         time.Time         // wall time of the last checkpoint; zero until the first seal after a start
	sealsSince   int               // batches sealed since
	seq          uint64            // log entry of the last checkpoint
	pos          checkpoint.Pos    // tree position of the last checkpoint
	book         map[uint64]uint64 // resting orders as persisted: id → remaining
	dirty        map[uint64]uint8  // orders rested, changed or removed since: id → market
	storedAtOpen uint64            // last stored batch when the service opened
}

// deferredCommit is the tree the sealer sees: sealing a batch does not commit the tree, the next checkpoint
// does (a seal can fall in the middle of a taker's sweep, where the books have no consistent state to store).
type deferredCommit struct{ engine.Tree }

func (deferredCommit) Commit() error { return nil }

// sealClock gives the sealer the time of the command being applied.
type sealClock struct{ s *Service }

func (c sealClock) Now() time.Time { return time.Unix(int64(c.s.now), 0) }

// open sets up the input log, the metrics and the event bus, and recovers the state: from the last
// checkpoint and the log entries after it, or, in a directory without a checkpoint, from the tree and the
// batch store as they are.
func (s *Service) open() error {
	cfg := &s.cfg
	if cfg.CheckpointInterval <= 0 {
		cfg.CheckpointInterval = DefaultCheckpointInterval
	}
	if cfg.CheckpointBatches <= 0 {
		cfg.CheckpointBatches = DefaultCheckpointBatches
	}
	if cfg.HealthThresholdsPpm == nil {
		cfg.HealthThresholdsPpm = risk.DefaultHealthThresholdsPpm
	}
	if cfg.MaxAccountStreams <= 0 {
		cfg.MaxAccountStreams = events.DefaultMaxAccountStreams
	}
	s.metrics = metrics.New(func() uint64 {
		if s.ilog == nil {
			return 0
		}
		return s.ilog.PendingCount()
	})
	s.bus = events.NewBus(s.log, s.metrics)
	markets := s.tree.Markets()
	s.markets.Store(&markets)
	s.entries, s.retired = risk.NewEntryPrices(), checkpoint.NewRetiredNonces()
	s.streams = events.NewStreams(s.bus, cfg.HealthThresholdsPpm, cfg.MaxAccountStreams)
	s.OnMarketEvents(s.streams)
	s.ckpt.book, s.ckpt.dirty = make(map[uint64]uint64), make(map[uint64]uint8)
	ilog, err := wal.OpenInputLog(s.store.DB, s.log)
	if err != nil {
		return err
	}
	s.ilog = ilog
	ilog.OnSync = func(n int, d time.Duration) {
		s.metrics.LogGroup.Observe(float64(n))
		s.metrics.LogSync.Observe(d.Seconds())
	}
	ilog.OnDurable = s.bus.Release
	s.bus.Release(ilog.Durable.Load())
	s.lastTime = s.tree.Globals().SystemTimeSeconds
	if s.ckpt.storedAtOpen, err = s.store.Last(); err != nil {
		return err
	}
	ck, err := checkpoint.Load(s.store.DB)
	if err != nil {
		return err
	}
	g, err := wal.LoadGenesis(s.store.DB)
	if err != nil {
		return err
	}
	if g != nil && (g.MaxBatchSize != cfg.MaxBatchSize || g.ConfigHash != cfg.ConfigHash) {
		return fmt.Errorf("%w: batch size %d, want %d", ErrConfigChanged, cfg.MaxBatchSize, g.MaxBatchSize)
	}
	if ck == nil {
		return s.initialize()
	}
	return s.recover(ck)
}

// initialize starts the input log in a directory that has none: it opens the sealer on the tree and the
// store as they are (NewSealer completes a batch stored but not yet in the tree), records the genesis when no
// batch exists yet, and writes the first checkpoint.
func (s *Service) initialize() error {
	if last := s.ilog.LastSeq(); last != 0 {
		return fmt.Errorf("%w: %d entries and no checkpoint", wal.ErrLogCorrupt, last)
	}
	sealer, err := engine.NewSealer(s.tree, s.engine, s.store, sealClock{s}, s.cfg.ConfigHash, s.cfg.MaxBatchSize)
	if err != nil {
		return err
	}
	sealer.SetTree(deferredCommit{s.tree})
	sealer.SetRisk(s.cfg.Protocol, s.marketFeed())
	s.sealer = sealer
	if err := s.initRisk(s.scanAccounts()); err != nil {
		return err
	}
	s.ckpt.pos = checkpoint.Pos{Root: s.tree.Root(), NextBatch: sealer.Number()}
	s.flows = checkpoint.NewFlowTotals(0, s.tree.Globals())
	var g *wal.GenesisRecord
	if s.ckpt.storedAtOpen == 0 {
		g = &wal.GenesisRecord{
			Version: checkpoint.Version, Markets: s.tree.Markets(), Globals: s.tree.Globals(), Root: s.tree.Root(),
			MaxBatchSize: s.cfg.MaxBatchSize, ConfigHash: s.cfg.ConfigHash, Protocol: &s.cfg.Protocol,
		}
	}
	if err := s.writeCheckpoint(g, false); err != nil {
		return err
	}
	s.ckpt.last = time.Time{}
	return nil
}

// recover restores the state of checkpoint ck and replays the log entries after it.
func (s *Service) recover(ck *checkpoint.Record) error {
	start := time.Now()
	if ck.Version != checkpoint.Version {
		return fmt.Errorf("%w: checkpoint version %d", wal.ErrLogCorrupt, ck.Version)
	}
	if err := checkpoint.RollForward(s.tree, s.store, ck, s.log); err != nil {
		return err
	}
	s.sealer = engine.ResumeSealer(deferredCommit{s.tree}, s.engine, s.store, sealClock{s}, s.cfg.ConfigHash,
		s.cfg.MaxBatchSize, ck.Pos.NextBatch)
	s.sealer.SetRisk(s.cfg.Protocol, s.marketFeed())
	if ck.Feed != nil {
		*s.feed = *ck.Feed
		s.feed.Config = &s.cfg.Protocol
	}
	if ck.Open != nil {
		s.sealer.Restore(ck.Open, s.cfg.MaxBatchSize)
	}
	s.engine.RestoreBatchTime(ck.BatchTime)
	s.nextID, s.lastTime, s.deposits = ck.NextOrderID, ck.Time, ck.Deposits
	if s.flows = checkpoint.NewFlowTotals(ck.Seq, ck.Globals); ck.Flows != nil {
		s.flows = *ck.Flows
	}
	s.ckpt.seq, s.ckpt.pos = ck.Seq, ck.Pos
	if err := s.loadBook(ck.Orders); err != nil {
		return err
	}
	if err := s.entries.Load(s.store.DB); err != nil {
		return err
	}
	if err := s.retired.Load(s.store.DB); err != nil {
		return err
	}
	indexed := ck.Indexed
	if indexed == nil { // a checkpoint from before the risk index: scan the tree
		indexed = s.scanAccounts()
	}
	if err := s.initRisk(indexed); err != nil {
		return err
	}
	s.stuck = slices.Clone(ck.Stuck)
	replayed := 0
	s.replaying = true
	err := wal.ReadEntries(s.store.DB, ck.Seq+1, 0, func(e *wal.LogEntry) error {
		replayed++
		return s.replayEntry(e)
	})
	s.replaying = false
	if err != nil {
		return err
	}
	if replayed > 0 {
		if err := s.checkpoint(); err != nil {
			return err
		}
	}
	s.ckpt.last = time.Time{}
	s.log.Info("sequencer recovered", "checkpoint", ck.Seq, "replayed", replayed, "last_entry", s.ilog.LastSeq(),
		"batch", s.sealer.Number(), "orders", len(s.ckpt.book), "took", time.Since(start))
	return nil
}

// replayEntry applies a logged entry again. Admission must accept it, as it did when it was logged.
func (s *Service) replayEntry(e *wal.LogEntry) error {
	if e.Time < s.lastTime {
		return fmt.Errorf("%w: entry %d at %d after %d", wal.ErrLogCorrupt, e.Seq, e.Time, s.lastTime)
	}
	s.now, s.lastTime = e.Time, e.Time
	exec, err := s.prepare(e)
	if err != nil {
		return fmt.Errorf("%w: entry %d (%v): %w", wal.ErrReplayDiverged, e.Seq, e.Kind, err)
	}
	s.cmd = &command{entry: e}
	s.sampleFunding()
	res, _ := exec()
	s.liquidate(e)
	s.endCommand(res)
	return s.fatal
}

// checkpointIfDue checkpoints if a batch was sealed or a resting order changed since the last checkpoint and
// the policy says so: a book that changes without trades is checkpointed too, which bounds the replay and the
// set of changed orders (checkpointState.dirty).
func (s *Service) checkpointIfDue() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return err
	}
	return s.checkpointIfDueLocked()
}

func (s *Service) checkpointIfDueLocked() error {
	c := &s.ckpt
	if (c.sealsSince == 0 && len(c.dirty) == 0) || (time.Since(c.last) < s.cfg.CheckpointInterval && c.sealsSince < s.cfg.CheckpointBatches) {
		return nil
	}
	return s.checkpoint()
}

// checkpoint writes the service state at this command boundary and commits the tree. The caller holds mu.
func (s *Service) checkpoint() error {
	if err := s.writeCheckpoint(nil, true); err != nil {
		return s.fail(err)
	}
	return nil
}

// writeCheckpoint writes a checkpoint (and the genesis record g, if not nil) in one synced batch after every
// pending log entry, then commits the tree if commitTree (the first checkpoint of a directory finds the tree
// with nothing pending).
func (s *Service) writeCheckpoint(g *wal.GenesisRecord, commitTree bool) error {
	start := time.Now()
	pos := checkpoint.Pos{Root: s.tree.Root(), NextBatch: s.sealer.Number()}
	ck := checkpoint.Record{
		Version: checkpoint.Version, Seq: s.ilog.LastSeq(), Time: s.lastTime, Pos: pos, Globals: s.tree.Globals(),
		NextOrderID: s.nextID, BatchTime: s.engine.BatchTime(), Deposits: s.deposits,
	}
	flows := s.flows
	ck.Flows = &flows
	markets := s.tree.Markets()
	ck.Markets = &markets
	ck.Indexed, ck.Stuck = s.risk.IDs(), slices.Clone(s.stuck)
	if s.feed != nil {
		f := *s.feed
		f.Reports = slices.Clone(f.Reports)
		ck.Feed = &f
	}
	if b := s.sealer.Open(); b != nil {
		open := *b
		ck.Open = &open
		ck.Pos.OpenTxs = len(open.Txs)
	}
	prev := s.ckpt.pos
	ck.Prev = &prev
	for i := range s.books {
		ck.Orders += s.books[i].Len()
	}
	v, err := json.Marshal(&ck)
	if err != nil {
		return fmt.Errorf("sequencer: encode checkpoint: %w", err)
	}
	var gv []byte
	if g != nil {
		if gv, err = json.Marshal(g); err != nil {
			return fmt.Errorf("sequencer: encode genesis: %w", err)
		}
	}
	var puts, dels int
	err = s.ilog.Flush(func(b *pebble.Batch) error {
		var errs []error
		for id, m := range s.ckpt.dirty {
			r, stored := s.ckpt.book[id]
			switch o := s.books[m-1].Get(id); {
			case o != nil && (!stored || r != o.Remaining):
				errs = append(errs, b.Set(checkpoint.OrderKey(id), checkpoint.EncodeRestingOrder(o), nil))
				puts++
			case o == nil && stored:
				errs = append(errs, b.Delete(checkpoint.OrderKey(id), nil))
				dels++
			}
		}
		errs = append(errs, s.entries.Persist(b), s.retired.Persist(b), b.Set([]byte{wal.KeyCheckpoint}, v, nil))
		if gv != nil {
			errs = append(errs, b.Set([]byte{wal.KeyGenesis}, gv, nil))
		}
		return errors.Join(errs...)
	})
	if err != nil {
		return err
	}
	s.ckpt.persisted(&s.books)
	s.entries.Persisted()
	s.retired.Persisted()
	if commitTree {
		if err := s.tree.Commit(); err != nil {
			return wire.Fatalf("checkpoint %d: tree commit: %w", ck.Seq, err)
		}
	}
	s.ckpt.last, s.ckpt.sealsSince, s.ckpt.seq, s.ckpt.pos = time.Now(), 0, ck.Seq, ck.Pos
	s.metrics.Checkpoints.Inc()
	s.metrics.CheckTime.Observe(time.Since(start).Seconds())
	s.log.Debug("checkpoint", "seq", ck.Seq, "batch", ck.Pos.NextBatch, "open_txs", ck.Pos.OpenTxs,
		"orders", ck.Orders, "order_puts", puts, "order_deletes", dels, "took", time.Since(start))
	return nil
}

// loadBook rests the orders stored under 'o' in their books, in time priority (order id order), and checks
// there are want of them.
func (s *Service) loadBook(want int) error {
	err := checkpoint.LoadOrders(s.store.DB, func(o *book.Order) error {
		if err := s.restOrder(o); err != nil {
			return err
		}
		s.ckpt.book[o.ID] = o.Remaining
		return nil
	})
	if err != nil {
		return err
	}
	if len(s.ckpt.book) != want {
		return fmt.Errorf("%w: %d resting orders stored, checkpoint says %d", wal.ErrLogCorrupt, len(s.ckpt.book), want)
	}
	clear(s.ckpt.dirty) // resting again as stored
	return nil
}

// persisted records that the resting orders changed since the last checkpoint are stored as they are now in
// books.
func (c *checkpointState) persisted(books *[state.MarketCount]*book.Book) {
	for id, m := range c.dirty {
		if o := books[m-1].Get(id); o != nil {
			c.book[id] = o.Remaining
		} else {
			delete(c.book, id)
		}
	}
	clear(c.dirty)
}

// restOrder puts a recovered order back in its book; the ids come in increasing order, which is each price
// level's time priority.
func (s *Service) restOrder(o *book.Order) error {
	m := o.Signed.Msg.Market
	if m == 0 || int(m) > len(s.books) {
		return fmt.Errorf("%w: resting order %d in market %d", wal.ErrLogCorrupt, o.ID, m)
	}
	if err := s.books[m-1].Add(o); err != nil {
		return fmt.Errorf("%w: %v", wal.ErrLogCorrupt, err)
	}
	s.slots[slotKey{o.Signed.Msg.AccountID, o.Signed.Msg.Slot}] = o.ID
	return nil
}

// closeStorage stops the input log and closes the batch store.
func (s *Service) closeStorage() error {
	var errs []error
	if s.verified != nil {
		errs = append(errs, s.verified.Close()) // it reads the batch store
	}
	if s.ilog != nil {
		if s.ilog.Err() == nil {
			errs = append(errs, s.ilog.Close())
		} else {
			close(s.ilog.Quit)
			<-s.ilog.Done
		}
	}
	if s.bus != nil {
		s.bus.Close()
	}
	errs = append(errs, wal.GuardPebble(s.store.Close))
	return errors.Join(errs...)
}

// BookState returns a canonical encoding of the matching state: the next order id and, per market, bids then
// asks, every level best first (price, size, order count) followed by its orders in time priority (id,
// remaining, signed order). Two services agree on their books iff their BookStates are equal.
func (s *Service) BookState() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return checkpoint.BookState(s.nextID, &s.books)
}

// StateDigest returns the tree root and BookState: what a replay of the input log must reproduce.
func (s *Service) StateDigest() (fr.Element, []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tree.Root(), checkpoint.BookState(s.nextID, &s.books)
}
