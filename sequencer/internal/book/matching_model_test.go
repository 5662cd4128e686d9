package book

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// ledger is the positions of the accounts of a model market and the model of the engine's fill checks: a
// fill that takes an account's |position| above its limit is rejected, the taker's check first.
type ledger struct {
	now   uint64
	pos   map[uint32]int64
	limit map[uint32]int64
}

func newLedger(limits map[uint32]int64) *ledger {
	return &ledger{pos: map[uint32]int64{}, limit: limits}
}

func (l *ledger) clone() *ledger {
	return &ledger{now: l.now, pos: maps.Clone(l.pos), limit: l.limit}
}

func (l *ledger) allowed(acct uint32, p int64) bool {
	lim, ok := l.limit[acct]
	return !ok || (p <= lim && p >= -lim)
}

// fill applies a fill of q; check false accepts every fill.
func (l *ledger) fill(taker, maker uint32, takerBuy bool, q uint64, check bool) error {
	tp, mp := moved(l.pos[taker], takerBuy, q), moved(l.pos[maker], !takerBuy, q)
	if check && !l.allowed(taker, tp) {
		return wire.NewRuleError(wire.PartyA, wire.ErrUndercollateral, "model taker %d at %d", taker, tp)
	}
	if check && !l.allowed(maker, mp) {
		return wire.NewRuleError(wire.PartyB, wire.ErrUndercollateral, "model maker %d at %d", maker, mp)
	}
	l.pos[taker], l.pos[maker] = tp, mp
	return nil
}

// ledgerSettler is the Settler of a Book over a ledger.
type ledgerSettler struct {
	l          *ledger
	saved      map[uint32]int64
	fills      int
	savedFills int
}

func (s *ledgerSettler) Now() (uint64, error)                   { return s.l.now, nil }
func (s *ledgerSettler) Position(account uint32) (int64, error) { return s.l.pos[account], nil }

func (s *ledgerSettler) Fill(taker, maker *Order, q uint64, f *Fill) error {
	if err := s.l.fill(taker.Account(), maker.Account(), taker.IsBuy(), q, true); err != nil {
		return err
	}
	s.fills++
	f.TakerFee, f.MakerFee, f.Batch = q/3, q/7, uint64(s.fills)
	return nil
}

func (s *ledgerSettler) BeginAtomic(int) error {
	s.saved, s.savedFills = maps.Clone(s.l.pos), s.fills
	return nil
}

func (s *ledgerSettler) EndAtomic(commit bool) error {
	if !commit {
		s.l.pos, s.fills = s.saved, s.savedFills
	}
	s.saved = nil
	return nil
}

// refBook is the deliberately simple reference of Book: a slice of resting orders and linear scans. It
// implements the rules of Book.Place from their description.
type refBook struct {
	market uint8
	rules  Rules
	orders []Order // resting, in ID order
	events []OrderEvent
	fills  int
}

func (r *refBook) clone() *refBook {
	c := *r
	c.orders = slices.Clone(r.orders)
	c.events = slices.Clone(r.events)
	return &c
}

func (r *refBook) find(id uint64) int {
	return slices.IndexFunc(r.orders, func(o Order) bool { return o.ID == id })
}

func (r *refBook) event(k OrderEventKind, o *Order, reason Reason) {
	r.events = append(r.events, OrderEvent{
		Market: r.market, Kind: k, OrderID: o.ID, Account: o.Account(), Slot: o.Signed.Msg.Slot, Remaining: o.Remaining, Reason: reason, Nonce: o.Signed.Msg.Nonce,
	})
}

func (r *refBook) removeAt(i int, reason Reason) {
	r.event(OrderRemoved, &r.orders[i], reason)
	r.orders = slices.Delete(r.orders, i, i+1)
}

func (r *refBook) cancel(id uint64) bool {
	i := r.find(id)
	if i < 0 {
		return false
	}
	r.removeAt(i, ReasonCancelled)
	return true
}

func (r *refBook) cancelAccount(acct uint32) []uint64 {
	var ids []uint64
	for i := 0; i < len(r.orders); {
		if r.orders[i].Account() == acct {
			ids = append(ids, r.orders[i].ID)
			r.removeAt(i, ReasonCancelled)
			continue
		}
		i++
	}
	return ids
}

func (r *refBook) expire(now uint64) {
	var out []Order
	for _, o := range r.orders {
		if o.Signed.Msg.ExpirySeconds < now {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b Order) int {
		return cmp.Or(cmp.Compare(a.Signed.Msg.ExpirySeconds, b.Signed.Msg.ExpirySeconds), cmp.Compare(a.ID, b.ID))
	})
	for _, o := range out {
		r.removeAt(r.find(o.ID), ReasonExpired)
	}
}

