package prover

import (
	"testing"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// TestBatchReduceOnlyMidBatch seals batches whose first slot makes market 1 reduce-only and whose second
// trades in it: the trade reads the changed table, so the batch circuit accepts a trade that reduces both
// positions and rejects one that grows them (which it accepts when the first slot keeps the market active).
func TestBatchReduceOnlyMidBatch(t *testing.T) {
	for _, c := range []struct {
		name        string
		status      uint8
		takerBuys   bool
		takerLimit  uint64
		satisfiable bool
	}{
		{"both reduce", state.MarketReduceOnly, false, 59_000_000, true},
		{"both grow", state.MarketReduceOnly, true, 61_000_000, false},
		{"both grow, market kept active", state.MarketActive, true, 61_000_000, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := testkit.NewWorld()
			w.Open(0, 1_000_000_000)
			w.Open(1, 1_000_000_000)
			w.Trade(batchOrd(0, true, 1, 1, 20_000, 61_000_000), batchOrd(1, false, 2, 1, 20_000, 60_000_000), 20_000, 0, 0)
			b := w.Begin()
			b.Add(w.MarketParams(state.MarketParamsRecord{Market: 1, Status: c.status, ImfPpm: 50_000, MmfPpm: 30_000}))
			b.Add(w.Trade(batchOrd(0, c.takerBuys, 3, 1, 10_000, c.takerLimit), batchOrd(1, !c.takerBuys, 4, 1, 10_000, 60_000_000), 10_000, 0, 0))
			a, err := Assign(b.Seal(2, 1, batchTime, w.Config.Hash()))
			if err != nil {
				t.Fatal(err)
			}
			if err := solveBatch(t, a); (err == nil) != c.satisfiable {
				t.Fatalf("satisfiable=%v, circuit: %v", c.satisfiable, err)
			}
		})
	}
}
