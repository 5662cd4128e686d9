package sequencer

import (
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Errors of the command path.
var (
	errNoBatch = errors.New("sequencer: no open batch")
)

// command is what the service gathers while it applies one logged input: the executed transactions and the
// batch each went to, the batches it sealed and the accounts and markets it touched. The end of the command
// turns them into entry-price updates, persisted fills, stream events and metrics.
type command struct {
	entry   *wal.LogEntry
	txs     []events.Tx
	sealed  []*state.SealedBatch
	touched []uint32 // accounts, in first-touch order, without repeats
	moved   []uint8  // markets whose price or funding index the command's market updates changed
	// liqOrders maps each liquidation of the command to the resting order it filled.
	liqOrders map[*state.TxTrace]uint64
	risk      []risk.RiskEvent // the liquidation and deleveraging events of the command (recordRiskEvents)
}

func (c *command) touch(id uint32) {
	for _, t := range c.touched {
		if t == id {
			return
		}
	}
	c.touched = append(c.touched, id)
}

// submit runs one command: under the service lock it fixes the command's time, admits the input (an input
// that fails admission is neither logged nor applied), appends it to the input log, applies it, and turns its
// effects into events; then, outside the lock, it waits until the log entry is durable. Only then does it
// return the result: a caller is acknowledged only for what a restart would recover.
func (s *Service) submit(e *wal.LogEntry) (any, error) {
	p, err := s.enter(e)
	if err != nil {
		return nil, err
	}
	return p.wait()
}

// applied is a command that was admitted, logged and applied, whose acknowledgement waits for its log entry
// to become durable.
type applied struct {
	s    *Service
	kind wal.EntryKind
	g    *wal.LogGroup
	seq  uint64
	res  any
	err  error
}

// enter is the part of submit under the service lock: it admits, logs and applies e and returns the command
// waiting for durability. An error means e was refused before it was logged. Callers that enter commands in
// a sequence and wait for them afterwards (a WebSocket session's orders) get them applied in their order
// while sharing group commits.
func (s *Service) enter(e *wal.LogEntry) (*applied, error) {
	s.metrics.WriterQueue.Inc()
	s.mu.Lock()
	s.metrics.WriterQueue.Dec()
	start := time.Now()
	if err := s.check(); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	e.Time = s.commandTime()
	s.now = e.Time
	root := s.rootForInvariants()
	exec, err := s.prepare(e)
	if err != nil {
		s.checkRefused(root, err)
		s.mu.Unlock()
		s.metrics.Rejected.WithLabelValues(e.Kind.String(), errorLabel(err)).Inc()
		return nil, err
	}
	g, err := s.ilog.Append(e)
	if err != nil {
		err = s.fail(err)
		s.mu.Unlock()
		return nil, err
	}
	s.cmd = &command{entry: e}
	s.sampleFunding()
	res, err := exec()
	s.liquidate(e)
	if tail := s.endCommand(res); tail != nil {
		g = tail // the command's fills too are durable before the acknowledgement
	}
	s.checkInvariants()
	if err == nil && s.fatal != nil {
		err = fmt.Errorf("%w: %w", wire.ErrStopped, s.fatal)
	}
	s.metrics.ApplyLatency.WithLabelValues(e.Kind.String()).Observe(time.Since(start).Seconds())
	s.mu.Unlock()
	return &applied{s: s, kind: e.Kind, g: g, seq: e.Seq, res: res, err: err}, nil
}

// Enter enters e as enter does and returns the function that waits for its durability and returns its
// result (the WebSocket order entry's second stage).
func (s *Service) Enter(e *wal.LogEntry) (wait func() (any, error), err error) {
	p, err := s.enter(e)
	if err != nil {
		return nil, err
	}
	return p.wait, nil
}

// wait blocks until the command's log entry (and the fills it produced) is durable and returns its result.
func (p *applied) wait() (any, error) {
	if werr := p.s.ilog.Wait(p.g, p.seq); werr != nil {
		return nil, werr
	}
	p.s.metrics.Accepted.WithLabelValues(p.kind.String()).Inc()
	return p.res, p.err
}

// SubmitOrder places an order whose signature was checked.
func (s *Service) SubmitOrder(so state.SignedOrder) (*book.PlaceResult, error) {
	e := &wal.LogEntry{Kind: wal.EntryOrder, Order: so}
	res, err := s.submit(e)
	r, _ := res.(*book.PlaceResult)
	if r != nil {
		r.Seq = e.Seq
	}
	return r, err
}

// SubmitWithdrawal applies a withdrawal whose signature was checked.
func (s *Service) SubmitWithdrawal(w state.SignedWithdrawal) (uint64, error) {
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryWithdrawal, Withdrawal: w})
	n, _ := res.(uint64)
	return n, err
}

