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

	"github.com/perpx/perpx/state"
)

// Config configures a Service.
type Config struct {
	// DataDir holds the batch store, in DataDir/batches. The state tree is opened by the caller.
	DataDir string
	// FS is the file system of DataDir; nil means the operating system's.
	FS vfs.FS
	// Clock gives batch timestamps; nil means SystemClock.
	Clock Clock
	// ConfigHash is the configuration hash committed in every batch header.
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
	// checkpoint or CheckpointBatches batches were sealed since; zero values mean DefaultCheckpointInterval
	// and DefaultCheckpointBatches. The first seal after a start always checkpoints.
	CheckpointInterval time.Duration
	CheckpointBatches  int
	// HealthThresholdsPpm are the margin ratios (MMR/TV in parts per million, increasing) whose crossing the
	// account stream reports; nil means DefaultHealthThresholdsPpm.
	HealthThresholdsPpm []uint64
}

// Fill is one executed trade of a placed order.
type Fill struct {
	MakerOrderID uint64
	MakerAccount uint32
	SizeQuantums uint64
	Price        uint64
	TakerFee     uint64
	MakerFee     uint64
	// Batch is the number of the batch the trade belongs to.
	Batch uint64
}

// PlaceResult is what happened to a placed order.
type PlaceResult struct {
	OrderID uint64
	Fills   []Fill
	// Remaining is the size left open after matching; it rests in the book iff Resting.
	Remaining uint64
	Resting   bool
	// Stopped says why matching ended while the order still crossed: the engine rejected the taker (a
	// *RuleError), a reduce-only taker had nothing left to reduce (ErrReduceOnly), or the clock was behind.
	// A stopped order does not rest.
	Stopped error
	// Seq is the input log sequence number of the order; stream messages caused by it carry the same number.
	Seq uint64
}

type slotKey struct {
	account uint32
	slot    uint16
}

// Service is the sequencer: it admits signed orders, deposits and withdrawals, matches orders in per-market
// books, applies every transition through the Engine, and seals batches. All methods are safe for concurrent
// use; they are serialised by one mutex, which makes the Service the tree's single writer.
//
// Order matching follows price-time priority at the maker's price. A resting maker from the taker's own account
// is cancelled (cancel-maker self-trade prevention). A fill the engine rejects removes the order at fault: a
// maker is cancelled and matching goes on; a taker stops matching and does not rest. Reduce-only orders are
// clamped to the opposite position at each fill and cancelled when there is none left. Fill-or-kill orders are
// not supported yet (ErrUnsupported): an engine rejection midway could not be undone.
//
// Every command (order, cancel, withdrawal, deposit, seal) is admitted, appended to the input log, applied, and
// acknowledged only once its log entry is durable (commands.go); a restart recovers the books and the tree from
// the last checkpoint and the log (recovery.go). Cancels are off-chain: the sequencer stops matching the
// order, but its signature stays valid until it expires.
type Service struct {
	mu     sync.Mutex
	cfg    Config
	log    *slog.Logger
	tree   Tree
	engine *Engine
	sealer *Sealer
	store  *BatchStore
	books  [state.MarketCount]*Book
	slots  map[slotKey]uint64 // (account, slot) of every resting order → its id
	nextID uint64

	// Durability and recovery (commands.go, inputlog.go, recovery.go).
	ilog      *inputLog
	now       uint64 // time of the command being applied, unix seconds: the clock of begin and admit
	lastTime  uint64 // time of the last applied command; command times never decrease
	cmd       *command
	replaying bool
	deposits  uint64 // deposit entries applied: the L1 queue index of the next deposit
	ckpt      checkpointState
	entries   entryPrices // off-chain average entry prices (riskview.go)
	keys      sync.Map    // account id → state.PubKey, for signature checks outside the lock
	markets   atomic.Pointer[state.Markets]
	metrics   *metrics
	bus       *eventBus
	views     map[uint8]*bookView // last published book of each market with book subscribers (events.go)
	health    map[uint32]int      // health level of each account with subscribers
	closed    bool

	fatal  error
	failed chan struct{} // closed when fatal is set
}

