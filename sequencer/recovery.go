package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Defaults of the checkpoint policy (Config.CheckpointInterval, Config.CheckpointBatches).
const (
	DefaultCheckpointInterval = time.Second
	DefaultCheckpointBatches  = 64
)

// checkpointVersion is the version of the checkpoint record.
const checkpointVersion = 1

// Errors of recovery.
var (
	// ErrNoGenesis reports a log that does not start at genesis, so it cannot be replayed from scratch.
	ErrNoGenesis = errors.New("sequencer: input log has no genesis record")
	// ErrConfigChanged reports a restart with a batch size or configuration hash other than the log's.
	ErrConfigChanged = errors.New("sequencer: configuration differs from the input log's genesis")
)

// checkpointPos is where the tree stood at a checkpoint: its root, and how far into the batch sequence its
// transactions go (batch NextBatch holds OpenTxs of them; earlier batches are sealed).
type checkpointPos struct {
	Root      fr.Element
	NextBatch uint64
	OpenTxs   int
}

// checkpointRecord is the service state at a command boundary, stored under 'c' as JSON together with the
// resting orders ('o' keys) and entry prices ('p' keys) it refers to. The tree is committed right after it,
// so the durable tree is at Pos, or still at Prev if the process stopped in between.
type checkpointRecord struct {
	Version     int
	Seq         uint64 // last applied log entry
	Time        uint64 // time of that entry
	Pos         checkpointPos
	Prev        *checkpointPos
	Globals     state.Globals
	Markets     *state.Markets `json:",omitempty"` // the markets table (an open batch's market update included)
	NextOrderID uint64
	BatchTime   uint64
	Deposits    uint64
	Orders      int                // resting orders, a consistency check of the 'o' keys
	Open        *state.SealedBatch // the open batch so far, nil if none
	Feed        *feedState         `json:",omitempty"` // the market feed's reports and funding samples
	Indexed     []uint32           // accounts with positions (the risk index's); null in older checkpoints
	Stuck       []uint32           `json:",omitempty"` // accounts the liquidator left liquidatable
	Flows       *flowTotals        `json:",omitempty"` // value in and out; nil in older checkpoints
}

// genesisRecord is the state the input log starts from, stored under 'g': enough to replay the log from
// scratch into a fresh tree.
type genesisRecord struct {
	Version      int
	Markets      state.Markets
	Globals      state.Globals
	Root         fr.Element
	MaxBatchSize int
	ConfigHash   [32]byte
	Protocol     *state.Config `json:",omitempty"` // the configuration whose hash ConfigHash is
}