// SubmitCancel cancels a resting order of m.AccountID whose signature (if any) was checked, and returns the
// order and the cancel's log sequence number.
func (s *Service) SubmitCancel(m wire.CancelMsg) (*book.Order, uint64, error) {
	e := &wal.LogEntry{Kind: wal.EntryCancel, Cancel: wal.CancelCmd{Account: m.AccountID, OrderID: m.OrderID, Expiry: m.ExpirySeconds}}
	res, err := s.submit(e)
	o, _ := res.(*book.Order)
	return o, e.Seq, err
}

// commandTime returns the time of the next command: the clock in unix seconds, never below the last
// command's time (so a clock that steps back never fails batch opening).
func (s *Service) commandTime() uint64 {
	now := s.cfg.Clock.Now().Unix()
	t := s.lastTime
	if now > 0 && uint64(now) > t {
		t = uint64(now)
	}
	s.lastTime = t
	return t
}

// prepare admits e and returns the function that applies it. Admission only reads state: an input it rejects
// leaves no trace. A replay calls it again on logged entries, where a rejection means the replay diverged. The
// caller holds mu, with s.now set to e.Time.
func (s *Service) prepare(e *wal.LogEntry) (func() (any, error), error) {
	switch e.Kind {
	case wal.EntryOrder, wal.EntryReplace:
		if e.Kind == wal.EntryReplace && e.Cancel.Expiry != 0 && e.Cancel.Expiry < s.now {
			return nil, fmt.Errorf("%w: cancel expiry %d", wire.ErrExpired, e.Cancel.Expiry)
		}
		old := uint64(0)
		if e.Kind == wal.EntryReplace {
			old = e.Cancel.OrderID
		}
		remaining, err := s.admit(&e.Order, old)
		if err != nil {
			return nil, err
		}
		return func() (any, error) {
			r, err := s.placeOrder(e.Order, remaining, old)
			if r == nil {
				return nil, err
			}
			return r, err
		}, nil
	case wal.EntryCancel:
		o := s.findOrder(e.Cancel.OrderID)
		switch {
		case e.Cancel.Expiry != 0 && e.Cancel.Expiry < s.now:
			return nil, fmt.Errorf("%w: cancel expiry %d", wire.ErrExpired, e.Cancel.Expiry)
		case o == nil:
			return nil, fmt.Errorf("%w: %d", wire.ErrOrderNotFound, e.Cancel.OrderID)
		case e.Cancel.AnyOwner:
			e.Cancel.Account = o.Signed.Msg.AccountID // CancelOrder: the operator cancels
		}
		if o.Signed.Msg.AccountID != e.Cancel.Account {
			return nil, fmt.Errorf("%w: order %d", wire.ErrNotOwner, e.Cancel.OrderID)
		}
		return func() (any, error) {
			o, err := s.cancelOrder(e.Cancel.OrderID)
			if o == nil {
				return nil, err
			}
			s.cmd.touch(o.Signed.Msg.AccountID)
			return o, err
		}, nil
	case wal.EntryWithdrawal:
		if err := s.checkWithdrawal(&e.Withdrawal.Msg); err != nil {
			return nil, fmt.Errorf("withdrawal from account %d: %w", e.Withdrawal.Msg.AccountID, err)
		}
		return func() (any, error) {
			w := e.Withdrawal
			n, err := s.execute(func() (*state.TxTrace, error) { return s.engine.Withdraw(w) })
			if err != nil {
				return nil, err
			}
			return n, nil
		}, nil
	case wal.EntryDeposit:
		return func() (any, error) {
			r := e.Deposit
			s.deposits++
			n, err := s.execute(func() (*state.TxTrace, error) { return s.engine.Deposit(r) })
			if err == nil {
				if pk, perr := state.DecompressPubKey(r.PubKey); perr == nil {
					s.keys.LoadOrStore(r.AccountID, pk)
				}
				return n, nil
			}
			return nil, err
		}, nil
	case wal.EntryForced:
		return func() (any, error) {
			r := e.Forced
			s.deposits++ // forced withdrawals share the L1 queue with deposits
			n, err := s.execute(func() (*state.TxTrace, error) { return s.engine.ForcedWithdraw(r) })
			if err != nil {
				return nil, err
			}
			return n, nil
		}, nil
	case wal.EntryForcedTrade:
		if _, err := engine.CheckQueuedForcedTrade(&e.ForcedTrade); err != nil {
			return nil, fmt.Errorf("forced trade of account %d against %d: %w", e.ForcedTrade.AccountA, e.ForcedTrade.AccountB, err)
		}
		e.ForcedTrade.Valid = false // as queued; the engine decides
		return func() (any, error) {
			r := e.ForcedTrade
			s.deposits++ // forced trades share the L1 queue with deposits
			n, err := s.execute(func() (*state.TxTrace, error) { return s.engine.ForcedTrade(r) })
			if err != nil {
				return nil, err
			}
			return n, nil
		}, nil
	case wal.EntryMarketParams:
		return s.prepareMarketParams(e.MarketParams)
	case wal.EntryCancelAll:
		return s.prepareCancelAll(&e.CancelAll)
	case wal.EntryTransfer:
		return s.prepareTransfer(&e.Transfer)
	case wal.EntryOracle:
		return s.prepareOracle(e)
	case wal.EntryExpire:
		if !s.expiryDue() {
			return nil, errNothingExpired
		}
		return func() (any, error) { return s.expireOrders(), nil }, nil
	case wal.EntrySeal:
		if s.sealer.Open() == nil {
			return nil, errNoBatch
		}
		return func() (any, error) {
			b, err := s.seal()
			if b == nil {
				return nil, err
			}
			return b, err
		}, nil
	}
	return nil, fmt.Errorf("%w: entry %d has kind %v", wal.ErrLogCorrupt, e.Seq, e.Kind)
}

