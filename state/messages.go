package state

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// OrderMsg is the signed payload of an order (docs/PROTOCOL.md §4).
type OrderMsg struct {
	AccountID     uint32
	Market        uint8
	IsBuy         bool
	Flags         uint8
	Slot          uint16
	Nonce         uint32
	ExpirySeconds uint64 // 40 bits
	MaxFeePpm     uint32 // ≤ MaxFeePpm
	SizeQuantums  uint64 // base quantums, < MaxSize
	LimitPrice    uint64 // < MaxPrice
}

// MaxExpirySeconds is the exclusive bound on signed expiry times, which are packed in 40 bits.
const MaxExpirySeconds = uint64(1) << 40

// Validate checks the bounds of docs/PROTOCOL.md §1 and §4 that make the packing of o unambiguous: expiry
// below 2^40, fee cap at most MaxFeePpm, size below MaxSize and limit price below MaxPrice. Words packs
// fields without checking them, so a message must pass Validate before its hash means anything.
func (o *OrderMsg) Validate() error {
	switch {
	case o.ExpirySeconds >= MaxExpirySeconds:
		return fmt.Errorf("%w: order expiry %d", ErrOutOfRange, o.ExpirySeconds)
	case o.MaxFeePpm > MaxFeePpm:
		return fmt.Errorf("%w: order max fee %d ppm", ErrOutOfRange, o.MaxFeePpm)
	case o.SizeQuantums >= uint64(MaxSize):
		return fmt.Errorf("%w: order size %d", ErrOutOfRange, o.SizeQuantums)
	case o.LimitPrice >= MaxPrice:
		return fmt.Errorf("%w: order limit price %d", ErrOutOfRange, o.LimitPrice)
	}
	return nil
}

// Words returns o1 and o2.
func (o *OrderMsg) Words() [2]fr.Element {
	var p packer
	p.putUint(uint64(o.AccountID), 32)
	p.putUint(uint64(o.Market), 8)
	p.putUint(boolBit(o.IsBuy), 1)
	p.putUint(uint64(o.Flags), 8)
	p.putUint(uint64(o.Slot), 16)
	p.putUint(uint64(o.Nonce), 32)
	p.putUint(o.ExpirySeconds, 40)
	p.putUint(uint64(o.MaxFeePpm), 20)
	var q packer
	q.putUint(o.SizeQuantums, 64)
	q.putUint(o.LimitPrice, 64)
	return [2]fr.Element{p.word(), q.word()}
}

// Hash returns orderMsg = H(DomainOrder, o1, o2), the word that is signed.
func (o *OrderMsg) Hash() fr.Element {
	w := o.Words()
	return Hash(Uint(DomainOrder), w[0], w[1])
}

// WithdrawalMsg is the signed payload of a withdrawal.
type WithdrawalMsg struct {
	AccountID      uint32
	Slot           uint16
	Nonce          uint32
	ExpirySeconds  uint64
	AmountQuantums uint64 // < MaxAmount
	L1Address      L1Address
}

// Validate checks that the amount is below MaxAmount and the expiry below MaxExpirySeconds.
func (w *WithdrawalMsg) Validate() error {
	switch {
	case w.AmountQuantums >= MaxAmount:
		return fmt.Errorf("%w: withdrawal amount %d", ErrOutOfRange, w.AmountQuantums)
	case w.ExpirySeconds >= MaxExpirySeconds:
		return fmt.Errorf("%w: withdrawal expiry %d", ErrOutOfRange, w.ExpirySeconds)
	}
	return nil
}

// Words returns w1 and w2.
func (w *WithdrawalMsg) Words() [2]fr.Element {
	var p packer
	p.putUint(uint64(w.AccountID), 32)
	p.putUint(uint64(w.Slot), 16)
	p.putUint(uint64(w.Nonce), 32)
	p.putUint(w.ExpirySeconds, 40)
	var q packer
	q.putUint(w.AmountQuantums, 64)
	q.put(new(big.Int).SetBytes(w.L1Address[:]), 160)
	return [2]fr.Element{p.word(), q.word()}
}

// Hash returns withdrawalMsg = H(DomainWithdrawal, w1, w2).
func (w *WithdrawalMsg) Hash() fr.Element {
	ws := w.Words()
	return Hash(Uint(DomainWithdrawal), ws[0], ws[1])
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// TransferMsg is the signed payload of a transfer of collateral from one account to another.
type TransferMsg struct {
	FromAccount    uint32
	ToAccount      uint32
	Slot           uint16
	Nonce          uint32
	ExpirySeconds  uint64
	AmountQuantums uint64 // < MaxAmount
	// MarginMode is the mode of the destination when the transfer creates it.
	MarginMode uint8
}

// Validate checks the amount, the expiry and the margin mode.
func (t *TransferMsg) Validate() error {
	switch {
	case t.AmountQuantums >= MaxAmount:
		return fmt.Errorf("%w: transfer amount %d", ErrOutOfRange, t.AmountQuantums)
	case t.ExpirySeconds >= MaxExpirySeconds:
		return fmt.Errorf("%w: transfer expiry %d", ErrOutOfRange, t.ExpirySeconds)
	case t.MarginMode > MarketCount:
		return fmt.Errorf("%w: margin mode %d", ErrOutOfRange, t.MarginMode)
	}
	return nil
}

// Words returns t1 and t2.
func (t *TransferMsg) Words() [2]fr.Element {
	var p packer
	p.putUint(uint64(t.FromAccount), 32)
	p.putUint(uint64(t.ToAccount), 32)
	p.putUint(uint64(t.Slot), 16)
	p.putUint(uint64(t.Nonce), 32)
	p.putUint(t.ExpirySeconds, 40)
	var q packer
	q.putUint(t.AmountQuantums, 64)
	q.putUint(uint64(t.MarginMode), 8)
	return [2]fr.Element{p.word(), q.word()}
}

// Hash returns transferMsg = H(DomainTransfer, t1, t2).
func (t *TransferMsg) Hash() fr.Element {
	w := t.Words()
	return Hash(Uint(DomainTransfer), w[0], w[1])
}

// OracleReport is the signed payload of one oracle's prices: a price per market (0 for unlisted markets) at a
// time.
type OracleReport struct {
	TimestampSeconds uint64 // < 2^40
	Prices           [MarketCount]uint64
}

// Validate checks the timestamp and the prices.
func (r *OracleReport) Validate() error {
	if r.TimestampSeconds >= MaxExpirySeconds {
		return fmt.Errorf("%w: oracle timestamp %d", ErrOutOfRange, r.TimestampSeconds)
	}
	for i, p := range r.Prices {
		if p >= MaxPrice {
			return fmt.Errorf("%w: oracle price %d of market %d", ErrOutOfRange, p, i+1)
		}
	}
	return nil
}

// Words returns r1 and r2.
func (r *OracleReport) Words() [2]fr.Element {
	var out [2]fr.Element
	for w := range out {
		var p packer
		for i := 0; i < MarketCount/2; i++ {
			p.putUint(r.Prices[w*MarketCount/2+i], MaxPriceBits)
		}
		out[w] = p.word()
	}
	return out
}

// Hash returns oracleMsg = H(DomainOracle, timestamp, r1, r2).
func (r *OracleReport) Hash() fr.Element {
	w := r.Words()
	return Hash(Uint(DomainOracle), Uint(r.TimestampSeconds), w[0], w[1])
}
