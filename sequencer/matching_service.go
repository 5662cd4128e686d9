package sequencer

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// MaxTrades is the number of recent trades the Service keeps per market for GET /v1/trades.
const MaxTrades = 1000

// errNothingExpired refuses an expiry command with nothing to expire, so that it is not logged.
var errNothingExpired = errors.New("sequencer: no resting order has expired")

// marketData listens to the Service's books: it keeps the slots map and the trades tapes, and passes every
// event on to the listeners added with OnMarketEvents.
type marketData struct {
	s      *Service
	subs   []subscription
	nextID int
	tapes  [state.MarketCount]tape
}

type subscription struct {
	id int
	book.Listener
}

// tape is a ring of a market's most recent trades.
type tape struct {
	buf  []book.TradeEvent
	next int
}

func (t *tape) add(e book.TradeEvent) {
	if len(t.buf) < MaxTrades {
		t.buf = append(t.buf, e)
		return
	}
	t.buf[t.next] = e
	t.next = (t.next + 1) % MaxTrades
}

// last returns up to n trades, newest first.
func (t *tape) last(n int) []book.TradeEvent {
	n = min(n, len(t.buf))
	out := make([]book.TradeEvent, n)
	for i := range out {
		out[i] = t.buf[(t.next+len(t.buf)-1-i)%len(t.buf)]
	}
	return out
}

func (d *marketData) Level(e book.BookEvent) {
	for i := range d.subs {
		d.subs[i].Level(e)
	}
}

func (d *marketData) Trade(e book.TradeEvent) {
	d.tapes[e.Market-1].add(e)
	for i := range d.subs {
		d.subs[i].Trade(e)
	}
}

func (d *marketData) Order(e book.OrderEvent) {
	d.s.ckpt.dirty[e.OrderID] = e.Market
	k := slotKey{e.Account, e.Slot}
	switch {
	case e.Kind == book.OrderRested:
		d.s.slots[k] = e.OrderID
	case e.Kind == book.OrderRemoved, e.Kind == book.OrderFilled && e.Remaining == 0:
		delete(d.s.slots, k)
		d.s.retired.retire(e.Account, e.Slot, e.Nonce)
	}
	for i := range d.subs {
		d.subs[i].Order(e)
	}
}

// settler is the Service's Settler: it runs each fill through the Engine in the open batch.
type settler struct {
	s        *Service
	market   uint8
	atomic   bool
	sp       statedb.Savepoint
	deferred []state.TxTrace
}

// Now opens a batch if none is open and returns the later of its time and the command's time.
func (st *settler) Now() (uint64, error) {
	if err := st.s.begin(); err != nil {
		return 0, err
	}
	return st.s.expiryTime(), nil
}

// Position reads account's position in the settler's market.
func (st *settler) Position(account uint32) (int64, error) {
	a, err := st.s.readAccount(account)
	if err != nil {
		return 0, err
	}
	return engine.PositionSize(&a, st.market), nil
}

// Fill runs the trade through the engine and records it in the open batch (held back inside an atomic group).
func (st *settler) Fill(taker, maker *book.Order, q uint64, f *book.Fill) error {
	s := st.s
	f.Batch = s.sealer.Number()
	tx, err := s.engine.Trade(taker.Signed, maker.Signed, q)
	if err != nil {
		if wire.IsFatal(err) {
			return s.fail(err)
		}
		return err
	}
	f.TakerFee, f.MakerFee = tx.Record.Trade.TakerFee, tx.Record.Trade.MakerFee
	if st.atomic {
		st.deferred = append(st.deferred, *tx)
		return nil
	}
	return s.record(tx)
}

// BeginAtomic makes room for the group's fills in one batch, sealing the open batch first if they would not
// fit, and takes a savepoint of the tree.
func (st *settler) BeginAtomic(fills int) error {
	s := st.s
	if fills > s.cfg.MaxBatchSize {
		return fmt.Errorf("%w: %d fills, batches of %d", wire.ErrTooManyFills, fills, s.cfg.MaxBatchSize)
	}
	if s.sealer.Pending()+fills > s.cfg.MaxBatchSize {
		if _, err := s.seal(); err != nil {
			return err
		}
	}
	if err := s.begin(); err != nil {
		return err
	}
	st.sp = s.tree.Savepoint()
	st.atomic, st.deferred = true, st.deferred[:0]
	return nil
}

