package state

import (
	"encoding/binary"
	"fmt"
)

// TransferRecord moves collateral between two accounts, creating the destination when it is empty
// (docs/PROTOCOL.md §5).
type TransferRecord struct {
	FromAccount    uint32
	ToAccount      uint32
	AmountQuantums uint64
	Slot           uint16
	Nonce          uint32
	// MarginMode is the signed mode of a created destination (0 cross, m isolated to market m).
	MarginMode uint8
}

// LiquidateRecord closes part of a liquidatable account's position against a liquidator's signed order.
type LiquidateRecord struct {
	Market          uint8
	LiquidatedIsBuy bool
	Liquidated      uint32
	Liquidator      uint32
	SizeQuantums    uint64
	Price           uint64
	LiquidationFee  uint64 // u48, to the insurance fund
	LiquidatorFee   uint64 // u48, to the fee pool
	// LiquidatorFeePpm is the rate LiquidatorFee is ceil(quote · rate / 10^6) of; the compact record carries it
	// instead of the fee.
	LiquidatorFeePpm  uint32
	LiquidatorSlot    uint16
	LiquidatorNonce   uint32
	InsurancePayQuant uint64 // u56, from the insurance fund to the liquidated account
}

// DeleverageRecord closes part of a bankrupt account's position against an opposite position at the
// bankruptcy price.
type DeleverageRecord struct {
	Market           uint8
	DeleveragedIsBuy bool
	Deleveraged      uint32
	Counterparty     uint32
	SizeQuantums     uint64
	QuoteQuantums    uint64
}

// MarketRecord is the first record of every batch: the oracle price and the funding rate of each market
// after the batch's market update (docs/PROTOCOL.md §5, §6). It has no type byte.
type MarketRecord struct {
	Prices [MarketCount]uint64 // u48
	// RatesPpm are the funding rates of the batch's tick, 0 without a tick.
	RatesPpm [MarketCount]int16
}

// Encode returns the record's 64 bytes.
func (m *MarketRecord) Encode() ([MarketRecordSize]byte, error) {
	var b [MarketRecordSize]byte
	for i := range m.Prices {
		if m.Prices[i] >= MaxPrice {
			return b, fmt.Errorf("%w: market %d price %d", ErrOutOfRange, i+1, m.Prices[i])
		}
		putU48(b[8*i:8*i+6], m.Prices[i])
		binary.BigEndian.PutUint16(b[8*i+6:8*i+8], uint16(m.RatesPpm[i]))
	}
	return b, nil
}

// DecodeMarketRecord decodes the first record of a batch's pubdata.
func DecodeMarketRecord(b []byte) (MarketRecord, error) {
	var m MarketRecord
	if len(b) != MarketRecordSize {
		return m, fmt.Errorf("%w: market record of %d bytes", ErrBadRecord, len(b))
	}
	for i := range m.Prices {
		m.Prices[i] = u48(b[8*i : 8*i+6])
		m.RatesPpm[i] = int16(binary.BigEndian.Uint16(b[8*i+6 : 8*i+8]))
	}
	return m, nil
}
