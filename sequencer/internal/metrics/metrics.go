package sequencer

import (
	"net/http"
	"strconv"
	"time"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the service's Prometheus metrics, in a registry of its own (GET /metrics). Rates such as
// orders/s come from the counters: rate(perpx_commands_total{kind="order"}[1m]).
type metrics struct {
	reg *prometheus.Registry

	accepted      *prometheus.CounterVec   // durable commands by kind
	rejected      *prometheus.CounterVec   // commands refused at admission, by kind and API code
	applyLatency  *prometheus.HistogramVec // time in the single writer per command (admission, log append, matching)
	ackLatency    prometheus.Histogram     // request received to acknowledgement, orders
	matchLatency  prometheus.Histogram     // matching an order, the settlement of its fills included
	verifyLatency prometheus.Histogram
	writerQueue   prometheus.Gauge // commands waiting for the writer
	logGroup      prometheus.Histogram
	logSync       prometheus.Histogram
	batchTxs      prometheus.Histogram
	lastBatch     prometheus.Gauge
	trades        prometheus.Counter
	checkpoints   prometheus.Counter
	checkTime     prometheus.Histogram
	proofTime     prometheus.Histogram
	l1Gas         prometheus.Histogram
	streamQueue   prometheus.Gauge
	streamDropped prometheus.Counter
	streamSubs    prometheus.Gauge
	httpRequests  *prometheus.CounterVec
	httpLatency   *prometheus.HistogramVec
	rateLimited   *prometheus.CounterVec
}

// latencyBuckets span 10 µs to 2.5 s.
var latencyBuckets = prometheus.ExponentialBuckets(10e-6, 2.5, 14)

func newMetrics(s *Service) *metrics {
	reg := prometheus.NewRegistry()
	f := func(c prometheus.Collector) prometheus.Collector { reg.MustRegister(c); return c }
	m := &metrics{reg: reg}
	m.accepted = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_commands_total",
		Help: "Commands acknowledged (durable in the input log), by kind."}, []string{"kind"})).(*prometheus.CounterVec)
	m.rejected = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_commands_rejected_total",
		Help: "Commands refused at admission (never logged), by kind and API error code."}, []string{"kind", "code"})).(*prometheus.CounterVec)
	m.applyLatency = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "perpx_apply_seconds",
		Help: "Time a command spends in the single writer: admission, log append, matching and transitions.", Buckets: latencyBuckets},
		[]string{"kind"})).(*prometheus.HistogramVec)
	m.ackLatency = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_order_ack_seconds",
		Help: "Order request received to acknowledgement (durable).", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.matchLatency = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_match_seconds",
		Help: "Time to match an order against its book, the engine's settlement of its fills included (live orders, not replays).", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.verifyLatency = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_signature_verify_seconds",
		Help: "Signature verification time (runs in parallel, before the writer).", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.writerQueue = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_writer_queue",
		Help: "Commands waiting for the single writer."})).(prometheus.Gauge)
	m.logGroup = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_log_group_entries",
		Help: "Input log entries per group commit (one sync).", Buckets: prometheus.ExponentialBuckets(1, 2, 12)})).(prometheus.Histogram)
	m.logSync = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_log_sync_seconds",
		Help: "Duration of one group commit write and sync.", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.batchTxs = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_batch_transactions",
		Help: "Transactions per sealed batch.", Buckets: []float64{1, 2, 4, 8, 16, 32}})).(prometheus.Histogram)
	m.lastBatch = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_last_batch",
		Help: "Number of the last sealed batch."})).(prometheus.Gauge)
	m.trades = f(prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_trades_total", Help: "Executed trades."})).(prometheus.Counter)
	m.checkpoints = f(prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_checkpoints_total", Help: "Checkpoints written."})).(prometheus.Counter)
	m.checkTime = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_checkpoint_seconds",
		Help: "Time to write a checkpoint and commit the tree.", Buckets: latencyBuckets})).(prometheus.Histogram)
	m.proofTime = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_proof_seconds",
		Help: "Proving time per batch, as reported with the batch status.", Buckets: prometheus.ExponentialBuckets(0.5, 2, 12)})).(prometheus.Histogram)
	m.l1Gas = f(prometheus.NewHistogram(prometheus.HistogramOpts{Name: "perpx_l1_gas",
		Help: "L1 gas per committed batch, as reported with the batch status.", Buckets: prometheus.ExponentialBuckets(100_000, 1.5, 12)})).(prometheus.Histogram)
	m.streamQueue = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_stream_queue",
		Help: "Stream events waiting for their log entry to be durable."})).(prometheus.Gauge)
	m.streamDropped = f(prometheus.NewCounter(prometheus.CounterOpts{Name: "perpx_stream_dropped_total",
		Help: "Stream subscribers dropped for falling behind."})).(prometheus.Counter)
	m.streamSubs = f(prometheus.NewGauge(prometheus.GaugeOpts{Name: "perpx_stream_connections",
		Help: "Open WebSocket connections."})).(prometheus.Gauge)
	m.httpRequests = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_http_requests_total",
		Help: "API requests by route and status."}, []string{"route", "status"})).(*prometheus.CounterVec)
	m.httpLatency = f(prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "perpx_http_request_seconds",
		Help: "API request duration by route.", Buckets: latencyBuckets}, []string{"route"})).(*prometheus.HistogramVec)
	m.rateLimited = f(prometheus.NewCounterVec(prometheus.CounterOpts{Name: "perpx_rate_limited_total",
		Help: "Requests refused by a rate limit, by limit."}, []string{"limit"})).(*prometheus.CounterVec)
	f(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "perpx_log_pending_entries",
		Help: "Input log entries appended but not yet durable."}, func() float64 {
		if s.ilog == nil {
			return 0
		}
		return float64(s.ilog.PendingCount())
	}))
	f(collectors.NewGoCollector())
	f(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// batchStatus records the proof time and L1 gas a status update reports.
func (m *metrics) batchStatus(st wire.BatchStatus) {
	if st.ProofMillis > 0 {
		m.proofTime.Observe(float64(st.ProofMillis) / 1e3)
	}
	if st.L1GasUsed > 0 {
		m.l1Gas.Observe(float64(st.L1GasUsed))
	}
}

// handler serves the metrics in the Prometheus text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// observeRequest records one API request.
func (m *metrics) observeRequest(route string, status int, d time.Duration) {
	m.httpRequests.WithLabelValues(route, statusLabel(status)).Inc()
	m.httpLatency.WithLabelValues(route).Observe(d.Seconds())
}

func statusLabel(code int) string { return strconv.Itoa(code) }
