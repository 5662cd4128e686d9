package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/checkpoint"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/verified"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Config configures a Service.
type Config struct {
	// DataDir holds the batch store, in DataDir/batches. The state tree is opened by the caller.
	DataDir string
	// FS is the file system of DataDir; nil means the operating system's.
	FS vfs.FS
	// Clock gives batch timestamps; nil means SystemClock.
	Clock engine.Clock
	// ConfigHash is the configuration hash committed in every batch header: Protocol.Hash(). Zero means that;
	// NewService refuses any other value (ErrConfigHash).
	ConfigHash [32]byte
	// MaxBatchSize is one of state.BatchSizes; 0 means the largest.
	MaxBatchSize int
	// SealInterval is how often Run seals a non-empty batch; 0 seals only full batches and on Seal.
	SealInterval time.Duration
	// OnSealed receives every batch once it is durable, in order. It runs under the service lock and must not
	// block: hand the batch to a queue (the prover reads batches back with Service.Batch).
	OnSealed func(*state.SealedBatch)
	// Logger receives the service's logs; nil means slog.Default().
	Logger *slog.Logger
	// CheckpointInterval and CheckpointBatches bound how far recovery replays: after a command that sealed a
	// batch, the service checkpoints (and commits the tree) if CheckpointInterval passed since the last
	// checkpoint or CheckpointBatches batches were sealed since, and Run checkpoints every CheckpointInterval
	// when a batch was sealed or a resting order changed since; zero values mean DefaultCheckpointInterval
	// and DefaultCheckpointBatches. The first seal after a start always checkpoints.
	CheckpointInterval time.Duration
	CheckpointBatches  int
	// HealthThresholdsPpm are the margin ratios (MMR/TV in parts per million, increasing) whose crossing the
	// account stream reports; nil means DefaultHealthThresholdsPpm.
	HealthThresholdsPpm []uint64
	// MaxAccountStreams bounds the accounts with a stream subscriber, each re-evaluated under the writer lock
	// at every oracle price move and funding tick (publishMovedHealth); 0 means DefaultMaxAccountStreams.
	MaxAccountStreams int
	// MarketRules are the order rules of each market beyond its tick and step sizes (index 0: market 1).
	MarketRules [state.MarketCount]book.MarketRules
	// Protocol is the configuration the batches enforce (docs/PROTOCOL.md §3.4); its Hash is ConfigHash. With
	// oracle keys, the service's own feed gives each batch's market update: the last quorum of logged oracle
	// reports (SubmitOracleReports) and funding rates from premium samples of the books (oracle.go), all
	// derived from the input log. The zero configuration keeps prices and pays no funding.
	Protocol state.Config
	// MarketFeed, if set, replaces the service's feed. Its state is not logged: a replay reaches the same
	// roots only if it gives the same updates (e.g. a feed that never moves a price); for tests.
	MarketFeed engine.MarketFeed
}

type slotKey struct {
	account uint32
	slot    uint16
}

