package book

import (
	"math/big"
	"math/bits"
)

// Exposure is an account's open orders in one market: the size and the notional (Σ size · limit price,
// scaled by PriceScale) of each side, summed exactly without allocating (admission sums every open order of
// the account under the service lock).
type Exposure struct {
	BidSize, AskSize         U128
	BidNotional, AskNotional u192
}

// u128 and u192 are unsigned integers, little-endian words: exact for sums of up to 2^64 terms below 2^64
// (sizes) and 2^128 (notionals).
type (
	U128 [2]uint64
	u192 [3]uint64
)

func (x *U128) add(v uint64) {
	var c uint64
	x[0], c = bits.Add64(x[0], v, 0)
	x[1] += c
}

func (x *U128) sub(v uint64) {
	var b uint64
	x[0], b = bits.Sub64(x[0], v, 0)
	x[1] -= b
}

func (x *u192) subMul(a, b uint64) {
	hi, lo := bits.Mul64(a, b)
	var c uint64
	x[0], c = bits.Sub64(x[0], lo, 0)
	x[1], c = bits.Sub64(x[1], hi, c)
	x[2] -= c
}

func (x *u192) addMul(a, b uint64) {
	hi, lo := bits.Mul64(a, b)
	var c uint64
	x[0], c = bits.Add64(x[0], lo, 0)
	x[1], c = bits.Add64(x[1], hi, c)
	x[2] += c
}

func (x *U128) Big() *big.Int { return new(big.Int).SetBits(words(x[:])) }
func (x *u192) Big() *big.Int { return new(big.Int).SetBits(words(x[:])) }

// words converts little-endian 64-bit words to big.Word digits.
func words(ws []uint64) []big.Word {
	out := make([]big.Word, 0, 2*len(ws))
	for _, w := range ws {
		if bits.UintSize == 64 {
			out = append(out, big.Word(w))
		} else {
			out = append(out, big.Word(uint32(w)), big.Word(w>>32))
		}
	}
	return out
}

func (e *Exposure) Add(buy bool, size, price uint64) {
	if buy {
		e.BidSize.add(size)
		e.BidNotional.addMul(size, price)
		return
	}
	e.AskSize.add(size)
	e.AskNotional.addMul(size, price)
}

// Sub takes an order of size at price out of e; e must hold it.
func (e *Exposure) Sub(buy bool, size, price uint64) {
	if buy {
		e.BidSize.sub(size)
		e.BidNotional.subMul(size, price)
		return
	}
	e.AskSize.sub(size)
	e.AskNotional.subMul(size, price)
}

func (e *Exposure) Empty() bool { return e.BidSize == U128{} && e.AskSize == U128{} }
