package devnet

import (
	"context"
	"testing"
	"time"

	"github.com/perpx/perpx/prover/pipeline"
	"github.com/perpx/perpx/sequencer/wire"
)

// TestForgedVerifiedStatusIsNotApplied: a "verified" status on the devnet's status stream that L1 does not
// back (any local process can reach its JetStream) does not mark the batch verified; the batch is verified
// once its real commit lands.
func TestForgedVerifiedStatusIsNotApplied(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a batch")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Minute)
	defer cancel()
	n, err := Start(ctx, Config{DataDir: t.TempDir(), APIAddr: "127.0.0.1:0", Workers: 1, OracleInterval: time.Second,
		SealInterval: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	deadline := time.Now().Add(time.Minute)
	for n.Service.Health().LastBatch == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no batch sealed")
		}
		time.Sleep(50 * time.Millisecond)
	}
	num := n.Service.Health().LastBatch
	conn, err := pipeline.Connect(ctx, n.pipe.embedded.URL(), "forger", pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := conn.PublishStatus(ctx, pipeline.Status{Batch: num, Stage: pipeline.StageVerified, Proof: []byte{1}, L1Tx: "0x01"}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	st, err := n.Rollup.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, cur, err := n.Service.Batch(num); err != nil || (cur.L1 == wire.L1Verified && st.BatchNumber < num) {
		t.Fatalf("batch %d is %+v (%v) while L1 holds batch %d: a forged status was applied", num, cur, err, st.BatchNumber)
	}
	if _, err := n.WaitCommitted(ctx, num); err != nil {
		t.Fatal(err)
	}
	if st, err := n.Rollup.Status(ctx); err != nil || st.BatchNumber < num {
		t.Fatalf("batch %d committed while L1 holds batch %d (%v)", num, st.BatchNumber, err)
	}
}
