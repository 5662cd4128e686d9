package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Limits of the compact (32-byte) records of docs/PROTOCOL.md §6.1. Each narrows a field of the 64-byte records;
// a value beyond it cannot be encoded (ErrUnencodable), so the rules refuse it before a record is built.
const (
	// CompactRecordSize is the size in bytes of one compact pubdata record: one record per batch slot, two per
	// SHA-256 block.
	CompactRecordSize = 32
	// RecordNonceBits is the width of an order, withdrawal or transfer nonce in a compact record: nonces are
	// below MaxRecordNonce+1.
	RecordNonceBits = 24
	// MaxRecordNonce is the largest nonce a compact record holds.
	MaxRecordNonce = 1<<RecordNonceBits - 1
	// FeeRateBits is the width of a fee rate in a compact record (ppm): a trade's taker and maker rates and a
	// liquidator's rate are at most MaxFeeRatePpm.
	FeeRateBits = 15
	// MaxFeeRatePpm is the largest fee rate a compact record holds: 32,767 ppm, 3.28 %.
	MaxFeeRatePpm = 1<<FeeRateBits - 1
	// InsurancePayBits is the width of a liquidation's insurance payment in a compact record (it shares a u48
	// field with the liquidation fee, which is zero whenever the payment is not).
	InsurancePayBits = 48
	// MaxInsurancePay is the exclusive bound on a liquidation's insurance payment.
	MaxInsurancePay = uint64(1) << InsurancePayBits
	// DepositTagBytes is the width of a compact Deposit record's tag: the low bytes of C(y, address + xOdd·2^160).
	DepositTagBytes = 21
	// WithdrawalTagBytes is the width of a compact Withdrawal record's tag: the low bytes of C(address, 0).
	WithdrawalTagBytes = 16
	// ForcedTradeTagBytes is the width of a compact ForcedTrade record's tag: the low bytes of C(addrA, addrB).
	ForcedTradeTagBytes = 12
	// CompactForcedWithdrawalValidOffset is the offset of a compact ForcedWithdrawal record's valid byte.
	CompactForcedWithdrawalValidOffset = 31
	// CompactForcedTradeFlagsOffset is the offset of a compact ForcedTrade record's flags byte: aIsBuy·2 + valid.
	// The L1 queue entry hashes the record with the valid bit cleared.
	CompactForcedTradeFlagsOffset = 19
)

// ErrUnencodable reports a record with a field beyond the compact encoding's limits, or fields that the
// encoding derives by rule and that disagree with the rule (a fee that is not ceil(quote · rate / 10^6)).
var ErrUnencodable = errors.New("state: record not encodable as a compact record")

// CompactRecord is a decoded compact record: the record's fields the encoding carries, and the tag that binds
// the ones it does not (docs/PROTOCOL.md §6.1). A Deposit's L1Address and PubKey are zero (the tag binds them to
// the queue's DepositQueued log); a Withdrawal's L1Address is zero (the tag binds the address commitBatch is
// given; a rebuild takes the account leaf's); a ForcedTrade's AddrA and AddrB are zero (the tag binds them to the
// queue's ForcedTradeQueued log). Fees are derived from the rates.
type CompactRecord struct {
	Record
	Tag []byte
}

// DepositTag returns the tag of a compact Deposit record: the low DepositTagBytes bytes of
// C(y, address + xOdd · 2^160), where y and xOdd are the compressed key's low 255 bits and bit 255.
func DepositTag(addr L1Address, pubKey [32]byte) [DepositTagBytes]byte {
	odd := pubKey[0] >> 7
	pubKey[0] &^= 0x80
	var y fr.Element
	y.SetBytes(pubKey[:])
	a := new(big.Int).SetBytes(addr[:])
	a.SetBit(a, 8*len(addr), uint(odd))
	var t [DepositTagBytes]byte
	full := Bytes32(Compress(y, Word(a)))
	copy(t[:], full[32-DepositTagBytes:])
	return t
}

// WithdrawalTag returns the tag of a compact Withdrawal record: the low WithdrawalTagBytes bytes of C(address, 0).
func WithdrawalTag(addr L1Address) [WithdrawalTagBytes]byte {
	var t [WithdrawalTagBytes]byte
	full := Bytes32(Compress(Word(new(big.Int).SetBytes(addr[:])), fr.Element{}))
	copy(t[:], full[32-WithdrawalTagBytes:])
	return t
}