// findOrder returns resting order id, or nil.
func (s *Service) findOrder(id uint64) *book.Order {
	for _, b := range s.books {
		if o := b.Get(id); o != nil {
			return o
		}
	}
	return nil
}

// VerifySig checks sig against the key of account id, outside the service lock: account keys never change
// once set, so a cached key is always current. It returns ErrUnknownAccount or ErrBadSignature.
func (s *Service) VerifySig(id uint32, msg fr.Element, sig *state.Signature) error {
	return s.checkSig(id, sig, func(pk state.PubKey) (fr.Element, bool) {
		return msg, sigverify.Shared.Verify(pk, msg, sig)
	})
}

// VerifyOrderSig checks an order's signature as VerifySig checks orderHash(&so.Msg)'s, hashing the order
// together with the concurrent checks it is combined with.
func (s *Service) VerifyOrderSig(so *state.SignedOrder) error {
	return s.checkSig(so.Msg.AccountID, &so.Sig, func(pk state.PubKey) (fr.Element, bool) {
		return sigverify.Shared.VerifyOrder(pk, &so.Msg, &so.Sig)
	})
}

// checkSig runs check, a signature check by the combining verifier (verify_batcher.go), against the key of
// account id, and remembers an accepted signature for the engine.
func (s *Service) checkSig(id uint32, sig *state.Signature, check func(state.PubKey) (fr.Element, bool)) error {
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return fmt.Errorf("%w: %d", wire.ErrAccountID, id)
	}
	pk, err := s.pubKey(id)
	if err != nil {
		return err
	}
	start := time.Now()
	msg, ok := check(pk)
	s.metrics.VerifyLatency.Observe(time.Since(start).Seconds())
	if !ok {
		return wire.ErrBadSignature
	}
	s.engine.Verdicts().Add(pk, msg, sig) // the engine does not verify it again when the order fills
	return nil
}