// best returns the index of the best order on side buy: best price, then lowest ID.
func (r *refBook) best(buy bool) int {
	b := -1
	for i, o := range r.orders {
		if o.IsBuy() != buy {
			continue
		}
		if b < 0 || (buy && o.Price() > r.orders[b].Price()) || (!buy && o.Price() < r.orders[b].Price()) {
			b = i
		}
	}
	return b
}

// priority returns the resting orders as Book.Snapshot lists them.
func (r *refBook) priority() []Order {
	var bids, asks []Order
	for _, o := range r.orders {
		if o.IsBuy() {
			bids = append(bids, o)
		} else {
			asks = append(asks, o)
		}
	}
	slices.SortStableFunc(bids, func(a, b Order) int { return cmp.Compare(b.Price(), a.Price()) })
	slices.SortStableFunc(asks, func(a, b Order) int { return cmp.Compare(a.Price(), b.Price()) })
	return append(bids, asks...)
}

func (r *refBook) reducible(pos int64, buy bool) uint64 {
	var x uint64
	if buy && pos < 0 {
		x = uint64(-pos)
	}
	if !buy && pos > 0 {
		x = uint64(pos)
	}
	return x - x%r.rules.StepSize
}

func (r *refBook) adjust(l *ledger, acct uint32) {
	for i := 0; i < len(r.orders); {
		o := &r.orders[i]
		if o.Account() != acct || !o.ReduceOnly() {
			i++
			continue
		}
		x := r.reducible(l.pos[acct], o.IsBuy())
		if x == 0 {
			r.removeAt(i, ReasonReduceOnly)
			continue
		}
		if x < o.Remaining {
			o.Remaining = x
			r.event(OrderResized, o, 0)
		}
		i++
	}
}

var errRefMakerRejected = errors.New("maker rejected")

// match runs the matching loop. check false accepts every fill; stopAtReject makes a maker rejection stop
// matching (fill-or-kill) instead of removing the maker.
func (r *refBook) match(t *Order, l *ledger, res *PlaceResult, check, stopAtReject bool) (rejected uint64, err error) {
	m := &t.Signed.Msg
	for res.Remaining > 0 {
		i := r.best(!m.IsBuy)
		if i < 0 || !Crosses(m.IsBuy, m.LimitPrice, r.orders[i].Price()) {
			return 0, nil
		}
		mk := r.orders[i]
		if mk.Account() == m.AccountID {
			r.removeAt(i, ReasonSelfTrade)
			continue
		}
		q := min(res.Remaining, mk.Remaining)
		if m.Flags&state.FlagReduceOnly != 0 {
			x := r.reducible(l.pos[m.AccountID], m.IsBuy)
			if x == 0 {
				return 0, wire.ErrReduceOnly
			}
			q = min(q, x)
		}
		if mk.ReduceOnly() {
			x := r.reducible(l.pos[mk.Account()], mk.IsBuy())
			if x == 0 {
				r.removeAt(i, ReasonReduceOnly)
				continue
			}
			q = min(q, x)
		}
		if err := l.fill(m.AccountID, mk.Account(), m.IsBuy, q, check); err != nil {
			var re *wire.RuleError
			if errors.As(err, &re) && re.Party == wire.PartyB {
				if stopAtReject {
					return mk.ID, err
				}
				r.removeAt(i, ReasonRejected)
				continue
			}
			return 0, err
		}
		r.fills++
		res.Fills = append(res.Fills, Fill{
			MakerOrderID: mk.ID, MakerAccount: mk.Account(), SizeQuantums: q, Price: mk.Price(), TakerFee: q / 3, MakerFee: q / 7, Batch: uint64(r.fills),
		})
		res.Remaining -= q
		r.orders[i].Remaining -= q
		r.event(OrderFilled, &r.orders[i], 0)
		if r.orders[i].Remaining == 0 {
			r.orders = slices.Delete(r.orders, i, i+1)
		}
		r.adjust(l, m.AccountID)
		r.adjust(l, mk.Account())
	}
	return 0, nil
}

