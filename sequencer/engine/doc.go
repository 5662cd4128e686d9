// Package engine applies the transitions of docs/PROTOCOL.md §5 to the state tree: deposits, trades,
// withdrawals, forced withdrawals and trades, market parameters, transfers, liquidations and deleverages, each
// settling its accounts first and checking the margin rules (state.ComputeRisk), and records a trace of every
// update for the circuit. A call either applies its whole transition or leaves the tree unchanged and returns
// a typed error (wire.RuleError). The Sealer groups the traces into batches, applies each batch's market update
// and stores sealed batches in a BatchSink.
//
// Imports: state, sequencer/wire (errors) and sequencer/internal/sigverify. It is not internal: the prover's
// and the circuits' differential tests drive it as the Go reference of the circuit.
//
// Concurrency: an Engine and a Sealer are not safe for concurrent use; the Service is their single caller.
package engine
