// Package prover turns sealed batches into Groth16 proofs that the L1 verifier accepts.
//
// It owns the mapping of a state.SealedBatch to an assignment of circuits.BatchCircuit (witness.go), the
// compiled constraint systems and proving/verifying keys of each batch size (generated once, cached on disk,
// reloaded on later runs), proving with the options gnark's Solidity verifier needs, the export of that
// verifier, and the proving queue that runs beside the sequencer.
//
// Keys. Development keys come from gnark's Groth16 setup fed with randomness derived from the public DevBeacon.
// They are therefore deterministic — every machine derives the same verifying key, so the exported
// Verifier*.sol can be committed and reproduced — and insecure: anyone can recompute the toxic waste. (gnark's
// MPC setup sealed with a beacon would be deterministic too, but its phase 1 is a single-threaded loop of
// millions of scalar multiplications: far too slow for CI.) Production keys come from gnark's MPC ceremony
// (backend/groth16/bn254/mpcsetup: Phase1/Phase2 Contribute and Verify by independent contributors, sealed
// with a beacon fixed in advance); see README "Production keys".
//
// Cached key files are named by the batch size and the SHA-256 of the compiled constraint system, so a circuit
// change never reuses stale keys. Changing DevBeacon changes every verifying key.
//
// Concurrency: a Prover is safe for concurrent use; proofs run one at a time (each proof already uses every
// core). Key generation takes an exclusive file lock in the key directory, so parallel processes (test
// binaries, a devnet) generate each key once.
package prover
