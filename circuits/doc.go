// Package circuits owns the gnark circuits of the rollup's spine (BN254, Groth16 R1CS): the BatchCircuit that
// proves a batch (its market update, then deposits, trades, withdrawals, forced withdrawals, transfers,
// liquidations and deleveragings), and the SlotCircuit that proves one slot for tests and differential checks; the in-circuit mirrors of package state's encodings (Poseidon2 hash, account leaf,
// position, market and globals words, state root, signed messages, pubdata records); and the mapping of a
// transaction trace to a witness (AssignTx; the whole SlotCircuit assignment for tests, AssignSlot, is in circuits/testkit). The aggregation leaf that
// runs the same batch body is in circuits/leaf. docs/PROTOCOL.md is the contract: every layout and
// rule here matches it and package state byte for byte.
//
// Structure. The batch first computes the header's config hash from its Config witness and runs the market
// update (market_update.go): the old table, three oracle reports verified against the configuration's keys
// (or none, when the private Update flag is 0 and no price moves), the median prices, the funding tick and the
// new indices give the new table and the market record, the first 64 bytes of the pubdata. The old state root
// hashes the old table and globals; the new one the new table and the globals after the slots (insurance fund
// and fee pool carried across slots, system time = timestamp, the last funding time of the update).
//
// Every batch slot is one universal gadget (tx.go, tx_risk.go) handling {no-op, deposit, trade, withdrawal,
// forced withdrawal, transfer, liquidate, deleverage} by boolean type flags summing to at most 1. It always
// settles the funding of the accounts it updates (margin.go), performs two account-leaf updates (A, then B on
// the tree A left), two order-slot updates and two EdDSA verifications; the flags gate which assertions must
// hold and which key and message each signature check binds (a check a type does not need verifies
// DummySignature under DevPubKey). An inactive update leaves its root unchanged and needs no valid path. The
// slot's 32-byte compact record (record32.go, docs/PROTOCOL.md §6.1) is computed from its witness fields, so the
// pubdata hashed into the public input is bound to the transition; a no-op's record is all zero.
//
// Invariants the circuit enforces (docs/PROTOCOL.md §1–§7):
//   - every packed field is range checked to its width, so each packing is injective; signed fields are biased
//     by 2^63; collateral and insurance lie in the open interval (−2^63, 2^63); |size| < 2^48, prices < 2^48,
//     amounts in [1, 2^56), fractions < 2^20, markets ≤ M;
//   - byte encodings of field elements (roots, deposit keys) are canonical (< r);
//   - the margin arithmetic is exact integer arithmetic: every intermediate value is bounded far below r/2
//     (see the bounds in constants.go), and signs are decided by a hinted bit plus a range check;
//   - hints only ever produce values the constraints then pin down (quotients, bytes, one-hot selectors, signs;
//     the sign of a zero is free and harmless).
//
// The circuits use std/rangecheck, std/hash/sha2 and std/math/uints, which share one BSB22 commitment: a proof
// carries exactly one, as gnark's Solidity verifier requires.
//
// Readings of docs/PROTOCOL.md that the protocol leaves implicit, fixed here and in package sequencer alike:
//   - a trade uses the position slot holding its market, else the FIRST empty slot (so L1 replay is
//     deterministic); a position opened there caches the market's current funding index, an existing position
//     keeps its index, and a position whose size returns to 0 is reset to the empty position;
//   - "reducing" for the traded position is s1 ≤ 0 for a buyer and s1 ≥ 0 for a seller (with q > 0 this is
//     "keeps its sign or becomes 0, and |s1| < |s0|");
//   - both orders' maxFeePpm ≤ 10^6; a withdrawal's signed L1 address equals the leaf's, and its expiry, like
//     every order's, is ≥ the batch timestamp;
//   - a deposit into a non-empty leaf (leaf ≠ EmptyLeaf) must carry the leaf's key and address; the deposit key
//     must be a curve point (as the L1 contract checks), and the record's key is its canonical compressed form;
//   - account ids are < 2^24 and slots < 2^12 (the tree depths), though messages carry 32 and 16 bits;
//   - collateral, after every transaction, and the insurance fund lie in (−2^63, 2^63); the fee pool stays
//     below 2^64; oracle prices are < 2^48 and fractions < 2^20 (the margin bounds rely on it);
//   - order flags are signed but not interpreted (post-only, reduce-only, IOC and FOK are book rules);
//   - a slot settles A, then B; the insurance fund a liquidation's "fund ≥ 0 after paying" and a deleveraging's
//     "insuranceFund · S + TVs0 < 0" read is the fund after A's settlement (and, for the former, after the
//     liquidation fee and payment), before B's, as package sequencer orders them; the fund stays in
//     (−2^63, 2^63) after A's part and after the slot;
//   - a transfer's A pays with SlotA like a withdrawal (the slot is consumed); its B must exist (leaf ≠
//     EmptyLeaf) unless created, and a liquidation's A trades at the liquidator's limit price with its fee in the
//     taker-fee position of the record; a deleveraging needs q > 0 but no step multiple (no order is involved);
//   - a market update with Update = 0 requires every listed market's record price to equal the old price;
//     with Update = 1 the three reports are checked even when no price moves.
//
// Concurrency: circuit definitions are values; compiling or solving distinct values concurrently is safe. The
// dev key and the hints are initialized once and read-only afterwards.
package circuits