func (r *refBook) place(o Order, l *ledger, old uint64) (PlaceResult, error) {
	res := PlaceResult{OrderID: o.ID, Remaining: o.Remaining}
	m := &o.Signed.Msg
	rl := &r.rules
	switch {
	case m.Flags&^knownFlags != 0:
		return res, wire.ErrMessageField
	case m.Flags&state.FlagPostOnly != 0 && m.Flags&(state.FlagIOC|state.FlagFOK) != 0:
		return res, wire.ErrMessageField
	case m.SizeQuantums%rl.StepSize != 0:
		return res, wire.ErrSizeOffStep
	case m.LimitPrice%rl.TickSize != 0:
		return res, wire.ErrPriceOffTick
	case m.SizeQuantums < rl.MinSize:
		return res, wire.ErrBelowMinSize
	}
	freed := 0
	if old != 0 {
		i := r.find(old)
		if i < 0 {
			return res, wire.ErrOrderNotFound
		}
		if r.orders[i].Account() != m.AccountID || r.orders[i].IsBuy() != m.IsBuy {
			return res, wire.ErrReplaceMismatch
		}
		freed = 1
	}
	resting := m.Flags&(state.FlagIOC|state.FlagFOK) == 0
	open := 0
	for _, x := range r.orders {
		if x.Account() == m.AccountID {
			open++
		}
	}
	if resting && open-freed >= rl.MaxOpenOrders {
		return res, wire.ErrTooManyOrders
	}
	r.expire(l.now)
	if old != 0 && r.find(old) < 0 {
		return res, wire.ErrOrderNotFound
	}
	if m.ExpirySeconds < l.now {
		return res, wire.ErrExpired
	}
	ro := m.Flags&state.FlagReduceOnly != 0
	if ro && r.reducible(l.pos[m.AccountID], m.IsBuy) == 0 {
		return res, wire.ErrReduceOnly
	}
	if m.Flags&state.FlagPostOnly != 0 {
		if i := r.best(!m.IsBuy); i >= 0 && Crosses(m.IsBuy, m.LimitPrice, r.orders[i].Price()) {
			return res, wire.ErrWouldCross
		}
	}
	if m.Flags&state.FlagFOK != 0 {
		sim, simRes := r.clone(), res
		if _, err := sim.match(&o, l.clone(), &simRes, false, false); err != nil || simRes.Remaining > 0 {
			return res, wire.ErrFOKUnfilled
		}
	}
	if old != 0 {
		r.removeAt(r.find(old), ReasonReplaced)
	}
	if m.Flags&state.FlagFOK != 0 {
		saved, savedLedger := r.clone(), l.clone()
		rejected, err := r.match(&o, l, &res, true, true)
		if err != nil {
			*r, *l = *saved, *savedLedger
			if rejected != 0 {
				r.removeAt(r.find(rejected), ReasonRejected)
			}
			return PlaceResult{}, wire.ErrFOKUnfilled
		}
		return res, nil
	}
	if _, err := r.match(&o, l, &res, true, false); err != nil {
		res.Stopped = err
		return res, nil
	}
	if res.Remaining == 0 || !resting {
		return res, nil
	}
	if ro {
		x := r.reducible(l.pos[m.AccountID], m.IsBuy)
		if x == 0 {
			res.Stopped = wire.ErrReduceOnly
			return res, nil
		}
		res.Remaining = min(res.Remaining, x)
	}
	o.Remaining = res.Remaining
	r.orders = append(r.orders, o)
	r.event(OrderRested, &o, 0)
	res.Resting = true
	return res, nil
}

// eventLog is a Listener that records order events and keeps the depth the level events describe.
type eventLog struct {
	orders []OrderEvent
	trades []TradeEvent
	depth  map[[2]uint64]PriceLevel // (bid, price) → level
	seq    uint64
	err    error
}

func (e *eventLog) Level(ev BookEvent) {
	if ev.Seq != e.seq+1 && e.err == nil {
		e.err = fmt.Errorf("book event seq %d after %d", ev.Seq, e.seq)
	}
	e.seq = ev.Seq
	k := [2]uint64{0, ev.Price}
	if ev.Bid {
		k[0] = 1
	}
	if ev.Size == 0 {
		delete(e.depth, k)
		return
	}
	e.depth[k] = PriceLevel{Price: ev.Price, Size: ev.Size, Orders: ev.Orders}
}

func (e *eventLog) Trade(ev TradeEvent) {
	if ev.Seq != e.seq+1 && e.err == nil {
		e.err = fmt.Errorf("trade event seq %d after %d", ev.Seq, e.seq)
	}
	e.seq = ev.Seq
	e.trades = append(e.trades, ev)
}

func (e *eventLog) Order(ev OrderEvent) { e.orders = append(e.orders, ev) }