// ForcedTradeTag returns the tag of a compact ForcedTrade record: the low ForcedTradeTagBytes bytes of
// C(addrA, addrB).
func ForcedTradeTag(addrA, addrB L1Address) [ForcedTradeTagBytes]byte {
	var t [ForcedTradeTagBytes]byte
	full := Bytes32(Compress(Word(new(big.Int).SetBytes(addrA[:])), Word(new(big.Int).SetBytes(addrB[:]))))
	copy(t[:], full[32-ForcedTradeTagBytes:])
	return t
}

// TradeFee returns ceil(quote · ratePpm / 10^6) for quote = size · price / PriceScale, and false when the quote
// is not exact (a fill the rules refuse).
func TradeFee(size, price uint64, ratePpm uint32) (uint64, bool) {
	q := new(big.Int).Mul(new(big.Int).SetUint64(size), new(big.Int).SetUint64(price))
	var rem big.Int
	q.QuoRem(q, big.NewInt(PriceScale), &rem)
	if rem.Sign() != 0 {
		return 0, false
	}
	q.Mul(q, big.NewInt(int64(ratePpm)))
	q.Add(q, big.NewInt(PpmScale-1))
	q.Quo(q, big.NewInt(PpmScale))
	if !q.IsUint64() {
		return 0, false
	}
	return q.Uint64(), true
}

// EncodeCompact returns the record's 32-byte compact encoding (docs/PROTOCOL.md §6.1), computing its tag from the
// fields the encoding does not carry.
func (r Record) EncodeCompact() ([CompactRecordSize]byte, error) {
	var tag []byte
	switch {
	case r.Deposit != nil:
		t := DepositTag(r.Deposit.L1Address, r.Deposit.PubKey)
		tag = t[:]
	case r.Withdrawal != nil:
		t := WithdrawalTag(r.Withdrawal.L1Address)
		tag = t[:]
	case r.ForcedTrade != nil:
		t := ForcedTradeTag(r.ForcedTrade.AddrA, r.ForcedTrade.AddrB)
		tag = t[:]
	}
	return CompactRecord{Record: r, Tag: tag}.Encode()
}

// Encode returns the compact record's 32 bytes with its Tag as given.
func (c CompactRecord) Encode() ([CompactRecordSize]byte, error) {
	var b [CompactRecordSize]byte
	r := &c.Record
	var err error
	switch {
	case r.Deposit != nil:
		err = encodeDeposit32(b[:], r.Deposit, c.Tag)
	case r.Trade != nil:
		err = encodeTrade32(b[:], r.Trade)
	case r.Withdrawal != nil:
		err = encodeWithdrawal32(b[:], r.Withdrawal, c.Tag)
	case r.ForcedWithdrawal != nil:
		err = encodeForcedWithdrawal32(b[:], r.ForcedWithdrawal)
	case r.Transfer != nil:
		err = encodeTransfer32(b[:], r.Transfer)
	case r.Liquidate != nil:
		err = encodeLiquidate32(b[:], r.Liquidate)
	case r.Deleverage != nil:
		err = encodeDeleverage32(b[:], r.Deleverage)
	case r.ForcedTrade != nil:
		err = encodeForcedTrade32(b[:], r.ForcedTrade, c.Tag)
	case r.MarketParams != nil:
		err = encodeMarketParams32(b[:], r.MarketParams)
	}
	if err != nil {
		return [CompactRecordSize]byte{}, err
	}
	return b, nil
}

// DecodeCompactRecord decodes one 32-byte compact record. Padding bits must be zero, flags 0 or 1, and a market
// at most MarketCount (1..MarketCount for the types that carry one).
func DecodeCompactRecord(b []byte) (CompactRecord, error) {
	if len(b) != CompactRecordSize {
		return CompactRecord{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadRecord, len(b), CompactRecordSize)
	}
	typ, market := b[0]>>4, b[0]&0x0f
	withMarket := typ == RecordTrade || typ == RecordLiquidate || typ == RecordDeleverage || typ == RecordForcedTrade ||
		typ == RecordMarketParams
	if withMarket && (market == 0 || market > MarketCount) || !withMarket && market != 0 {
		return CompactRecord{}, fmt.Errorf("%w: type %d with market %d", ErrBadRecord, typ, market)
	}
	var c CompactRecord
	var tail []byte
	var err error
	switch typ {
	case RecordNoop:
		tail = b[1:]
	case RecordDeposit:
		tail, err = decodeDeposit32(b, &c)
	case RecordTrade:
		tail, err = decodeTrade32(b, &c)
	case RecordWithdrawal:
		tail, err = decodeWithdrawal32(b, &c)
	case RecordForcedWithdrawal:
		tail, err = decodeForcedWithdrawal32(b, &c)
	case RecordTransfer:
		tail, err = decodeTransfer32(b, &c)
	case RecordLiquidate:
		tail, err = decodeLiquidate32(b, &c)
	case RecordDeleverage:
		tail, err = decodeDeleverage32(b, &c)
	case RecordForcedTrade:
		tail, err = decodeForcedTrade32(b, &c)
	case RecordMarketParams:
		tail, err = decodeMarketParams32(b, &c)
	default:
		return CompactRecord{}, fmt.Errorf("%w: type %d", ErrBadRecord, typ)
	}
	if err != nil {
		return CompactRecord{}, err
	}
	for _, x := range tail {
		if x != 0 {
			return CompactRecord{}, fmt.Errorf("%w: nonzero padding", ErrBadRecord)
		}
	}
	return c, nil
}

