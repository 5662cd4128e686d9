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

func (t *TransferRecord) encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
	if t.AmountQuantums >= MaxAmount {
		return b, fmt.Errorf("%w: transfer amount %d", ErrOutOfRange, t.AmountQuantums)
	}
	b[0] = RecordTransfer
	binary.BigEndian.PutUint32(b[1:5], t.FromAccount)
	binary.BigEndian.PutUint32(b[5:9], t.ToAccount)
	putU56(b[9:16], t.AmountQuantums)
	binary.BigEndian.PutUint16(b[16:18], t.Slot)
	binary.BigEndian.PutUint32(b[18:22], t.Nonce)
	b[22] = t.MarginMode
	return b, nil
}

func decodeTransfer(b []byte) (*TransferRecord, []byte) {
	return &TransferRecord{
		FromAccount: binary.BigEndian.Uint32(b[1:5]), ToAccount: binary.BigEndian.Uint32(b[5:9]),
		AmountQuantums: u56(b[9:16]), Slot: binary.BigEndian.Uint16(b[16:18]), Nonce: binary.BigEndian.Uint32(b[18:22]),
		MarginMode: b[22],
	}, b[23:]
}

func (l *LiquidateRecord) encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
	if l.LiquidationFee > maxU48 || l.LiquidatorFee > maxU48 || l.InsurancePayQuant >= MaxAmount {
		return b, fmt.Errorf("%w: liquidation fee or insurance payment", ErrOutOfRange)
	}
	b[0] = RecordLiquidate
	b[1] = l.Market
	if l.LiquidatedIsBuy {
		b[2] = 1
	}
	binary.BigEndian.PutUint32(b[3:7], l.Liquidated)
	binary.BigEndian.PutUint32(b[7:11], l.Liquidator)
	binary.BigEndian.PutUint64(b[11:19], l.SizeQuantums)
	binary.BigEndian.PutUint64(b[19:27], l.Price)
	putU48(b[27:33], l.LiquidationFee)
	putU48(b[33:39], l.LiquidatorFee)
	binary.BigEndian.PutUint16(b[39:41], l.LiquidatorSlot)
	binary.BigEndian.PutUint32(b[41:45], l.LiquidatorNonce)
	putU56(b[45:52], l.InsurancePayQuant)
	return b, nil
}

func decodeLiquidate(b []byte) (*LiquidateRecord, []byte, error) {
	if b[2] > 1 {
		return nil, nil, fmt.Errorf("%w: liquidated side byte %d", ErrBadRecord, b[2])
	}
	return &LiquidateRecord{
		Market: b[1], LiquidatedIsBuy: b[2] == 1,
		Liquidated: binary.BigEndian.Uint32(b[3:7]), Liquidator: binary.BigEndian.Uint32(b[7:11]),
		SizeQuantums: binary.BigEndian.Uint64(b[11:19]), Price: binary.BigEndian.Uint64(b[19:27]),
		LiquidationFee: u48(b[27:33]), LiquidatorFee: u48(b[33:39]),
		LiquidatorSlot: binary.BigEndian.Uint16(b[39:41]), LiquidatorNonce: binary.BigEndian.Uint32(b[41:45]),
		InsurancePayQuant: u56(b[45:52]),
	}, b[52:], nil
}

func (d *DeleverageRecord) encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
	b[0] = RecordDeleverage
	b[1] = d.Market
	if d.DeleveragedIsBuy {
		b[2] = 1
	}
	binary.BigEndian.PutUint32(b[3:7], d.Deleveraged)
	binary.BigEndian.PutUint32(b[7:11], d.Counterparty)
	binary.BigEndian.PutUint64(b[11:19], d.SizeQuantums)
	binary.BigEndian.PutUint64(b[19:27], d.QuoteQuantums)
	return b, nil
}

func decodeDeleverage(b []byte) (*DeleverageRecord, []byte, error) {
	if b[2] > 1 {
		return nil, nil, fmt.Errorf("%w: deleveraged side byte %d", ErrBadRecord, b[2])
	}
	return &DeleverageRecord{
		Market: b[1], DeleveragedIsBuy: b[2] == 1,
		Deleveraged: binary.BigEndian.Uint32(b[3:7]), Counterparty: binary.BigEndian.Uint32(b[7:11]),
		SizeQuantums: binary.BigEndian.Uint64(b[11:19]), QuoteQuantums: binary.BigEndian.Uint64(b[19:27]),
	}, b[27:], nil
}

// MarketRecord is the first record of every batch: the oracle price and the funding rate of each market
// after the batch's market update (docs/PROTOCOL.md §5, §6). It has no type byte.
type MarketRecord struct {
	Prices [MarketCount]uint64 // u48
	// RatesPpm are the funding rates of the batch's tick, 0 without a tick.
	RatesPpm [MarketCount]int16
}

// Encode returns the record's 64 bytes.
func (m *MarketRecord) Encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
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
	if len(b) != RecordSize {
		return m, fmt.Errorf("%w: market record of %d bytes", ErrBadRecord, len(b))
	}
	for i := range m.Prices {
		m.Prices[i] = u48(b[8*i : 8*i+6])
		m.RatesPpm[i] = int16(binary.BigEndian.Uint16(b[8*i+6 : 8*i+8]))
	}
	return m, nil
}