// levels returns the depth of one side as the events describe it, best first.
func (e *eventLog) levels(bid bool) []PriceLevel {
	var out []PriceLevel
	for k, l := range e.depth {
		if (k[0] == 1) == bid {
			out = append(out, l)
		}
	}
	slices.SortFunc(out, func(a, b PriceLevel) int {
		if bid {
			return cmp.Compare(b.Price, a.Price)
		}
		return cmp.Compare(a.Price, b.Price)
	})
	return out
}

// errName names the sentinel an error wraps, for comparing verdicts.
func errName(err error) string {
	if err == nil {
		return "ok"
	}
	for _, s := range []error{
		wire.ErrMessageField, wire.ErrSizeOffStep, wire.ErrPriceOffTick, wire.ErrBelowMinSize, wire.ErrOrderNotFound, wire.ErrReplaceMismatch,
		wire.ErrTooManyOrders, wire.ErrExpired, wire.ErrReduceOnly, wire.ErrWouldCross, wire.ErrFOKUnfilled, wire.ErrUndercollateral,
	} {
		if errors.Is(err, s) {
			return s.Error()
		}
	}
	return "unexpected: " + err.Error()
}

// modelRules are the rules of the model market: tick 5, step 10, minimum 20, 6 open orders per account.
var modelRules = Rules{TickSize: 5, StepSize: 10, MinSize: 20, MaxOpenOrders: 6}

// modelOrder draws a random order of the model market from r.
func modelOrder(r *rand.Rand, id uint64, now uint64, accounts int) Order {
	m := state.OrderMsg{
		AccountID: 1 + uint32(r.IntN(accounts)), Market: mBTC, IsBuy: r.IntN(2) == 0, Slot: uint16(id % 4096), Nonce: 1,
		ExpirySeconds: 1 << 39, SizeQuantums: 10 * (1 + r.Uint64N(20)), LimitPrice: 5 * (190 + r.Uint64N(21)),
	}
	switch x := r.IntN(100); {
	case x < 40:
	case x < 50:
		m.Flags = state.FlagPostOnly
	case x < 60:
		m.Flags = state.FlagIOC
	case x < 68:
		m.Flags = state.FlagFOK
	case x < 73: // market order: IOC with a protection price far away
		m.Flags = state.FlagIOC
		m.LimitPrice = 5 * (170 + r.Uint64N(10))
		if m.IsBuy {
			m.LimitPrice = 5 * (211 + r.Uint64N(20))
		}
	case x < 97:
		m.Flags = []uint8{0, state.FlagIOC, state.FlagFOK, state.FlagPostOnly}[r.IntN(4)] | state.FlagReduceOnly
	default:
		m.Flags = []uint8{state.FlagPostOnly | state.FlagIOC, state.FlagPostOnly | state.FlagFOK, 1 << 5}[r.IntN(3)]
	}
	switch x := r.IntN(100); {
	case x < 30:
		m.ExpirySeconds = now + r.Uint64N(30)
	case x < 32:
		m.ExpirySeconds = now - 1
	}
	switch x := r.IntN(100); {
	case x < 2:
		m.SizeQuantums += 5
	case x < 4:
		m.SizeQuantums = 10
	case x < 6:
		m.LimitPrice += 2
	}
	return Order{ID: id, Signed: state.SignedOrder{Msg: m}, Remaining: m.SizeQuantums}
}

