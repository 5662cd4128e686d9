package sequencer

import (
	"testing"

	"github.com/perpx/perpx/state"
)

// BenchmarkEngineTrade measures one trade through the engine: two signature checks, the margin checks, the
// trace (four paths) and the tree writes.
func BenchmarkEngineTrade(b *testing.B) {
	e, _ := newEngine(b)
	fund(b, e, hundredK*1000, 1, 2)
	orders := make([][2]state.SignedOrder, b.N)
	for i := range orders {
		n := uint32(i + 1)
		orders[i] = [2]state.SignedOrder{
			sign(order(1, mBTC, i%2 == 0, btcStep, btcPrice, 0, n)),
			sign(order(2, mBTC, i%2 == 1, btcStep, btcPrice, 0, n)),
		}
	}
	b.ResetTimer()
	for i := range orders {
		if _, err := e.Trade(orders[i][0], orders[i][1], btcStep); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBookAddCancel measures resting and cancelling orders over 100 price levels.
func BenchmarkBookAddCancel(b *testing.B) {
	book := NewBook(mBTC)
	o := make([]Order, 1024)
	for i := 0; i < b.N; i++ {
		k := i % len(o)
		if i >= len(o) {
			book.Remove(o[k].ID)
		}
		o[k] = Order{ID: uint64(i + 1), Remaining: 1, Signed: state.SignedOrder{Msg: state.OrderMsg{Market: mBTC, IsBuy: k%2 == 0, LimitPrice: uint64(1000 + k%100)}}}
		if err := book.Add(&o[k]); err != nil {
			b.Fatal(err)
		}
	}
}
