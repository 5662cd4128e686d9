// Package checkpoint owns the stored form of the Service's recovery state: the checkpoint record (Record,
// under wal.KeyCheckpoint) and its companions — the resting orders (wal.KeyBookOrder), the retired order
// nonces (RetiredNonces) and the value totals (FlowTotals) — together with the canonical encoding of the
// books that a replay must reproduce (BookState) and the roll-forward of a tree that stopped one checkpoint
// behind (RollForward). The Service decides when to checkpoint and what a checkpoint holds; this package
// says how it is written and read back. The compatibility rules of these formats are in docs/SEQUENCER.md.
//
// It may import wal, engine (the Tree interface), feed (the feed state a checkpoint carries), internal/book
// and state; it never imports the Service.
//
// Concurrency: nothing in it is safe for concurrent use; the Service's single writer owns these values.
package checkpoint
