// Package testkit builds valid (and, on request, invalid) transaction traces natively for the circuit tests:
// an in-memory sparse Merkle tree, deterministic keys and a minimal transition model that mirrors
// docs/PROTOCOL.md §3–§6 without checking the rules. It is test support, not an engine: callers choose the
// inputs (fees, insurance payments, deleveraging cash), and the circuit decides whether the resulting trace is
// valid. Protocol v2 parts come from package state: every account update settles funding first
// (state.SettleFunding, into the insurance fund), a batch's market update applies state.ApplyMarketRecord to
// the medians of oracle reports signed by OracleKey(0..4) (DefaultConfig), and Seal fills the sealed batch's
// markets before and after the update, the update and the configuration.
//
// Concurrency: a World is not safe for concurrent use.
package testkit