// checkpointState is the service's view of its last checkpoint.
type checkpointState struct {
	last         time.Time         // wall time of the last checkpoint; zero until the first seal after a start
	sealsSince   int               // batches sealed since
	seq          uint64            // log entry of the last checkpoint
	pos          checkpointPos     // tree position of the last checkpoint
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
		cfg.MaxAccountStreams = DefaultMaxAccountStreams
	}
	s.metrics = newMetrics(s)
	s.bus = newEventBus(s.log, s.metrics)
	markets := s.tree.Markets()
	s.markets.Store(&markets)
	s.entries, s.retired = risk.NewEntryPrices(), newRetiredNonces()
	s.bookSubs, s.levels, s.health = make(map[uint8]bool), make(map[uint8][]book.BookEvent), make(map[uint32]int)
	s.OnMarketEvents(streamListener{s})
	s.ckpt.book, s.ckpt.dirty = make(map[uint64]uint64), make(map[uint64]uint8)
	ilog, err := wal.OpenInputLog(s.store.DB, s.log)
	if err != nil {
		return err
	}
	s.ilog = ilog
	ilog.OnSync = func(n int, d time.Duration) {
		s.metrics.logGroup.Observe(float64(n))
		s.metrics.logSync.Observe(d.Seconds())
	}
	ilog.OnDurable = s.bus.release
	s.bus.release(ilog.Durable.Load())
	s.lastTime = s.tree.Globals().SystemTimeSeconds
	if s.ckpt.storedAtOpen, err = s.store.Last(); err != nil {
		return err
	}
	ck, err := loadCheckpoint(s.store.DB)
	if err != nil {
		return err
	}
	g, err := loadGenesis(s.store.DB)
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
	s.ckpt.pos = checkpointPos{Root: s.tree.Root(), NextBatch: sealer.Number()}
	s.flows = newFlowTotals(0, s.tree.Globals())
	var g *genesisRecord
	if s.ckpt.storedAtOpen == 0 {
		g = &genesisRecord{
			Version: checkpointVersion, Markets: s.tree.Markets(), Globals: s.tree.Globals(), Root: s.tree.Root(),
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
func (s *Service) recover(ck *checkpointRecord) error {
	start := time.Now()
	if ck.Version != checkpointVersion {
		return fmt.Errorf("%w: checkpoint version %d", wal.ErrLogCorrupt, ck.Version)
	}
	if err := s.rollForward(ck); err != nil {
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
	if s.flows = newFlowTotals(ck.Seq, ck.Globals); ck.Flows != nil {
		s.flows = *ck.Flows
	}
	s.ckpt.seq, s.ckpt.pos = ck.Seq, ck.Pos
	if err := s.loadBook(ck.Orders); err != nil {
		return err
	}
	if err := s.entries.Load(s.store.DB); err != nil {
		return err
	}
	if err := s.retired.load(s.store.DB); err != nil {
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

// rollForward brings the tree to ck's position when the process stopped between writing ck and committing
// the tree: the transactions between the previous checkpoint and ck are in the stored batches and in ck's open
// batch, with their after-values.
func (s *Service) rollForward(ck *checkpointRecord) error {
	root := s.tree.Root()
	if root == ck.Pos.Root {
		return nil
	}
	if ck.Prev == nil || root != ck.Prev.Root {
		return fmt.Errorf("%w: tree root matches neither checkpoint %d nor the one before", wire.ErrStateMismatch, ck.Seq)
	}
	for n := ck.Prev.NextBatch; n <= ck.Pos.NextBatch; n++ {
		var txs []state.TxTrace
		switch {
		case n < ck.Pos.NextBatch:
			b, err := s.store.Get(n)
			if err != nil {
				return err
			}
			txs = b.Txs[:wal.TxCount(b)]
		case ck.Open != nil:
			txs = ck.Open.Txs
		}
		from := 0
		if n == ck.Prev.NextBatch {
			from = ck.Prev.OpenTxs
		}
		for i := from; i < len(txs); i++ {
			if err := applyTrace(s.tree, &txs[i]); err != nil {
				return wire.Fatalf("roll forward batch %d tx %d: %w", n, i, err)
			}
		}
	}
	if ck.Markets != nil {
		if err := s.tree.SetMarkets(*ck.Markets); err != nil {
			return wire.Fatalf("roll forward to checkpoint %d: markets: %w", ck.Seq, err)
		}
	}
	s.tree.SetGlobals(ck.Globals)
	if s.tree.Root() != ck.Pos.Root {
		return wire.Fatalf("roll forward to checkpoint %d: %w", ck.Seq, wire.ErrStateMismatch)
	}
	if err := s.tree.Commit(); err != nil {
		return wire.Fatalf("roll forward to checkpoint %d: commit: %w", ck.Seq, err)
	}
	s.log.Info("tree rolled forward to the last checkpoint", "checkpoint", ck.Seq)
	return nil
}

// applyTrace writes the after-values of a transaction's trace to the tree.
func applyTrace(t engine.Tree, tx *state.TxTrace) error {
	for _, u := range []struct {
		slot *state.SlotUpdate
		acc  *state.AccountUpdate
	}{{tx.SlotA, tx.A}, {tx.SlotB, tx.B}} {
		if u.acc == nil {
			continue
		}
		if u.slot != nil {
			if _, err := t.SetSlot(u.acc.ID, u.slot.Slot, u.slot.After); err != nil {
				return err
			}
		}
		if err := t.SetAccount(u.acc.ID, u.acc.After); err != nil {
			return err
		}
	}
	return nil
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
func (s *Service) writeCheckpoint(g *genesisRecord, commitTree bool) error {
	start := time.Now()
	pos := checkpointPos{Root: s.tree.Root(), NextBatch: s.sealer.Number()}
	ck := checkpointRecord{
		Version: checkpointVersion, Seq: s.ilog.LastSeq(), Time: s.lastTime, Pos: pos, Globals: s.tree.Globals(),
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
				errs = append(errs, b.Set(orderKey(id), encodeRestingOrder(o), nil))
				puts++
			case o == nil && stored:
				errs = append(errs, b.Delete(orderKey(id), nil))
				dels++
			}
		}
		errs = append(errs, s.entries.Persist(b), s.retired.persist(b), b.Set([]byte{wal.KeyCheckpoint}, v, nil))
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
	s.retired.persisted()
	if commitTree {
		if err := s.tree.Commit(); err != nil {
			return wire.Fatalf("checkpoint %d: tree commit: %w", ck.Seq, err)
		}
	}
	s.ckpt.last, s.ckpt.sealsSince, s.ckpt.seq, s.ckpt.pos = time.Now(), 0, ck.Seq, ck.Pos
	s.metrics.checkpoints.Inc()
	s.metrics.checkTime.Observe(time.Since(start).Seconds())
	s.log.Debug("checkpoint", "seq", ck.Seq, "batch", ck.Pos.NextBatch, "open_txs", ck.Pos.OpenTxs,
		"orders", ck.Orders, "order_puts", puts, "order_deletes", dels, "took", time.Since(start))
	return nil
}

func loadCheckpoint(db *pebble.DB) (*checkpointRecord, error) {
	ck := new(checkpointRecord)
	ok, err := getJSON(db, []byte{wal.KeyCheckpoint}, ck)
	if !ok {
		return nil, err
	}
	return ck, nil
}

func loadGenesis(db *pebble.DB) (*genesisRecord, error) {
	g := new(genesisRecord)
	ok, err := getJSON(db, []byte{wal.KeyGenesis}, g)
	if !ok {
		return nil, err
	}
	return g, nil
}

// getJSON decodes the value of key into v and reports whether the key exists.
func getJSON(db *pebble.DB, key []byte, v any) (bool, error) {
	b, closer, err := db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sequencer: read %q: %w", key, err)
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("%w: %q: %v", wal.ErrLogCorrupt, key, err)
	}
	return true, nil
}

func orderKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte{wal.KeyBookOrder}, id) }

// encodeRestingOrder returns the stored form of a resting order: remaining u64 followed by the order as a
// log entry (so it shares the entry's layout and checksum).
func encodeRestingOrder(o *book.Order) []byte {
	b := binary.BigEndian.AppendUint64(nil, o.Remaining)
	e := wal.LogEntry{Kind: wal.EntryOrder, Order: o.Signed}
	return e.Encode(b)
}

// loadBook rests the orders stored under 'o' in their books, in time priority (order id order), and checks
// there are want of them.
func (s *Service) loadBook(want int) error {
	it, err := s.store.DB.NewIter(&pebble.IterOptions{LowerBound: []byte{wal.KeyBookOrder}, UpperBound: []byte{wal.KeyBookOrder + 1}})
	if err != nil {
		return fmt.Errorf("sequencer: load book: %w", err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		id := binary.BigEndian.Uint64(it.Key()[1:])
		v := it.Value()
		if len(v) < 8 {
			return fmt.Errorf("%w: resting order %d", wal.ErrLogCorrupt, id)
		}
		e, err := wal.DecodeEntry(id, v[8:])
		if err != nil || e.Kind != wal.EntryOrder {
			return fmt.Errorf("%w: resting order %d: %v", wal.ErrLogCorrupt, id, err)
		}
		o := &book.Order{ID: id, Signed: e.Order, Remaining: binary.BigEndian.Uint64(v)}
		if err := s.restOrder(o); err != nil {
			return err
		}
		s.ckpt.book[id] = o.Remaining
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("sequencer: load book: %w", err)
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
		errs = append(errs, s.verified.close()) // it reads the batch store
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
		s.bus.close()
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
	return s.bookState()
}

func (s *Service) bookState() []byte {
	b := binary.BigEndian.AppendUint64(nil, s.nextID)
	for _, bk := range s.books {
		bids, asks := bk.Depth(0)
		byLevel := map[[2]uint64][]*book.Order{}
		bk.Each(func(o *book.Order) bool {
			k := [2]uint64{boolUint(o.IsBuy()), o.Price()}
			byLevel[k] = append(byLevel[k], o)
			return true
		})
		for side, levels := range [2][]book.PriceLevel{bids, asks} {
			b = binary.BigEndian.AppendUint32(b, uint32(len(levels)))
			for _, l := range levels {
				b = binary.BigEndian.AppendUint64(b, l.Price)
				b = binary.BigEndian.AppendUint64(b, l.Size)
				b = binary.BigEndian.AppendUint32(b, uint32(l.Orders))
				os := byLevel[[2]uint64{uint64(1 - side), l.Price}]
				slices.SortFunc(os, func(x, y *book.Order) int { return cmpUint(x.ID, y.ID) })
				b = binary.BigEndian.AppendUint32(b, uint32(len(os)))
				for _, o := range os {
					b = binary.BigEndian.AppendUint64(b, o.ID)
					b = append(b, encodeRestingOrder(o)...)
				}
			}
		}
	}
	return b
}

func boolUint(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// StateDigest returns the tree root and BookState: what a replay of the input log must reproduce.
func (s *Service) StateDigest() (fr.Element, []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tree.Root(), s.bookState()
}

// replayFromGenesis replays entries 1..upTo (0: all) of the input log in db from the log's genesis, into a
// fresh in-memory tree and service, and returns the resulting root and BookState: what any recovery from the
// same log must reach.
func replayFromGenesis(db *pebble.DB, upTo uint64, log *slog.Logger) (fr.Element, []byte, error) {
	r, err := newReplayer(db, log)
	if err != nil {
		return fr.Element{}, nil, err
	}
	defer r.close()
	if err := r.advance(db, upTo); err != nil {
		return fr.Element{}, nil, err
	}
	root, book := r.svc.StateDigest()
	return root, book, nil
}

// replayer replays an input log from its genesis into a fresh in-memory tree and service, one stretch of
// entries at a time (a log only grows at its end, so replaying it in stretches equals replaying it at once).
type replayer struct {
	tree *statedb.Tree
	svc  *Service
	last uint64 // last entry applied
}

// newReplayer returns a replayer at the genesis of the log in db.
func newReplayer(db *pebble.DB, log *slog.Logger) (*replayer, error) {
	g, err := loadGenesis(db)
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, ErrNoGenesis
	}
	fs := vfs.NewMem()
	tree, err := statedb.Open("replay-tree", statedb.WithFS(fs), statedb.WithLogger(log))
	if err != nil {
		return nil, err
	}
	if err := tree.SetMarkets(g.Markets); err != nil {
		tree.Close()
		return nil, err
	}
	tree.SetGlobals(g.Globals)
	if err := tree.Commit(); err != nil {
		tree.Close()
		return nil, err
	}
	if tree.Root() != g.Root {
		tree.Close()
		return nil, fmt.Errorf("%w: genesis root does not follow from its markets and globals", ErrNoGenesis)
	}
	var protocol state.Config
	if g.Protocol != nil {
		protocol = *g.Protocol
	}
	s, err := NewService(tree, Config{DataDir: "replay", FS: fs, ConfigHash: g.ConfigHash, Protocol: protocol, MaxBatchSize: g.MaxBatchSize,
		Logger: log, CheckpointInterval: 1 << 62, CheckpointBatches: 1 << 30})
	if err != nil {
		tree.Close()
		return nil, err
	}
	return &replayer{tree: tree, svc: s}, nil
}

// advance applies the entries after the last one applied, up to upTo (0: the log's last).
func (r *replayer) advance(db *pebble.DB, upTo uint64) error {
	s := r.svc
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replaying = true
	defer func() { s.replaying = false }()
	return wal.ReadEntries(db, r.last+1, upTo, func(e *wal.LogEntry) error {
		if err := s.replayEntry(e); err != nil {
			return err
		}
		r.last = e.Seq
		return nil
	})
}

func (r *replayer) close() {
	r.svc.Close()
	r.tree.Close()
}
