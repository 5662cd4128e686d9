// package wal is the sequencer's durable record in the batch store's Pebble database: the input log (every
// command that changes state, appended and synced in groups before it is acknowledged, InputLog) and the
// BatchStore of sealed batches, their statuses and summaries; schema.go names every key prefix of that
// database, including those the Service writes for its checkpoints, fills, entry prices and risk events.
//
// Imports: state and sequencer/wire only. It is not internal: the prover's tests read sealed batches back
// through a BatchStore, and l1/devnet counts a batch's transactions with TxCount.
//
// Concurrency: a BatchStore is safe for concurrent use. An InputLog has one writer (the Service, under its
// mutex) and a syncing goroutine of its own; its wait methods may be called from any goroutine.
package wal