// pubKey returns the key of account id from the cache, reading the tree on a miss.
func (s *Service) pubKey(id uint32) (state.PubKey, error) {
	if v, ok := s.keys.Load(id); ok {
		return v.(state.PubKey), nil
	}
	a, err := s.tree.Account(id)
	if err != nil {
		return state.PubKey{}, engine.ReadFailed(err)
	}
	if a.PubKey.IsZero() {
		return state.PubKey{}, fmt.Errorf("%w: %d", wire.ErrUnknownAccount, id)
	}
	s.keys.Store(id, a.PubKey)
	return a.PubKey, nil
}

// checkWithdrawal applies the withdrawal rules of docs/PROTOCOL.md §5 that admission can check without the
// engine, so that a withdrawal the engine would reject is not logged. The signature was checked before. The
// engine stays the authority: whatever it rejects changes nothing.
func (s *Service) checkWithdrawal(m *state.WithdrawalMsg) error {
	if err := wire.CheckMsgFields(m.AccountID, m.Slot, m.ExpirySeconds, 0); err != nil {
		return err
	}
	switch {
	case m.AmountQuantums == 0 || m.AmountQuantums >= state.MaxAmount:
		return fmt.Errorf("%w: %d", wire.ErrAmount, m.AmountQuantums)
	case m.ExpirySeconds < max(s.engine.BatchTime(), s.now):
		return fmt.Errorf("%w: expiry %d", wire.ErrExpired, m.ExpirySeconds)
	case m.Nonce == 0:
		return wire.ErrZeroNonce
	}
	if id, ok := s.slots[slotKey{m.AccountID, m.Slot}]; ok {
		return fmt.Errorf("%w: order %d", wire.ErrSlotInUse, id)
	}
	acc, err := s.readAccount(m.AccountID)
	if err != nil {
		return err
	}
	if acc.PubKey.IsZero() {
		return fmt.Errorf("%w: %d", wire.ErrUnknownAccount, m.AccountID)
	}
	slot, err := s.tree.Slot(m.AccountID, m.Slot)
	if err != nil {
		return s.fail(engine.ReadFailed(err))
	}
	markets := s.tree.Markets()
	if _, err := state.SettleFunding(&acc, &markets); err != nil { // the engine settles first too
		return fmt.Errorf("%w: %v", wire.ErrCollateralBounds, err)
	}
	switch {
	case m.Nonce <= slot.Nonce:
		return fmt.Errorf("%w: nonce %d, slot nonce %d", wire.ErrNonceReused, m.Nonce, slot.Nonce)
	case m.L1Address != acc.L1Address:
		return wire.ErrL1AddressMismatch
	case acc.CollateralQuantums < 0 || uint64(acc.CollateralQuantums) < m.AmountQuantums:
		return fmt.Errorf("%w: collateral %d, amount %d", wire.ErrInsufficientFunds, acc.CollateralQuantums, m.AmountQuantums)
	}
	after := acc
	after.CollateralQuantums -= int64(m.AmountQuantums)
	if !state.ComputeRisk(&after, &markets).Healthy() {
		return fmt.Errorf("%w: after withdrawing %d", wire.ErrUndercollateral, m.AmountQuantums)
	}
	return nil
}