// DecodeCompactPubdata splits compact slot records (the market record excluded) into records.
func DecodeCompactPubdata(p []byte) ([]CompactRecord, error) {
	if len(p)%CompactRecordSize != 0 {
		return nil, fmt.Errorf("%w: pubdata length %d is not a multiple of %d", ErrBadRecord, len(p), CompactRecordSize)
	}
	out := make([]CompactRecord, 0, len(p)/CompactRecordSize)
	for i := 0; i < len(p); i += CompactRecordSize {
		c, err := DecodeCompactRecord(p[i : i+CompactRecordSize])
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", i/CompactRecordSize, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// typeByte returns the first byte of a compact record: the type in the high nibble, the market in the low one.
func typeByte(typ int, market uint8) (byte, error) {
	if typ == RecordTrade || typ == RecordLiquidate || typ == RecordDeleverage || typ == RecordForcedTrade ||
		typ == RecordMarketParams {
		if market == 0 || market > MarketCount {
			return 0, fmt.Errorf("%w: market %d", ErrUnencodable, market)
		}
	}
	return byte(typ)<<4 | market, nil
}

// checkID refuses an account id of more than AccountTreeDepth bits.
func checkID(ids ...uint32) error {
	for _, id := range ids {
		if id >= 1<<AccountTreeDepth {
			return fmt.Errorf("%w: account id %d", ErrUnencodable, id)
		}
	}
	return nil
}

// slotNonce packs an order slot (SlotTreeDepth bits) and a nonce (RecordNonceBits bits) into 36 bits.
func slotNonce(slot uint16, nonce uint32) (uint64, error) {
	if slot >= 1<<SlotTreeDepth {
		return 0, fmt.Errorf("%w: slot %d", ErrUnencodable, slot)
	}
	if nonce > MaxRecordNonce {
		return 0, fmt.Errorf("%w: nonce %d above %d", ErrUnencodable, nonce, MaxRecordNonce)
	}
	return uint64(slot)<<RecordNonceBits | uint64(nonce), nil
}

// splitSlotNonce is slotNonce's inverse on its low 36 bits.
func splitSlotNonce(v uint64) (uint16, uint32) {
	return uint16(v>>RecordNonceBits) & (1<<SlotTreeDepth - 1), uint32(v) & MaxRecordNonce
}

func putU40(b []byte, v uint64) {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], v)
	copy(b, t[3:])
}

func u40(b []byte) uint64 {
	var t [8]byte
	copy(t[3:], b)
	return binary.BigEndian.Uint64(t[:])
}

func putU72(b []byte, hi, lo uint64) {
	// hi and lo are 36-bit halves.
	putU40(b[0:5], hi<<4|lo>>32)
	binary.BigEndian.PutUint32(b[5:9], uint32(lo))
}

func u72(b []byte) (hi, lo uint64) {
	top := u40(b[0:5])
	return top >> 4, (top&0xf)<<32 | uint64(binary.BigEndian.Uint32(b[5:9]))
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// ErrTagMismatch reports data offered for a compact record's tag that the tag does not bind.
var ErrTagMismatch = fmt.Errorf("%w: tag mismatch", ErrBadRecord)

// WithDeposit returns the record a compact record stands for in a replay (ReplayBatch): a Deposit's owner and key
// are taken from its DepositQueued log, and must match its tag (ErrTagMismatch otherwise); any other record is
// returned as decoded (a replay does not read a Withdrawal's address, nor a ForcedTrade's).
func (c CompactRecord) WithDeposit(owner L1Address, pubKey [32]byte) (Record, error) {
	if c.Deposit == nil {
		return c.Record, nil
	}
	if tag := DepositTag(owner, pubKey); string(tag[:]) != string(c.Tag) {
		return Record{}, fmt.Errorf("%w: deposit to account %d", ErrTagMismatch, c.Deposit.AccountID)
	}
	d := *c.Deposit
	d.L1Address, d.PubKey = owner, pubKey
	return Record{Deposit: &d}, nil
}
