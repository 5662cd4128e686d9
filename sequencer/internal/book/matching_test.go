package book

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// ord is an order of a matching test on the model market (tick 5, step 10, minimum 20).
type ord struct {
	acct   uint32
	buy    bool
	price  uint64
	size   uint64
	flags  uint8
	expiry uint64 // 0: far in the future
}

func (o ord) order(id uint64) Order {
	exp := o.expiry
	if exp == 0 {
		exp = 1 << 39
	}
	m := state.OrderMsg{
		AccountID: o.acct, Market: mBTC, IsBuy: o.buy, Flags: o.flags, Slot: uint16(id), Nonce: 1,
		ExpirySeconds: exp, SizeQuantums: o.size, LimitPrice: o.price,
	}
	return Order{ID: id, Signed: state.SignedOrder{Msg: m}, Remaining: o.size}
}

func buy(acct uint32, price, size uint64, flags uint8) ord {
	return ord{acct: acct, buy: true, price: price, size: size, flags: flags}
}

func sell(acct uint32, price, size uint64, flags uint8) ord {
	return ord{acct: acct, price: price, size: size, flags: flags}
}

func gtt(o ord, expiry uint64) ord { o.expiry = expiry; return o }

// act is one action of a matching test and what it must give. Orders get ids 1, 2, … in placement order.
type act struct {
	at      uint64 // set the clock first (0: leave it)
	setPos  map[uint32]int64
	place   *ord
	replace uint64 // with place: the order it replaces
	cancel  uint64
	all     uint32 // cancel every order of this account
	err     error
	fills   []uint64 // maker id, size, maker id, size, …
	stopped error
	resting bool
	removed []string // "id:reason" of the orders that left the book, in order
}

func place(o ord) *ord { return &o }