// Service is the sequencer: it admits signed orders, deposits and withdrawals, matches orders in per-market
// books, applies every transition through the Engine, and seals batches. All methods are safe for concurrent
// use; they are serialised by one mutex, which makes the Service the tree's single writer.
//
// Orders are admitted (admit), then matched by their market's Book, whose Place documents the order types and
// the matching rules; every fill runs through the Engine (matching_service.go). Orders expire at the first
// command at or after their time (each command expires the books at its logged time; Run logs an expiry
// command when one is due).
//
// Every command (order, cancel, withdrawal, deposit, seal) is admitted, appended to the input log, applied, and
// acknowledged only once its log entry is durable (commands.go); a restart recovers the books and the tree from
// the last checkpoint and the log (recovery.go). Cancels are off-chain: the sequencer stops matching the
// order, but its signature stays valid until it expires.
type Service struct {
	stress stressSlot // the latest stress report (service_reads.go)
	mu     sync.Mutex
	cfg    Config
	log    *slog.Logger
	tree   engine.Tree
	engine *engine.Engine
	sealer *engine.Sealer
	store  *wal.BatchStore
	books  [state.MarketCount]*book.Book
	slots  map[slotKey]uint64 // (account, slot) of every resting order → its id, kept by the books' events
	nextID uint64
	market marketData // the books' listener: trades tapes and market-event listeners

	// Durability and recovery (commands.go, inputlog.go, recovery.go).
	ilog      *wal.InputLog
	now       uint64 // time of the command being applied, unix seconds: the clock of begin and admit
	lastTime  uint64 // time of the last applied command; command times never decrease
	cmd       *command
	replaying bool
	deposits  uint64 // deposit entries applied: the L1 queue index of the next deposit
	ckpt      checkpointState
	feed      *feed.State     // the market feed: logged oracle reports and funding samples (package feed)
	risk      *risk.RiskIndex // accounts by liquidation threshold, kept by the engine's observer (service_liq.go)
	liq       *risk.Liquidator
	liqSrc    *serviceSource
	moved     []uint8                  // markets the current command's market updates moved: the liquidator's work
	stuck     []uint32                 // accounts the liquidator left liquidatable (no liquidity), retried after orders
	entries   risk.EntryPrices         // off-chain average entry prices (riskview.go)
	retired   checkpoint.RetiredNonces // finished orders' slot nonces, refused if sent again
	flows     checkpoint.FlowTotals    // value in and out since genesis
	keys      sync.Map                 // account id → state.PubKey, for signature checks outside the lock
	markets   atomic.Pointer[state.Markets]
	metrics   *metrics.Metrics
	bus       *events.Bus
	streams   *events.Streams    // the event streams' state (package events)
	verified  *verified.Follower // the state as of the last L1-verified batch
	closed    bool

	fatal  error
	failed chan struct{} // closed when fatal is set
}

// NewService opens the batch store in cfg.DataDir and returns a service writing to tree, which must have no
// pending changes. The caller closes the tree after Close.
func NewService(tree engine.Tree, cfg Config) (*Service, error) {
	if cfg.Clock == nil {
		cfg.Clock = engine.SystemClock{}
	}
	if cfg.MaxBatchSize == 0 {
		cfg.MaxBatchSize = slices.Max(state.BatchSizes)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Protocol != (state.Config{}) {
		if err := cfg.Protocol.Validate(); err != nil {
			return nil, err
		}
	}
	if h := cfg.Protocol.Hash(); cfg.ConfigHash == ([32]byte{}) {
		cfg.ConfigHash = h
	} else if cfg.ConfigHash != h {
		return nil, fmt.Errorf("%w: %x, the protocol configuration's is %x", ErrConfigHash, cfg.ConfigHash, h)
	}
	store, err := wal.OpenBatchStore(filepath.Join(cfg.DataDir, "batches"), cfg.FS, cfg.Logger)
	if err != nil {
		return nil, err
	}
	s := &Service{
		cfg: cfg, log: cfg.Logger, tree: tree, engine: engine.NewEngine(tree), store: store,
		slots: make(map[slotKey]uint64), nextID: 1, failed: make(chan struct{}),
	}
	s.feed = &feed.State{Config: &s.cfg.Protocol}
	s.engine.SetVerdicts(sigverify.NewVerdicts(sigverify.VerdictGeneration))
	go sigverify.BaseTable() // build the verifier's table of the base point before the first order needs it
	s.initBooks()
	if err := s.open(); err != nil {
		return nil, errors.Join(err, s.closeStorage())
	}
	s.verified = verified.New(store, &s.cfg.Protocol, s.cfg.DataDir, s.cfg.FS, s.cfg.Logger)
	return s, nil
}

// ErrConfigHash reports a Config whose ConfigHash is not its Protocol's hash.
var ErrConfigHash = errors.New("sequencer: config hash differs from the protocol configuration's")

// marketFeed returns the feed of the batches' market updates: Config.MarketFeed if set, else the service's
// own when oracle keys are configured, else none.
func (s *Service) marketFeed() engine.MarketFeed {
	switch {
	case s.cfg.MarketFeed != nil:
		return s.cfg.MarketFeed
	case s.oracleEnabled():
		return s.feed
	}
	return nil
}

// Close stops the service gracefully: it finishes the in-flight log sync, writes a checkpoint (committing the
// tree, the open batch included) and closes the input log and the batch store. After a fatal error it writes
// nothing. Commands after Close fail with ErrClosed.
func (s *Service) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var err error
	if s.fatal == nil && s.ilog.Err() == nil {
		err = s.checkpoint()
	}
	return errors.Join(err, s.closeStorage())
}

