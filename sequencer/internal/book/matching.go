package book

import (
	"errors"
	"fmt"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Settler executes the fills a Book decides on and answers its questions about time and positions. The
// Service's settler runs each fill through the Engine; tests and benchmarks use simpler ones.
type Settler interface {
	// Now returns the time, in unix seconds, that expiries are checked against. The book calls it once
	// before each maker it picks; an error stops matching.
	Now() (uint64, error)
	// Position returns account's signed position in the book's market.
	Position(account uint32) (int64, error)
	// Fill trades q base quantums between taker and maker at the maker's price and completes f's fees and
	// batch. A rejected fill returns a *RuleError naming the party at fault (PartyA: the taker, PartyB: the
	// maker) and changes nothing; a *FatalError stops the book's caller.
	Fill(taker, maker *Order, q uint64, f *Fill) error
	// BeginAtomic starts a group of the given number of fills that EndAtomic then keeps (commit) or undoes.
	// An error refuses the group before any fill.
	BeginAtomic(fills int) error
	// EndAtomic ends the group started by BeginAtomic.
	EndAtomic(commit bool) error
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
	// Stopped says why matching ended while the order still had size open: the settler rejected the taker
	// (a *RuleError), a reduce-only taker had nothing left to reduce (ErrReduceOnly), or the clock failed.
	// A stopped order does not rest.
	Stopped error
	// Seq is the input log sequence number of the order; stream messages caused by it carry the same number.
	Seq uint64
	// SelfTradeCancelled lists the resting orders of the taker's own account that self-trade prevention took
	// out of the book (cancel-maker: a taker never trades with its own account).
	SelfTradeCancelled []uint64
}

// planStep is one step of a fill-or-kill order's plan: remove a maker (self-trade or reduce-only) or fill it.
type planStep struct {
	ref        uint32
	makerOrder uint64
	q          uint64 // 0: remove the maker for reason
	reason     Reason
	makerAcct  uint32
	takerPos   int64 // the two positions after the fill, for the reduce-only adjustments
	makerPos   int64
	fill       Fill
}

// simPosition is a maker account's position while a plan is simulated.
type simPosition struct {
	account uint32
	pos     int64
}

// ReducibleBy returns how much an order on side buy can trade, in whole steps, without growing or flipping
// position pos.
func ReducibleBy(pos int64, buy bool, step uint64) uint64 {
	var r uint64
	switch {
	case buy && pos < 0:
		r = uint64(-pos)
	case !buy && pos > 0:
		r = uint64(pos)
	}
	return r - r%step
}

// moved returns pos after trading q on side buy.
func moved(pos int64, buy bool, q uint64) int64 {
	if buy {
		return pos + int64(q)
	}
	return pos - int64(q)
}

// Place matches o against the book and rests what remains. o.ID must be new, 0 < o.Remaining ≤ its size,
// and its market the book's. The returned result's Fills are valid until the next call on the book.
//
// Rules, in the order they are checked (an error means nothing changed, apart from orders that expired):
//   - the order's own fields: known flags, post-only not with IOC or FOK, positive size and price, the tick
//     and step grids, the minimum size (checkOrderRules);
//   - an order that may rest (neither IOC nor FOK) needs room under MaxOpenOrders for its account;
//   - expiry ≥ now (the settler's Now);
//   - reduce-only: the account has a position on the other side to reduce (ErrReduceOnly);
//   - post-only: it does not cross the best opposite order (ErrWouldCross);
//   - fill-or-kill: the book can fill it in full (ErrFOKUnfilled).
//
// Matching follows price-time priority at the maker's price. A maker of the taker's own account is cancelled
// (self-trade prevention). Each fill is min(taker open, maker open), cut to what a reduce-only side may still
// reduce; a reduce-only maker with nothing to reduce is removed, a reduce-only taker with nothing to reduce
// stops. A fill the settler rejects removes the maker at fault and matching goes on; a taker at fault stops
// (its earlier fills stay). After every fill the reduce-only orders resting for the two accounts are cut to
// the position they may still reduce, or removed when they may reduce nothing. What remains rests unless the
// order is IOC, FOK or stopped; a reduce-only order rests at most the size it may reduce.
//
// A fill-or-kill order is atomic: the book first plans its fills without the settler; if the plan cannot fill
// it in full, the order fails with ErrFOKUnfilled and nothing changes. Otherwise the fills run inside
// BeginAtomic/EndAtomic; if one is rejected they are all undone, a maker at fault is removed, and the order
// fails. Only when all succeed does the book change.
func (b *Book) Place(o *Order, st Settler) (PlaceResult, error) {
	return b.place(o, st, 0)
}

// Replace cancels resting order old and places o in its stead (cancel-replace): o must have the same account,
// market and side, and it loses old's time priority. If o fails a check of Place (with old's place under
// MaxOpenOrders counted as free), old stays; once o passes them, old is cancelled, whatever happens to o.
func (b *Book) Replace(old uint64, o *Order, st Settler) (PlaceResult, error) {
	if old == 0 {
		return PlaceResult{}, fmt.Errorf("%w: 0", wire.ErrOrderNotFound)
	}
	return b.place(o, st, old)
}

func (b *Book) place(o *Order, st Settler, old uint64) (PlaceResult, error) {
	res := PlaceResult{OrderID: o.ID, Remaining: o.Remaining}
	b.fills = b.fills[:0]
	m := &o.Signed.Msg
	switch {
	case m.Market != b.market:
		return res, fmt.Errorf("%w: order market %d, book %d", wire.ErrMarketMismatch, m.Market, b.market)
	case o.ID == 0 || b.Ids.Get(o.ID) != 0:
		return res, fmt.Errorf("%w: %d", ErrDuplicateOrder, o.ID)
	case o.Remaining == 0 || o.Remaining > m.SizeQuantums:
		return res, fmt.Errorf("%w: remaining %d of %d", wire.ErrOverfill, o.Remaining, m.SizeQuantums)
	}
	if err := CheckOrderRules(m, &b.rules); err != nil {
		return res, err
	}
	freed := 0
	if old != 0 {
		h := b.Ids.Get(old)
		if h == 0 {
			return res, fmt.Errorf("%w: %d", wire.ErrOrderNotFound, old)
		}
		if prev := &b.Nodes[h].Signed.Msg; prev.AccountID != m.AccountID || prev.IsBuy != m.IsBuy {
			return res, fmt.Errorf("%w: order %d", wire.ErrReplaceMismatch, old)
		}
		freed = 1
	}
	if mayRest(m.Flags) && b.OpenOrders(m.AccountID)-freed >= b.rules.MaxOpenOrders {
		return res, fmt.Errorf("%w: %d", wire.ErrTooManyOrders, b.rules.MaxOpenOrders)
	}
	now, err := st.Now()
	if err != nil {
		return res, err
	}
	b.Expire(now)
	if old != 0 && b.Ids.Get(old) == 0 {
		return res, fmt.Errorf("%w: %d expired", wire.ErrOrderNotFound, old)
	}
	if m.ExpirySeconds < now {
		return res, fmt.Errorf("%w: expiry %d < %d", wire.ErrExpired, m.ExpirySeconds, now)
	}
	reduceOnly := m.Flags&state.FlagReduceOnly != 0
	var pos int64
	if reduceOnly {
		if pos, err = st.Position(m.AccountID); err != nil {
			return res, err
		}
		if ReducibleBy(pos, m.IsBuy, b.rules.StepSize) == 0 {
			return res, fmt.Errorf("%w: position %d", wire.ErrReduceOnly, pos)
		}
	}
	if m.Flags&state.FlagPostOnly != 0 {
		if l := b.Side(!m.IsBuy).best(); l != 0 && Crosses(m.IsBuy, m.LimitPrice, b.Levels[l].price) {
			return res, fmt.Errorf("%w: best opposite price %d", wire.ErrWouldCross, b.Levels[l].price)
		}
	}
	if m.Flags&state.FlagFOK != 0 {
		if err := b.planFOK(o, st); err != nil {
			return res, err
		}
		b.replaced(old)
		return res, b.fillOrKill(o, st, &res, now)
	}
	b.replaced(old)
	res.Stopped = b.match(o, st, &res)
	res.Fills = b.fills
	if res.Stopped != nil || res.Remaining == 0 || !mayRest(m.Flags) {
		return res, nil
	}
	if reduceOnly {
		if pos, err = st.Position(m.AccountID); err != nil {
			res.Stopped = err
			return res, nil
		}
		r := ReducibleBy(pos, m.IsBuy, b.rules.StepSize)
		if r == 0 {
			res.Stopped = fmt.Errorf("%w: position %d", wire.ErrReduceOnly, pos)
			return res, nil
		}
		res.Remaining = min(res.Remaining, r)
	}
	rest := *o
	rest.Remaining = res.Remaining
	b.rest(&rest)
	res.Resting = true
	return res, nil
}

// replaced removes the order a replacement takes the place of, if any.
func (b *Book) replaced(old uint64) {
	if old != 0 {
		b.Remove(b.Ids.Get(old), ReasonReplaced)
	}
}

// match fills taker o against the book until it is filled, stops crossing, or must stop; it returns why it
// stopped early (nil when it ran out of size or of crossing liquidity).
func (b *Book) match(o *Order, st Settler, res *PlaceResult) error {
	m := &o.Signed.Msg
	opp := b.Side(!m.IsBuy)
	reduceOnly := m.Flags&state.FlagReduceOnly != 0
	step := b.rules.StepSize
	for res.Remaining > 0 {
		now, err := st.Now()
		if err != nil {
			return err
		}
		if len(b.expiry) > 0 && b.expiry[0].exp < now {
			b.Expire(now)
		}
		l := opp.best()
		if l == 0 || !Crosses(m.IsBuy, m.LimitPrice, b.Levels[l].price) {
			return nil
		}
		h := b.Levels[l].Head
		mk := &b.Nodes[h]
		if mk.Account() == m.AccountID {
			res.SelfTradeCancelled = append(res.SelfTradeCancelled, mk.ID)
			b.Remove(h, ReasonSelfTrade)
			continue
		}
		q := min(res.Remaining, mk.Remaining)
		if reduceOnly {
			pos, err := st.Position(m.AccountID)
			if err != nil {
				return err
			}
			r := ReducibleBy(pos, m.IsBuy, step)
			if r == 0 {
				return fmt.Errorf("%w: position %d", wire.ErrReduceOnly, pos)
			}
			q = min(q, r)
		}
		if mk.ReduceOnly() {
			pos, err := st.Position(mk.Account())
			if err != nil {
				return err
			}
			r := ReducibleBy(pos, !m.IsBuy, step)
			if r == 0 {
				b.Remove(h, ReasonReduceOnly)
				continue
			}
			q = min(q, r)
		}
		b.fills = append(b.fills, Fill{MakerOrderID: mk.ID, MakerAccount: mk.Account(), SizeQuantums: q, Price: mk.Price()})
		f := &b.fills[len(b.fills)-1]
		if err := st.Fill(o, &mk.Order, q, f); err != nil {
			b.fills = b.fills[:len(b.fills)-1]
			var re *wire.RuleError
			if !wire.IsFatal(err) && errors.As(err, &re) && re.Party == wire.PartyB {
				b.Remove(h, ReasonRejected)
				continue
			}
			return err
		}
		res.Remaining -= q
		makerAcct := mk.Account()
		b.applyFill(o, h, f, now)
		if err := b.adjustAfterFill(st, m.AccountID, makerAcct); err != nil {
			return err
		}
	}
	return nil
}

// applyFill publishes fill f of taker o against maker node h and takes it from the maker.
func (b *Book) applyFill(o *Order, h uint32, f *Fill, now uint64) {
	if b.Listener != nil {
		b.seq++
		b.Listener.Trade(TradeEvent{
			Market: b.market, Seq: b.seq, TakerOrderID: o.ID, MakerOrderID: f.MakerOrderID, TakerAccount: o.Account(),
			MakerAccount: f.MakerAccount, TakerIsBuy: o.IsBuy(), Price: f.Price, Size: f.SizeQuantums,
			TakerFee: f.TakerFee, MakerFee: f.MakerFee, Batch: f.Batch, Time: now,
		})
	}
	b.Fill(h, f.SizeQuantums)
}

// adjustAfterFill reads the positions of the two accounts of a fill and adjusts their resting reduce-only
// orders.
func (b *Book) adjustAfterFill(st Settler, taker, maker uint32) error {
	for _, acct := range [2]uint32{taker, maker} {
		a := b.AcctIdx[acct]
		if a == 0 || b.accounts[a].reduceOnly == 0 {
			continue
		}
		pos, err := st.Position(acct)
		if err != nil {
			return err
		}
		b.AdjustReduceOnly(a, pos)
	}
	return nil
}

// AdjustReduceOnly cuts every resting reduce-only order of account entry a to what it may still reduce of
// position pos, oldest first, and removes those that may reduce nothing.
func (b *Book) AdjustReduceOnly(a uint32, pos int64) {
	if a == 0 || b.accounts[a].reduceOnly == 0 {
		return
	}
	for h := b.accounts[a].head; h != 0; {
		n := &b.Nodes[h]
		next := n.anext
		if n.ReduceOnly() {
			switch r := ReducibleBy(pos, n.IsBuy(), b.rules.StepSize); {
			case r == 0:
				b.Remove(h, ReasonReduceOnly)
			case r < n.Remaining:
				b.resize(h, r)
			}
		}
		h = next
	}
}

// simPos returns the simulated position of maker account, reading it from the settler the first time.
func (b *Book) simPos(st Settler, account uint32) (*simPosition, error) {
	for i := range b.sim {
		if b.sim[i].account == account {
			return &b.sim[i], nil
		}
	}
	pos, err := st.Position(account)
	if err != nil {
		return nil, err
	}
	b.sim = append(b.sim, simPosition{account: account, pos: pos})
	return &b.sim[len(b.sim)-1], nil
}

// planFOK walks the opposite side as matching would, without the settler's fill checks, and records in
// b.plan the steps that fill fill-or-kill taker o in full; it fails with ErrFOKUnfilled if the book cannot.
func (b *Book) planFOK(o *Order, st Settler) error {
	m := &o.Signed.Msg
	opp := b.Side(!m.IsBuy)
	reduceOnly := m.Flags&state.FlagReduceOnly != 0
	step := b.rules.StepSize
	b.plan, b.sim = b.plan[:0], b.sim[:0]
	takerPos, err := st.Position(m.AccountID)
	if err != nil {
		return err
	}
	rem := o.Remaining
	for i := len(opp.Refs) - 1; i >= 0 && rem > 0; i-- {
		lv := &b.Levels[opp.Refs[i]]
		if !Crosses(m.IsBuy, m.LimitPrice, lv.price) {
			break
		}
		for h := lv.Head; h != 0 && rem > 0; h = b.Nodes[h].Next {
			mk := &b.Nodes[h]
			if mk.Account() == m.AccountID {
				b.plan = append(b.plan, planStep{ref: h, makerOrder: mk.ID, reason: ReasonSelfTrade})
				continue
			}
			q := min(rem, mk.Remaining)
			if reduceOnly {
				r := ReducibleBy(takerPos, m.IsBuy, step)
				if r == 0 {
					return fmt.Errorf("%w: reduce-only, position %d", wire.ErrFOKUnfilled, takerPos)
				}
				q = min(q, r)
			}
			maker, err := b.simPos(st, mk.Account())
			if err != nil {
				return err
			}
			if mk.ReduceOnly() {
				r := ReducibleBy(maker.pos, !m.IsBuy, step)
				if r == 0 {
					b.plan = append(b.plan, planStep{ref: h, makerOrder: mk.ID, reason: ReasonReduceOnly})
					continue
				}
				q = min(q, r)
			}
			maker.pos = moved(maker.pos, !m.IsBuy, q)
			takerPos = moved(takerPos, m.IsBuy, q)
			b.plan = append(b.plan, planStep{
				ref: h, makerOrder: mk.ID, q: q, makerAcct: mk.Account(), takerPos: takerPos, makerPos: maker.pos,
			})
			rem -= q
		}
	}
	if rem > 0 {
		return fmt.Errorf("%w: %d of %d open", wire.ErrFOKUnfilled, rem, o.Remaining)
	}
	return nil
}

// fillOrKill executes the plan of fill-or-kill taker o atomically, then applies it to the book.
func (b *Book) fillOrKill(o *Order, st Settler, res *PlaceResult, now uint64) error {
	fills := 0
	for i := range b.plan {
		if b.plan[i].q > 0 {
			fills++
		}
	}
	if err := st.BeginAtomic(fills); err != nil {
		return err
	}
	for i := range b.plan {
		p := &b.plan[i]
		if p.q == 0 {
			continue
		}
		mk := &b.Nodes[p.ref]
		p.fill = Fill{MakerOrderID: mk.ID, MakerAccount: mk.Account(), SizeQuantums: p.q, Price: mk.Price()}
		err := st.Fill(o, &mk.Order, p.q, &p.fill)
		if err == nil {
			continue
		}
		if end := st.EndAtomic(false); end != nil {
			return end
		}
		var re *wire.RuleError
		switch {
		case wire.IsFatal(err):
			return err
		case errors.As(err, &re) && re.Party == wire.PartyB:
			b.Remove(p.ref, ReasonRejected)
			return fmt.Errorf("%w: maker order %d rejected: %v", wire.ErrFOKUnfilled, p.makerOrder, err)
		}
		return fmt.Errorf("%w: %w", wire.ErrFOKUnfilled, err)
	}
	if err := st.EndAtomic(true); err != nil {
		return err
	}
	// Apply the plan to the book exactly as matching would have, with the positions it simulated.
	for i := range b.plan {
		p := &b.plan[i]
		if b.Ids.Get(p.makerOrder) != p.ref {
			continue // a reduce-only maker an earlier adjustment removed; the plan skipped it as well
		}
		if p.q == 0 {
			if p.reason == ReasonSelfTrade {
				res.SelfTradeCancelled = append(res.SelfTradeCancelled, p.makerOrder)
			}
			b.Remove(p.ref, p.reason)
			continue
		}
		b.fills = append(b.fills, p.fill)
		b.applyFill(o, p.ref, &p.fill, now)
		res.Remaining -= p.q
		b.AdjustReduceOnly(b.AcctIdx[o.Account()], p.takerPos)
		b.AdjustReduceOnly(b.AcctIdx[p.makerAcct], p.makerPos)
	}
	res.Fills = b.fills
	return nil
}

// Refusal returns the error Book.place would refuse admitted order o with once the orders expiring before now
// are gone (placeOrder expires them first), for the refusals that depend on the book and the position only:
// the order it replaces expired, too many open orders, a reduce-only order with nothing to reduce, a
// post-only order that would cross — checked in Book.place's order, with its messages. pos is the account's
// position in the market. Admission calls it so that such an order is refused before it reaches the input
// log; the book checks again when it places the order.
func (b *Book) Refusal(m *state.OrderMsg, old uint64, pos int64, now uint64) error {
	freed := 0
	if old != 0 {
		h := b.Ids.Get(old)
		if h == 0 || b.Nodes[h].Signed.Msg.ExpirySeconds < now {
			return fmt.Errorf("%w: %d", wire.ErrOrderNotFound, old)
		}
		freed = 1
	}
	if mayRest(m.Flags) && b.OpenOrders(m.AccountID)-freed >= b.rules.MaxOpenOrders {
		open := 0
		b.AccountOrders(m.AccountID, func(o *Order) bool {
			if o.Signed.Msg.ExpirySeconds >= now {
				open++
			}
			return true
		})
		if open-freed >= b.rules.MaxOpenOrders {
			return fmt.Errorf("%w: %d", wire.ErrTooManyOrders, b.rules.MaxOpenOrders)
		}
	}
	if m.Flags&state.FlagReduceOnly != 0 && ReducibleBy(pos, m.IsBuy, b.rules.StepSize) == 0 {
		return fmt.Errorf("%w: position %d", wire.ErrReduceOnly, pos)
	}
	if m.Flags&state.FlagPostOnly != 0 {
		if p, ok := b.bestAt(!m.IsBuy, now); ok && Crosses(m.IsBuy, m.LimitPrice, p) {
			return fmt.Errorf("%w: best opposite price %d", wire.ErrWouldCross, p)
		}
	}
	return nil
}

// bestAt returns the best price of side buy among the orders that do not expire before now.
func (b *Book) bestAt(buy bool, now uint64) (uint64, bool) {
	s := b.Side(buy)
	for i := len(s.Refs) - 1; i >= 0; i-- {
		lv := &b.Levels[s.Refs[i]]
		for h := lv.Head; h != 0; h = b.Nodes[h].Next {
			if b.Nodes[h].Signed.Msg.ExpirySeconds >= now {
				return lv.price, true
			}
		}
	}
	return 0, false
}