func TestMatchingRules(t *testing.T) {
	const P = 1_000
	cases := []struct {
		name   string
		limits map[uint32]int64
		pos    map[uint32]int64
		acts   []act
		book   []uint64 // id, remaining, … in priority order at the end
	}{
		{name: "limit order rests, then fills at the maker's price in time order", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(sell(3, P+5, 30, 0)), resting: true},
			{place: place(buy(4, P+5, 80, 0)), fills: []uint64{1, 30, 2, 30, 3, 20}, removed: []string{"1:filled", "2:filled"}},
		}, book: []uint64{3, 10}},
		{name: "partial fill rests the rest", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(buy(2, P, 50, 0)), fills: []uint64{1, 30}, resting: true, removed: []string{"1:filled"}},
		}, book: []uint64{2, 20}},
		{name: "price off tick", acts: []act{{place: place(sell(1, P+1, 30, 0)), err: wire.ErrPriceOffTick}}},
		{name: "size off step", acts: []act{{place: place(sell(1, P, 35, 0)), err: wire.ErrSizeOffStep}}},
		{name: "size below the minimum", acts: []act{{place: place(sell(1, P, 10, 0)), err: wire.ErrBelowMinSize}}},
		{name: "unknown flag", acts: []act{{place: place(sell(1, P, 30, 1<<6)), err: wire.ErrMessageField}}},
		{name: "post-only with IOC", acts: []act{{place: place(sell(1, P, 30, state.FlagPostOnly|state.FlagIOC)), err: wire.ErrMessageField}}},
		{name: "post-only with FOK", acts: []act{{place: place(sell(1, P, 30, state.FlagPostOnly|state.FlagFOK)), err: wire.ErrMessageField}}},
		{name: "too many open orders; IOC still allowed", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(1, P+5, 30, 0)), resting: true},
			{place: place(sell(1, P+10, 30, 0)), resting: true},
			{place: place(sell(1, P+15, 30, 0)), resting: true},
			{place: place(sell(1, P+20, 30, 0)), resting: true},
			{place: place(sell(1, P+25, 30, 0)), resting: true},
			{place: place(sell(1, P+30, 30, 0)), err: wire.ErrTooManyOrders},
			{place: place(buy(1, P-5, 30, state.FlagIOC))},
		}, book: []uint64{1, 30, 2, 30, 3, 30, 4, 30, 5, 30, 6, 30}},
		{name: "post-only that would cross is rejected", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(buy(2, P, 30, state.FlagPostOnly)), err: wire.ErrWouldCross},
			{place: place(buy(2, P-5, 30, state.FlagPostOnly)), resting: true},
		}, book: []uint64{3, 30, 1, 30}},
		{name: "post-only crossing only its own order is rejected too", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(buy(1, P, 30, state.FlagPostOnly)), err: wire.ErrWouldCross},
		}, book: []uint64{1, 30}},
		{name: "IOC fills what it can and never rests", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(buy(2, P, 50, state.FlagIOC)), fills: []uint64{1, 30}, removed: []string{"1:filled"}},
		}},
		{name: "market order stops at its protection price", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P+10, 30, 0)), resting: true},
			{place: place(sell(3, P+20, 30, 0)), resting: true},
			{place: place(buy(4, P+15, 100, state.FlagIOC)), fills: []uint64{1, 30, 2, 30}, removed: []string{"1:filled", "2:filled"}},
		}, book: []uint64{3, 30}},
		{name: "FOK that cannot fill fully changes nothing", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P+10, 30, 0)), resting: true},
			{place: place(buy(3, P+5, 50, state.FlagFOK)), err: wire.ErrFOKUnfilled},
			{place: place(buy(4, P+10, 70, state.FlagFOK)), err: wire.ErrFOKUnfilled},
		}, book: []uint64{1, 30, 2, 30}},
		{name: "FOK fills fully across levels", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P+10, 30, 0)), resting: true},
			{place: place(buy(3, P+10, 50, state.FlagFOK)), fills: []uint64{1, 30, 2, 20}, removed: []string{"1:filled"}},
		}, book: []uint64{2, 10}},
		{name: "FOK whose maker fails its fill is undone and the maker removed", limits: map[uint32]int64{2: 10}, acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(sell(3, P, 30, 0)), resting: true},
			{place: place(buy(4, P, 60, state.FlagFOK)), err: wire.ErrFOKUnfilled, removed: []string{"2:rejected"}},
			{place: place(buy(4, P, 60, state.FlagFOK)), fills: []uint64{1, 30, 3, 30}, removed: []string{"1:filled", "3:filled"}},
		}},
		{name: "FOK whose taker fails its fill is undone", limits: map[uint32]int64{4: 40}, acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(buy(4, P, 60, state.FlagFOK)), err: wire.ErrUndercollateral},
		}, book: []uint64{1, 30, 2, 30}},
		{name: "FOK removes the self-trade maker only if it fills", acts: []act{
			{place: place(sell(3, P, 30, 0)), resting: true},
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(buy(3, P, 40, state.FlagFOK)), err: wire.ErrFOKUnfilled},
			{place: place(buy(3, P, 30, state.FlagFOK)), fills: []uint64{2, 30}, removed: []string{"1:self_trade", "2:filled"}},
		}},
		{name: "reduce-only without a position is rejected", acts: []act{
			{place: place(sell(1, P, 30, state.FlagReduceOnly)), err: wire.ErrReduceOnly},
		}},
		{name: "reduce-only on the side that would grow the position is rejected", pos: map[uint32]int64{1: -50}, acts: []act{
			{place: place(sell(1, P, 30, state.FlagReduceOnly)), err: wire.ErrReduceOnly},
		}},
		{name: "reduce-only taker is cut to the position and stops", pos: map[uint32]int64{1: 20}, acts: []act{
			{place: place(buy(2, P, 50, 0)), resting: true},
			{place: place(sell(1, P, 50, state.FlagReduceOnly)), fills: []uint64{1, 20}, stopped: wire.ErrReduceOnly},
		}, book: []uint64{1, 30}},
		{name: "reduce-only rests at most its position", pos: map[uint32]int64{1: 20}, acts: []act{
			{place: place(sell(1, P, 50, state.FlagReduceOnly)), resting: true},
		}, book: []uint64{1, 20}},
		{name: "resting reduce-only shrinks with the position", pos: map[uint32]int64{1: 60}, acts: []act{
			{place: place(sell(1, P+10, 60, state.FlagReduceOnly)), resting: true},
			{place: place(sell(1, P, 40, 0)), resting: true},
			{place: place(buy(2, P, 40, 0)), fills: []uint64{2, 40}, removed: []string{"2:filled"}},
		}, book: []uint64{1, 20}},
		{name: "resting reduce-only is cancelled when the position flips", pos: map[uint32]int64{1: 30}, acts: []act{
			{place: place(sell(1, P+10, 30, state.FlagReduceOnly)), resting: true},
			{place: place(sell(1, P, 50, 0)), resting: true},
			{place: place(buy(2, P, 50, 0)), fills: []uint64{2, 50}, removed: []string{"2:filled", "1:reduce_only"}},
		}},
		{name: "reduce-only maker whose position flipped elsewhere is removed", pos: map[uint32]int64{1: 30}, acts: []act{
			{place: place(sell(1, P, 30, state.FlagReduceOnly)), resting: true},
			{place: place(sell(3, P, 30, 0)), resting: true},
			{setPos: map[uint32]int64{1: -10}, place: place(buy(2, P, 30, 0)), fills: []uint64{2, 30}, removed: []string{"1:reduce_only", "2:filled"}},
		}},
		{name: "self-trade cancels the resting maker", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(buy(1, P, 30, 0)), fills: []uint64{2, 30}, removed: []string{"1:self_trade", "2:filled"}},
		}},
		{name: "maker that fails its fill is removed and matching goes on", limits: map[uint32]int64{1: 10}, acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(buy(3, P, 30, 0)), fills: []uint64{2, 30}, removed: []string{"1:rejected", "2:filled"}},
		}},
		{name: "taker that fails its fill stops and keeps its earlier fills", limits: map[uint32]int64{3: 30}, acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(buy(3, P, 60, 0)), fills: []uint64{1, 30}, stopped: wire.ErrUndercollateral, removed: []string{"1:filled"}},
		}, book: []uint64{2, 30}},
		{name: "GTT expiring between two matches", acts: []act{
			{place: place(gtt(sell(1, P, 30, 0), 1_005)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{at: 1_005, place: place(buy(3, P, 20, 0)), fills: []uint64{1, 20}},
			{at: 1_006, place: place(buy(3, P, 30, 0)), fills: []uint64{2, 30}, removed: []string{"1:expired", "2:filled"}},
		}},
		{name: "expired order is rejected", acts: []act{
			{at: 1_010, place: place(gtt(sell(1, P, 30, 0), 1_009)), err: wire.ErrExpired},
		}},
		{name: "cancel by id and cancel-all", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(1, P+5, 30, 0)), resting: true},
			{place: place(sell(2, P+5, 30, 0)), resting: true},
			{place: place(buy(1, P-5, 30, 0)), resting: true},
			{cancel: 2, removed: []string{"2:cancelled"}},
			{cancel: 2, err: wire.ErrOrderNotFound},
			{all: 1, removed: []string{"1:cancelled", "4:cancelled"}},
		}, book: []uint64{3, 30}},
		{name: "replacement loses time priority", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(2, P, 30, 0)), resting: true},
			{place: place(sell(1, P, 40, 0)), replace: 1, resting: true, removed: []string{"1:replaced"}},
		}, book: []uint64{2, 30, 3, 40}},
		{name: "rejected replacement keeps the old order", acts: []act{
			{place: place(sell(1, P+5, 30, 0)), resting: true},
			{place: place(buy(2, P, 30, 0)), resting: true},
			{place: place(sell(1, P, 30, state.FlagPostOnly)), replace: 1, err: wire.ErrWouldCross},
			{place: place(buy(1, P, 30, 0)), replace: 1, err: wire.ErrReplaceMismatch},
			{place: place(sell(3, P, 30, 0)), replace: 1, err: wire.ErrReplaceMismatch},
			{place: place(sell(1, P, 30, 0)), replace: 9, err: wire.ErrOrderNotFound},
		}, book: []uint64{2, 30, 1, 30}},
		{name: "replacement at the open-order limit", acts: []act{
			{place: place(sell(1, P, 30, 0)), resting: true},
			{place: place(sell(1, P+5, 30, 0)), resting: true},
			{place: place(sell(1, P+10, 30, 0)), resting: true},
			{place: place(sell(1, P+15, 30, 0)), resting: true},
			{place: place(sell(1, P+20, 30, 0)), resting: true},
			{place: place(sell(1, P+25, 30, 0)), resting: true},
			{place: place(sell(1, P+30, 30, 0)), replace: 6, resting: true, removed: []string{"6:replaced"}},
		}, book: []uint64{1, 30, 2, 30, 3, 30, 4, 30, 5, 30, 7, 30}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := newLedger(c.limits)
			l.now = 1_000
			for a, p := range c.pos {
				l.pos[a] = p
			}
			st := &ledgerSettler{l: l}
			b := testBook(modelRules)
			ev := &eventLog{depth: map[[2]uint64]PriceLevel{}}
			b.SetListener(ev)
			var next uint64 = 1
			for i, a := range c.acts {
				if a.at != 0 {
					l.now = a.at
				}
				for acct, p := range a.setPos {
					l.pos[acct] = p
				}
				ev.orders = ev.orders[:0]
				var res PlaceResult
				var err error
				switch {
				case a.place != nil:
					o := a.place.order(next)
					next++
					if a.replace != 0 {
						res, err = b.Replace(a.replace, &o, st)
					} else {
						res, err = b.Place(&o, st)
					}
				case a.cancel != 0:
					if _, ok := b.Cancel(a.cancel); !ok {
						err = wire.ErrOrderNotFound
					}
				default:
					b.CancelAccount(a.all, nil)
				}
				if !errors.Is(err, a.err) || (a.err == nil) != (err == nil) {
					t.Fatalf("act %d: error %v, want %v", i, err, a.err)
				}
				var fills []uint64
				for _, f := range res.Fills {
					fills = append(fills, f.MakerOrderID, f.SizeQuantums)
				}
				if !slices.Equal(fills, a.fills) || res.Resting != a.resting || !errors.Is(res.Stopped, a.stopped) || (a.stopped == nil) != (res.Stopped == nil) {
					t.Fatalf("act %d: result %+v, want fills %v resting %v stopped %v", i, res, a.fills, a.resting, a.stopped)
				}
				var removed []string
				for _, e := range ev.orders {
					switch {
					case e.Kind == OrderRemoved:
						removed = append(removed, fmt.Sprintf("%d:%v", e.OrderID, e.Reason))
					case e.Kind == OrderFilled && e.Remaining == 0:
						removed = append(removed, fmt.Sprintf("%d:filled", e.OrderID))
					}
				}
				if !slices.Equal(removed, a.removed) {
					t.Fatalf("act %d: removed %v, want %v", i, removed, a.removed)
				}
			}
			var got []uint64
			for _, o := range b.Snapshot() {
				got = append(got, o.ID, o.Remaining)
			}
			if !slices.Equal(got, c.book) {
				t.Fatalf("book %v, want %v", got, c.book)
			}
			bids, asks := b.Depth(0)
			if !slices.Equal(bids, ev.levels(true)) || !slices.Equal(asks, ev.levels(false)) {
				t.Fatalf("depth %v %v, from events %v %v", bids, asks, ev.levels(true), ev.levels(false))
			}
		})
	}
}

