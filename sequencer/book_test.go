package sequencer

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/perpx/perpx/state"
)

func bookOrder(id uint64, buy bool, price, size uint64) *Order {
	return &Order{ID: id, Remaining: size, Signed: state.SignedOrder{Msg: state.OrderMsg{Market: mBTC, IsBuy: buy, LimitPrice: price, SizeQuantums: size}}}
}

func TestBookPriorityAndDepth(t *testing.T) {
	b := NewBook(mBTC)
	for _, o := range []*Order{
		bookOrder(1, true, 100, 5), bookOrder(2, true, 101, 3), bookOrder(3, true, 100, 7),
		bookOrder(4, false, 103, 2), bookOrder(5, false, 102, 4), bookOrder(6, false, 102, 1),
	} {
		if err := b.Add(o); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Add(bookOrder(1, true, 100, 1)); err == nil {
		t.Fatal("duplicate id accepted")
	}
	if err := b.Add(bookOrder(9, true, 100, 0)); err == nil {
		t.Fatal("empty order accepted")
	}
	bids, asks := b.Depth(0)
	wantBids := []PriceLevel{{101, 3, 1}, {100, 12, 2}}
	wantAsks := []PriceLevel{{102, 5, 2}, {103, 2, 1}}
	if !slices.Equal(bids, wantBids) || !slices.Equal(asks, wantAsks) {
		t.Fatalf("depth %v %v", bids, asks)
	}
	if bids, _ := b.Depth(1); !slices.Equal(bids, wantBids[:1]) {
		t.Fatalf("depth 1: %v", bids)
	}
	if bb, ok := b.BestBid(); !ok || bb.Price != 101 {
		t.Fatalf("best bid %v", bb)
	}
	if ba, ok := b.BestAsk(); !ok || ba.Price != 102 {
		t.Fatalf("best ask %v", ba)
	}
	// Time priority inside a level, partial fills keep the order at the front.
	if o := b.Best(false); o.ID != 5 {
		t.Fatalf("best ask order %d", o.ID)
	}
	b.Fill(b.Best(false), 3)
	if o := b.Best(false); o.ID != 5 || o.Remaining != 1 {
		t.Fatalf("after partial fill: %d %d", o.ID, o.Remaining)
	}
	b.Fill(b.Best(false), 1)
	if o := b.Best(false); o.ID != 6 {
		t.Fatalf("after full fill: %d", o.ID)
	}
	b.Remove(2)
	if o := b.Best(true); o.ID != 1 {
		t.Fatalf("best bid after cancel: %d", o.ID)
	}
	b.Remove(1)
	if o := b.Best(true); o.ID != 3 {
		t.Fatalf("best bid after cancelling the head: %d", o.ID)
	}
	if b.Remove(1) != nil {
		t.Fatal("removed twice")
	}
	if b.Len() != 3 {
		t.Fatalf("len %d", b.Len())
	}
}

// TestBookRandom compares the book against a naive model under random adds, cancels and fills.
func TestBookRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 0))
	b := NewBook(mBTC)
	model := map[uint64]*Order{}
	var next uint64
	for step := 0; step < 5_000; step++ {
		switch op := r.IntN(10); {
		case op < 5:
			next++
			o := bookOrder(next, r.IntN(2) == 0, 90+r.Uint64N(20), 1+r.Uint64N(10))
			if err := b.Add(o); err != nil {
				t.Fatal(err)
			}
			model[o.ID] = &Order{ID: o.ID, Remaining: o.Remaining, Signed: o.Signed}
		case op < 7 && next > 0:
			id := 1 + r.Uint64N(next)
			got := b.Remove(id)
			if (got != nil) != (model[id] != nil) {
				t.Fatalf("step %d: remove %d: book %v, model %v", step, id, got != nil, model[id] != nil)
			}
			delete(model, id)
		default:
			buy := r.IntN(2) == 0
			o := b.Best(buy)
			want := naiveBest(model, buy)
			if (o == nil) != (want == nil) || (o != nil && o.ID != want.ID) {
				t.Fatalf("step %d: best %v, want %v", step, o, want)
			}
			if o == nil {
				continue
			}
			q := 1 + r.Uint64N(o.Remaining)
			b.Fill(o, q)
			if want.Remaining -= q; want.Remaining == 0 {
				delete(model, want.ID)
			}
		}
		if b.Len() != len(model) {
			t.Fatalf("step %d: len %d, want %d", step, b.Len(), len(model))
		}
		bids, asks := b.Depth(0)
		wb, wa := naiveDepth(model, true), naiveDepth(model, false)
		if !slices.Equal(bids, wb) || !slices.Equal(asks, wa) {
			t.Fatalf("step %d: depth\n%v %v\nwant\n%v %v", step, bids, asks, wb, wa)
		}
	}
}

func naiveBest(m map[uint64]*Order, buy bool) *Order {
	var best *Order
	for _, o := range m {
		if o.IsBuy() != buy {
			continue
		}
		if best == nil || (buy && o.Price() > best.Price()) || (!buy && o.Price() < best.Price()) ||
			(o.Price() == best.Price() && o.ID < best.ID) {
			best = o
		}
	}
	return best
}

func naiveDepth(m map[uint64]*Order, buy bool) []PriceLevel {
	agg := map[uint64]*PriceLevel{}
	for _, o := range m {
		if o.IsBuy() != buy {
			continue
		}
		l := agg[o.Price()]
		if l == nil {
			l = &PriceLevel{Price: o.Price()}
			agg[o.Price()] = l
		}
		l.Size += o.Remaining
		l.Orders++
	}
	out := make([]PriceLevel, 0, len(agg))
	for _, l := range agg {
		out = append(out, *l)
	}
	slices.SortFunc(out, func(a, b PriceLevel) int {
		if buy {
			return int(b.Price) - int(a.Price)
		}
		return int(a.Price) - int(b.Price)
	})
	return out
}

func TestCrosses(t *testing.T) {
	cases := []struct {
		buy            bool
		limit, resting uint64
		want           bool
	}{
		{true, 100, 100, true}, {true, 100, 101, false}, {true, 100, 99, true},
		{false, 100, 100, true}, {false, 100, 99, false}, {false, 100, 101, true},
	}
	for _, c := range cases {
		if got := Crosses(c.buy, c.limit, c.resting); got != c.want {
			t.Errorf("Crosses(%v, %d, %d) = %v", c.buy, c.limit, c.resting, got)
		}
	}
}
