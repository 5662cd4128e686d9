package circuits

import "github.com/perpx/perpx/state"

// Shapes of the state, from package state (docs/PROTOCOL.md §1).
const (
	// accountDepth and slotDepth are the bit widths of an account id and a slot index; the 4-ary paths have
	// accountProofLen and slotProofLen siblings, three per level of two bits.
	accountDepth     = state.AccountTreeDepth
	slotDepth        = state.SlotTreeDepth
	accountProofLen  = state.AccountProofLen
	slotProofLen     = state.SlotProofLen
	treeArity        = state.TreeArity
	positionSlots    = state.PositionSlots
	marketCount      = state.MarketCount
	marketRecordSize = state.MarketRecordSize
	headerSize       = state.HeaderSize
)

// Field widths of the packed words (docs/PROTOCOL.md §3, §4). Each packed field is range checked to its width
// (or to a tighter bound below), which makes every packing injective.
const (
	// signedBits is the width of a biased signed field (v + 2^63): collateral, size, funding index, insurance.
	signedBits = 64
	// collateralBits bounds collateral and the insurance fund to (−2^(collateralBits−1), 2^(collateralBits−1))
	// (docs/PROTOCOL.md §1 CollateralBits; package state has no constant for it yet).
	collateralBits = 64
	// u64Bits is the width of the unsigned 64-bit fields: fee pool, system time, timestamp, batch number,
	// tick and step sizes, and an order slot's filled amount.
	u64Bits       = 64
	addressBits   = 160
	marginBits    = 16
	marketBits    = 8
	statusBits    = 8
	accountIDBits = 32
	flagsBits     = 8
	msgSlotBits   = 16
	nonceBits     = 32
	expiryBits    = 40
	// feeBits is the width of a trade or liquidation fee (u48, range checked by chargeFees).
	feeBits = 48
	// keyXOddBit flags, in the first byte of a compressed key, an odd x (bit 255 of the key).
	keyXOddBit = 0x80
	// fracFieldBits is the width of imfPpm and mmfPpm in mw0 (docs/PROTOCOL.md §3.3).
	fracFieldBits = 32
	// wordBytes is the size of a word's big-endian encoding (roots, keys, hashes).
	wordBytes = 32
	// ppmBits bounds every ppm fraction (IMF, MMF, maxFeePpm): PpmScale = 10^6 < 2^20.
	ppmBits = 20
	// scaleBits bounds PriceScale = 10^6 < 2^20.
	scaleBits = 20
	// fundingTimeBits is the width of lastFundingTimeSeconds in the globals word and of report timestamps.
	fundingTimeBits = 40
	// oracleTimeBits is the width of a market's last oracle time at the end of mw0.
	oracleTimeBits = state.OracleTimeBits
	// rateBits is the width of a funding rate in the market record (i16, two's complement).
	rateBits = 16
	// Widths of the configuration's params word (docs/PROTOCOL.md §3.4).
	maxRateBits  = 16
	intervalBits = 32
	maxAgeBits   = 32
	// signerBits bounds the difference of two oracle signer indices (< OracleKeys ≤ 8).
	signerBits = 3
	// settleBits bounds |settle| = |⌈owed / S⌉| with |owed| < K · 2^48 · 2^65 = 2^116: < 2^97.
	settleBits = 97
	// fracBytes is the width of a fraction in a MarketParams record (u24).
	fracBytes = 3
	// quoteBytes is the width of a deleveraging's quote in its record (u64).
	quoteBytes = 8
	// l2AccountBit is the bit of an account id that marks an id ≥ L2AccountBase = 2^23.
	l2AccountBit = 23
)

// Shapes of the configuration and the oracle quorum (docs/PROTOCOL.md §1, §3.4).
const (
	oracleKeys   = state.OracleKeys
	oracleQuorum = state.OracleQuorum
)

// Bounds of docs/PROTOCOL.md §1.
const (
	sizeBits   = state.MaxSizeBits
	priceBits  = state.MaxPriceBits
	amountBits = state.MaxAmountBits
	priceScale = state.PriceScale
	ppmScale   = state.PpmScale
)

// Bounds of the margin arithmetic of docs/PROTOCOL.md §5. With |size| < 2^sizeBits, prices < 2^priceBits,
// |collateral| < 2^63, fractions < 2^ppmBits and K = 2^positionSlotsBits positions, every value below is an
// integer far smaller than r/2 ≈ 2^253, so field arithmetic is integer arithmetic and a range check of the
// absolute value decides the sign.
const (
	// positionSlotsBits is log2(PositionSlots).
	positionSlotsBits = 3
	// notionalBits bounds |N_k| = |s_k · P| < 2^96.
	notionalBits = sizeBits + priceBits
	// tvBits bounds |TVs| = |collateral · S + Σ N_k| < 2^63 · 2^20 + K · 2^96 < 2^100.
	tvBits = notionalBits + positionSlotsBits + 1
	// mrBits bounds IMRs and MMRs = Σ |N_k| · fraction < K · 2^96 · 2^20 = 2^119.
	mrBits = notionalBits + ppmBits + positionSlotsBits
	// healthBits bounds |TVs · 10^6 − IMRs| < 2^120 + 2^119 < 2^121.
	healthBits = tvBits + scaleBits + 1
	// crossBits bounds |TVs1 · MMRs0 − TVs0 · MMRs1| < 2 · 2^100 · 2^119 = 2^220.
	crossBits = tvBits + mrBits + 1
	// quoteBits bounds quote = q · p / S < 2^96 / 10^6 < 2^77.
	quoteBits = notionalBits - scaleBits + 1
	// feeCapBits bounds quote · maxFeePpm + 10^6 − 1 − fee · 10^6 < 2^97 + 2^20 < 2^98.
	feeCapBits = quoteBits + ppmBits + 1
)

// Compile-time checks of the bounds above: each expression is a negative constant, and fails to convert to
// uint, if a bound stops holding.
const (
	_ = uint(1<<positionSlotsBits - positionSlots)
	_ = uint(positionSlots - 1<<positionSlotsBits)
	_ = uint(1<<ppmBits - ppmScale - 1)
	_ = uint(1<<scaleBits - priceScale - 1)
	_ = uint(priceScale - 1<<(scaleBits-1))
	_ = uint(notionalBits + positionSlotsBits - (collateralBits - 1 + scaleBits))
	_ = uint(252 - crossBits)
	_ = uint(1<<marketBits - marketCount - 1)
	_ = uint(accountIDBits - accountDepth)
	_ = uint(msgSlotBits - slotDepth)
	_ = uint(feeBits - sizeBits)
)
