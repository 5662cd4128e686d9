package book

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/perpx/perpx/state"
)

func bookOrder(id uint64, buy bool, price, size uint64) *Order {
	return &Order{ID: id, Remaining: size, Signed: state.SignedOrder{Msg: state.OrderMsg{
		AccountID: uint32(id), Market: mBTC, IsBuy: buy, LimitPrice: price, SizeQuantums: size, ExpirySeconds: 1 << 39,
	}}}
}

func TestBookPriorityAndDepth(t *testing.T) {
	b := testBook(Rules{TickSize: 1, StepSize: 1, MinSize: 1, MaxOpenOrders: 10})
	for _, o := range []*Order{
		bookOrder(1, true, 100, 5), bookOrder(2, true, 101, 3), bookOrder(3, true, 100, 7),
		bookOrder(4, false, 103, 2), bookOrder(5, false, 102, 4), bookOrder(6, false, 102, 1),
	} {
		b.rest(o)
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
	ids := func(os []Order) []uint64 {
		var out []uint64
		for _, o := range os {
			out = append(out, o.ID)
		}
		return out
	}
	if got := ids(b.Snapshot()); !slices.Equal(got, []uint64{2, 1, 3, 5, 6, 4}) {
		t.Fatalf("priority %v", got)
	}
	// Time priority inside a level; a partial fill keeps the order at the front.
	if o := b.Best(false); o.ID != 5 {
		t.Fatalf("best ask order %d", o.ID)
	}
	b.Fill(b.Ids.Get(5), 3)
	if o := b.Best(false); o.ID != 5 || o.Remaining != 1 {
		t.Fatalf("after partial fill: %d %d", o.ID, o.Remaining)
	}
	b.Fill(b.Ids.Get(5), 1)
	if o := b.Best(false); o.ID != 6 {
		t.Fatalf("after full fill: %d", o.ID)
	}
	b.Cancel(2)
	if o := b.Best(true); o.ID != 1 {
		t.Fatalf("best bid after cancel: %d", o.ID)
	}
	b.Cancel(1)
	if o := b.Best(true); o.ID != 3 {
		t.Fatalf("best bid after cancelling the head: %d", o.ID)
	}
	if _, ok := b.Cancel(1); ok {
		t.Fatal("cancelled twice")
	}
	if b.Len() != 3 {
		t.Fatalf("len %d", b.Len())
	}
}

// TestBookRandom compares the book's data structure against a naive model under random rests, cancels,
// fills and resizes, and checks that a snapshot restores the same book.
func TestBookRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 0))
	b := testBook(Rules{TickSize: 1, StepSize: 1, MinSize: 1, MaxOpenOrders: 1 << 20})
	model := map[uint64]*Order{}
	var next uint64
	for step := 0; step < 20_000; step++ {
		switch op := r.IntN(10); {
		case op < 5:
			next++
			o := bookOrder(next, r.IntN(2) == 0, 90+r.Uint64N(40), 2+r.Uint64N(10))
			b.rest(o)
			c := *o
			model[o.ID] = &c
		case op < 7 && next > 0:
			id := 1 + r.Uint64N(next)
			_, got := b.Cancel(id)
			if got != (model[id] != nil) {
				t.Fatalf("step %d: cancel %d: book %v, model %v", step, id, got, model[id] != nil)
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
			h := b.Ids.Get(o.ID)
			if r.IntN(4) == 0 && o.Remaining > 1 {
				q := 1 + r.Uint64N(o.Remaining-1)
				b.resize(h, q)
				want.Remaining = q
				continue
			}
			q := 1 + r.Uint64N(o.Remaining)
			b.Fill(h, q)
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
	snap := b.Snapshot()
	c := testBook(b.Rules())
	if err := c.Restore(snap); err != nil {
		t.Fatal(err)
	}
	if got := c.Snapshot(); !slices.Equal(got, snap) {
		t.Fatal("restored book differs")
	}
	if err := c.Restore(snap); err == nil {
		t.Fatal("restored into a non-empty book")
	}
}

func TestBookRestoreRejects(t *testing.T) {
	for name, orders := range map[string][]Order{
		"duplicate id":   {*bookOrder(1, true, 100, 5), *bookOrder(1, false, 101, 5)},
		"zero id":        {*bookOrder(0, true, 100, 5)},
		"zero remaining": {{ID: 1, Signed: bookOrder(1, true, 100, 5).Signed}},
		"other market":   {{ID: 1, Remaining: 1, Signed: state.SignedOrder{Msg: state.OrderMsg{Market: mETH, SizeQuantums: 1}}}},
	} {
		b := testBook(modelRules)
		if err := b.Restore(orders); err == nil || b.Len() != 0 {
			t.Errorf("%s: restored (%v)", name, err)
		}
	}
}

func TestIDIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 1))
	var x idIndex
	model := map[uint64]uint32{}
	for i := 0; i < 100_000; i++ {
		id := 1 + r.Uint64N(2_000)
		if _, ok := model[id]; ok {
			if r.IntN(2) == 0 {
				x.del(id)
				delete(model, id)
			}
		} else {
			v := uint32(r.Uint64N(1 << 30))
			x.put(id, v)
			model[id] = v
		}
		// Queries include 0, the empty-slot marker, which is never an order id.
		if q := r.Uint64N(2_001); x.Get(q) != model[q] {
			t.Fatalf("step %d: get %d = %d, want %d", i, q, x.Get(q), model[q])
		}
		if i%97 == 0 {
			x.del(0)
		}
	}
	if x.n != len(model) {
		t.Fatalf("n %d, want %d", x.n, len(model))
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

// testBook returns an empty book of market mBTC with rules r.
func testBook(r Rules) *Book {
	b := NewBook(mBTC)
	b.SetRules(r)
	return b
}

func TestBookImpactPrices(t *testing.T) {
	b := testBook(Rules{TickSize: 1, StepSize: 1, MinSize: 1, MaxOpenOrders: 10})
	for _, o := range []*Order{
		bookOrder(1, true, 100, 5), bookOrder(2, true, 101, 3), bookOrder(3, true, 99, 7),
		bookOrder(4, false, 103, 2), bookOrder(5, false, 102, 4),
	} {
		b.rest(o)
	}
	for _, c := range []struct {
		size     uint64
		levels   int
		bid, ask uint64
	}{
		{1, 64, 101, 102}, {3, 64, 101, 102}, {4, 64, 100, 102}, {6, 64, 100, 103}, {8, 64, 100, 0},
		{9, 64, 99, 0}, {15, 64, 99, 0}, {16, 64, 0, 0}, {4, 1, 0, 102}, {5, 1, 0, 0},
	} {
		bid, ask := b.ImpactPrices(c.size, c.levels)
		if bid != c.bid || ask != c.ask {
			t.Errorf("size %d over %d levels: %d/%d, want %d/%d", c.size, c.levels, bid, ask, c.bid, c.ask)
		}
	}
	if n := testing.AllocsPerRun(100, func() { b.ImpactPrices(9, 64) }); n != 0 {
		t.Fatalf("%v allocations", n)
	}
}