// NewService opens the batch store in cfg.DataDir and returns a service writing to tree, which must have no
// pending changes. The caller closes the tree after Close.
func NewService(tree Tree, cfg Config) (*Service, error) {
	if cfg.Clock == nil {
		cfg.Clock = SystemClock{}
	}
	if cfg.MaxBatchSize == 0 {
		cfg.MaxBatchSize = slices.Max(state.BatchSizes)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	store, err := OpenBatchStore(filepath.Join(cfg.DataDir, "batches"), cfg.FS, cfg.Logger)
	if err != nil {
		return nil, err
	}
	s := &Service{
		cfg: cfg, log: cfg.Logger, tree: tree, engine: NewEngine(tree), store: store,
		slots: make(map[slotKey]uint64), nextID: 1, failed: make(chan struct{}),
	}
	for i := range s.books {
		s.books[i] = NewBook(uint8(i + 1))
	}
	if err := s.open(); err != nil {
		return nil, errors.Join(err, s.closeStorage())
	}
	return s, nil
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

// Err returns the fatal error that stopped the service, or nil.
func (s *Service) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fatal
}

// check returns ErrStopped once the service has failed (a failed log write fails it too) and ErrClosed after
// Close. Callers hold mu.
func (s *Service) check() error {
	if s.fatal == nil {
		if err := s.ilog.Err(); err != nil {
			s.fail(err)
		}
	}
	if s.fatal != nil {
		return fmt.Errorf("%w: %w", ErrStopped, s.fatal)
	}
	if s.closed {
		return ErrClosed
	}
	return nil
}

// fail records a fatal error: the service refuses every later command and Run returns it.
func (s *Service) fail(err error) error {
	if !IsFatal(err) {
		err = &FatalError{Err: err}
	}
	if s.fatal == nil {
		s.fatal = err
		close(s.failed)
		s.log.Error("sequencer stopped", "err", err)
	}
	return err
}

// Run seals a non-empty batch every SealInterval and checkpoints when one is due, until ctx ends or the
// service fails, and returns why it stopped: ctx's error or the fatal error.
func (s *Service) Run(ctx context.Context) error {
	var tick <-chan time.Time
	if s.cfg.SealInterval > 0 {
		t := time.NewTicker(s.cfg.SealInterval)
		defer t.Stop()
		tick = t.C
	}
	ckpt := time.NewTicker(s.cfg.CheckpointInterval)
	defer ckpt.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.failed:
			return s.Err()
		case <-s.ilog.failed:
			return s.Err()
		case <-tick:
			if _, err := s.Seal(); IsFatal(err) {
				return err
			}
		case <-ckpt.C:
			if err := s.checkpointIfDue(); IsFatal(err) {
				return err
			}
		}
	}
}

// Seal seals the open batch now and returns it, or nil if it holds no transaction. The seal is a logged
// command: replay closes the batch at the same point.
func (s *Service) Seal() (*state.SealedBatch, error) {
	r, err := s.submit(&logEntry{Kind: entrySeal})
	b, _ := r.(*state.SealedBatch)
	return b, err
}

// seal seals the open batch. The input log is flushed first, so that the batch never reaches the store
// before the entries it holds reach the log.
func (s *Service) seal() (*state.SealedBatch, error) {
	if err := s.ilog.flush(nil); err != nil {
		return nil, s.fail(err)
	}
	var b *state.SealedBatch
	err := guardPebble(func() (err error) {
		b, err = s.sealer.Seal()
		return err
	})
	if err != nil {
		return nil, s.fail(err)
	}
	if b != nil {
		s.sealed(b)
	}
	return b, nil
}

// TxCount returns the number of transactions of a batch that are not padding.
func TxCount(b *state.SealedBatch) int {
	n := 0
	for i := range b.Txs {
		if b.Txs[i].A != nil {
			n++
		}
	}
	return n
}

