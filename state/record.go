package state

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Record types (docs/PROTOCOL.md §6).
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

// Encode returns the record's 64 bytes.
func (r Record) Encode() ([RecordSize]byte, error) {
	var b [RecordSize]byte
	switch {
	case r.Deposit != nil:
		d := r.Deposit
		if d.AmountQuantums >= MaxAmount {
			return b, fmt.Errorf("%w: deposit amount %d", ErrOutOfRange, d.AmountQuantums)
		}
		b[0] = RecordDeposit
		binary.BigEndian.PutUint32(b[1:5], d.AccountID)
		putU56(b[5:12], d.AmountQuantums)
		copy(b[12:32], d.L1Address[:])
		copy(b[32:64], d.PubKey[:])
	case r.Trade != nil:
		t := r.Trade
		if t.TakerFee > maxU48 || t.MakerFee > maxU48 {
			return b, fmt.Errorf("%w: fee above 2^48", ErrOutOfRange)
		}
		b[0] = RecordTrade
		b[1] = t.Market
		if t.TakerIsBuy {
			b[2] = 1
		}
		binary.BigEndian.PutUint32(b[3:7], t.TakerAccount)
		binary.BigEndian.PutUint32(b[7:11], t.MakerAccount)
		binary.BigEndian.PutUint64(b[11:19], t.SizeQuantums)
		binary.BigEndian.PutUint64(b[19:27], t.Price)
		putU48(b[27:33], t.TakerFee)
		putU48(b[33:39], t.MakerFee)
		binary.BigEndian.PutUint16(b[39:41], t.TakerSlot)
		binary.BigEndian.PutUint32(b[41:45], t.TakerNonce)
		binary.BigEndian.PutUint16(b[45:47], t.MakerSlot)
		binary.BigEndian.PutUint32(b[47:51], t.MakerNonce)
	case r.Withdrawal != nil:
		w := r.Withdrawal
		if w.AmountQuantums >= MaxAmount {
			return b, fmt.Errorf("%w: withdrawal amount %d", ErrOutOfRange, w.AmountQuantums)
		}
		b[0] = RecordWithdrawal
		binary.BigEndian.PutUint32(b[1:5], w.AccountID)
		putU56(b[5:12], w.AmountQuantums)
		copy(b[12:32], w.L1Address[:])
		binary.BigEndian.PutUint16(b[32:34], w.Slot)
		binary.BigEndian.PutUint32(b[34:38], w.Nonce)
	case r.ForcedWithdrawal != nil:
		f := r.ForcedWithdrawal
		if f.AmountQuantums >= MaxAmount {
			return b, fmt.Errorf("%w: forced withdrawal amount %d", ErrOutOfRange, f.AmountQuantums)
		}
		b[0] = RecordForcedWithdrawal
		binary.BigEndian.PutUint32(b[1:5], f.AccountID)
		putU56(b[5:12], f.AmountQuantums)
		copy(b[12:32], f.L1Address[:])
		if f.Valid {
			b[32] = 1
		}
	case r.Transfer != nil:
		return r.Transfer.encode()
	case r.Liquidate != nil:
		return r.Liquidate.encode()
	case r.Deleverage != nil:
		return r.Deleverage.encode()
	case r.ForcedTrade != nil:
		return r.ForcedTrade.encode()
	case r.MarketParams != nil:
		return r.MarketParams.encode()
	}
	return b, nil
}

// DecodeRecord decodes one 64-byte record. Padding bytes must be zero and flags must be 0 or 1.
func DecodeRecord(b []byte) (Record, error) {
	if len(b) != RecordSize {
		return Record{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadRecord, len(b), RecordSize)
	}
	var r Record
	var tail []byte
	switch b[0] {
	case RecordNoop:
		tail = b[1:]
	case RecordDeposit:
		d := &DepositRecord{AccountID: binary.BigEndian.Uint32(b[1:5]), AmountQuantums: u56(b[5:12])}
		copy(d.L1Address[:], b[12:32])
		copy(d.PubKey[:], b[32:64])
		r.Deposit = d
	case RecordTrade:
		if b[2] > 1 {
			return Record{}, fmt.Errorf("%w: taker side byte %d", ErrBadRecord, b[2])
		}
		r.Trade = &TradeRecord{
			Market: b[1], TakerIsBuy: b[2] == 1,
			TakerAccount: binary.BigEndian.Uint32(b[3:7]), MakerAccount: binary.BigEndian.Uint32(b[7:11]),
			SizeQuantums: binary.BigEndian.Uint64(b[11:19]), Price: binary.BigEndian.Uint64(b[19:27]),
			TakerFee: u48(b[27:33]), MakerFee: u48(b[33:39]),
			TakerSlot: binary.BigEndian.Uint16(b[39:41]), TakerNonce: binary.BigEndian.Uint32(b[41:45]),
			MakerSlot: binary.BigEndian.Uint16(b[45:47]), MakerNonce: binary.BigEndian.Uint32(b[47:51]),
		}
		tail = b[51:]
	case RecordWithdrawal:
		w := &WithdrawalRecord{AccountID: binary.BigEndian.Uint32(b[1:5]), AmountQuantums: u56(b[5:12])}
		copy(w.L1Address[:], b[12:32])
		w.Slot = binary.BigEndian.Uint16(b[32:34])
		w.Nonce = binary.BigEndian.Uint32(b[34:38])
		r.Withdrawal = w
		tail = b[38:]
	case RecordForcedWithdrawal:
		if b[32] > 1 {
			return Record{}, fmt.Errorf("%w: forced withdrawal valid byte %d", ErrBadRecord, b[32])
		}
		f := &ForcedWithdrawalRecord{AccountID: binary.BigEndian.Uint32(b[1:5]), AmountQuantums: u56(b[5:12]), Valid: b[32] == 1}
		copy(f.L1Address[:], b[12:32])
		r.ForcedWithdrawal = f
		tail = b[33:]
	case RecordTransfer:
		r.Transfer, tail = decodeTransfer(b)
	case RecordLiquidate:
		var err error
		if r.Liquidate, tail, err = decodeLiquidate(b); err != nil {
			return Record{}, err
		}
	case RecordDeleverage:
		var err error
		if r.Deleverage, tail, err = decodeDeleverage(b); err != nil {
			return Record{}, err
		}
	case RecordForcedTrade:
		var err error
		if r.ForcedTrade, err = decodeForcedTrade(b); err != nil {
			return Record{}, err
		}
	case RecordMarketParams:
		r.MarketParams, tail = decodeMarketParams(b)
	default:
		return Record{}, fmt.Errorf("%w: type %d", ErrBadRecord, b[0])
	}
	for _, x := range tail {
		if x != 0 {
			return Record{}, fmt.Errorf("%w: nonzero padding", ErrBadRecord)
		}
	}
	return r, nil
}

// DecodePubdata splits pubdata into records.
func DecodePubdata(p []byte) ([]Record, error) {
	if len(p)%RecordSize != 0 {
		return nil, fmt.Errorf("%w: pubdata length %d is not a multiple of %d", ErrBadRecord, len(p), RecordSize)
	}
	out := make([]Record, 0, len(p)/RecordSize)
	for i := 0; i < len(p); i += RecordSize {
		r, err := DecodeRecord(p[i : i+RecordSize])
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", i/RecordSize, err)
		}
		out = append(out, r)
	}
	return out, nil
}

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
