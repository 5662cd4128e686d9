// Package httpapi serves the sequencer's HTTP/JSON API and its WebSocket streams and order entry (API), its
// OpenAPI document, its rate limits and the web dashboard's routes. It is written against Backend, the
// interface the sequencer's Service implements (go-ethereum's internal/ethapi pattern): a handler decodes and
// checks a request (body limits, JSON, signatures, rate limits), calls the Backend, and renders the result
// with package wire and package events.
//
// It may import wire, events, verified, wal (log entries and fill records), internal/book, internal/risk,
// internal/metrics, dashboard and state; it never imports package sequencer (TestLayers).
//
// Concurrency: an API is safe for concurrent use; every request runs on its own goroutine and only fully
// decoded, signature-checked values reach the Backend, which serialises them. Each WebSocket connection has
// a reader (its handler), a writer goroutine, and two goroutines of order entry (ws_orders.go).
package httpapi
