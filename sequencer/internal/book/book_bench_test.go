package book_test

import (
	"math/rand/v2"
	"testing"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/state"
)

// nopSettler accepts every fill and reports flat positions: it leaves the book alone on the clock.
type nopSettler struct{}

func (nopSettler) Now() (uint64, error)                                { return 1_000, nil }
func (nopSettler) Position(uint32) (int64, error)                      { return 0, nil }
func (nopSettler) Fill(_, _ *book.Order, _ uint64, _ *book.Fill) error { return nil }
func (nopSettler) BeginAtomic(int) error                               { return nil }
func (nopSettler) EndAtomic(bool) error                                { return nil }

// benchRules puts no limit on open orders; tick and step are 1.
var benchRules = book.Rules{TickSize: 1, StepSize: 1, MinSize: 1, MaxOpenOrders: 1 << 30}

const (
	mid   = 1_000_000 // mid price of the benchmark books
	chunk = 1 << 16   // orders prepared outside the timer at a time
)

func benchOrder(acct uint32, buy bool, price, size uint64, flags uint8) book.Order {
	return book.Order{Remaining: size, Signed: state.SignedOrder{Msg: state.OrderMsg{
		AccountID: acct, Market: 1, IsBuy: buy, Flags: flags, Nonce: 1, ExpirySeconds: 1 << 39, SizeQuantums: size, LimitPrice: price,
	}}}
}

// restingOrders returns n orders of even accounts over 1,000 price levels on each side that never cross.
func restingOrders(r *rand.Rand, n int) []book.Order {
	out := make([]book.Order, n)
	for i := range out {
		buy := i%2 == 0
		price := uint64(mid + 1 + r.IntN(1_000))
		if buy {
			price = uint64(mid - 1 - r.IntN(1_000))
		}
		out[i] = benchOrder(uint32(2*(i%500)), buy, price, 1+r.Uint64N(100), 0)
	}
	return out
}

func report(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}

// BenchmarkBookRest measures limit orders that rest: a new order at one of 2,000 price levels, into a book
// emptied every 65,536 orders outside the timer.
func BenchmarkBookRest(b *testing.B) {
	bk := book.NewBook(1)
	bk.SetRules(benchRules)
	bk.Grow(chunk)
	var st book.Settler = nopSettler{}
	orders := restingOrders(rand.New(rand.NewPCG(1, 1)), chunk)
	var id uint64
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % chunk
		if k == 0 && i > 0 {
			b.StopTimer()
			for c := id - chunk + 1; c <= id; c++ {
				bk.Cancel(c)
			}
			b.StartTimer()
		}
		id++
		o := &orders[k]
		o.ID = id
		if _, err := bk.Place(o, st); err != nil {
			b.Fatal(err)
		}
	}
	report(b)
}

// BenchmarkBookMatch measures limit orders that match: each taker fills the best of 65,536 resting asks over
// 100 price levels in full; the book is refilled outside the timer.
func BenchmarkBookMatch(b *testing.B) {
	bk := book.NewBook(1)
	bk.SetRules(benchRules)
	bk.Grow(chunk)
	var st book.Settler = nopSettler{}
	r := rand.New(rand.NewPCG(2, 2))
	makers := make([]book.Order, chunk)
	takers := make([]book.Order, chunk)
	for i := range makers {
		size := 1 + r.Uint64N(100)
		makers[i] = benchOrder(uint32(2*(i%500)), false, uint64(mid+r.IntN(100)), size, 0)
		takers[i] = benchOrder(1, true, mid+100, size, 0)
	}
	var id uint64
	fill := func() {
		for i := range makers {
			id++
			makers[i].ID = id
			if _, err := bk.Place(&makers[i], st); err != nil {
				b.Fatal(err)
			}
		}
	}
	fill()
	// Takers meet the asks best first; size each taker to the maker it will meet.
	snap := bk.Snapshot()
	for i := range takers {
		takers[i].Remaining, takers[i].Signed.Msg.SizeQuantums = snap[i].Remaining, snap[i].Remaining
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % chunk
		if k == 0 && i > 0 {
			b.StopTimer()
			fill()
			b.StartTimer()
		}
		id++
		t := &takers[k]
		t.ID = id
		res, err := bk.Place(t, st)
		if err != nil || len(res.Fills) != 1 || res.Remaining != 0 {
			b.Fatalf("taker %d: %+v %v", k, res, err)
		}
	}
	report(b)
}

