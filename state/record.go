package state

import (
	"encoding/binary"
	"errors"
)

// Record types (docs/PROTOCOL.md §6): the high nibble of a compact record's first byte.
const (
	RecordNoop       = 0
	RecordDeposit    = 1
	RecordTrade      = 2
	RecordWithdrawal = 3
	// RecordForcedWithdrawal serves a forced withdrawal from the L1 queue, valid or not.
	RecordForcedWithdrawal = 4
	RecordTransfer         = 5
	RecordLiquidate        = 6
	RecordDeleverage       = 7
	// RecordForcedTrade serves a forced trade from the L1 queue, valid or not.
	RecordForcedTrade = 8
	// RecordMarketParams applies a market status and margin-fraction change from the L1 queue.
	RecordMarketParams = 9
)

// ErrBadRecord reports pubdata that does not decode.
var ErrBadRecord = errors.New("state: malformed pubdata record")

// Record is one decoded pubdata record; exactly one of the pointers is set, none for a no-op.
type Record struct {
	Deposit          *DepositRecord
	Trade            *TradeRecord
	Withdrawal       *WithdrawalRecord
	ForcedWithdrawal *ForcedWithdrawalRecord
	Transfer         *TransferRecord
	Liquidate        *LiquidateRecord
	Deleverage       *DeleverageRecord
	ForcedTrade      *ForcedTradeRecord
	MarketParams     *MarketParamsRecord
}

// DepositRecord credits an account from the L1 queue.
type DepositRecord struct {
	AccountID      uint32
	AmountQuantums uint64
	L1Address      L1Address
	PubKey         [32]byte // compressed
}

// TradeRecord is one fill between a taker and a maker.
type TradeRecord struct {
	Market       uint8
	TakerIsBuy   bool
	TakerAccount uint32
	MakerAccount uint32
	SizeQuantums uint64
	Price        uint64
	TakerFee     uint64 // u48
	MakerFee     uint64 // u48
	// TakerFeePpm and MakerFeePpm are the rates the fees are ceil(quote · rate / 10^6) of; the compact record
	// (docs/PROTOCOL.md §6.1) carries them instead of the fees.
	TakerFeePpm uint32
	MakerFeePpm uint32
	TakerSlot   uint16
	TakerNonce  uint32
	MakerSlot   uint16
	MakerNonce  uint32
}

// WithdrawalRecord debits an account and credits its L1 address on L1.
type WithdrawalRecord struct {
	AccountID      uint32
	AmountQuantums uint64
	L1Address      L1Address
	Slot           uint16
	Nonce          uint32
}

// ForcedWithdrawalRecord serves a forced withdrawal that the account's L1 owner queued on L1. Valid says
// whether it applied: a valid one debits the account and L1 credits the address; an invalid one changes
// nothing, and the proof shows which rule it breaks (docs/PROTOCOL.md §5). Either way it consumes its queue
// entry.
type ForcedWithdrawalRecord struct {
	AccountID      uint32
	AmountQuantums uint64
	L1Address      L1Address
	Valid          bool
}

const maxU48 = 1<<48 - 1

func putU56(b []byte, v uint64) {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], v)
	copy(b, t[1:])
}

func u56(b []byte) uint64 {
	var t [8]byte
	copy(t[1:], b)
	return binary.BigEndian.Uint64(t[:])
}

func putU48(b []byte, v uint64) {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], v)
	copy(b, t[2:])
}

func u48(b []byte) uint64 {
	var t [8]byte
	copy(t[2:], b)
	return binary.BigEndian.Uint64(t[:])
}
