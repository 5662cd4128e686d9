package bench

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// sealedBatch2 returns a batch of two deposits sealed by the sequencer on an in-memory state.
func sealedBatch2(b *testing.B) *state.SealedBatch {
	b.Helper()
	fs := vfs.NewMem()
	tree, err := statedb.Open("state", statedb.WithFS(fs))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { tree.Close() })
	if err := tree.SetMarkets(devnet.GenesisMarkets()); err != nil {
		b.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		b.Fatal(err)
	}
	var sealed *state.SealedBatch
	svc, err := sequencer.NewService(tree, sequencer.Config{
		DataDir: "seq", FS: fs, MaxBatchSize: 2, ConfigHash: devnet.ConfigHash, Protocol: devnet.ProtocolConfig(),
		OnSealed: func(s *state.SealedBatch) { sealed = s },
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	for i, seed := range []string{"bench a", "bench b"} {
		k := wire.DevKey(seed)
		r := state.DepositRecord{AccountID: uint32(i), AmountQuantums: 1_000_000, PubKey: k.PubKey().Compressed()}
		r.L1Address[0] = byte(i + 1)
		if _, err := svc.Deposit(r); err != nil {
			b.Fatal(err)
		}
	}
	if sealed == nil {
		if sealed, err = svc.Seal(); err != nil {
			b.Fatal(err)
		}
	}
	return sealed
}

// BenchmarkProveBatch2 proves one batch of 2 with cached keys and reports seconds per proof and the process's
// peak resident memory (proving key included).
func BenchmarkProveBatch2(b *testing.B) {
	p := prover.New(prover.DefaultKeyDir(), nil)
	if _, err := p.Keys(2); err != nil {
		b.Fatal(err)
	}
	batch := sealedBatch2(b)
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		if _, err := p.Prove(batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(time.Since(start).Seconds()/float64(b.N), "s/proof")
	if mb, ok := peakRSSMiB(); ok {
		b.ReportMetric(mb, "peak-MiB")
	}
}

// peakRSSMiB reads the process's peak resident set size from /proc/self/status.
func peakRSSMiB() (float64, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmHWM:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			return kb / 1024, err == nil
		}
	}
	return 0, false
}