// EndAtomic records the group's fills in the batch, or rolls the tree back to the savepoint.
func (st *settler) EndAtomic(commit bool) error {
	s := st.s
	st.atomic = false
	if !commit {
		if err := s.tree.RollbackTo(st.sp); err != nil {
			return s.fail(wire.Fatalf("roll back a fill-or-kill order: %w", err))
		}
		s.reindex(st.deferred)
		return nil
	}
	for i := range st.deferred {
		if err := s.record(&st.deferred[i]); err != nil {
			return err
		}
	}
	return nil
}

// initBooks creates the books with the markets' rules and listens to them.
func (s *Service) initBooks() {
	s.market.s = s
	markets := s.tree.Markets()
	for i := range s.books {
		s.books[i] = book.NewBook(uint8(i + 1))
		s.books[i].SetRules(book.NewRules(&markets[i], s.cfg.MarketRules[i]))
		s.books[i].SetListener(&s.market)
	}
}

// expiryTime is the time orders expire against: the later of the open batch's time and the command's.
func (s *Service) expiryTime() uint64 { return max(s.engine.BatchTime(), s.now) }

// expireOrders removes the orders of every book that expired before expiryTime and returns how many.
func (s *Service) expireOrders() int {
	now, n := s.expiryTime(), 0
	for _, b := range s.books {
		n += b.Expire(now)
	}
	return n
}

// expiryDue reports whether a resting order has expired before expiryTime.
func (s *Service) expiryDue() bool { return s.expiryDueAt(s.expiryTime()) }

// expiryDueAt reports whether a resting order has expired before now.
func (s *Service) expiryDueAt(now uint64) bool {
	for _, b := range s.books {
		if exp, ok := b.NextExpiry(); ok && exp < now {
			return true
		}
	}
	return false
}

// ExpireOrders removes the resting orders whose expiry is before the clock, as a logged command, and returns
// how many it removed (0, and no command, when none has). Commands expire orders as they go; Run calls
// ExpireOrders every second so that orders also leave idle books at their time.
func (s *Service) ExpireOrders() (int, error) {
	s.mu.Lock()
	due := s.expiryDueAt(max(s.engine.BatchTime(), s.lastTime, uint64(max(s.cfg.Clock.Now().Unix(), 0))))
	s.mu.Unlock()
	if !due {
		return 0, nil
	}
	res, err := s.submit(&wal.LogEntry{Kind: wal.EntryExpire})
	if errors.Is(err, errNothingExpired) {
		return 0, nil
	}
	n, _ := res.(int)
	return n, err
}

