package state

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Errors of the order-slot rule (docs/PROTOCOL.md §3.2).
var (
	ErrNonceReused = errors.New("state: slot nonce not larger than the slot's")
	ErrZeroNonce   = errors.New("state: nonce must be at least 1")
	ErrOverfill    = errors.New("state: fill exceeds the order's remaining size")
)

// Slot is an order slot: the nonce of the last message that used it and the amount filled under that nonce.
type Slot struct {
	Nonce  uint32
	Filled uint64
}

// Word returns the slot's leaf value filled | nonce << 64.
func (s Slot) Word() fr.Element {
	v := new(big.Int).SetUint64(uint64(s.Nonce))
	v.Lsh(v, 64)
	v.Or(v, new(big.Int).SetUint64(s.Filled))
	return Word(v)
}

// SlotFromWord decodes a slot leaf value.
func SlotFromWord(e fr.Element) (Slot, error) {
	var v big.Int
	e.BigInt(&v)
	if v.BitLen() > 96 {
		return Slot{}, fmt.Errorf("%w: slot word has %d bits", ErrOutOfRange, v.BitLen())
	}
	filled := new(big.Int).And(&v, new(big.Int).SetUint64(^uint64(0))).Uint64()
	return Slot{Nonce: uint32(new(big.Int).Rsh(&v, 64).Uint64()), Filled: filled}, nil
}

// FilledBefore returns the amount already filled for a message with nonce n in slot s: 0 when n starts the
// slot afresh, s.Filled when n continues it. With strict set (withdrawals), n must be larger than s.Nonce.
func (s Slot) FilledBefore(n uint32, strict bool) (uint64, error) {
	switch {
	case n == 0:
		return 0, ErrZeroNonce
	case n < s.Nonce, strict && n == s.Nonce:
		return 0, fmt.Errorf("%w: nonce %d, slot nonce %d", ErrNonceReused, n, s.Nonce)
	case n > s.Nonce:
		return 0, nil
	}
	return s.Filled, nil
}

// Fill applies a fill of q under an order of the given size and nonce and returns the new slot.
func (s Slot) Fill(n uint32, q, size uint64) (Slot, error) {
	f, err := s.FilledBefore(n, false)
	if err != nil {
		return s, err
	}
	if q > size || f > size-q {
		return s, fmt.Errorf("%w: filled %d + %d > %d", ErrOverfill, f, q, size)
	}
	return Slot{Nonce: n, Filled: f + q}, nil
}

// EmptyNodes returns the hashes of empty subtrees of a 4-ary tree of the given number of levels whose empty
// leaf is leaf: EmptyNodes[0] = leaf, EmptyNodes[levels] = the empty root.
func EmptyNodes(leaf fr.Element, levels int) []fr.Element {
	n := make([]fr.Element, levels+1)
	n[0] = leaf
	for i := 1; i <= levels; i++ {
		n[i] = Compress4([TreeArity]fr.Element{n[i-1], n[i-1], n[i-1], n[i-1]})
	}
	return n
}

var emptySlotNodes = sync.OnceValue(func() []fr.Element { return EmptyNodes(fr.Element{}, SlotTreeLevels) })

var emptyAccountNodes = sync.OnceValue(func() []fr.Element { return EmptyNodes(EmptyLeaf(), AccountTreeLevels) })

// EmptySlotNodes returns the empty-subtree hashes of an order-slot tree, leaf level first.
func EmptySlotNodes() []fr.Element { return emptySlotNodes() }

// EmptyAccountNodes returns the empty-subtree hashes of the account tree, leaf level first.
func EmptyAccountNodes() []fr.Element { return emptyAccountNodes() }

// EmptySlotRoot returns the root of an order-slot tree with every slot empty.
func EmptySlotRoot() fr.Element { return emptySlotNodes()[SlotTreeLevels] }
