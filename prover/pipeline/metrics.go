package pipeline

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// queuePollInterval is how often WatchQueue reads the jobs stream's state.
const queuePollInterval = 2 * time.Second

// Metrics are the pipeline's Prometheus metrics. Each service registers them in its own registry; a service
// updates the ones it sees (the sequencer the queue and the ack-to-verified latency, a worker the proofs, the
// submitter L1 gas).
type Metrics struct {
	JobsQueued      prometheus.Gauge
	JobsInFlight    prometheus.Gauge
	JobsRedelivered prometheus.Gauge
	ProofSeconds    prometheus.Histogram
	ProvenTxs       prometheus.Counter
	L1GasPerBatch   prometheus.Histogram
	AckToVerified   prometheus.Histogram

	last atomic.Pointer[QueueInfo] // the queue as WatchQueue last read it
}

// LastQueue returns the queue as WatchQueue last read it, nil before its first read.
func (m *Metrics) LastQueue() *QueueInfo { return m.last.Load() }

// NewMetrics creates the metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		JobsQueued: prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_pipeline_jobs_queued",
			Help: "Proving jobs in the jobs stream: waiting or being proven."}),
		JobsInFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_pipeline_jobs_in_flight",
			Help: "Proving jobs delivered to a worker and not yet acknowledged."}),
		JobsRedelivered: prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_pipeline_jobs_redelivered",
			Help: "Unacknowledged proving jobs delivered more than once."}),
		ProofSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_pipeline_proof_seconds",
			Help: "Seconds to prove one batch.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}),
		ProvenTxs: prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_pipeline_proven_txs_total",
			Help: "Transactions in proven batches (rate(): proven transactions per second)."}),
		L1GasPerBatch: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_pipeline_l1_gas_per_batch",
			Help: "L1 gas used by each batch's commit.", Buckets: prometheus.ExponentialBuckets(50_000, 2, 10)}),
		AckToVerified: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_pipeline_ack_to_verified_seconds",
			Help:    "Seconds from the opening of a batch (its first acknowledgement) to its verification on L1.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 12)}),
	}
	reg.MustRegister(m.JobsQueued, m.JobsInFlight, m.JobsRedelivered, m.ProofSeconds, m.ProvenTxs, m.L1GasPerBatch, m.AckToVerified)
	return m
}

// ObserveProof records a proof a worker published.
func (m *Metrics) ObserveProof(p *ProofMsg, d time.Duration) {
	m.ProofSeconds.Observe(d.Seconds())
	m.ProvenTxs.Add(float64(p.TxCount))
}

// WatchQueue keeps the queue gauges up to date until ctx ends.
func (m *Metrics) WatchQueue(ctx context.Context, c *Conn) {
	t := time.NewTicker(queuePollInterval)
	defer t.Stop()
	for {
		if q, err := c.Queue(ctx); err == nil {
			m.last.Store(&q)
			m.JobsQueued.Set(float64(q.Queued))
			m.JobsInFlight.Set(float64(q.InFlight))
			m.JobsRedelivered.Set(float64(q.Redelivered))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
