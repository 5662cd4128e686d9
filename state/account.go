package state

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// ErrOutOfRange reports a value outside the bounds of docs/PROTOCOL.md §1.
var ErrOutOfRange = errors.New("state: value out of range")

// L1Address is an Ethereum address.
type L1Address [20]byte

// PubKey is an L2 public key: a point of the BN254 twisted Edwards curve in affine coordinates.
type PubKey struct {
	X, Y fr.Element
}

// IsZero reports whether k is the zero key of an empty account.
func (k PubKey) IsZero() bool { return k.X.IsZero() && k.Y.IsZero() }

// Position is one of an account's PositionSlots positions in a market.
type Position struct {
	// Market is 1..MarketCount, or 0 for an empty slot.
	Market uint8
	// SizeQuantums is the signed size in base quantums: positive long, negative short.
	SizeQuantums int64
	// FundingIndex is the market funding index cached when the position was last settled.
	FundingIndex int64
}

// IsEmpty reports whether p is an empty position slot.
func (p Position) IsEmpty() bool { return p == Position{} }

// Account is the content of an account leaf (docs/PROTOCOL.md §3.1).
type Account struct {
	PubKey    PubKey
	L1Address L1Address
	// CollateralQuantums is the signed collateral balance in quote quantums.
	CollateralQuantums int64
	// MarginMode is 0 for cross margin, or the market an isolated account is restricted to.
	MarginMode uint16
	Positions  [PositionSlots]Position
	// SlotRoot is the root of the account's order-slot tree.
	SlotRoot fr.Element
}

// EmptyAccount returns the account every unused leaf holds.
func EmptyAccount() Account { return Account{SlotRoot: EmptySlotRoot()} }

// IsEmpty reports whether a holds no owner and no value.
func (a *Account) IsEmpty() bool {
	e := EmptyAccount()
	return *a == e
}

// PositionIndex returns the slot holding market m, or -1.
func (a *Account) PositionIndex(m uint8) int {
	for i := range a.Positions {
		if a.Positions[i].Market == m {
			return i
		}
	}
	return -1
}

// FreePositionIndex returns the first empty position slot, or -1.
func (a *Account) FreePositionIndex() int {
	for i := range a.Positions {
		if a.Positions[i].IsEmpty() {
			return i
		}
	}
	return -1
}

// bias is 2^63, the offset that maps a signed 64-bit value to an unsigned one.
var bias = new(big.Int).Lsh(big.NewInt(1), 63)

// packer builds a word from bit fields, low bits first.
type packer struct {
	v     big.Int
	shift uint
}

func (p *packer) put(v *big.Int, bits uint) {
	var t big.Int
	t.Lsh(v, p.shift)
	p.v.Or(&p.v, &t)
	p.shift += bits
}

func (p *packer) putUint(v uint64, bits uint) { p.put(new(big.Int).SetUint64(v), bits) }

func (p *packer) putSigned(v int64) { p.put(new(big.Int).Add(big.NewInt(v), bias), 64) }

func (p *packer) word() fr.Element { return Word(&p.v) }

// Validate checks that every field of a is within the protocol's bounds: markets and the margin mode at most
// MarketCount, |size| < MaxSize, and collateral in (−2^63, 2^63).
func (a *Account) Validate() error {
	for i, p := range a.Positions {
		if p.Market > MarketCount {
			return fmt.Errorf("%w: position %d market %d", ErrOutOfRange, i, p.Market)
		}
		if p.SizeQuantums <= -MaxSize || p.SizeQuantums >= MaxSize {
			return fmt.Errorf("%w: position %d size %d", ErrOutOfRange, i, p.SizeQuantums)
		}
	}
	if a.CollateralQuantums == math.MinInt64 {
		return fmt.Errorf("%w: collateral %d", ErrOutOfRange, a.CollateralQuantums)
	}
	if a.MarginMode > MarketCount {
		return fmt.Errorf("%w: margin mode %d", ErrOutOfRange, a.MarginMode)
	}
	return nil
}

// W0 returns the packed word of the L1 address, collateral and margin mode.
func (a *Account) W0() fr.Element {
	var p packer
	p.put(new(big.Int).SetBytes(a.L1Address[:]), 160)
	p.putSigned(a.CollateralQuantums)
	p.putUint(uint64(a.MarginMode), 16)
	return p.word()
}

// Word returns the packed word of a position.
func (p Position) Word() fr.Element {
	var pk packer
	pk.putUint(uint64(p.Market), 8)
	pk.putSigned(p.SizeQuantums)
	pk.putSigned(p.FundingIndex)
	return pk.word()
}

// Words returns the leaf preimage: pubKeyX, pubKeyY, w0, the K position words and the slot root.
func (a *Account) Words() []fr.Element {
	w := make([]fr.Element, 0, 4+PositionSlots)
	w = append(w, a.PubKey.X, a.PubKey.Y, a.W0())
	for _, p := range a.Positions {
		w = append(w, p.Word())
	}
	return append(w, a.SlotRoot)
}

// Hash returns the account leaf, H4(Words()): four C4 steps over the twelve words (docs/PROTOCOL.md §3.1).
func (a *Account) Hash() fr.Element { return Hash4(a.Words()...) }

// EmptyLeaf returns the leaf of the empty account.
func EmptyLeaf() fr.Element {
	a := EmptyAccount()
	return a.Hash()
}
