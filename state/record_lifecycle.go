package state

import (
	"encoding/binary"
	"fmt"
)

// ForcedTradeRecord serves a forced trade queued on L1 by account A's owner (AddrA) with the consent of account
// B's owner (AddrB), valid or not (docs/PROTOCOL.md §5 "Forced trade"). A valid one trades SizeQuantums at
// Price, A on side AIsBuy, without fees; an invalid one only settles both accounts. Either way it consumes its
// queue entry.
type ForcedTradeRecord struct {
	Market       uint8
	AIsBuy       bool
	AccountA     uint32
	AccountB     uint32
	SizeQuantums uint64 // u48
	Price        uint64 // u48
	AddrA        L1Address
	AddrB        L1Address
	Valid        bool
}

// MarketParamsRecord sets a market's status and margin fractions from the L1 queue (docs/PROTOCOL.md §5
// "Market params"); every later slot of the batch reads the new row.
type MarketParamsRecord struct {
	Market     uint8
	Status     uint8
	ImfPpm     uint32 // u24
	MmfPpm     uint32 // u24
	TierImfPpm uint32 // u24
	TierMmfPpm uint32 // u24
}

// ForcedTradeValidOffset is the offset of a ForcedTrade record's valid byte; the L1 queue entry hashes the
// record with it cleared.
const ForcedTradeValidOffset = 63

const maxU24 = 1<<24 - 1

func (f *ForcedTradeRecord) encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
	if f.SizeQuantums > maxU48 || f.Price > maxU48 {
		return b, fmt.Errorf("%w: forced trade size or price above 2^48", ErrOutOfRange)
	}
	b[0] = RecordForcedTrade
	b[1] = f.Market
	if f.AIsBuy {
		b[2] = 1
	}
	binary.BigEndian.PutUint32(b[3:7], f.AccountA)
	binary.BigEndian.PutUint32(b[7:11], f.AccountB)
	putU48(b[11:17], f.SizeQuantums)
	putU48(b[17:23], f.Price)
	copy(b[23:43], f.AddrA[:])
	copy(b[43:63], f.AddrB[:])
	if f.Valid {
		b[ForcedTradeValidOffset] = 1
	}
	return b, nil
}

func decodeForcedTrade(b []byte) (*ForcedTradeRecord, error) {
	if b[2] > 1 || b[ForcedTradeValidOffset] > 1 {
		return nil, fmt.Errorf("%w: forced trade flag bytes %d, %d", ErrBadRecord, b[2], b[ForcedTradeValidOffset])
	}
	f := &ForcedTradeRecord{
		Market: b[1], AIsBuy: b[2] == 1,
		AccountA: binary.BigEndian.Uint32(b[3:7]), AccountB: binary.BigEndian.Uint32(b[7:11]),
		SizeQuantums: u48(b[11:17]), Price: u48(b[17:23]), Valid: b[ForcedTradeValidOffset] == 1,
	}
	copy(f.AddrA[:], b[23:43])
	copy(f.AddrB[:], b[43:63])
	return f, nil
}

func (m *MarketParamsRecord) encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
	if m.ImfPpm > maxU24 || m.MmfPpm > maxU24 || m.TierImfPpm > maxU24 || m.TierMmfPpm > maxU24 {
		return b, fmt.Errorf("%w: market params fraction above 2^24", ErrOutOfRange)
	}
	b[0] = RecordMarketParams
	b[1] = m.Market
	b[2] = m.Status
	putU24(b[3:6], m.ImfPpm)
	putU24(b[6:9], m.MmfPpm)
	putU24(b[9:12], m.TierImfPpm)
	putU24(b[12:15], m.TierMmfPpm)
	return b, nil
}

func decodeMarketParams(b []byte) (*MarketParamsRecord, []byte) {
	return &MarketParamsRecord{
		Market: b[1], Status: b[2],
		ImfPpm: u24(b[3:6]), MmfPpm: u24(b[6:9]), TierImfPpm: u24(b[9:12]), TierMmfPpm: u24(b[12:15]),
	}, b[15:]
}

func putU24(b []byte, v uint32) {
	b[0], b[1], b[2] = byte(v>>16), byte(v>>8), byte(v)
}

func u24(b []byte) uint32 {
	return uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
}
