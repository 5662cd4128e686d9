// Package state owns the rollup's state and every encoding of it that is hashed or published: the account
// leaf, the order-slot values, the markets table, the globals word and the state root; the signed message
// hashes; the pubdata records; and the Poseidon2 sparse Merkle trees persisted in Pebble, with their proofs.
//
// The byte and word layouts are specified in docs/PROTOCOL.md and mirrored by the circuits package and the
// L1 contracts. Changing any of them breaks compatibility with existing state, proofs, verifying keys and
// deployments.
//
// Invariants: every value written to a leaf is within the bounds of docs/PROTOCOL.md §1 (the encoders return
// ErrOutOfRange otherwise); a root is reported only after the Pebble batch holding its nodes is durable.
//
// Concurrency: the encoders and hash functions are pure and safe for concurrent use. A Tree has one writer
// (the sequencer's transition engine); readers must not run concurrently with Commit.
package state