// admit checks a signed order before it reaches the input log and the book, and returns the size it still has
// open. Its signature is checked before, outside the lock (verifySig). old is the order it replaces (0: none),
// whose slot and margin it may take over. The checks, cheapest first: message fields and ranges; the market is
// listed and active, or reduce-only and the order is reduce-only (ErrReduceOnlyMarket; a settled market takes
// none, ErrMarketSettled); the book's order rules (flags, grids, minimum size); nonce, fee cap and expiry; the order
// it replaces exists for the same account, market and side; the account exists and may trade the market; the
// slot is free and not filled; and the account can fund the order with its other open orders
// (checkOpenOrderMargin). The book checks the rest when it places the order.
func (s *Service) admit(so *state.SignedOrder, old uint64) (uint64, error) {
	o := &so.Msg
	markets := s.tree.Markets()
	mk := markets.Get(o.Market)
	if err := wire.CheckMsgFields(o.AccountID, o.Slot, o.ExpirySeconds, o.MaxFeePpm); err != nil {
		return 0, err
	}
	switch {
	case mk == nil || mk.Status == state.MarketUnlisted:
		return 0, fmt.Errorf("%w: %d", wire.ErrUnknownMarket, o.Market)
	case mk.Status == state.MarketSettled:
		return 0, fmt.Errorf("%w: %d", wire.ErrMarketSettled, o.Market)
	case mk.Status == state.MarketReduceOnly && o.Flags&state.FlagReduceOnly == 0:
		return 0, fmt.Errorf("%w: market %d takes only reduce-only orders", wire.ErrReduceOnlyMarket, o.Market)
	case mk.Status != state.MarketActive && mk.Status != state.MarketReduceOnly:
		return 0, fmt.Errorf("%w: %d", wire.ErrMarketNotActive, o.Market)
	case o.SizeQuantums >= uint64(state.MaxSize) || o.LimitPrice >= state.MaxPrice:
		return 0, fmt.Errorf("%w: size %d, price %d", wire.ErrOutOfRange, o.SizeQuantums, o.LimitPrice)
	}
	rules := book.NewRules(mk, s.cfg.MarketRules[o.Market-1])
	s.books[o.Market-1].SetRules(rules)
	if err := book.CheckOrderRules(o, &rules); err != nil {
		return 0, err
	}
	switch {
	case o.Nonce == 0:
		return 0, wire.ErrZeroNonce
	case o.MaxFeePpm < mk.MakerFeePpm || (o.Flags&state.FlagPostOnly == 0 && o.MaxFeePpm < mk.TakerFeePpm):
		return 0, fmt.Errorf("%w: max fee %d ppm, maker %d, taker %d", wire.ErrFeeRate, o.MaxFeePpm, mk.MakerFeePpm, mk.TakerFeePpm)
	case o.ExpirySeconds < s.expiryTime():
		return 0, fmt.Errorf("%w: expiry %d", wire.ErrExpired, o.ExpirySeconds)
	}
	if old != 0 {
		prev := s.findOrder(old)
		switch {
		case prev == nil:
			return 0, fmt.Errorf("%w: %d", wire.ErrOrderNotFound, old)
		case prev.Signed.Msg.Market != o.Market || prev.Account() != o.AccountID || prev.IsBuy() != o.IsBuy:
			return 0, fmt.Errorf("%w: order %d", wire.ErrReplaceMismatch, old)
		}
	}
	acc, err := s.readAccount(o.AccountID)
	if err != nil {
		return 0, err
	}
	if acc.PubKey.IsZero() {
		return 0, fmt.Errorf("%w: %d", wire.ErrUnknownAccount, o.AccountID)
	}
	if acc.MarginMode != 0 && acc.MarginMode != uint16(o.Market) {
		return 0, fmt.Errorf("%w: account isolated to market %d", wire.ErrIsolatedMarket, acc.MarginMode)
	}
	if id, ok := s.slots[slotKey{o.AccountID, o.Slot}]; ok && id != old {
		return 0, fmt.Errorf("%w: order %d", wire.ErrSlotInUse, id)
	}
	slot, err := s.tree.Slot(o.AccountID, o.Slot)
	if err != nil {
		return 0, s.fail(engine.ReadFailed(err))
	}
	filled, err := slot.FilledBefore(o.Nonce, false)
	if err != nil {
		return 0, fmt.Errorf("%w: nonce %d, slot nonce %d", wire.ErrNonceReused, o.Nonce, slot.Nonce)
	}
	if filled >= o.SizeQuantums {
		return 0, fmt.Errorf("%w: %d of %d in slot %d, nonce %d", wire.ErrOrderFilled, filled, o.SizeQuantums, o.Slot, o.Nonce)
	}
	if !s.replaying { // a log written before this check existed may hold such an order
		if err := s.retired.check(o.AccountID, o.Slot, o.Nonce); err != nil {
			return 0, err
		}
	}
	remaining := o.SizeQuantums - filled
	if err := s.checkOpenOrderMargin(&acc, &markets, o, remaining, old); err != nil {
		return 0, err
	}
	if !s.replaying { // a log written before these checks existed may hold orders the book refused
		if err := s.books[o.Market-1].Refusal(o, old, engine.PositionSize(&acc, o.Market), s.expiryTime()); err != nil {
			return 0, err
		}
	}
	return remaining, nil
}

