package bench

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
)

// Load of BenchmarkProvingPipeline: pipelinePairs crossing order pairs (one trade each), one every
// pipelineLoadInterval; PERPX_PIPELINE_PAIRS resizes.
const (
	pipelinePairs        = 6
	pipelineLoadInterval = 2 * time.Second
	pipelineDeposit      = 100_000_000_000 // 100,000 USDC
)

// BenchmarkProvingPipeline runs a devnet whose batches (size 2) are proven by 1 and by 2 prover workers
// through the JetStream pipeline and committed by the ordered submitter, under a steady load of crossing
// orders, and reports proven transactions per second (from the first acknowledgement to the last batch
// verified on L1) and the acknowledgement-to-verified latency of the orders (p50, p99). On one 2-core machine
// two workers share the cores, so a ratio near 1 is expected.
func BenchmarkProvingPipeline(b *testing.B) {
	pairs := pipelinePairs
	if v, err := strconv.Atoi(os.Getenv("PERPX_PIPELINE_PAIRS")); err == nil && v > 0 {
		pairs = v
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			for range b.N {
				txps, p50, p99 := runPipelineLoad(b, workers, pairs)
				b.ReportMetric(txps, "proven-tx/s")
				b.ReportMetric(p50, "ack-to-verified-p50-ms")
				b.ReportMetric(p99, "ack-to-verified-p99-ms")
			}
		})
	}
}

// runPipelineLoad starts a devnet with workers prover workers, places pairs crossing pairs at a steady rate and
// waits for every batch holding one to be verified on L1.
func runPipelineLoad(b *testing.B, workers, pairs int) (txps, p50, p99 float64) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	n, c, keys, ids := startPipelineDevnet(b, ctx, workers)
	defer n.Close()
	type ack struct {
		at    time.Time
		batch uint64
	}
	var acks []ack
	expiry := uint64(time.Now().Add(time.Hour).Unix())
	t := time.NewTicker(pipelineLoadInterval)
	defer t.Stop()
	b.ResetTimer()
	for i := range pairs {
		nonce := uint32(i + 1)
		if _, err := c.PlaceOrder(ctx, keys[0], client.Order{Account: ids[0], Market: 1, Buy: true, Size: "0.01", Price: "100000",
			Flags: []string{"post_only"}, Expiry: expiry, Slot: 0, Nonce: nonce, MaxFeePpm: 1000}); err != nil {
			b.Fatal(err)
		}
		res, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: ids[1], Market: 1, Buy: false, Size: "0.01", Price: "99000",
			Flags: []string{"ioc"}, Expiry: expiry, Slot: 0, Nonce: nonce, MaxFeePpm: 1000})
		if err != nil || len(res.Fills) != 1 {
			b.Fatalf("taker %d: %v %+v", i, err, res)
		}
		acks = append(acks, ack{at: time.Now(), batch: res.Fills[0].Batch})
		<-t.C
	}
	first := acks[0].at
	verified := map[uint64]time.Time{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var txs int
	for _, a := range acks {
		if _, ok := verified[a.batch]; ok {
			continue
		}
		verified[a.batch] = time.Time{}
		wg.Add(1)
		go func(num uint64) {
			defer wg.Done()
			cm, err := n.WaitCommitted(ctx, num)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				b.Error(err)
				return
			}
			verified[num] = time.Now()
			txs += len(cm.Batch.Txs)
		}(a.batch)
	}
	wg.Wait()
	b.StopTimer()
	var last time.Time
	lat := make([]float64, len(acks))
	for i, a := range acks {
		v := verified[a.batch]
		last = maxTime(last, v)
		lat[i] = float64(v.Sub(a.at).Milliseconds())
	}
	slices.Sort(lat)
	return float64(txs) / last.Sub(first).Seconds(), percentile(lat, 50), percentile(lat, 99)
}

// startPipelineDevnet starts a devnet proving with workers workers and funds two accounts.
func startPipelineDevnet(b *testing.B, ctx context.Context, workers int) (*devnet.Node, *client.Client, []*wire.Key, []uint32) {
	n, err := devnet.Start(ctx, devnet.Config{DataDir: b.TempDir(), KeyDir: prover.DefaultKeyDir(), APIAddr: "127.0.0.1:0",
		Workers: workers, SealInterval: 500 * time.Millisecond, OracleInterval: time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	c := client.New(n.URL, nil)
	keys := []*wire.Key{wire.DevKey("pipeline bench a"), wire.DevKey("pipeline bench b")}
	ids := make([]uint32, 2)
	for i, k := range keys {
		auth := n.Sim.Transactor(i + 1)
		amt := big.NewInt(pipelineDeposit)
		if _, err := n.Token.Mint(ctx, auth, auth.From, amt); err != nil {
			b.Fatal(err)
		}
		if _, err := n.Token.Approve(ctx, auth, n.Deployment.Rollup, amt); err != nil {
			b.Fatal(err)
		}
		if ids[i], _, err = n.Rollup.Deposit(ctx, auth, k.PubKey().Compressed(), pipelineDeposit); err != nil {
			b.Fatal(err)
		}
	}
	for _, id := range ids {
		waitFunded(b, ctx, c, id)
	}
	return n, c, keys, ids
}

// waitFunded waits until the sequencer has credited account id's deposit.
func waitFunded(b *testing.B, ctx context.Context, c *client.Client, id uint32) {
	for {
		if a, err := c.Account(ctx, id); err == nil {
			if q, err := wire.ParseAmount(a.Collateral); err == nil && q > 0 {
				return
			}
		}
		select {
		case <-ctx.Done():
			b.Fatalf("account %d never funded", id)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// percentile returns the p-th percentile of sorted values (nearest rank).
func percentile(sorted []float64, p int) float64 {
	i := (p*len(sorted)+99)/100 - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
