package wal

// Key kinds of the batch store's Pebble database (DataDir/batches), which holds the sealed batches, the input
// log and the recovery state; the tree has its own (package state), and so has the verified state
// (DataDir/verified). Every key is its kind byte followed by big-endian integers. Stored formats: changing a
// key is incompatible (bump logVersion, see the package documentation).
const (
	// keyBatch | batch u64: the sealed batch, JSON (BatchStore.Put).
	keyBatch = 'b'
	// keyBatchStatus | batch u64: its BatchStatus, JSON.
	keyBatchStatus = 's'
	// keyBatchSummary | batch u64: its summary for listings, JSON (absent in stores written before it: the
	// batch is decoded instead).
	keyBatchSummary = 'h'
	// keyLogEntry | seq u64: an input log entry: version u8 (=1) | kind u8 | time u64 | payload | crc32c u32
	// (layout per kind in logEntry.encode); sequence numbers start at 1 and have no gaps.
	keyLogEntry = 'l'
	// keyCheckpoint: the last checkpoint, JSON (checkpointRecord): last applied entry, tree position and root
	// (and the previous one's), open batch, next order id, batch time, L1 queue entries applied.
	KeyCheckpoint = 'c'
	// keyGenesis: markets, globals, root, batch size, configuration hash (JSON); written with the first
	// checkpoint of a fresh directory, it makes a replay from scratch possible.
	KeyGenesis = 'g'
	// keyBookOrder | order u64: a resting order as of the last checkpoint: remaining u64 followed by the order
	// encoded as an input log entry.
	KeyBookOrder = 'o'
	// keyEntryPrice | account u32: the account's average entry prices as of the last checkpoint, JSON.
	KeyEntryPrice = 'p'
	// keyFill | account u32 | seq u64 | i u16: a fill of the account (FillRecord, JSON), written with the entry
	// that produced it.
	KeyFill = 'f'
	// keyRetiredNonce | account u32 | slot u16: the highest retired nonce of the order slot as of the last
	// checkpoint, u32 (internal/checkpoint/retired.go).
	KeyRetiredNonce = 'n'
	// keyRiskEvent | account u32 | seq u64 | i u16: a liquidation or deleveraging event of the account, JSON,
	// written with the entry that produced it (liquidation_events.go).
	KeyRiskEvent = 'q'
)
