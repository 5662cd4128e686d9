// Package sigverify checks the EdDSA (BabyJubJub, Poseidon2) signatures of docs/PROTOCOL.md §4: Verify decides
// exactly what gnark-crypto's eddsa Verify decides, faster (verify.go, verify_sqrt.go), verifyBatch checks
// many at once, Shared combines the checks of concurrent API callers into batches (verify_batcher.go), and
// Verdicts remembers what admission verified so the engine need not verify a resting order again at a fill.
//
// Imports: package state and gnark-crypto only; it knows nothing of orders beyond state.OrderMsg.
//
// Concurrency: Verify, OrderHash and the base table are safe for concurrent use; Verdicts and Shared are safe
// for concurrent use (each holds its own mutex).
package sigverify