// Err returns the fatal error that stopped the service, a failure of the input log included, or nil.
func (s *Service) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fatalErr()
}

// fatalErr returns the fatal error, making a failure of the input log one first. Callers hold mu.
func (s *Service) fatalErr() error {
	if s.fatal == nil {
		if err := s.ilog.Err(); err != nil {
			s.fail(err)
		}
	}
	return s.fatal
}

// check returns ErrStopped once the service has failed (a failed log write fails it too) and ErrClosed after
// Close. Callers hold mu.
func (s *Service) check() error {
	if err := s.fatalErr(); err != nil {
		return fmt.Errorf("%w: %w", wire.ErrStopped, err)
	}
	if s.closed {
		return wire.ErrClosed
	}
	return nil
}

// fail records a fatal error: the service refuses every later command and Run returns it.
func (s *Service) fail(err error) error {
	if !wire.IsFatal(err) {
		err = &wire.FatalError{Err: err}
	}
	if s.fatal == nil {
		s.fatal = err
		close(s.failed)
		s.log.Error("sequencer stopped", "err", err)
	}
	return err
}

// Run seals a non-empty batch every SealInterval, checkpoints when one is due and expires orders every
// second (ExpireOrders), until ctx ends or the service fails, and returns why it stopped: ctx's error or the
// fatal error.
func (s *Service) Run(ctx context.Context) error {
	var tick <-chan time.Time
	if s.cfg.SealInterval > 0 {
		t := time.NewTicker(s.cfg.SealInterval)
		defer t.Stop()
		tick = t.C
	}
	ckpt := time.NewTicker(s.cfg.CheckpointInterval)
	defer ckpt.Stop()
	expiry := time.NewTicker(time.Second)
	defer expiry.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.failed:
			return s.Err()
		case <-s.ilog.Failed:
			return s.Err()
		case <-tick:
			if _, err := s.Seal(); wire.IsFatal(err) {
				return err
			}
		case <-ckpt.C:
			if err := s.checkpointIfDue(); wire.IsFatal(err) {
				return err
			}
		case <-expiry.C:
			if _, err := s.ExpireOrders(); wire.IsFatal(err) {
				return err
			}
		}
	}
}

// Seal seals the open batch now and returns it, or nil if it holds no transaction and its market update moved
// no price or funding index (such a batch is undone; one that moved a price is sealed without transactions, so
// the price stays applied). The seal is a logged command: replay closes the batch at the same point.
func (s *Service) Seal() (*state.SealedBatch, error) {
	r, err := s.submit(&wal.LogEntry{Kind: wal.EntrySeal})
	if errors.Is(err, errNoBatch) {
		return nil, nil // no batch open: nothing to seal, nothing logged
	}
	b, _ := r.(*state.SealedBatch)
	return b, err
}

// seal seals the open batch. The input log is flushed first, so that the batch never reaches the store
// before the entries it holds reach the log.
func (s *Service) seal() (*state.SealedBatch, error) {
	if err := s.ilog.Flush(nil); err != nil {
		return nil, s.fail(err)
	}
	var b *state.SealedBatch
	err := wal.GuardPebble(func() (err error) {
		b, err = s.sealer.Seal()
		return err
	})
	if err != nil {
		return nil, s.fail(err)
	}
	markets := s.tree.Markets() // an empty batch's market update is undone
	s.markets.Store(&markets)
	if b != nil {
		s.sealed(b)
	}
	return b, nil
}

// begin opens a batch if needed.
func (s *Service) begin() error {
	opened, err := s.sealer.Begin()
	if err != nil || !opened {
		return err
	}
	markets := s.tree.Markets()
	s.markets.Store(&markets)
	return s.marketsMoved(&s.sealer.Open().Markets, &markets)
}

// record adds an executed transaction to the open batch and seals the batch when it is full.
func (s *Service) record(tx *state.TxTrace) error {
	s.observe(tx)
	if s.sealer.Add(tx) {
		_, err := s.seal()
		return err
	}
	return nil
}