// begin opens a batch if needed; a new batch drops resting orders that expire before its timestamp.
func (s *Service) begin() error {
	opened, err := s.sealer.Begin()
	if err != nil || !opened {
		return err
	}
	t := s.engine.BatchTime()
	for _, b := range s.books {
		var expired []uint64
		b.Each(func(o *Order) bool {
			if o.Signed.Msg.ExpirySeconds < t {
				expired = append(expired, o.ID)
			}
			return true
		})
		for _, id := range expired {
			s.removeOrder(b, id)
		}
	}
	return nil
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
	batch = s.sealer.Number()
	tx, err := f()
	if err != nil {
		if IsFatal(err) {
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
	res, err := s.submit(&logEntry{Kind: entryDeposit, Deposit: r})
	n, _ := res.(uint64)
	return n, err
}

// Withdraw applies a signed withdrawal and returns the number of the batch holding it. A withdrawal that
// fails admission (signature, nonce, expiry, address, funds, margin, slot in use) is not logged.
func (s *Service) Withdraw(w state.SignedWithdrawal) (uint64, error) {
	if err := s.verifySig(w.Msg.AccountID, w.Msg.Hash(), &w.Sig); err != nil {
		return 0, fmt.Errorf("withdrawal from account %d: %w", w.Msg.AccountID, err)
	}
	return s.submitWithdrawal(w)
}

// readAccount reads an account; a read failure is fatal.
func (s *Service) readAccount(id uint32) (state.Account, error) {
	a, err := s.tree.Account(id)
	if err != nil {
		return a, s.fail(readFailed(err))
	}
	return a, nil
}

// admit checks a signed order before it reaches the input log and the book, and returns the size it still has
// open. Its signature is checked before, outside the lock (verifySig).
func (s *Service) admit(so *state.SignedOrder) (uint64, error) {
	o := &so.Msg
	markets := s.tree.Markets()
	mk := markets.Get(o.Market)
	if err := checkMsgFields(o.AccountID, o.Slot, o.ExpirySeconds, o.MaxFeePpm); err != nil {
		return 0, err
	}
	switch {
	case mk == nil || mk.Status == state.MarketUnlisted:
		return 0, fmt.Errorf("%w: %d", ErrUnknownMarket, o.Market)
	case mk.Status != state.MarketActive:
		return 0, fmt.Errorf("%w: %d", ErrMarketNotActive, o.Market)
	case o.Flags&^(state.FlagPostOnly|state.FlagReduceOnly|state.FlagIOC|state.FlagFOK) != 0:
		return 0, fmt.Errorf("%w: flags %#x", ErrMessageField, o.Flags)
	case o.Flags&state.FlagFOK != 0:
		return 0, fmt.Errorf("%w: fill-or-kill", ErrUnsupported)
	case o.Flags&state.FlagPostOnly != 0 && o.Flags&state.FlagIOC != 0:
		return 0, fmt.Errorf("%w: post-only and IOC", ErrMessageField)
	case o.SizeQuantums == 0 || o.SizeQuantums >= uint64(state.MaxSize) || o.LimitPrice == 0 || o.LimitPrice >= state.MaxPrice:
		return 0, fmt.Errorf("%w: size %d, price %d", ErrOutOfRange, o.SizeQuantums, o.LimitPrice)
	case o.SizeQuantums%mk.StepSize != 0:
		return 0, fmt.Errorf("%w: size %d, step %d", ErrSizeOffStep, o.SizeQuantums, mk.StepSize)
	case o.LimitPrice%mk.TickSize != 0:
		return 0, fmt.Errorf("%w: price %d, tick %d", ErrPriceOffTick, o.LimitPrice, mk.TickSize)
	case o.Nonce == 0:
		return 0, ErrZeroNonce
	case o.MaxFeePpm < mk.MakerFeePpm || (o.Flags&state.FlagPostOnly == 0 && o.MaxFeePpm < mk.TakerFeePpm):
		return 0, fmt.Errorf("%w: max fee %d ppm, maker %d, taker %d", ErrFeeRate, o.MaxFeePpm, mk.MakerFeePpm, mk.TakerFeePpm)
	case o.ExpirySeconds < max(s.engine.BatchTime(), s.now):
		return 0, fmt.Errorf("%w: expiry %d", ErrExpired, o.ExpirySeconds)
	}
	acc, err := s.readAccount(o.AccountID)
	if err != nil {
		return 0, err
	}
	if acc.PubKey.IsZero() {
		return 0, fmt.Errorf("%w: %d", ErrUnknownAccount, o.AccountID)
	}
	if acc.MarginMode != 0 && acc.MarginMode != uint16(o.Market) {
		return 0, fmt.Errorf("%w: account isolated to market %d", ErrIsolatedMarket, acc.MarginMode)
	}
	if id, ok := s.slots[slotKey{o.AccountID, o.Slot}]; ok {
		return 0, fmt.Errorf("%w: order %d", ErrSlotInUse, id)
	}
	slot, err := s.tree.Slot(o.AccountID, o.Slot)
	if err != nil {
		return 0, s.fail(readFailed(err))
	}
	filled, err := slot.FilledBefore(o.Nonce, false)
	if err != nil {
		return 0, fmt.Errorf("%w: nonce %d, slot nonce %d", ErrNonceReused, o.Nonce, slot.Nonce)
	}
	if filled >= o.SizeQuantums {
		return 0, fmt.Errorf("%w: already filled %d of %d", ErrOverfill, filled, o.SizeQuantums)
	}
	if o.Flags&state.FlagReduceOnly != 0 && reducible(&acc, o.Market, o.IsBuy) == 0 {
		return 0, ErrReduceOnly
	}
	return o.SizeQuantums - filled, nil
}

// reducible returns how much an order on side buy can trade without growing or flipping a's position.
func reducible(a *state.Account, m uint8, buy bool) uint64 {
	switch s := PositionSize(a, m); {
	case buy && s < 0:
		return uint64(-s)
	case !buy && s > 0:
		return uint64(s)
	}
	return 0
}

// PlaceOrder admits a signed order, matches it against the book and rests what remains (unless IOC). An order
// rejected before any fill returns an error and changes nothing. It returns once the order is durable in the
// input log; an order that fails admission is not logged.
func (s *Service) PlaceOrder(so state.SignedOrder) (*PlaceResult, error) {
	if err := s.verifySig(so.Msg.AccountID, so.Msg.Hash(), &so.Sig); err != nil {
		return nil, err
	}
	return s.submitOrder(so)
}

// placeOrder matches an admitted order (remaining is what admit returned) and rests what remains. The caller
// holds mu and has logged the order.
func (s *Service) placeOrder(so state.SignedOrder, remaining uint64) (*PlaceResult, error) {
	if err := s.begin(); err != nil {
		return nil, err
	}
	o := &so.Msg
	book := s.books[o.Market-1]
	if best := book.Best(!o.IsBuy); o.Flags&state.FlagPostOnly != 0 && best != nil && Crosses(o.IsBuy, o.LimitPrice, best.Price()) {
		return nil, ErrWouldCross
	}
	res := &PlaceResult{OrderID: s.nextID, Remaining: remaining}
	s.nextID++
	res.Stopped = s.match(&so, res)
	if res.Stopped != nil && IsFatal(res.Stopped) {
		return nil, res.Stopped
	}
	if res.Stopped != nil && len(res.Fills) == 0 {
		return nil, res.Stopped
	}
	if res.Remaining > 0 && res.Stopped == nil && o.Flags&state.FlagIOC == 0 {
		if err := book.Add(&Order{ID: res.OrderID, Signed: so, Remaining: res.Remaining}); err != nil {
			return nil, s.fail(&FatalError{Err: err})
		}
		s.slots[slotKey{o.AccountID, o.Slot}] = res.OrderID
		res.Resting = true
	}
	return res, nil
}

// match fills the taker against the book until it is filled, stops crossing, or must stop; it returns why it
// stopped early (nil when it simply ran out of size or crossing liquidity).
func (s *Service) match(taker *state.SignedOrder, res *PlaceResult) error {
	o := &taker.Msg
	book := s.books[o.Market-1]
	markets := s.tree.Markets()
	step := markets.Get(o.Market).StepSize
	for res.Remaining > 0 {
		if err := s.begin(); err != nil {
			return err
		}
		maker := book.Best(!o.IsBuy)
		if maker == nil || !Crosses(o.IsBuy, o.LimitPrice, maker.Price()) {
			return nil
		}
		mm := &maker.Signed.Msg
		if mm.AccountID == o.AccountID {
			s.removeOrder(book, maker.ID)
			continue
		}
		q := min(res.Remaining, maker.Remaining)
		if o.Flags&state.FlagReduceOnly != 0 || mm.Flags&state.FlagReduceOnly != 0 {
			var stop error
			if q, stop = s.clampReduceOnly(book, taker, maker, q, step); stop != nil {
				return stop
			}
			if q == 0 {
				continue
			}
		}
		batch := s.sealer.Number()
		tx, err := s.engine.Trade(*taker, maker.Signed, q)
		if err != nil {
			var re *RuleError
			if IsFatal(err) {
				return s.fail(err)
			}
			if errors.As(err, &re) && re.Party == PartyB {
				s.log.Info("maker removed", "order", maker.ID, "err", err)
				s.removeOrder(book, maker.ID)
				continue
			}
			return err
		}
		res.Fills = append(res.Fills, Fill{
			MakerOrderID: maker.ID, MakerAccount: mm.AccountID, SizeQuantums: q, Price: maker.Price(),
			TakerFee: tx.Record.Trade.TakerFee, MakerFee: tx.Record.Trade.MakerFee, Batch: batch,
		})
		res.Remaining -= q
		if q == maker.Remaining {
			s.removeOrder(book, maker.ID)
		} else {
			book.Fill(maker, q)
		}
		if err := s.record(tx); err != nil {
			return err
		}
	}
	return nil
}

// clampReduceOnly limits a fill so that neither reduce-only side grows or flips its position. A maker with
// nothing left to reduce is cancelled (q = 0 and the caller moves on); a taker with nothing left stops matching.
func (s *Service) clampReduceOnly(book *Book, taker *state.SignedOrder, maker *Order, q, step uint64) (uint64, error) {
	for _, side := range []struct {
		so    *state.SignedOrder
		maker bool
	}{{taker, false}, {&maker.Signed, true}} {
		m := &side.so.Msg
		if m.Flags&state.FlagReduceOnly == 0 {
			continue
		}
		a, err := s.readAccount(m.AccountID)
		if err != nil {
			return 0, err
		}
		r := reducible(&a, m.Market, m.IsBuy)
		r -= r % step
		if r == 0 && side.maker {
			s.removeOrder(book, maker.ID)
			return 0, nil
		}
		if r == 0 {
			return 0, ErrReduceOnly
		}
		q = min(q, r)
	}
	return q, nil
}

// removeOrder takes a resting order out of its book and frees its slot.
func (s *Service) removeOrder(b *Book, id uint64) *Order {
	o := b.Remove(id)
	if o != nil {
		delete(s.slots, slotKey{o.Signed.Msg.AccountID, o.Signed.Msg.Slot})
	}
	return o
}

// CancelOrder removes a resting order and returns it (ErrOrderNotFound if it is not resting). The API checks
// the owner's signature first and calls CancelOrderOf.
func (s *Service) CancelOrder(id uint64) (*Order, error) {
	res, err := s.submit(&logEntry{Kind: entryCancel, Cancel: cancelCmd{OrderID: id, anyOwner: true}})
	o, _ := res.(*Order)
	return o, err
}

// CancelOrderOf removes resting order id of account (ErrOrderNotFound if it is not resting, ErrNotOwner if
// another account placed it).
func (s *Service) CancelOrderOf(account uint32, id uint64) (*Order, error) {
	o, _, err := s.submitCancel(CancelMsg{AccountID: account, OrderID: id})
	return o, err
}

// cancelOrder removes a resting order. The caller holds mu and has logged the cancel.
func (s *Service) cancelOrder(id uint64) (*Order, error) {
	for _, b := range s.books {
		if o := s.removeOrder(b, id); o != nil {
			return o, nil
		}
	}
	return nil, fmt.Errorf("%w: %d", ErrOrderNotFound, id)
}

// Markets returns the markets table. It does not wait for the service's lock.
func (s *Service) Markets() state.Markets {
	return *s.markets.Load()
}

// Depth returns up to n aggregated levels of each side of market m's book, best first (n ≤ 0: all).
func (s *Service) Depth(m uint8, n int) (bids, asks []PriceLevel, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m == 0 || int(m) > state.MarketCount {
		return nil, nil, fmt.Errorf("%w: %d", ErrUnknownMarket, m)
	}
	bids, asks = s.books[m-1].Depth(n)
	return bids, asks, nil
}

// Account returns account id (including transactions not yet sealed) and its risk at oracle prices.
func (s *Service) Account(id uint32) (state.Account, *Risk, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return state.Account{}, nil, fmt.Errorf("%w: %d", ErrAccountID, id)
	}
	a, err := s.readAccount(id)
	if err != nil {
		return a, nil, err
	}
	if a.IsEmpty() {
		return a, nil, fmt.Errorf("%w: %d", ErrUnknownAccount, id)
	}
	markets := s.tree.Markets()
	return a, ComputeRisk(&a, &markets), nil
}

// Slot returns an order slot of an account, and the id of the resting order using it (0 if none).
func (s *Service) Slot(id uint32, slot uint16) (state.Slot, uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return state.Slot{}, 0, fmt.Errorf("%w: %d", ErrAccountID, id)
	}
	if uint64(slot) >= 1<<state.SlotTreeDepth {
		return state.Slot{}, 0, fmt.Errorf("%w: %d", ErrSlotID, slot)
	}
	v, err := s.tree.Slot(id, slot)
	if err != nil {
		return v, 0, s.fail(readFailed(err))
	}
	return v, s.slots[slotKey{id, slot}], nil
}

// Batch returns sealed batch n and its status.
func (s *Service) Batch(n uint64) (*state.SealedBatch, BatchStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.store.Get(n)
	if err != nil {
		return nil, BatchStatus{}, err
	}
	st, err := s.store.Status(n)
	return b, st, err
}

// SetBatchStatus records the proof or L1 status of batch n; the prover and the L1 submitter call it.
func (s *Service) SetBatchStatus(n uint64, st BatchStatus) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.store.SetStatus(n, st); err != nil {
		return err
	}
	s.batchStatusChanged(n, st)
	return nil
}
