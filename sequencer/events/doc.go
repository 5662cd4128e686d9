// Package events owns the sequencer's event streams: the bus that delivers stream messages to subscribers
// once the log entry that caused them is durable, the subscribers (one per WebSocket connection), the topic
// names, the stream messages, and the rendering of the service's values (accounts with their risk view,
// fills, resting orders, price levels) into the JSON of package wire that both the streams and the HTTP API
// send.
//
// It may import wire, state, wal (the fill records), internal/book, internal/risk and internal/metrics; it
// never imports the Service. The Service publishes under its lock and releases after each group commit.
//
// Concurrency: Bus and Subscriber are safe for concurrent use; a Subscriber's queue C has one reader, its
// connection's writer. The render functions are pure.
package events
