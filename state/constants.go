package state

// Tree shapes and limits; see docs/PROTOCOL.md §1 for the constraint cost of each.
const (
	// TreeArity is the number of children of every inner node of the account tree and of the order-slot trees
	// (docs/PROTOCOL.md §2): a node is the width-4 compression C4 of its four children.
	TreeArity = 4
	// AccountTreeDepth is the number of bits of an account id: the account tree has 2^24 leaves, and ids are
	// below 1<<AccountTreeDepth. Its depth in levels is AccountTreeLevels.
	AccountTreeDepth = 24
	// AccountTreeLevels is the depth of the 4-ary account tree: each level consumes two bits of the id.
	AccountTreeLevels = AccountTreeDepth / 2
	// AccountProofLen is the number of siblings of an account's Merkle path: TreeArity−1 per level.
	AccountProofLen = (TreeArity - 1) * AccountTreeLevels
	// SlotTreeDepth is the number of bits of an order-slot index: each account's order-slot tree has 2^12
	// slots. Its depth in levels is SlotTreeLevels.
	SlotTreeDepth = 12
	// SlotTreeLevels is the depth of the 4-ary order-slot tree.
	SlotTreeLevels = SlotTreeDepth / 2
	// SlotProofLen is the number of siblings of an order slot's Merkle path: TreeArity−1 per level.
	SlotProofLen = (TreeArity - 1) * SlotTreeLevels
	// PositionSlots is the number of positions an account leaf holds (K).
	PositionSlots = 8
	// MarketCount is the number of markets in the markets table; markets are numbered 1..MarketCount.
	MarketCount = 8
	// PriceScale is the fixed-point scale of prices: quote quantums per base quantum, times PriceScale.
	PriceScale = 1_000_000
	// PpmScale is the denominator of every fraction expressed in parts per million.
	PpmScale = 1_000_000
	// MarketRecordSize is the size in bytes of a batch's market record, the first record of its pubdata (the slot
	// records are CompactRecordSize bytes each).
	MarketRecordSize = 64
	// MaxSizeBits bounds |position size| and order sizes: < 2^MaxSizeBits base quantums.
	MaxSizeBits = 48
	// MaxPriceBits bounds prices: < 2^MaxPriceBits.
	MaxPriceBits = 48
	// MaxAmountBits bounds deposit and withdrawal amounts: < 2^MaxAmountBits quote quantums.
	MaxAmountBits = 56
	// MaxFeePpm is the largest fee rate an order may sign.
	MaxFeePpm = PpmScale
	// SlotConsumed is the filled amount a withdrawal stores in its slot so its message cannot run again.
	SlotConsumed = ^uint64(0)
	// OracleKeys is the number of oracle public keys in the configuration.
	OracleKeys = 5
	// OracleQuorum is the number of reports, by distinct oracle keys, that an oracle price update carries.
	OracleQuorum = 3
	// L2AccountBase is the first account id a transfer may create on L2; L1 assigns the ids below it.
	L2AccountBase = uint32(1) << 23
	// MaxFundingRatePpm bounds |funding rate| per tick: the rate is a 16-bit signed field of the market record.
	MaxFundingRatePpm = 1<<15 - 1
	// FundingIndexBits bounds funding indices: they lie in (−2^63, 2^63).
	FundingIndexBits = 64
	// OracleTimeBits is the width of a market's last oracle time in mw0: it is below 2^OracleTimeBits.
	OracleTimeBits = 40
	// MaxOracleTime is the largest last oracle time a market word holds (2^40 − 1 seconds).
	MaxOracleTime = 1<<OracleTimeBits - 1
	// TransferFeeQuantums is what every transfer costs its sender on top of the amount, in quote quantums
	// (0.01 USDC), paid to the fee pool: a transfer takes a proof slot, so it is never free (docs/PROTOCOL.md §5).
	TransferFeeQuantums = 10_000
)

// Domain tags of the signed messages (docs/PROTOCOL.md §4).
const (
	DomainOrder      = 1
	DomainWithdrawal = 2
	DomainTransfer   = 3
	DomainOracle     = 4
	// DomainConfig tags the configuration hash (docs/PROTOCOL.md §3.4); nothing signs it.
	DomainConfig = 5
)

// Market statuses.
const (
	MarketUnlisted   = 0
	MarketActive     = 1
	MarketReduceOnly = 2
	MarketSettled    = 3
)

// Order flags, signed as part of the order message.
const (
	FlagPostOnly   = 1 << 0
	FlagReduceOnly = 1 << 1
	FlagIOC        = 1 << 2
	FlagFOK        = 1 << 3
)

// MaxSize is the exclusive bound on sizes; MaxPrice on prices; MaxAmount on deposit and withdrawal amounts.
const (
	MaxSize   = int64(1) << MaxSizeBits
	MaxPrice  = uint64(1) << MaxPriceBits
	MaxAmount = uint64(1) << MaxAmountBits
)

// BatchSizes is the menu of batch sizes; each has its own circuit and verifying key.
var BatchSizes = []int{2, 8, 32}