// TestModelBook drives the Book and refBook with the same random stream of placements (every order type
// and flag, valid or not), replacements, cancels, cancel-alls and clock advances with expiries, and demands
// the same verdicts, fills, order events and resting orders after every operation, and a depth from the book
// events equal to the book's.
func TestModelBook(t *testing.T) {
	seed := envSeed(t)
	ops := 200_000
	if testing.Short() {
		ops = 20_000
	}
	r := rand.New(rand.NewPCG(seed, 0x6d6f64656c))
	const accounts = 8
	limits := map[uint32]int64{1: 60, 2: 150, 3: 400, 4: 1_000}
	book := testBook(modelRules)
	ev := &eventLog{depth: map[[2]uint64]PriceLevel{}}
	book.SetListener(ev)
	l := newLedger(limits)
	l.now = 1_000
	st := &ledgerSettler{l: l}
	ref := &refBook{market: mBTC, rules: modelRules}
	refLedger := newLedger(limits)
	refLedger.now = l.now
	var nextID uint64 = 1
	stats := map[string]int{}
	for op := 0; op < ops; op++ {
		ev.orders, ref.events = ev.orders[:0], ref.events[:0]
		var what string
		switch x := r.IntN(100); {
		case x < 62, x < 72:
			o := modelOrder(r, nextID, l.now, accounts)
			var old uint64
			if x >= 62 {
				old = nextID - 1 - r.Uint64N(min(nextID-1, 40)+1)
				if len(ref.orders) > 0 && r.IntN(4) > 0 {
					prev := ref.orders[r.IntN(len(ref.orders))]
					old = prev.ID
					o.Signed.Msg.AccountID, o.Signed.Msg.IsBuy = prev.Account(), prev.IsBuy()
				}
			}
			what = fmt.Sprintf("place %+v replacing %d", o.Signed.Msg, old)
			var got, want PlaceResult
			var gerr, werr error
			if old != 0 {
				got, gerr = book.Replace(old, &o, st)
			} else {
				got, gerr = book.Place(&o, st)
			}
			want, werr = ref.place(o, refLedger, old)
			if errName(gerr) != errName(werr) {
				t.Fatalf("op %d: %s: error %v, reference %v", op, what, gerr, werr)
			}
			stats[errName(gerr)]++
			if o.Signed.Msg.Flags&state.FlagFOK != 0 {
				stats["fill-or-kill: "+errName(gerr)]++
			}
			if gerr == nil {
				if errName(got.Stopped) != errName(want.Stopped) || got.Remaining != want.Remaining || got.Resting != want.Resting ||
					!slices.Equal(got.Fills, want.Fills) {
					t.Fatalf("op %d: %s:\n got %+v\nwant %+v", op, what, got, want)
				}
				stats[fmt.Sprintf("fills %d", min(len(got.Fills), 3))]++
				stats["stopped: "+errName(got.Stopped)]++
				if got.Resting {
					stats["rested"]++
				}
			}
			nextID++
		case x < 84:
			id := nextID - 1 - r.Uint64N(min(nextID-1, 60)+1)
			what = fmt.Sprintf("cancel %d", id)
			_, ok := book.Cancel(id)
			if want := ref.cancel(id); ok != want {
				t.Fatalf("op %d: %s: %v, reference %v", op, what, ok, want)
			}
		case x < 87:
			acct := 1 + uint32(r.IntN(accounts))
			what = fmt.Sprintf("cancel all of %d", acct)
			if got, want := book.CancelAccount(acct, nil), ref.cancelAccount(acct); !slices.Equal(got, want) {
				t.Fatalf("op %d: %s: %v, reference %v", op, what, got, want)
			}
		default:
			l.now += r.Uint64N(4)
			refLedger.now = l.now
			what = fmt.Sprintf("expire at %d", l.now)
			book.Expire(l.now)
			ref.expire(l.now)
		}
		for _, e := range ev.orders {
			stats[fmt.Sprintf("event %d %v", e.Kind, e.Reason)]++
		}
		if !slices.Equal(ev.orders, ref.events) {
			t.Fatalf("op %d: %s: order events\n got %+v\nwant %+v", op, what, ev.orders, ref.events)
		}
		if got, want := book.Snapshot(), ref.priority(); !slices.Equal(got, want) {
			t.Fatalf("op %d: %s: book\n got %+v\nwant %+v", op, what, got, want)
		}
		if !maps.Equal(l.pos, refLedger.pos) {
			t.Fatalf("op %d: %s: positions %v, reference %v", op, what, l.pos, refLedger.pos)
		}
		var exp [accounts + 1]Exposure
		for i := range ref.orders {
			o := &ref.orders[i]
			exp[o.Account()].Add(o.IsBuy(), o.Remaining, o.Price())
		}
		for a := range exp {
			if got := book.AccountExposure(uint32(a)); got != exp[a] {
				t.Fatalf("op %d: %s: account %d exposure %+v, reference %+v", op, what, a, got, exp[a])
			}
		}
		bids, asks := book.Depth(0)
		if !slices.Equal(bids, ev.levels(true)) || !slices.Equal(asks, ev.levels(false)) || ev.err != nil {
			t.Fatalf("op %d: %s: depth %v %v, from events %v %v (%v)", op, what, bids, asks, ev.levels(true), ev.levels(false), ev.err)
		}
		if bb, ok := book.BestBid(); ok {
			if ba, ok := book.BestAsk(); ok && ba.Price <= bb.Price {
				t.Fatalf("op %d: %s: crossed book %v %v", op, what, bb, ba)
			}
		}
	}
	t.Logf("%d operations; verdicts %v", ops, stats)
}
