// Package state owns the rollup's rules and every encoding of the state that is hashed or published: the
// account leaf, the order-slot values, the markets table, the globals word and the state root; the Merkle
// paths of the 4-ary Poseidon2 trees (RootFromPath, PatchPath, VerifyAccountProof); the margin, funding and
// settlement rules; the signed message hashes; the pubdata records; and the traces a prover reads.
//
// It may import only the standard library and gnark-crypto: no storage, no metrics, no circuit compiler, so
// that the Go client (sequencer/client, through sequencer/wire) links none of them. The Pebble-backed tree that
// persists this state, its storage encodings and the replay of records onto it live in state/statedb.
//
// The byte and word layouts are specified in docs/PROTOCOL.md and mirrored by the circuits package and the
// L1 contracts. Changing any of them breaks compatibility with existing state, proofs, verifying keys and
// deployments.
//
// Invariants: every value written to a leaf is within the bounds of docs/PROTOCOL.md §1 (the encoders return
// ErrOutOfRange otherwise).
//
// Concurrency: the encoders, rules and hash functions are pure and safe for concurrent use.
package state
