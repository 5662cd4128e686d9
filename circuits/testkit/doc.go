// Package testkit builds valid (and, on request, invalid) transaction traces natively for the circuit tests:
// an in-memory sparse Merkle tree, deterministic keys and a minimal transition model that mirrors
// docs/PROTOCOL.md §3–§6 without checking the rules. It is test support, not an engine: callers choose the
// inputs, and the circuit decides whether the resulting trace is valid.
//
// Concurrency: a World is not safe for concurrent use.
package testkit
