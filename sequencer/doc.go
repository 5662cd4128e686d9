// Package sequencer owns everything between a trader's signed message and a sealed batch: L2 keys and
// signatures, the decimal edge (human sizes and prices to quantums and back), the per-market order books,
// the margin rules, the transition engine that applies docs/PROTOCOL.md §5 to the state tree and records a
// trace of every update, the batch sealer and its store, the Service that ties them together, and the HTTP
// API. Package client (sequencer/client) drives the API.
//
// Invariants:
//   - Integers only on every consensus path. Decimals exist only in decimal.go and at the API edge; the engine,
//     the margin math and the book see quantums and scaled prices.
//   - The engine is deterministic: the same tree, batch time and calls give the same traces and roots.
//   - Matching is deterministic too: the books are a function of the accepted commands (orders, replacements,
//     cancels, expiries at the commands' logged times), and time priority within a price level is the order of
//     order ids, so replaying the input log, or resting a checkpoint's orders in id order, rebuilds the books
//     exactly. A fill-or-kill order's fills are applied together or not at all (tree savepoints).
//   - An engine call either applies its whole transition to the tree or leaves the tree unchanged. A rejected
//     call returns a typed error and, whenever the attempted transition is representable, its trace (for the
//     Go-versus-circuit differential tests).
//   - A sealed batch is written to the batch store, then the tree is committed, and only then reported. A
//     failed durable write is a *FatalError: the Service stops and reports it; nothing is retried.
//
// Concurrency: Engine, Book and Sealer are not safe for concurrent use; the Service serialises every command
// and query behind one mutex, so it is the single writer of the tree. Keys and the decimal functions are pure
// and safe for concurrent use. The HTTP handler may be served concurrently.
package sequencer
