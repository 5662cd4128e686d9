package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/state"
)

// fetchWait is how long one fetch of a job or a status waits for a message.
const fetchWait = time.Second

// Feeder publishes sealed batches as leaf jobs, in batch order, by batch number: it keeps only numbers in
// memory and reads each batch from its source when the jobs stream has room, so a slow fleet holds sealing's
// output on disk, not in memory.
type Feeder struct {
	conn   *Conn
	source func(n uint64) (*state.SealedBatch, error)
	log    *slog.Logger

	mu     sync.Mutex
	next   uint64            // the first batch not yet published
	sealed uint64            // the last batch sealed
	retry  map[uint64]uint32 // batches to publish again (a refused proof), with their attempt
	tries  map[uint64]uint32 // the last attempt of each batch published again: message ids never repeat
	wake   chan struct{}

	published atomic.Uint64 // jobs published, for metrics
}

// NewFeeder returns a Feeder that publishes batches from next on, reading them from source.
func NewFeeder(c *Conn, source func(n uint64) (*state.SealedBatch, error), next uint64, log *slog.Logger) *Feeder {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Feeder{conn: c, source: source, log: log, next: next, sealed: next - 1, retry: map[uint64]uint32{}, tries: map[uint64]uint32{}, wake: make(chan struct{}, 1)}
}

// Sealed records that batch n is sealed; it never blocks (the sequencer's OnSealed hook calls it).
func (f *Feeder) Sealed(n uint64) {
	f.mu.Lock()
	f.sealed = max(f.sealed, n)
	f.mu.Unlock()
	f.poke()
}

// Retry publishes batch n's job again under a new message id, after its proof was refused.
func (f *Feeder) Retry(n uint64) {
	f.mu.Lock()
	f.tries[n]++
	f.retry[n] = f.tries[n]
	f.mu.Unlock()
	f.poke()
}

func (f *Feeder) poke() {
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// Published returns the number of jobs published.
func (f *Feeder) Published() uint64 { return f.published.Load() }

// Run publishes until ctx ends. A full jobs stream or an unreachable server delays publishing; nothing is lost.
func (f *Feeder) Run(ctx context.Context) error {
	for {
		n, attempt, ok := f.pick()
		if !ok {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-f.wake:
			}
			continue
		}
		if err := f.publish(ctx, n, attempt); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			f.log.Warn("pipeline: publish job", "batch", n, "err", err)
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(retryInterval):
			}
			continue
		}
		f.done(n, attempt)
	}
}

// pick returns the next batch to publish: a retry first, else the next sealed one.
func (f *Feeder) pick() (uint64, uint32, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for n, a := range f.retry {
		return n, a, true
	}
	if f.next <= f.sealed {
		return f.next, 0, true
	}
	return 0, 0, false
}

// done records batch n's job as published.
func (f *Feeder) done(n uint64, attempt uint32) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if attempt > 0 {
		if f.retry[n] == attempt {
			delete(f.retry, n)
		}
		return
	}
	f.next = n + 1
}

