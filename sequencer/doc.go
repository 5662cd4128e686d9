// Package sequencer is the Service: it ties the layers below into one exchange between a trader's signed
// message and a sealed batch. A command (order, cancel, withdrawal, transfer, oracle reports, L1 deposit,
// forced request, seal) is admitted, appended to the input log (wal), applied (book matching, then the
// engine's transitions), and acknowledged once durable; checkpoints (internal/checkpoint) and recovery replay
// the log to the same roots, books and batches. It also drives the liquidator (internal/risk), the market
// feed (feed), the event streams (events), the verified state of the last L1-verified batch (verified) and
// the metrics (internal/metrics). The HTTP/WebSocket API (httpapi) is written against the Backend interface
// the Service implements.
//
// Layers (imports go down only; TestLayers): sequencer → events, verified, feed, internal/checkpoint,
// internal/risk, internal/metrics → engine, internal/book, wal; engine → internal/sigverify; httpapi →
// events, verified, internal/risk (never sequencer); every layer may import wire and state. Package client
// imports wire alone.
//
// Concurrency: the Service serialises every command and query behind one mutex (lock order: Service.mu, then
// the input log's locks, then the event bus) and is the single writer of the tree; signature checks and API
// decoding run before it, in the callers' goroutines. Engine, Sealer and Book are not safe for concurrent use.
//
// The long-form invariants, the risk and market-lifecycle rules and the stored-format compatibility rules are
// in docs/SEQUENCER.md; the database keys in wal/schema.go.
package sequencer
