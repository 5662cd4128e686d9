package state

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

var permutation = sync.OnceValue(func() *poseidon2.Permutation {
	return poseidon2.NewPermutation(2, 6, 50)
})

// Width-4 Poseidon2 (docs/PROTOCOL.md §2): gnark-crypto's BN254 instance with the reference parameters, 8 full
// and 56 partial rounds (NewPermutation panics on any other count for width 4).
const (
	width4FullRounds    = 8
	width4PartialRounds = 56
)

var permutation4 = sync.OnceValue(func() *poseidon2.Permutation {
	return poseidon2.NewPermutation(TreeArity, width4FullRounds, width4PartialRounds)
})

// Compress4 is the four-to-one compression C4(x0, x1, x2, x3) = P4(x0, x1, x2, x3)[3] + x3 of the 4-ary Merkle
// trees (docs/PROTOCOL.md §2): the width-4 permutation's last output with a feed-forward of the last input, as
// Compress does at width 2.
func Compress4(x [TreeArity]fr.Element) fr.Element {
	in := x
	if err := permutation4().Permutation(x[:]); err != nil {
		panic(err) // width is fixed at 4; an error here is a programming error
	}
	var out fr.Element
	out.Add(&x[TreeArity-1], &in[TreeArity-1])
	return out
}

// LeafRate is the number of words each step of Hash4 absorbs: C4 takes the chain value and three words.
const LeafRate = TreeArity - 1

// Hash4 is the Merkle–Damgård hash over C4 with a zero IV, three words a step (docs/PROTOCOL.md §2):
// H4(x1, …, x3m) = C4(…C4(C4(0, x1, x2, x3), x4, x5, x6)…, x3m−2, x3m−1, x3m). It hashes the account leaf. Every
// use has a fixed arity, a multiple of three; another arity is a programming error and panics.
func Hash4(words ...fr.Element) fr.Element {
	if len(words)%LeafRate != 0 {
		panic(fmt.Sprintf("state: Hash4 of %d words, not a multiple of %d", len(words), LeafRate))
	}
	var h fr.Element
	for i := 0; i < len(words); i += LeafRate {
		h = Compress4([TreeArity]fr.Element{h, words[i], words[i+1], words[i+2]})
	}
	return h
}

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