// execute runs one engine call inside the open batch and records its trace. Fatal errors stop the service.
func (s *Service) execute(f func() (*state.TxTrace, error)) (batch uint64, err error) {
	if err := s.begin(); err != nil {
		return 0, err
	}
	s.expireOrders()
	batch = s.sealer.Number()
	tx, err := f()
	if err != nil {
		if wire.IsFatal(err) {
			return 0, s.fail(err)
		}
		return 0, err
	}
	return batch, s.record(tx)
}

// Deposit applies a deposit from the L1 queue; the L1 watcher calls it once per queue entry, in queue order
// (a second call credits again). It returns the number of the batch holding it. A rejected deposit leaves the
// state unchanged; the watcher must not skip it, since L1 consumes its queue in order.
func (s *Service) Deposit(r state.DepositRecord) (uint64, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryDeposit, Deposit: r})
	n, _ := res.(uint64)
	return n, err
}

// ForcedWithdraw serves a forced withdrawal from the L1 queue (Engine.ForcedWithdraw: valid or not, it is
// served) and returns the number of the batch holding it. The L1 watcher calls it once per queue entry, in
// queue order with the deposits.
func (s *Service) ForcedWithdraw(r state.ForcedWithdrawalRecord) (uint64, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryForced, Forced: r})
	n, _ := res.(uint64)
	return n, err
}

// ForcedTrade serves a forced trade from the L1 queue (Engine.ForcedTrade: valid or not, it is served; r.Valid
// is ignored) and returns the number of the batch holding it. The L1 watcher calls it once per queue entry, in
// queue order with the deposits. A request the contract never queues (ErrNotQueued) is refused and not logged.
func (s *Service) ForcedTrade(r state.ForcedTradeRecord) (uint64, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryForcedTrade, ForcedTrade: r})
	n, _ := res.(uint64)
	return n, err
}

// MarketParams applies a market-params change from the L1 queue (Engine.MarketParams) and returns the number
// of the batch holding it; every later transaction reads the new row. The L1 watcher calls it once per queue
// entry, in queue order with the deposits. A change the rules refuse (ErrMarketParams) is not logged. When the
// market becomes reduce-only its resting orders without the reduce-only flag are cancelled; when it is
// settled all of them are (with their book events).
func (s *Service) MarketParams(r state.MarketParamsRecord) (uint64, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryMarketParams, MarketParams: r})
	n, _ := res.(uint64)
	return n, err
}

// prepareMarketParams admits a market-params change: it must pass the rules against the current table.
func (s *Service) prepareMarketParams(r state.MarketParamsRecord) (func() (any, error), error) {
	markets := s.tree.Markets()
	if err := state.ApplyMarketParams(&markets, r); err != nil {
		return nil, wire.NewRuleError(wire.PartyNone, engine.ErrMarketParams, "%w", err)
	}
	return func() (any, error) {
		s.deposits++ // market-params changes share the L1 queue with deposits
		n, err := s.execute(func() (*state.TxTrace, error) { return s.engine.MarketParams(r) })
		if err != nil {
			return nil, err
		}
		s.restrictBook(r.Market, r.Status)
		return n, nil
	}, nil
}

// restrictBook cancels the resting orders market m no longer takes after its status became status: those
// without the reduce-only flag in a reduce-only market, all of them in a settled one.
func (s *Service) restrictBook(m uint8, status uint8) {
	b := s.books[m-1]
	switch status {
	case state.MarketReduceOnly:
		b.RemoveIf(func(o *book.Order) bool { return !o.ReduceOnly() }, book.ReasonMarketReduceOnly)
	case state.MarketSettled:
		b.RemoveIf(func(*book.Order) bool { return true }, book.ReasonMarketSettled)
	}
}

// Withdraw applies a signed withdrawal and returns the number of the batch holding it. A withdrawal that
// fails admission (signature, nonce, expiry, address, funds, margin, slot in use) is not logged.
func (s *Service) Withdraw(w state.SignedWithdrawal) (uint64, error) {
	if err := s.VerifySig(w.Msg.AccountID, w.Msg.Hash(), &w.Sig); err != nil {
		return 0, fmt.Errorf("withdrawal from account %d: %w", w.Msg.AccountID, err)
	}
	return s.SubmitWithdrawal(w)
}

