package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/prover/pipeline"
	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// The sequencer's side of the proving pipeline: an embedded JetStream server (or --nats), the feeder that
// publishes sealed batches as jobs, and the follower that applies the statuses provers and the submitter report.
const (
	// defaultNATSListen is where a sequencer's embedded JetStream server listens.
	defaultNATSListen = "127.0.0.1:4222"
	// defaultNATSURL is where perpx prover and perpx submitter find it.
	defaultNATSURL = "nats://127.0.0.1:4222"
	// noPipeline is the --nats-listen value that runs no pipeline.
	noPipeline = "none"
)

// seqPipeline is a running sequencer's pipeline.
type seqPipeline struct {
	embedded *pipeline.Embedded
	conn     *pipeline.Conn
	feeder   *pipeline.Feeder
	metrics  *pipeline.Metrics
	registry *prometheus.Registry
	// URL is the NATS URL provers and the submitter connect to.
	URL string
	// ec and rollup read L1, when the sequencer follows it, to check each verified status against it.
	ec     *ethclient.Client
	rollup *l1.Rollup
}

// errNotOnL1 reports a "verified" status that L1 does not back: the batch is not committed there (yet), or L1
// holds another root for it. Anyone who reaches the NATS port can publish a status.
var errNotOnL1 = errors.New("pipeline: verified status not backed by L1")

// startSeqPipeline connects to --nats, or starts the embedded server with its store in the data directory.
func startSeqPipeline(ctx context.Context, f *sequencerFlags, logger *slog.Logger) (*seqPipeline, error) {
	p := &seqPipeline{URL: f.natsURL, registry: prometheus.NewRegistry()}
	p.metrics = pipeline.NewMetrics(p.registry)
	if p.URL == "" {
		host, port, err := splitListen(f.natsListen)
		if err != nil {
			return nil, err
		}
		if p.embedded, err = pipeline.StartEmbedded(host, port, filepath.Join(f.dataDir, "jetstream")); err != nil {
			return nil, fmt.Errorf("%w (--nats-listen %s)", err, f.natsListen)
		}
		p.URL = p.embedded.URL()
	}
	c, err := pipeline.Connect(ctx, p.URL, "perpx sequencer", pipeline.Options{MaxInFlight: f.maxInFlight,
		ConnectTimeout: f.natsTimeout, Log: logger})
	if err != nil {
		p.close()
		return nil, err
	}
	p.conn = c
	if f.l1RPC != "" && !f.l1Unchecked {
		if p.ec, err = ethclient.DialContext(ctx, f.l1RPC); err != nil {
			p.close()
			return nil, fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
		}
		p.rollup = l1.NewRollup(p.ec, common.HexToAddress(f.rollup))
	} else {
		logger.Warn("verified statuses from the pipeline are applied unchecked: the sequencer follows no L1 it checked")
	}
	return p, nil
}

// checkVerified requires L1 to back a verified status of batch b: L1 holds batch b or a later one, and b's
// root when it holds b (errNotOnL1 otherwise; the status is retried). Without L1 it checks nothing.
func (p *seqPipeline) checkVerified(ctx context.Context, b *state.SealedBatch) error {
	if p.rollup == nil {
		return nil
	}
	st, err := p.rollup.Status(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	n := b.Header.BatchNumber
	switch {
	case st.BatchNumber < n:
		return fmt.Errorf("%w: batch %d, L1 holds batch %d", errNotOnL1, n, st.BatchNumber)
	case st.BatchNumber == n && !st.StateRoot.Equal(&b.Header.NewRoot):
		return fmt.Errorf("%w: L1 holds batch %d with root %s, the sequencer's is %s", errNotOnL1, n,
			wire.WordHex(st.StateRoot), wire.WordHex(b.Header.NewRoot))
	}
	return nil
}

// splitListen splits --nats-listen; port 0 picks a free port.
func splitListen(addr string) (string, int, error) {
	host, ps, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("sequencer: %w: --nats-listen %q: %w", errUsage, addr, err)
	}
	port, err := strconv.Atoi(ps)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("sequencer: %w: --nats-listen %q", errUsage, addr)
	}
	if port == 0 {
		port = -1 // the NATS server's "any free port"
	}
	return host, port, nil
}

// attach creates the feeder of svc's batches: from the one after the last verified one (JetStream drops the
// jobs it still holds, by message id). Call it before svc runs.
func (p *seqPipeline) attach(svc *sequencer.Service, logger *slog.Logger) {
	h := svc.Health()
	p.feeder = pipeline.NewFeeder(p.conn, func(n uint64) (*state.SealedBatch, error) {
		b, _, err := svc.Batch(n)
		return b, err
	}, h.VerifiedBatch+1, logger)
	p.feeder.Sealed(h.LastBatch)
}

// run publishes sealed batches and applies statuses until ctx ends.
func (p *seqPipeline) run(ctx context.Context, svc *sequencer.Service, logger *slog.Logger) error {
	errs := make(chan error, 2)
	go func() { errs <- p.feeder.Run(ctx) }()
	go p.metrics.WatchQueue(ctx, p.conn)
	go func() {
		errs <- p.conn.FollowStatus(ctx, pipeline.SequencerStatusConsumer, func(st pipeline.Status) error {
			return p.applyStatus(ctx, svc, st)
		}, logger)
	}()
	err := <-errs
	<-errs
	return err
}

