package devnet

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/prover/pipeline"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// devnetStatusConsumer is the durable status consumer of a devnet.
const devnetStatusConsumer = "devnet"

// pipelineState is a devnet's proving pipeline when Config.Workers > 0: the same services as perpx sequencer,
// perpx prover and perpx submitter, in one process, on an embedded JetStream server in the data directory.
type pipelineState struct {
	embedded *pipeline.Embedded
	conn     *pipeline.Conn
	feeder   *pipeline.Feeder
	early    uint64 // the last batch sealed before the feeder existed
}

// startPipeline starts the embedded server, the feeder, Config.Workers prover workers (each with a prover of
// its own: a prover proves one batch at a time), the ordered submitter and the status follower.
func (n *Node) startPipeline(ctx context.Context) error {
	e, err := pipeline.StartEmbedded("127.0.0.1", -1, filepath.Join(n.cfg.DataDir, "jetstream"))
	if err != nil {
		return err
	}
	n.pipe.embedded = e
	if n.pipe.conn, err = pipeline.Connect(ctx, e.URL(), "perpx devnet", pipeline.Options{}); err != nil {
		return err
	}
	f := pipeline.NewFeeder(n.pipe.conn, func(num uint64) (*state.SealedBatch, error) {
		b, _, err := n.Service.Batch(num)
		return b, err
	}, 1, n.cfg.Logger)
	n.mu.Lock()
	n.pipe.feeder = f
	early := n.pipe.early
	n.mu.Unlock()
	f.Sealed(early)
	backend, ok := n.client.(pipeline.L1Backend)
	if !ok {
		return fmt.Errorf("devnet: the chain's client reads no nonces")
	}
	sub := &pipeline.Submitter{Conn: n.pipe.conn, Backend: backend, Rollup: n.Rollup, Operator: n.submitter,
		Verifiers: n.Deployment.Verifiers, Log: n.cfg.Logger}
	n.goRun(func() error { return n.pipe.feeder.Run(ctx) })
	n.goRun(func() error { return sub.Run(ctx) })
	n.goRun(func() error { return n.pipe.conn.FollowStatus(ctx, devnetStatusConsumer, n.applyStatus, n.cfg.Logger) })
	for i := range n.cfg.Workers {
		p := n.Prover
		if i > 0 {
			p = prover.New(n.cfg.KeyDir, n.cfg.Progress)
		}
		w := &pipeline.Worker{Conn: n.pipe.conn, Prover: p, Name: fmt.Sprintf("devnet-%d", i), Log: n.cfg.Logger}
		n.goRun(func() error { return w.Run(ctx) })
	}
	return nil
}

// applyStatus records a batch's status in the sequencer and, once verified, as committed.
func (n *Node) applyStatus(st pipeline.Status) error {
	b, cur, err := n.Service.Batch(st.Batch)
	if err != nil || cur.L1 == wire.L1Verified {
		return nil
	}
	if st.Stage == pipeline.StageVerified {
		if err := n.checkVerified(b); err != nil {
			return err // retried: L1 may not hold the batch yet
		}
	}
	var next wire.BatchStatus
	switch st.Stage {
	case pipeline.StageProving:
		next = wire.BatchStatus{Proof: wire.ProofProving, L1: wire.L1Pending}
	case pipeline.StageProven:
		next = wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Pending, ProofMillis: st.ProveMillis}
	case pipeline.StageSubmitted:
		next = wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Submitted, L1Tx: st.L1Tx}
	case pipeline.StageVerified:
		next = wire.BatchStatus{Proof: wire.ProofDone, ProofHex: fmt.Sprintf("0x%x", st.Proof), L1: wire.L1Verified,
			L1Tx: st.L1Tx, ProofMillis: st.ProveMillis, L1GasUsed: st.GasUsed}
	case pipeline.StageFailed:
		n.pipe.feeder.Retry(st.Batch)
		return nil
	}
	if err := n.Service.SetBatchStatus(st.Batch, next); err != nil {
		return err
	}
	if st.Stage == pipeline.StageVerified {
		n.mu.Lock()
		n.committed[st.Batch] = Committed{Batch: b, GasUsed: st.GasUsed, TxHash: common.HexToHash(st.L1Tx),
			Proof: &prover.Proof{BatchNumber: st.Batch, Solidity: st.Proof, Duration: time.Duration(st.ProveMillis) * time.Millisecond}}
		close(n.changed)
		n.changed = make(chan struct{})
		n.mu.Unlock()
	}
	return nil
}

// errNotOnL1 reports a "verified" status that L1 does not back: the batch is not committed there (yet), or L1
// holds another root for it. Any local process can reach the embedded JetStream and publish a status.
var errNotOnL1 = errors.New("devnet: verified status not backed by L1")

// checkVerified requires L1 to hold batch b or a later one, and b's root when it holds b.
func (n *Node) checkVerified(b *state.SealedBatch) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := n.Rollup.Status(ctx)
	if err != nil {
		return err
	}
	num := b.Header.BatchNumber
	switch {
	case st.BatchNumber < num:
		return fmt.Errorf("%w: batch %d, L1 holds batch %d", errNotOnL1, num, st.BatchNumber)
	case st.BatchNumber == num && !st.StateRoot.Equal(&b.Header.NewRoot):
		return fmt.Errorf("%w: L1 holds batch %d with root %s, the sequencer's is %s", errNotOnL1, num,
			wire.WordHex(st.StateRoot), wire.WordHex(b.Header.NewRoot))
	}
	return nil
}

// closePipeline closes the connection and the embedded server; the services have stopped.
func (n *Node) closePipeline() {
	if n.pipe.conn != nil {
		n.pipe.conn.Close()
	}
	if n.pipe.embedded != nil {
		n.pipe.embedded.Close()
	}
}

// sealedToPipeline hands a sealed batch's number to the feeder; batches sealed before the feeder exists are
// published when it starts (it starts at batch 1 and learns the last sealed one).
func (n *Node) sealedToPipeline(num uint64) {
	n.mu.Lock()
	f := n.pipe.feeder
	if f == nil {
		n.pipe.early = max(n.pipe.early, num)
	}
	n.mu.Unlock()
	if f != nil {
		f.Sealed(num)
	}
}
