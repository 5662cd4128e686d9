// Package circuits owns the gnark circuits of the rollup's spine (BN254, Groth16 R1CS): the BatchCircuit that
// proves a batch of deposits, trades and withdrawals, and the SlotCircuit that proves one slot for tests and
// differential checks; the in-circuit mirrors of package state's encodings (Poseidon2 hash, account leaf,
// position, market and globals words, state root, signed messages, pubdata records); and the mapping of a
// transaction trace to a witness (AssignTx, AssignSlot). docs/PROTOCOL.md is the contract: every layout and
// rule here matches it and package state byte for byte.
//
// Structure. Every batch slot is one universal gadget handling {no-op, deposit, trade, withdrawal} by boolean
// type flags summing to at most 1. It always performs two account-leaf updates (A, then B on the tree A left),
// two order-slot updates and two EdDSA verifications; the flags gate which assertions must hold and which key
// and message each signature check binds (a check a type does not need verifies DummySignature under
// DevPubKey). An inactive update leaves its root unchanged and needs no valid path. The slot's 64-byte record
// is computed from its witness fields, so the pubdata hashed into the public input is bound to the transition;
// a no-op's record is all zero.
//
// Invariants the circuit enforces (docs/PROTOCOL.md §1–§7):
//   - every packed field is range checked to its width, so each packing is injective; signed fields are biased
//     by 2^63; collateral and insurance lie in the open interval (−2^63, 2^63); |size| < 2^48, prices < 2^48,
//     amounts in [1, 2^56), fractions < 2^20, markets ≤ M;
//   - byte encodings of field elements (roots, deposit keys) are canonical (< r);
//   - the margin arithmetic is exact integer arithmetic: every intermediate value is bounded far below r/2
//     (see the bounds in constants.go), and signs are decided by a hinted bit plus a range check;
//   - hints only ever produce values the constraints then pin down (quotients, bytes, one-hot selectors, signs).
//
// The circuits use std/rangecheck, std/hash/sha2 and std/math/uints, which share one BSB22 commitment: a proof
// carries exactly one, as gnark's Solidity verifier requires.
//
// Concurrency: circuit definitions are values; compiling or solving distinct values concurrently is safe. The
// dev key and the hints are initialized once and read-only afterwards.
package circuits