// sealed is the sequencer's OnSealed hook; it never blocks.
func (p *seqPipeline) sealed(b *state.SealedBatch) {
	if p != nil && p.feeder != nil {
		p.feeder.Sealed(b.Header.BatchNumber)
	}
}

func (p *seqPipeline) close() {
	if p.conn != nil {
		p.conn.Close()
	}
	if p.ec != nil {
		p.ec.Close()
	}
	if p.embedded != nil {
		p.embedded.Close()
	}
}

// stageRank orders the stages: a status never moves a batch back (a redelivered job's "proving" after its
// proof was verified, say).
var stageRank = map[pipeline.Stage]int{pipeline.StageProving: 1, pipeline.StageProven: 2, pipeline.StageSubmitted: 3, pipeline.StageVerified: 4}

// statusRank ranks a batch's sequencer status.
func statusRank(st wire.BatchStatus) int {
	switch {
	case st.L1 == wire.L1Verified:
		return 4
	case st.L1 == wire.L1Submitted:
		return 3
	case st.Proof == wire.ProofDone:
		return 2
	case st.Proof == wire.ProofProving:
		return 1
	}
	return 0
}

// applyStatus records a reported status in the sequencer: L1Verified advances its verified state, once L1
// backs it (checkVerified). A failure (a proof refused before L1, a prover's error) is recorded on the batch
// and publishes its job again.
func (p *seqPipeline) applyStatus(ctx context.Context, svc *sequencer.Service, st pipeline.Status) error {
	feeder, m := p.feeder, p.metrics
	b, cur, err := svc.Batch(st.Batch)
	if err != nil {
		return nil // not a batch of this sequencer (a stream shared with an older data directory)
	}
	if st.Stage == pipeline.StageFailed {
		if statusRank(cur) >= stageRank[pipeline.StageSubmitted] {
			return nil // another proof of the batch went further
		}
		// Recorded for perpx status and GET /v1/batches/{n} until the retry's "proving" replaces it.
		failed := wire.BatchStatus{Proof: wire.ProofFailed, L1: wire.L1Pending, Error: st.Error}
		if err := svc.SetBatchStatus(st.Batch, failed); err != nil && !errors.Is(err, wire.ErrStatusRegression) {
			return err
		}
		feeder.Retry(st.Batch)
		return nil
	}
	if stageRank[st.Stage] <= statusRank(cur) {
		return nil
	}
	if st.Stage == pipeline.StageVerified {
		if err := p.checkVerified(ctx, b); err != nil {
			return err
		}
	}
	next := wire.BatchStatus{Proof: wire.ProofProving, L1: wire.L1Pending}
	switch st.Stage {
	case pipeline.StageProven:
		next = wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Pending, ProofMillis: st.ProveMillis}
	case pipeline.StageSubmitted:
		next = wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Submitted, L1Tx: st.L1Tx, ProofMillis: cur.ProofMillis}
	case pipeline.StageVerified:
		next = wire.BatchStatus{Proof: wire.ProofDone, ProofHex: fmt.Sprintf("0x%x", st.Proof), L1: wire.L1Verified,
			L1Tx: st.L1Tx, ProofMillis: st.ProveMillis, L1GasUsed: st.GasUsed}
	}
	if err := svc.SetBatchStatus(st.Batch, next); err != nil && !errors.Is(err, wire.ErrStatusRegression) {
		return err
	}
	switch st.Stage {
	case pipeline.StageProven:
		m.ProofSeconds.Observe(float64(st.ProveMillis) / 1000)
		m.ProvenTxs.Add(float64(st.TxCount))
	case pipeline.StageVerified:
		m.L1GasPerBatch.Observe(float64(st.GasUsed))
		opened := time.Unix(int64(b.Header.TimestampSeconds), 0)
		m.AckToVerified.Observe(time.Since(opened).Seconds())
	}
	return nil
}

// PipelineHealthJSON is the "pipeline" member of GET /v1/health when the sequencer runs the pipeline.
type PipelineHealthJSON struct {
	NATS        string `json:"nats"`
	Published   uint64 `json:"published"`
	Queued      uint64 `json:"queued"`
	InFlight    int    `json:"inFlight"`
	Redelivered int    `json:"redelivered"`
}

// withPipelineMetrics serves GET /metrics from next followed by the pipeline's metrics, and adds the pipeline
// to GET /v1/health.
func withPipelineMetrics(next http.Handler, p *seqPipeline) http.Handler {
	if p == nil {
		return next
	}
	next = withHealthMember(next, "pipeline", func() any {
		j := &PipelineHealthJSON{NATS: p.URL}
		if p.feeder != nil {
			j.Published = p.feeder.Published()
		}
		if q := p.metrics.LastQueue(); q != nil {
			j.Queued, j.InFlight, j.Redelivered = q.Queued, q.InFlight, q.Redelivered
		}
		return j
	})
	own := promhttp.HandlerFor(p.registry, promhttp.HandlerOpts{})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Path != "/metrics" {
			next.ServeHTTP(w, r)
			return
		}
		a, b := httptest.NewRecorder(), httptest.NewRecorder()
		next.ServeHTTP(a, r)
		own.ServeHTTP(b, r)
		for k, v := range a.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(a.Code)
		w.Write(a.Body.Bytes())
		w.Write(b.Body.Bytes())
	})
}
