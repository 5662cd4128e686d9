// Package statedb owns the storage of the rollup's state: the Tree (the account tree, every account's
// order-slot tree, the markets table and the globals, persisted in one Pebble database, with their proofs,
// savepoints and checkpoints), the versioned storage encodings of accounts, markets and globals, and the
// replay of committed pubdata records onto a Tree (ReplayBatch, ApplyRecord).
//
// It may import package state (the rules, leaf encodings and hashes it stores), gnark-crypto and Pebble; it
// imports nothing of the sequencer, the prover or the circuits. Callers that need only the rules or the
// encodings import state alone, which links no Pebble.
//
// Invariants: a root is reported durable only after the Pebble batch holding its nodes is durable. A Tree
// computes every node it stores from the values written to it, and no caller passes it a hash: SetSlot hashes
// the slot's path and returns the new slot root; SetAccount marks the leaf and its path dirty, and the first
// proof, root or Commit that reads a dirty node hashes it, from values already in memory (it never reads
// Pebble). A writer that reads each proof just before its write (the engine's traces) thus gets the hashing of
// every path done once.
//
// Concurrency: a Tree has one writer (the sequencer's transition engine); readers must not run concurrently
// with Commit. Tree's methods take a mutex, so concurrent calls are memory-safe (a reader's proof or root may
// hash dirty nodes, under the mutex), but a reader that runs between a writer's calls sees uncommitted,
// possibly half-applied state, or writes the writer rolls back. The storage encoders and decoders are pure and
// safe for concurrent use.
//
// # Pebble layout of a Tree
//
// A Tree owns one Pebble database. Integers in keys and values are big-endian; a word is a 32-byte
// big-endian field element. Changing anything in this layout, or in the value encodings it names, breaks
// compatibility with every existing state directory: bump storeVersion and write a migration. The key
// prefixes are named in keys.go.
//
//	key                                              value
//	'n' | level u8 | index u32                (6 B)  account-tree node, a word. Level 0 holds the account
//	                                                 leaves (Account.Hash), level AccountTreeLevels index 0
//	                                                 the accounts root; node = Compress4(its 4 children).
//	's' | account u32 | level u8 | index u16  (8 B)  order-slot-tree node of an account, a word. Level 0
//	                                                 holds the slot words (Slot.Word), level SlotTreeLevels
//	                                                 index 0 the account's slot root.
//	'a' | account u32                         (5 B)  the account, EncodeAccount (versioned, compact).
//	'm'                                       (1 B)  the markets table with its display fields (versioned).
//	'g'                                       (1 B)  the globals: version u8 | insuranceFund i64
//	                                                 | feePool u64 | systemTime u64.
//	'k' | "version"                                  storeVersion u32 (= 2: 4-ary trees).
//	'k' | "accounts"                                 NumAccounts u32.
//	'k' | "root"                                     the state root as of the last Commit, a word; Open
//	                                                 checks it against the stored nodes and tables.
//
// Only non-empty entries are stored: an absent node is the empty subtree of its level (state.EmptyAccountNodes,
// state.EmptySlotNodes), an absent account is state.EmptyAccount(). Both trees are 4-ary: node index i at level
// l covers the leaves [i·4^l, (i+1)·4^l), its children are the nodes 4i..4i+3 of level l−1, and bits 2l and
// 2l+1 of a leaf index give the position of its ancestor at level l among its parent's children, as in
// state.RootFromPath. Every Commit writes all of its changes, the tables and the meta keys in one Pebble batch
// with Sync, so the store always holds the tree of one committed root.
package statedb