// placeOrder matches an admitted order (remaining is what admit returned) in place of order old (0: none) and
// rests what remains. The caller holds mu and has logged the order. An order the book rejects, or that is
// stopped before any fill, returns an error; the order gets an id only when it returns a result.
func (s *Service) placeOrder(so state.SignedOrder, remaining, old uint64) (*book.PlaceResult, error) {
	if err := s.begin(); err != nil {
		return nil, err
	}
	s.expireOrders()
	st := &settler{s: s, market: so.Msg.Market}
	o := book.Order{ID: s.nextID, Signed: so, Remaining: remaining}
	bk := s.books[so.Msg.Market-1]
	var r book.PlaceResult
	var err error
	start := time.Now()
	if old != 0 {
		r, err = bk.Replace(old, &o, st)
	} else {
		r, err = bk.Place(&o, st)
	}
	if !s.replaying {
		s.metrics.matchLatency.Observe(time.Since(start).Seconds())
	}
	if err != nil {
		return nil, err
	}
	if r.Stopped != nil && (wire.IsFatal(r.Stopped) || len(r.Fills) == 0) {
		return nil, r.Stopped
	}
	if bk.Get(o.ID) == nil { // taken without resting: finished like a removed order
		s.retired.retire(so.Msg.AccountID, so.Msg.Slot, so.Msg.Nonce)
	}
	s.nextID++
	r.Fills = slices.Clone(r.Fills)
	return &r, nil
}

// cancelOrder removes a resting order. The caller holds mu and has logged the cancel.
func (s *Service) cancelOrder(id uint64) (*book.Order, error) {
	for _, b := range s.books {
		if o, ok := b.Cancel(id); ok {
			return &o, nil
		}
	}
	return nil, fmt.Errorf("%w: %d", wire.ErrOrderNotFound, id)
}

// cancelAll removes the resting orders of account in market m (0: every market) whose id is at most upTo, and
// returns their ids. The caller holds mu and has logged the command.
func (s *Service) cancelAll(account uint32, m uint8, upTo uint64) []uint64 {
	ids := []uint64{}
	for _, b := range s.books {
		if m != 0 && b.Market() != m {
			continue
		}
		var mine []uint64
		b.AccountOrders(account, func(o *book.Order) bool {
			if o.ID <= upTo {
				mine = append(mine, o.ID)
			}
			return true
		})
		for _, id := range mine {
			b.Cancel(id)
		}
		ids = append(ids, mine...)
	}
	return ids
}

// ReplaceOrder cancels resting order cancel.OrderID and places so in its stead, with a new id and at the back
// of its price level (see Book.Replace): so must be signed by the old order's account, for the same market and
// side, and may take over its slot. If so is rejected, the old order stays. The API checks cancel's signature
// first; its expiry (0: none) is checked and logged with the order.
func (s *Service) ReplaceOrder(cancel wire.CancelMsg, so state.SignedOrder) (*book.PlaceResult, error) {
	if err := s.verifySig(so.Msg.AccountID, sigverify.OrderHash(&so.Msg), &so.Sig); err != nil {
		return nil, err
	}
	return s.submitReplace(cancel, so)
}

// submitReplace replaces an order by one whose signature was checked.
func (s *Service) submitReplace(cancel wire.CancelMsg, so state.SignedOrder) (*book.PlaceResult, error) {
	if cancel.AccountID != so.Msg.AccountID || cancel.OrderID == 0 {
		return nil, fmt.Errorf("%w: cancel of order %d by account %d", wire.ErrReplaceMismatch, cancel.OrderID, cancel.AccountID)
	}
	e := &wal.LogEntry{Kind: wal.EntryReplace, Order: so, Cancel: wal.CancelCmd{Account: cancel.AccountID, OrderID: cancel.OrderID, Expiry: cancel.ExpirySeconds}}
	res, err := s.submit(e)
	r, _ := res.(*book.PlaceResult)
	if r != nil {
		r.Seq = e.Seq
	}
	return r, err
}