// publish publishes batch n's leaf job.
func (f *Feeder) publish(ctx context.Context, n uint64, attempt uint32) error {
	b, err := f.source(n)
	if err != nil {
		return fmt.Errorf("pipeline: batch %d: %w", n, err)
	}
	j := &Job{Kind: KindLeaf, Batch: n, Leaf: b}
	id := j.ID()
	if attempt > 0 {
		id = fmt.Sprintf("%s-retry-%d", id, attempt)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := f.conn.publishJSON(pctx, j.Subject(), id, j); err != nil {
		return err
	}
	f.published.Add(1)
	return nil
}

// Prover proves a sealed batch; *prover.Prover is one.
type Prover interface {
	Prove(b *state.SealedBatch) (*prover.Proof, error)
}

// Worker takes leaf jobs from the shared durable consumer, one at a time, proves them, publishes the proofs
// and only then acknowledges the jobs.
type Worker struct {
	Conn   *Conn
	Prover Prover
	// Name tells workers apart in statuses and logs.
	Name string
	// AckWait is the consumer's ack wait: a job held this long without a sign of life is redelivered. 0 means
	// DefaultAckWait.
	AckWait time.Duration
	Log     *slog.Logger
	// OnProof, when set, is called after each proof is published (metrics).
	OnProof func(p *ProofMsg, d time.Duration)
}

// Run works until ctx ends.
func (w *Worker) Run(ctx context.Context) error {
	if w.AckWait <= 0 {
		w.AckWait = DefaultAckWait
	}
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
	var cons jetstream.Consumer
	for cons == nil {
		c, err := w.Conn.js.CreateOrUpdateConsumer(ctx, JobsStream, jetstream.ConsumerConfig{Durable: ProverConsumer,
			AckPolicy: jetstream.AckExplicitPolicy, AckWait: w.AckWait, MaxDeliver: -1, FilterSubject: JobsSubjectPrefix + string(KindLeaf)})
		if err == nil {
			cons = c
			break
		}
		w.Log.Warn("pipeline: prover consumer", "err", err)
		if err := sleep(ctx, retryInterval); err != nil {
			return err
		}
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(fetchWait))
		if err != nil {
			w.Log.Warn("pipeline: fetch job", "err", err)
			if err := sleep(ctx, retryInterval); err != nil {
				return err
			}
			continue
		}
		for msg := range batch.Messages() {
			if err := w.handle(ctx, msg); err != nil {
				w.Log.Warn("pipeline: job", "err", err)
			}
		}
	}
	return ctx.Err()
}

// handle proves one job. A job that does not decode is terminated (never redelivered); a failure to publish
// the proof leaves the job unacknowledged, so it is redelivered.
func (w *Worker) handle(ctx context.Context, msg jetstream.Msg) error {
	var j Job
	if err := json.Unmarshal(msg.Data(), &j); err != nil || j.check() != nil {
		msg.Term()
		return fmt.Errorf("%w: %s", ErrBadJob, msg.Subject())
	}
	w.Conn.PublishStatus(ctx, Status{Batch: j.Batch, Stage: StageProving, Worker: w.Name})
	stop := w.keepAlive(msg)
	start := time.Now()
	proof, err := w.Prover.Prove(j.Leaf)
	stop()
	if err != nil {
		if errors.Is(err, prover.ErrCommitmentMismatch) {
			msg.Term()
		} else {
			msg.NakWithDelay(retryInterval)
		}
		w.Conn.PublishStatus(ctx, Status{Batch: j.Batch, Stage: StageFailed, Worker: w.Name, Error: err.Error()})
		return err
	}
	pubdata, err := j.Leaf.Pubdata()
	if err != nil {
		msg.Term()
		return err
	}
	root := j.Leaf.Header.NewRoot.Bytes()
	p := &ProofMsg{Kind: j.Kind, Batch: j.Batch, BatchSize: j.Leaf.BatchSize, NewRoot: root[:], Timestamp: j.Leaf.Header.TimestampSeconds,
		Pubdata: pubdata, Withdrawals: l1.WithdrawalAddresses(j.Leaf), Proof: proof.Solidity, TxCount: len(j.Leaf.Txs), Worker: w.Name, ProveMillis: proof.Duration.Milliseconds()}
	if md, err := msg.Metadata(); err == nil {
		p.JobSeq = md.Sequence.Stream
	}
	if err := w.Conn.publishJSON(ctx, ProofsSubject, p.ID(), p); err != nil {
		return err // not acknowledged: redelivered after the ack wait
	}
	if err := msg.DoubleAck(ctx); err != nil {
		return fmt.Errorf("%w: ack job %d: %w", ErrNATS, j.Batch, err)
	}
	w.Conn.PublishStatus(ctx, Status{Batch: j.Batch, Stage: StageProven, Worker: w.Name, ProveMillis: p.ProveMillis, TxCount: p.TxCount})
	if w.OnProof != nil {
		w.OnProof(p, time.Since(start))
	}
	w.Log.Info("pipeline: proven", "batch", j.Batch, "worker", w.Name, "prove", time.Since(start).Round(time.Millisecond))
	return nil
}

// keepAlive tells the server the job is in progress every AckWait/progressFraction until stop is called.
func (w *Worker) keepAlive(msg jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(w.AckWait / progressFraction)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				msg.InProgress()
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
