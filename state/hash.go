package state

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

var permutation = sync.OnceValue(func() *poseidon2.Permutation {
	return poseidon2.NewPermutation(2, 6, 50)
})

// Compress is the Poseidon2 two-to-one compression C(l, r) = P(l, r)[1] + r used for Merkle nodes and as the
// round function of Hash.
func Compress(l, r fr.Element) fr.Element {
	x := [2]fr.Element{l, r}
	if err := permutation().Permutation(x[:]); err != nil {
		panic(err) // width is fixed at 2; an error here is a programming error
	}
	var out fr.Element
	out.Add(&x[1], &r)
	return out
}

// Hash is the Merkle–Damgård hash H(x1, …, xn) = C(…C(C(0, x1), x2)…, xn).
func Hash(words ...fr.Element) fr.Element {
	var h fr.Element
	for _, w := range words {
		h = Compress(h, w)
	}
	return h
}

// Word returns the field element of a non-negative integer smaller than r.
func Word(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}

// Uint returns the field element of v.
func Uint(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// Bytes32 returns the 32-byte big-endian encoding of a word.
func Bytes32(e fr.Element) [32]byte {
	return e.Bytes()
}