// CancelAllOf removes the resting orders of m.AccountID in m.Market (0: every market) with ids up to
// m.UpToOrderID, and returns their ids and the command's log sequence number. The API checks m's signature
// first.
func (s *Service) CancelAllOf(m wire.CancelAllMsg) ([]uint64, uint64, error) {
	e := &wal.LogEntry{Kind: wal.EntryCancelAll, CancelAll: m}
	res, err := s.submit(e)
	ids, _ := res.([]uint64)
	return ids, e.Seq, err
}

// prepareCancelAll admits a cancel-all command and returns the function that applies it.
func (s *Service) prepareCancelAll(m *wire.CancelAllMsg) (func() (any, error), error) {
	switch {
	case uint64(m.AccountID) >= 1<<state.AccountTreeDepth:
		return nil, fmt.Errorf("%w: %d", wire.ErrAccountID, m.AccountID)
	case int(m.Market) > state.MarketCount:
		return nil, fmt.Errorf("%w: %d", wire.ErrUnknownMarket, m.Market)
	case m.ExpirySeconds != 0 && m.ExpirySeconds < s.now:
		return nil, fmt.Errorf("%w: cancel expiry %d", wire.ErrExpired, m.ExpirySeconds)
	case !s.replaying && m.UpToOrderID >= s.nextID: // a log written before this check may hold one
		return nil, fmt.Errorf("%w: up to %d, last order id %d", wire.ErrUpToOrderID, m.UpToOrderID, s.nextID-1)
	}
	return func() (any, error) {
		ids := s.cancelAll(m.AccountID, m.Market, m.UpToOrderID)
		if len(ids) > 0 {
			s.cmd.touch(m.AccountID)
		}
		return ids, nil
	}, nil
}

// BookSnapshot is an aggregated depth snapshot of one market, at sequence number Seq of its market events.
type BookSnapshot struct {
	Market     uint8
	Seq        uint64
	Bids, Asks []book.PriceLevel
}

// OrderBook returns up to depth aggregated levels of each side of market m's book, best first (depth ≤ 0:
// all); depth 1 is the best bid and offer.
func (s *Service) OrderBook(m uint8, depth int) (BookSnapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m == 0 || int(m) > state.MarketCount {
		return BookSnapshot{}, fmt.Errorf("%w: %d", wire.ErrUnknownMarket, m)
	}
	b := s.books[m-1]
	bids, asks := b.Depth(depth)
	return BookSnapshot{Market: m, Seq: b.Seq(), Bids: bids, Asks: asks}, nil
}

// Depth returns up to n aggregated levels of each side of market m's book, best first (n ≤ 0: all).
func (s *Service) Depth(m uint8, n int) (bids, asks []book.PriceLevel, err error) {
	snap, err := s.OrderBook(m, n)
	return snap.Bids, snap.Asks, err
}

// Trades returns up to n of market m's most recent trades since the service started (at most MaxTrades),
// newest first.
func (s *Service) Trades(m uint8, n int) ([]book.TradeEvent, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m == 0 || int(m) > state.MarketCount {
		return nil, fmt.Errorf("%w: %d", wire.ErrUnknownMarket, m)
	}
	return s.market.tapes[m-1].last(n), nil
}

// OnMarketEvents adds a listener of every book's events — level changes (BookEvent), trades (TradeEvent),
// changes of resting orders (OrderEvent) — and returns the function that removes it. The listener runs
// synchronously under the service lock, in the order the changes happen, replays of the input log included,
// and must neither block nor call the Service: hand the events to a queue. To follow a book, add the
// listener, then take an OrderBook snapshot and apply the BookEvents of that market whose Seq is above the
// snapshot's.
func (s *Service) OnMarketEvents(l book.Listener) (remove func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.market.nextID++
	id := s.market.nextID
	s.market.subs = append(s.market.subs, subscription{id: id, Listener: l})
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.market.subs = slices.DeleteFunc(s.market.subs, func(x subscription) bool { return x.id == id })
	}
}
