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

// BenchmarkEngineTradeBatches measures trades between 64 accounts spread over the tree, sealed in batches of
// 32 as Sealer.Seal does (both roots, then Commit): the cost of a trade with its share of the batch's hashing
// and durable write, on paths that share few nodes.
func BenchmarkEngineTradeBatches(b *testing.B) {
	e, tree := newEngine(b)
	var ids [64]uint32
	for i := range ids {
		ids[i] = uint32(i+1) * 262_147 % (1 << state.AccountTreeDepth)
		fund(b, e, hundredK*1000, ids[i])
	}
	if err := tree.Commit(); err != nil {
		b.Fatal(err)
	}
	nonces := map[uint32]uint32{}
	orders := make([][2]state.SignedOrder, b.N)
	for i := range orders {
		t, m := ids[i*7%len(ids)], ids[(i*13+1)%len(ids)]
		if t == m {
			m = ids[(i*13+2)%len(ids)]
		}
		nonces[t]++
		nonces[m]++
		orders[i] = [2]state.SignedOrder{
			sign(order(t, mBTC, i%2 == 0, btcStep, btcPrice, 0, nonces[t])),
			sign(order(m, mBTC, i%2 == 1, btcStep, btcPrice, 0, nonces[m])),
		}
	}
	b.ResetTimer()
	for i := range orders {
		if _, err := e.Trade(orders[i][0], orders[i][1], btcStep); err != nil {
			b.Fatal(err)
		}
		if i%32 == 31 || i == len(orders)-1 {
			tree.AccountsRoot()
			tree.Root()
			if err := tree.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	}
}
