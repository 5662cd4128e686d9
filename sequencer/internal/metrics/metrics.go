package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/perpx/perpx/sequencer/wire"
)

// Metrics are the service's Prometheus metrics, in a registry of its own (GET /metrics). Rates such as
// orders/s come from the counters: rate(perpx_commands_total{kind="order"}[1m]).
type Metrics struct {
	reg *prometheus.Registry

	Accepted      *prometheus.CounterVec   // durable commands by kind
	Rejected      *prometheus.CounterVec   // commands refused at admission, by kind and API code
	ApplyLatency  *prometheus.HistogramVec // time in the single writer per command (admission, log append, matching)
	AckLatency    prometheus.Histogram     // request received to acknowledgement, orders
	MatchLatency  prometheus.Histogram     // matching an order, the settlement of its fills included
	VerifyLatency prometheus.Histogram
	WriterQueue   prometheus.Gauge // commands waiting for the writer
	LogGroup      prometheus.Histogram
	LogSync       prometheus.Histogram
	BatchTxs      prometheus.Histogram
	LastBatch     prometheus.Gauge
	Trades        prometheus.Counter
	Checkpoints   prometheus.Counter
	CheckTime     prometheus.Histogram
	ProofTime     prometheus.Histogram
	L1Gas         prometheus.Histogram
	StreamQueue   prometheus.Gauge
	StreamDropped prometheus.Counter
	StreamSubs    prometheus.Gauge
	HttpRequests  *prometheus.CounterVec
	HttpLatency   *prometheus.HistogramVec
	RateLimited   *prometheus.CounterVec
}

// latencyBuckets span 10 µs to 2.5 s.
var latencyBuckets = prometheus.ExponentialBuckets(10e-6, 2.5, 14)

// New returns the metrics in a new registry; pending reports the input log entries appended but not yet
// durable (nil: none yet).
func New(pending func() uint64) *Metrics {
	reg := prometheus.NewRegistry()
	f := func(c prometheus.Collector) prometheus.Collector { reg.MustRegister(c); return c }
	m := &Metrics{reg: reg}
	m.Accepted = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_commands_total",
		Help: "Commands acknowledged (durable in the input log), by kind."}, []string{"kind"})).(*prometheus.CounterVec)
	m.Rejected = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_commands_rejected_total",
		Help: "Commands refused at admission (never logged), by kind and API error code."}, []string{"kind", "code"})).(*prometheus.CounterVec)
	m.ApplyLatency = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "perpx_apply_seconds",
		Help: "Time a command spends in the single writer: admission, log append, matching and transitions.", Buckets: latencyBuckets},
		[]string{"kind"})).(*prometheus.HistogramVec)
	m.AckLatency = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_order_ack_seconds",
		Help: "Order request received to acknowledgement (durable).", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.MatchLatency = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_match_seconds",
		Help: "Time to match an order against its book, the engine's settlement of its fills included (live orders, not replays).", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.VerifyLatency = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_signature_verify_seconds",
		Help: "Signature verification time (runs in parallel, before the writer).", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.WriterQueue = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_writer_queue",
		Help: "Commands waiting for the single writer."})).(prometheus.Gauge)
	m.LogGroup = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_log_group_entries",
		Help: "Input log entries per group commit (one sync).", Buckets: prometheus.ExponentialBuckets(1, 2, 12)})).(prometheus.Histogram)
	m.LogSync = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_log_sync_seconds",
		Help: "Duration of one group commit write and sync.", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.BatchTxs = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_batch_transactions",
		Help: "Transactions per sealed batch.", Buckets: []float64{1, 2, 4, 8, 16, 32}})).(prometheus.Histogram)
	m.LastBatch = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_last_batch",
		Help: "Number of the last sealed batch."})).(prometheus.Gauge)
	m.Trades = f(prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_trades_total", Help: "Executed trades."})).(prometheus.Counter)
	m.Checkpoints = f(prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_checkpoints_total", Help: "Checkpoints written."})).(prometheus.Counter)
	m.CheckTime = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_checkpoint_seconds",
		Help: "Time to write a checkpoint and commit the tree.", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.ProofTime = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_proof_seconds",
		Help: "Proving time per batch, as reported with the batch status.", Buckets: prometheus.ExponentialBuckets(0.5, 2, 12)})).(prometheus.Histogram)
	m.L1Gas = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_l1_gas",
		Help: "L1 gas per committed batch, as reported with the batch status.", Buckets: prometheus.ExponentialBuckets(100_000, 1.5, 12)})).(prometheus.Histogram)
	m.StreamQueue = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_stream_queue",
		Help: "Stream events waiting for their log entry to be durable."})).(prometheus.Gauge)
	m.StreamDropped = f(prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_stream_dropped_total",
		Help: "Stream subscribers dropped for falling behind."})).(prometheus.Counter)
	m.StreamSubs = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_stream_connections",
		Help: "Open WebSocket connections."})).(prometheus.Gauge)
	m.HttpRequests = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_http_requests_total",
		Help: "API requests by route and status."}, []string{"route", "status"})).(*prometheus.CounterVec)
	m.HttpLatency = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "perpx_http_request_seconds",
		Help: "API request duration by route.", Buckets: latencyBuckets}, []string{"route"})).(*prometheus.HistogramVec)
	m.RateLimited = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_rate_limited_total",
		Help: "Requests refused by a rate limit, by limit."}, []string{"limit"})).(*prometheus.CounterVec)
	f(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "perpx_log_pending_entries",
		Help: "Input log entries appended but not yet durable."}, func() float64 {
		if pending == nil {
			return 0
		}
		return float64(pending())
	}))
	f(collectors.NewGoCollector())
	f(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// BatchStatus records the proof time and L1 gas a status update reports.
func (m *Metrics) BatchStatus(st wire.BatchStatus) {
	if st.ProofMillis > 0 {
		m.ProofTime.Observe(float64(st.ProofMillis) / 1e3)
	}
	if st.L1GasUsed > 0 {
		m.L1Gas.Observe(float64(st.L1GasUsed))
	}
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// ObserveRequest records one API request.
func (m *Metrics) ObserveRequest(route string, status int, d time.Duration) {
	m.HttpRequests.WithLabelValues(route, statusLabel(status)).Inc()
	m.HttpLatency.WithLabelValues(route).Observe(d.Seconds())
}

func statusLabel(code int) string { return strconv.Itoa(code) }
