package bench

import (
	"log/slog"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// BenchmarkBookServicePlaceOrder measures end-to-end order placement through the sequencer Service on an
// in-memory store: admission with the signature check, matching, and for every other order a trade through
// the engine (margin checks, Merkle paths, tree writes), with batches of 32 sealed and committed as they
// fill. Two accounts alternate: one rests an order, the other takes it.
func BenchmarkBookServicePlaceOrder(b *testing.B) {
	fs := vfs.NewMem()
	quiet := slog.New(slog.DiscardHandler)
	tree, err := statedb.Open("state", statedb.WithFS(fs), statedb.WithLogger(quiet))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { tree.Close() })
	var markets state.Markets
	markets[0] = state.Market{
		Name: "BTC-USD", OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1_000_000, StepSize: 1_000, BaseDecimals: 6, MakerFeePpm: 200, TakerFeePpm: 500,
	}
	if err := tree.SetMarkets(markets); err != nil {
		b.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		b.Fatal(err)
	}
	svc, err := sequencer.NewService(tree, sequencer.Config{DataDir: "seq", FS: fs, MaxBatchSize: 32, Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	keys := [2]*wire.Key{wire.DevKey("bench maker"), wire.DevKey("bench taker")}
	for i, k := range keys {
		r := state.DepositRecord{AccountID: uint32(i), AmountQuantums: 1_000_000_000_000, PubKey: k.PubKey().Compressed()}
		r.L1Address[0] = byte(i + 1)
		if _, err := svc.Deposit(r); err != nil {
			b.Fatal(err)
		}
	}
	orders := make([]state.SignedOrder, b.N)
	for i := range orders {
		acct, pair := uint32(i%2), uint32(i/2)
		m := state.OrderMsg{
			AccountID: acct, Market: 1, IsBuy: (pair%2 == 0) == (acct == 1), Slot: uint16(pair % 4096), Nonce: 1 + pair/4096,
			ExpirySeconds: 1 << 39, MaxFeePpm: 1_000, SizeQuantums: 10_000, LimitPrice: 60_000_000_000,
		}
		orders[i] = keys[acct].SignOrder(m)
	}
	b.ResetTimer()
	for i := range orders {
		res, err := svc.PlaceOrder(orders[i])
		if err != nil || (i%2 == 1 && len(res.Fills) != 1) {
			b.Fatalf("order %d: %+v %v", i, res, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}
