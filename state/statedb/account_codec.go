package statedb

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/perpx/perpx/state"
)

// accountEncodingVersion is the first byte of every stored account.
const accountEncodingVersion = 1

// Flags of the stored account encoding: which optional fields follow.
const (
	accountHasKey      = 1 << 0
	accountHasAddress  = 1 << 1
	accountHasSlotRoot = 1 << 2
	accountFlagsMask   = accountHasKey | accountHasAddress | accountHasSlotRoot
)

// The position bitmap of the stored encoding is one byte, so an account holds at most 8 positions.
var _ [8 - state.PositionSlots]struct{}

// EncodeAccount returns the compact storage encoding of a, version 1:
//
//	version u8 (= 1) | flags u8 | positions bitmap u8
//	| [pubKeyX 32 | pubKeyY 32]   if flags bit 0 (key is not zero)
//	| [l1Address 20]              if flags bit 1 (address is not zero)
//	| collateral varint | marginMode uvarint
//	| for each bit k set in the bitmap (position k not empty): market u8 | size varint | fundingIndex varint
//	| [slotRoot 32]               if flags bit 2 (slot root is not EmptySlotRoot)
//
// Varints are those of encoding/binary (zig-zag for signed values) and words are 32-byte big-endian. The empty
// account encodes to 5 bytes. The encoding is internal to the tree's store and is not part of the protocol.
func EncodeAccount(a *state.Account) []byte {
	b := make([]byte, 3, 128)
	b[0] = accountEncodingVersion
	if !a.PubKey.IsZero() {
		b[1] |= accountHasKey
		b = appendWord(b, a.PubKey.X)
		b = appendWord(b, a.PubKey.Y)
	}
	if a.L1Address != (state.L1Address{}) {
		b[1] |= accountHasAddress
		b = append(b, a.L1Address[:]...)
	}
	b = binary.AppendVarint(b, a.CollateralQuantums)
	b = binary.AppendUvarint(b, uint64(a.MarginMode))
	for k, p := range a.Positions {
		if p.IsEmpty() {
			continue
		}
		b[2] |= 1 << k
		b = append(b, p.Market)
		b = binary.AppendVarint(b, p.SizeQuantums)
		b = binary.AppendVarint(b, p.FundingIndex)
	}
	if a.SlotRoot != state.EmptySlotRoot() {
		b[1] |= accountHasSlotRoot
		b = appendWord(b, a.SlotRoot)
	}
	return b
}

// DecodeAccount decodes the output of EncodeAccount. It accepts only the canonical encoding of a valid
// account: for every account a, DecodeAccount(EncodeAccount(&a)) returns a when a.Validate() is nil, and every
// input it accepts is EncodeAccount of its result.
func DecodeAccount(b []byte) (state.Account, error) {
	d := decoder{b: b}
	if v := d.byte(); d.err == nil && v != accountEncodingVersion {
		d.fail("account encoding version %d", v)
	}
	flags := d.byte()
	if flags&^accountFlagsMask != 0 {
		d.fail("account flags %#x", flags)
	}
	bitmap := d.byte()
	var a state.Account
	if flags&accountHasKey != 0 {
		a.PubKey.X = d.word()
		a.PubKey.Y = d.word()
	}
	if flags&accountHasAddress != 0 {
		copy(a.L1Address[:], d.take(len(a.L1Address)))
	}
	a.CollateralQuantums = d.varint()
	a.MarginMode = uint16(d.bounded(math.MaxUint16))
	for k := range a.Positions {
		if bitmap>>k&1 == 1 {
			a.Positions[k] = state.Position{Market: d.byte(), SizeQuantums: d.varint(), FundingIndex: d.varint()}
		}
	}
	if uint(bitmap)>>state.PositionSlots != 0 {
		d.fail("position bitmap %#x", bitmap)
	}
	a.SlotRoot = state.EmptySlotRoot()
	if flags&accountHasSlotRoot != 0 {
		a.SlotRoot = d.word()
	}
	if err := d.finish(); err != nil {
		return state.Account{}, err
	}
	if err := a.Validate(); err != nil {
		return state.Account{}, fmt.Errorf("%w: %w", ErrBadEncoding, err)
	}
	if !bytes.Equal(EncodeAccount(&a), b) {
		return state.Account{}, fmt.Errorf("%w: account encoding is not canonical", ErrBadEncoding)
	}
	return a, nil
}
