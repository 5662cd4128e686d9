// Package sequencer owns everything between a trader's signed message and a sealed batch: L2 keys and
// signatures, the decimal edge (human sizes and prices to quantums and back), the per-market order books,
// the margin rules, the transition engine that applies docs/PROTOCOL.md §5 to the state tree and records a
// trace of every update, the batch sealer and its store, the input log and recovery, the Service that ties
// them together, the HTTP/WebSocket API, its OpenAPI document and its metrics. Package client
// (sequencer/client) drives the API.
//
// Invariants:
//   - Integers only on every consensus path. Decimals exist only in decimal.go and at the API edge; the engine,
//     the margin math and the book see quantums and scaled prices. The off-chain risk view (riskview.go) is
//     integer too, with every rounding direction documented where it is computed.
//   - The engine is deterministic: the same tree, batch time and calls give the same traces and roots.
//   - Matching is deterministic too: the books are a function of the accepted commands (orders, replacements,
//     cancels, expiries at the commands' logged times), and time priority within a price level is the order of
//     order ids, so replaying the input log, or resting a checkpoint's orders in id order, rebuilds the books
//     exactly. A fill-or-kill order's fills are applied together or not at all (tree savepoints).
//   - An engine call either applies its whole transition to the tree or leaves the tree unchanged. A rejected
//     call returns a typed error and, whenever the attempted transition is representable, its trace (for the
//     Go-versus-circuit differential tests).
//   - Every command that changes state (order, replacement, cancel, cancel-all, expiry, withdrawal, transfer,
//     oracle reports, L1 deposit, forced withdrawal, forced trade or market-params change, seal) goes through Service.submit: admitted (a rejection leaves no trace and is not
//     logged), appended to the input log with its time, applied, and acknowledged only once its entry (and the
//     fills it produced) is durable. Nothing else reads the clock: every batch a command opens takes the
//     command's logged time, and admission checks expiries against it, so a replay of the log reaches the same
//     roots, batches and books byte for byte.
//   - Nothing derived from the log reaches the database before the entries it derives from: sealed batches and
//     checkpoints are written after a flush of the pending entries (inputLog.flush orders them in Pebble's WAL).
//   - A sealed batch is durable in the batch store before it is reported (OnSealed). The tree is committed at
//     checkpoints, which fall on command boundaries (a seal can fall in the middle of a taker's sweep, where the
//     books have no consistent state to store): the durable tree is at the last checkpoint, or at the one
//     before if the process stopped between writing a checkpoint and committing the tree, in which case
//     recovery rolls it forward from the stored traces.
//   - Recovery = the last checkpoint (tree, books, open batch, off-chain state) + a replay of the log entries
//     after it. A replay re-seals batches already stored; the store accepts them only if they are identical.
//   - A failed write or sync of the log, the batch store or the tree is a *FatalError: the service stops, no
//     acknowledgement is given after it (waiters get ErrStopped), and the process exits (cmd/perpx); nothing
//     is retried, since a failed fsync may have dropped the data it was to make durable. A Pebble failure on
//     one of Pebble's own goroutines ends the process directly.
//   - Stream messages go out only once the log entry that caused them is durable, and before that entry's
//     acknowledgement; a subscriber gets a snapshot at sequence n and then every change after n. Likewise the
//     API's reads of log-derived state (book, trades, accounts, their orders, fills and slots) answer only
//     once every entry logged when they read is durable (durableReads): nobody sees what a crash could undo.
//
// Risk (docs/PROTOCOL.md §3.3–§5): every account update settles the account first — its funding, and its
// positions in settled markets at their final price (the leaf before settlement is the trace's Before; the
// insurance fund is the clearing account) —, margin is tiered (state.ComputeRisk), and Transfer, Liquidate and
// Deleverage are engine transitions like trades (engine_risk.go).
//
// Market lifecycle (docs/PROTOCOL.md §3.3, §5): the L1 queue's MarketParams changes (Service.MarketParams,
// Engine.MarketParams) set a market's status and fractions for every later transaction of the batch, and a
// batch's NewMarkets follows them. A reduce-only market takes only reduce-only orders (ErrReduceOnlyMarket,
// code market_reduce_only) and keeps only those resting when it becomes reduce-only; a settled market takes
// none (ErrMarketSettled) and cancels all; each order leaves the book with its reason. A settled market keeps
// its price and has rate 0 in every market update; the funding sampler, the liquidator and the deleverager
// see only active and reduce-only markets. Forced trades from the L1 queue (Service.ForcedTrade,
// Engine.ForcedTrade, engine_forced.go) are served valid or not like forced withdrawals.
// The Sealer applies each batch's market update when it opens the batch (oracle medians, funding tick with the
// rates of a MarketFeed, e.g. OracleFeed with a FundingSampler of the books' premiums; funding.go) and undoes it
// if the batch is sealed empty. In a Service the feed derives from logged inputs only (oracle.go): oracle
// reports are a logged command (SubmitOracleReports: quorum, signers ascending, signatures, not after the
// command's time, fresh) that seals the open batch and opens one with their medians; the books' premiums are
// sampled before every logged command applies; the feed's reports and samples are
// in every checkpoint, so a replay opens every batch with the same update. Config.ConfigHash is
// Config.Protocol.Hash().
//
// The Service runs the Liquidator at the end of every command whose market update moved a price or a funding
// index (and, for accounts a previous run left liquidatable, after every order, which may add liquidity). The
// same command sends health warnings to the subscribed accounts holding a moved market whose health level
// changed (events_health.go); the risk view and the warnings read every account as its next touch settles it. Its
// RiskIndex is rebuilt at startup from the tree (the accounts a checkpoint lists; a tree without a checkpoint
// is scanned) and kept by the engine's observer. Liquidations take the books' best orders, which are filled in
// the book with trade events and fill records like normal fills; liquidations and deleverages go into the open
// batch like trades. Since it runs as a consequence of logged inputs only, a replay runs it identically. The Liquidator (liquidation.go) finds liquidatable accounts through a RiskIndex
// kept by the engine's observer — single-market accounts by liquidation-price thresholds, multi-market accounts
// by market membership — and closes them against a LiquiditySource, partially when that restores TV ≥ MMR,
// with the insurance fund paying shortfalls, and deleverages a bankrupt account the fund cannot cover against
// opposite positions ranked by profit then leverage, never against an account it would leave liquidatable.
//
// Concurrency: Engine, Book and Sealer are not safe for concurrent use; the Service serialises every command
// and query behind one mutex, so it is the single writer of the tree. Signature checks run before it, in the
// caller's goroutine (the HTTP handlers run concurrently): an account's key never changes once set, so a
// cached key is always current. Verification uses precomputed tables and accepts exactly what gnark-crypto's
// eddsa Verify accepts (verify.go); its verdict is remembered for the exact (key, message, signature), so the
// engine does not verify an admitted order again at each fill, while a replay, which starts with no verdicts,
// verifies in the engine and reaches the same state. The input log's committer goroutine writes groups of
// entries with one sync (group commit) and wakes the waiting callers; it never takes the service mutex (lock
// order: Service.mu, then inputLog.wmu, then inputLog.mu, then the event bus). Keys and the decimal functions
// are pure and safe for concurrent use.
//
// Verified state (verified.go): besides the live tree, which runs ahead of L1, the Service keeps the state as
// of the last batch the L1 contract verified, for GET /v1/accounts/{id}/proof (an account's leaf and Merkle
// path against that batch's root: a balance checked against L1, the arguments of an escape). A follower with
// its own goroutine, lock and tree replays the stored batches in order as SetBatchStatus marks them
// L1Verified (state.ReplayBatch on their pubdata, the same effects-only replay as the escape hatch's rebuild
// from L1), checks each header's roots and commits; the service's lock is never held during a replay. It
// advances only over contiguous verified batches, and a restart finds its batch by the tree's root. A replay
// that misses a header's root stops it (ErrVerifiedDiverged, logged; the route answers 503
// verified_state_unavailable) without stopping the service; before the first verified batch the route
// answers 503 not_verified.
//
// # Database layout
//
// The batch store's Pebble database (DataDir/batches) holds the sealed batches, the input log and the
// recovery state; the tree has its own (package state), and so has the verified state (DataDir/verified: a
// state.Tree created when batch 1 is first verified, holding the state after the last verified batch; it can
// be deleted while the service is stopped, and is then rebuilt from the genesis record and the stored
// batches). Integers in keys are big-endian.
//
// The keys are listed in schema.go.
//
// Compatibility: the entry layouts, the entry kinds' numbers, the key layout and the DataDir/verified tree
// (package state's format) are stored formats. Adding an
// entry kind is compatible (an older sequencer refuses a log holding it: ErrLogCorrupt); changing a payload,
// renumbering a kind or changing a key is not: bump logVersion and keep decoding the old version, or replay
// the old log with the old binary and start a new log from a checkpoint. A log must be replayed with the batch
// size and configuration hash of its genesis (ErrConfigChanged otherwise).
package sequencer
