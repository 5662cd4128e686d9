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
