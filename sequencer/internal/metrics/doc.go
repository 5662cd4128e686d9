// Package metrics holds the sequencer's Prometheus metrics (GET /metrics): the counters and histograms the
// Service, its event bus and the HTTP/WebSocket API update, in a registry of their own.
//
// It owns no state of the exchange and may import only Prometheus and sequencer/wire. Prometheus collectors
// are safe for concurrent use, and so are a Metrics' methods.
package metrics
