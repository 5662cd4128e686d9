package bench

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/perpx/perpx/state"
)

// Shape of the read-flood benchmark: floodBatches sealed batches, and floodReaders anonymous clients each
// reading GET /v1/batches?limit=100 every floodPeriod, as the hostile client of issue 16 did.
const (
	floodBatches = 2_000
	floodReaders = 16
	floodPeriod  = 33 * time.Millisecond
)

// BenchmarkReadFlood measures order placement over HTTP (loadClients clients, each waiting for its reply)
// without and with a flood of batch reads, and reports the p50 and p99 acknowledgement latency. Batch reads take
// no lock of the service, so the flood costs CPU, not waiting: run
//
//	go test ./bench/ -run XXX -bench ReadFlood -benchtime 5000x
//
// and compare readers=0 with readers=16.
func BenchmarkReadFlood(b *testing.B) {
	for _, readers := range []int{0, floodReaders} {
		b.Run(fmt.Sprintf("readers=%d", readers), func(b *testing.B) { runReadFlood(b, readers) })
	}
}

func runReadFlood(b *testing.B, readers int) {
	env := newLoadEnvSize(b, 2)
	for i := range 2 * floodBatches { // two deposits fill a batch
		r := state.DepositRecord{AccountID: uint32(loadAccounts + i), AmountQuantums: 1, PubKey: env.keys[0].PubKey().Compressed()}
		r.L1Address[0] = 2
		if _, err := env.svc.Deposit(r); err != nil {
			b.Fatal(err)
		}
	}
	bodies := env.bodies(b, loadWarmup+b.N, 2, loadRestingMixCrossPct)
	lat := make([]time.Duration, loadWarmup+b.N)
	var failed atomic.Int64
	fail := func(string) { failed.Add(1) }
	loadHTTP(env, bodies[:loadWarmup], lat[:loadWarmup], fail)
	bodies, lat = bodies[loadWarmup:], lat[loadWarmup:]
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var reads atomic.Int64
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hc := &http.Client{Timeout: 30 * time.Second}
			t := time.NewTicker(floodPeriod)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
				}
				resp, err := hc.Get(env.url + "/v1/batches?limit=100")
				if err != nil {
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				reads.Add(1)
			}
		}()
	}
	b.ResetTimer()
	start := time.Now()
	loadHTTP(env, bodies, lat, fail)
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	wg.Wait()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d orders not acknowledged", n, b.N)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))]) / 1e6 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "orders/s")
	b.ReportMetric(float64(reads.Load())/elapsed.Seconds(), "batch-reads/s")
	b.ReportMetric(0, "ns/op")
}