// TestMatchingAtomicRefused checks that a settler refusing an atomic group leaves a fill-or-kill order
// rejected and the book untouched.
func TestMatchingAtomicRefused(t *testing.T) {
	l := newLedger(nil)
	l.now = 1_000
	st := &refusingSettler{ledgerSettler{l: l}}
	b := testBook(modelRules)
	maker := sell(1, 1_000, 30, 0).order(1)
	if _, err := b.Place(&maker, st); err != nil {
		t.Fatal(err)
	}
	taker := buy(2, 1_000, 30, state.FlagFOK).order(2)
	if _, err := b.Place(&taker, st); !errors.Is(err, wire.ErrTooManyFills) {
		t.Fatalf("error %v", err)
	}
	if o := b.Get(1); o == nil || o.Remaining != 30 || len(l.pos) != 0 {
		t.Fatalf("book or positions changed: %+v %v", o, l.pos)
	}
}

type refusingSettler struct{ ledgerSettler }

func (s *refusingSettler) BeginAtomic(int) error { return wire.ErrTooManyFills }

// TestPlaceStructuralErrors checks the errors Place returns for orders the Service never submits.
func TestPlaceStructuralErrors(t *testing.T) {
	l := newLedger(nil)
	st := &ledgerSettler{l: l}
	b := testBook(modelRules)
	o := sell(1, 1_000, 30, 0).order(1)
	if _, err := b.Place(&o, st); err != nil {
		t.Fatal(err)
	}
	other := sell(1, 1_000, 30, 0).order(2)
	other.Signed.Msg.Market = mETH
	zero := sell(1, 1_000, 30, 0).order(3)
	zero.Remaining = 0
	for name, c := range map[string]struct {
		o   Order
		err error
	}{
		"duplicate id":   {sell(1, 1_000, 30, 0).order(1), ErrDuplicateOrder},
		"other market":   {other, wire.ErrMarketMismatch},
		"zero remaining": {zero, wire.ErrOverfill},
	} {
		if _, err := b.Place(&c.o, st); !errors.Is(err, c.err) {
			t.Errorf("%s: %v, want %v", name, err, c.err)
		}
	}
	if _, err := b.Replace(0, &o, st); !errors.Is(err, wire.ErrOrderNotFound) {
		t.Errorf("replace 0: %v", err)
	}
}
