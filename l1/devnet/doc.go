// Package devnet runs a whole perpx system in one process: go-ethereum's simulated backend (a real EVM) with
// the deployed contracts, the sequencer on a Pebble data directory with its HTTP API, the prover, and the
// operator that moves work between them — L1 deposits into the sequencer, sealed batches through the prover
// to commitBatch on L1.
//
// It owns no rules: every rule lives in state, sequencer, circuits and the contracts. Demo drives the running
// system the way users do, through the HTTP API and the contracts.
//
// Concurrency: a Node runs goroutines for the API server, the deposit watcher and the proving/submission
// queue; its methods are safe for concurrent use. Close stops them and waits for them.
package devnet