// BenchmarkBookCancel measures cancels by id, in random order, of 65,536 resting orders over 2,000 levels;
// the book is refilled outside the timer.
func BenchmarkBookCancel(b *testing.B) {
	bk := book.NewBook(1)
	bk.SetRules(benchRules)
	bk.Grow(chunk)
	var st book.Settler = nopSettler{}
	r := rand.New(rand.NewPCG(3, 3))
	orders := restingOrders(r, chunk)
	perm := r.Perm(chunk)
	var id uint64
	fill := func() {
		for i := range orders {
			id++
			orders[i].ID = id
			if _, err := bk.Place(&orders[i], st); err != nil {
				b.Fatal(err)
			}
		}
	}
	fill()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % chunk
		if k == 0 && i > 0 {
			b.StopTimer()
			fill()
			b.StartTimer()
		}
		if _, ok := bk.Cancel(id - chunk + 1 + uint64(perm[k])); !ok {
			b.Fatal("cancel missed")
		}
	}
	report(b)
}

// mixedOp is one operation of the mixed workload: its kind, and the orders and cancel offset it may use.
type mixedOp struct {
	kind       uint8 // 0 rest, 1 cancel, 2 take
	back       uint64
	rest, take book.Order
}

// mixedTarget is the book size the mixed workload holds: a resting order beyond it becomes a taker.
const mixedTarget = 20_000

// BenchmarkBookMixed measures a steady mixed workload: 55% limit orders resting within 50 levels of the mid
// price (taking instead while the book holds mixedTarget orders or more), 30% cancels of one of the last
// 1,000 orders (some already gone), 15% IOC takers sweeping up to 50 levels. Operations come from a tape of
// 2^20 prepared outside the timer.
func BenchmarkBookMixed(b *testing.B) {
	bk := book.NewBook(1)
	bk.SetRules(benchRules)
	bk.Grow(2 * mixedTarget)
	var st book.Settler = nopSettler{}
	r := rand.New(rand.NewPCG(4, 4))
	tape := make([]mixedOp, 1<<20)
	for i := range tape {
		buy := r.IntN(2) == 0
		op := &tape[i]
		price := uint64(mid + 1 + r.IntN(50))
		if buy {
			price = uint64(mid - 1 - r.IntN(50))
		}
		op.rest = benchOrder(uint32(2*r.IntN(500)), buy, price, 1+r.Uint64N(20), 0)
		price = mid + 50
		if !buy {
			price = mid - 50
		}
		op.take = benchOrder(uint32(1+2*r.IntN(500)), buy, price, 1+r.Uint64N(60), state.FlagIOC)
		op.back = r.Uint64N(1_000)
		switch x := r.IntN(100); {
		case x < 55:
			op.kind = 0
		case x < 85:
			op.kind = 1
		default:
			op.kind = 2
		}
	}
	var id uint64
	run := func(op *mixedOp) {
		o := &op.take
		switch {
		case op.kind == 1:
			if id > op.back {
				bk.Cancel(id - op.back)
			}
			return
		case op.kind == 0 && bk.Len() < mixedTarget:
			o = &op.rest
		}
		id++
		o.ID = id
		if _, err := bk.Place(o, st); err != nil {
			b.Fatal(err)
		}
	}
	for i := range tape[:len(tape)/4] { // warm up to the steady state
		run(&tape[i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run(&tape[i%len(tape)])
	}
	report(b)
	b.ReportMetric(float64(bk.Len()), "resting")
}
