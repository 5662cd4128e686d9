package state

import ()

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

const maxU24 = 1<<24 - 1

func putU24(b []byte, v uint32) {
	b[0], b[1], b[2] = byte(v>>16), byte(v>>8), byte(v)
}

func u24(b []byte) uint32 {
	return uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
}