// readAccount reads an account; a read failure is fatal.
func (s *Service) readAccount(id uint32) (state.Account, error) {
	a, err := s.tree.Account(id)
	if err != nil {
		return a, s.fail(engine.ReadFailed(err))
	}
	return a, nil
}

// PlaceOrder admits a signed order, matches it against its market's book and rests what remains (see
// Book.Place for the order types). An order rejected before any fill returns an error and changes nothing but
// expired orders. It returns once the order is durable in the input log; an order that fails admission is not
// logged.
func (s *Service) PlaceOrder(so state.SignedOrder) (*book.PlaceResult, error) {
	if err := s.VerifySig(so.Msg.AccountID, sigverify.OrderHash(&so.Msg), &so.Sig); err != nil {
		return nil, err
	}
	return s.SubmitOrder(so)
}

// CancelOrder removes a resting order and returns it (ErrOrderNotFound if it is not resting). The API checks
// the owner's signature first and calls CancelOrderOf.
func (s *Service) CancelOrder(id uint64) (*book.Order, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryCancel, Cancel: wal.CancelCmd{OrderID: id, AnyOwner: true}})
	o, _ := res.(*book.Order)
	return o, err
}

// CancelOrderOf removes resting order id of account (ErrOrderNotFound if it is not resting, ErrNotOwner if
// another account placed it).
func (s *Service) CancelOrderOf(account uint32, id uint64) (*book.Order, error) {
	o, _, err := s.SubmitCancel(wire.CancelMsg{AccountID: account, OrderID: id})
	return o, err
}

// Markets returns the markets table. It does not wait for the service's lock.
func (s *Service) Markets() state.Markets {
	return *s.markets.Load()
}

// Account returns account id (including transactions not yet sealed) and its risk at oracle prices after the
// settlement its next touch makes: what the engine checks.
func (s *Service) Account(id uint32) (state.Account, *state.Risk, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return state.Account{}, nil, fmt.Errorf("%w: %d", wire.ErrAccountID, id)
	}
	a, err := s.readAccount(id)
	if err != nil {
		return a, nil, err
	}
	if a.IsEmpty() {
		return a, nil, fmt.Errorf("%w: %d", wire.ErrUnknownAccount, id)
	}
	markets := s.tree.Markets()
	return a, risk.SettledRisk(&a, &markets), nil
}

// Slot returns an order slot of an account, and the id of the resting order using it (0 if none).
func (s *Service) Slot(id uint32, slot uint16) (state.Slot, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return state.Slot{}, 0, fmt.Errorf("%w: %d", wire.ErrAccountID, id)
	}
	if uint64(slot) >= 1<<state.SlotTreeDepth {
		return state.Slot{}, 0, fmt.Errorf("%w: %d", wire.ErrSlotID, slot)
	}
	v, err := s.tree.Slot(id, slot)
	if err != nil {
		return v, 0, s.fail(engine.ReadFailed(err))
	}
	return v, s.slots[slotKey{id, slot}], nil
}

// Batch returns sealed batch n and its status. It reads the batch store only, never the service's lock.
func (s *Service) Batch(n uint64) (*state.SealedBatch, wire.BatchStatus, error) {
	b, err := s.store.Get(n)
	if err != nil {
		return nil, wire.BatchStatus{}, err
	}
	st, err := s.store.Status(n)
	return b, st, err
}

// SetBatchStatus records the proof or L1 status of batch n; the prover and the L1 submitter call it. An L1
// status of L1Verified wakes the verified state's follower, which applies the batch on its own goroutine, and
// is final: a later status that is not L1Verified is refused (ErrStatusRegression), since the follower never
// undoes a batch.
func (s *Service) SetBatchStatus(n uint64, st wire.BatchStatus) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, err := s.store.Status(n); err == nil && old.L1 == wire.L1Verified && st.L1 != wire.L1Verified {
		return fmt.Errorf("%w: batch %d, %s after %s", wire.ErrStatusRegression, n, st.L1, old.L1)
	}
	if err := s.store.SetStatus(n, st); err != nil {
		return err
	}
	s.batchStatusChanged(n, st)
	if st.L1 == wire.L1Verified {
		s.verified.Notify()
	}
	return nil
}