// observe notes an executed transaction of the current command (record calls it before adding the
// transaction to the open batch).
func (s *Service) observe(tx *state.TxTrace) {
	c := s.cmd
	if c == nil {
		return
	}
	c.txs = append(c.txs, events.Tx{Trace: tx, Batch: s.sealer.Number()})
	s.flows.Observe(tx)
	if tx.A != nil {
		c.touch(tx.A.ID)
	}
	if tx.B != nil {
		c.touch(tx.B.ID)
	}
	switch r := &tx.Record; {
	case r.Trade != nil:
		s.entries.Trade(tx)
	case r.Liquidate != nil:
		s.entries.Update(tx.A, r.Liquidate.Market, r.Liquidate.SizeQuantums, r.Liquidate.Price)
		s.entries.Update(tx.B, r.Liquidate.Market, r.Liquidate.SizeQuantums, r.Liquidate.Price)
	case r.ForcedTrade != nil && r.ForcedTrade.Valid:
		f := r.ForcedTrade
		s.entries.Update(tx.A, f.Market, f.SizeQuantums, f.Price)
		s.entries.Update(tx.B, f.Market, f.SizeQuantums, f.Price)
	case r.Deleverage != nil && r.Deleverage.SizeQuantums > 0:
		p := events.DeleveragePrice(r.Deleverage)
		s.entries.Update(tx.A, r.Deleverage.Market, r.Deleverage.SizeQuantums, p)
		s.entries.Update(tx.B, r.Deleverage.Market, r.Deleverage.SizeQuantums, p)
	}
}

// sealed runs after a batch is durable in the store.
func (s *Service) sealed(b *state.SealedBatch) {
	n := wal.TxCount(b)
	s.metrics.BatchTxs.Observe(float64(n))
	s.metrics.LastBatch.Set(float64(b.Header.BatchNumber))
	s.ckpt.sealsSince++
	if b.Market.Tick && s.feed != nil {
		s.feed.CommitTick() // before the replay's early return: the feed is rebuilt from the log
	}
	if s.cmd != nil {
		s.cmd.sealed = append(s.cmd.sealed, b)
	}
	if s.replaying {
		s.log.Debug("batch re-sealed", "batch", b.Header.BatchNumber, "txs", n)
		if b.Header.BatchNumber <= s.ckpt.storedAtOpen {
			return
		}
	} else {
		s.log.Info("batch sealed", "batch", b.Header.BatchNumber, "txs", n, "size", b.BatchSize)
	}
	if s.cfg.OnSealed != nil {
		s.cfg.OnSealed(b)
	}
}

// endCommand turns the effects of the current command into persisted fills, events and metrics, and
// checkpoints when one is due. If it added side writes to the input log, it returns the group that holds them.
// The caller holds mu.
func (s *Service) endCommand(res any) *wal.LogGroup {
	c := s.cmd
	s.cmd = nil
	if c == nil {
		return nil
	}
	if c.entry.Kind == wal.EntryOrder || c.entry.Kind == wal.EntryReplace {
		c.touch(c.entry.Order.Msg.AccountID)
	}
	fills := s.recordFills(c, res)
	s.recordRiskEvents(c)
	var tail *wal.LogGroup
	if len(fills) > 0 {
		tail = s.ilog.Tail()
	}
	if !s.replaying {
		s.publish(c, fills)
		for _, tx := range c.txs {
			if tx.Trace.Record.Trade != nil {
				s.metrics.Trades.Inc()
			}
		}
	}
	if len(c.sealed) > 0 && !s.replaying {
		if err := s.checkpointIfDueLocked(); err != nil {
			s.log.Error("checkpoint failed", "err", err)
		}
	}
	return tail
}

// recordFills derives the fills of both sides of every trade of c, writes them to the input log's side writes
// (they become durable with the entry) and returns them.
func (s *Service) recordFills(c *command, res any) []wal.FillRecord {
	out := events.Fills(c.entry.Seq, c.entry.Time, c.txs, res, c.liqOrders)
	for i := range out {
		if err := s.ilog.Put(wal.FillKey(out[i].Account, out[i].Seq, out[i].Index), wal.EncodeFill(&out[i])); err != nil {
			s.fail(err)
			return out
		}
	}
	return out
}

// errorLabel returns the API code of err, for metrics.
func errorLabel(err error) string {
	var dup *duplicateQuorum
	if errors.As(err, &dup) {
		return duplicateQuorumLabel
	}
	_, code := wire.ErrorCode(err)
	return code
}

// duplicateQuorumLabel counts the last oracle quorum sent again, answered without a log entry, apart from the
// refusals (it is no error: its API answer is its first one).
const duplicateQuorumLabel = "duplicate_quorum"
