package state

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Lane-wise hashing. CompressVec and HashVec compute many independent Compress and Hash values at once with
// fr.Vector arithmetic, which gnark-crypto runs with AVX-512 IFMA on CPUs that have it (≈ 2.1 µs a
// permutation at 16 lanes against ≈ 5 µs for one permutation alone) and with its generic code elsewhere;
// either way the results are the field elements Compress gives, since the permutation is the same sequence of
// field operations. The round structure is gnark-crypto's poseidon2.Permutation for width 2 (state/hash.go's
// permutation): the external matrix circ(2, 1), rf/2 full rounds, rp partial rounds (one round key, S-box
// x^5 on the first element, internal matrix [[2, 1], [1, 3]]), rf/2 full rounds; TestCompressVec and
// FuzzCompressVec hold the two equal.
const (
	hashFullRounds    = 6
	hashPartialRounds = 50
	// vecMinLanes is the batch size from which CompressVec uses vector arithmetic: below it the scalar
	// permutation is faster (fr.Vector multiplies eight lanes at a time).
	vecMinLanes = 8
	// vecChunk is how many lanes CompressVec permutes together; longer inputs go in chunks.
	vecChunk = 64
)

// vecKeys holds each round key broadcast over vecChunk lanes.
type vecKeys struct {
	full [hashFullRounds][2]fr.Vector
	part [hashPartialRounds]fr.Vector
}

var roundKeysVec = sync.OnceValue(func() *vecKeys {
	p := poseidon2.NewParameters(2, hashFullRounds, hashPartialRounds)
	broadcast := func(c fr.Element) fr.Vector {
		v := make(fr.Vector, vecChunk)
		for i := range v {
			v[i] = c
		}
		return v
	}
	k := &vecKeys{}
	half := hashFullRounds / 2
	for i := range half {
		k.full[i] = [2]fr.Vector{broadcast(p.RoundKeys[i][0]), broadcast(p.RoundKeys[i][1])}
		r := p.RoundKeys[half+hashPartialRounds+i]
		k.full[half+i] = [2]fr.Vector{broadcast(r[0]), broadcast(r[1])}
	}
	for i := range hashPartialRounds {
		k.part[i] = broadcast(p.RoundKeys[half+i][0])
	}
	return k
})

// CompressVec sets out[i] = Compress(l[i], r[i]) for every i. The three vectors must have the same length;
// out may be l or r.
func CompressVec(out, l, r fr.Vector) {
	if len(l) != len(r) || len(out) != len(l) {
		panic("state: CompressVec: vectors of different lengths")
	}
	if len(l) < vecMinLanes {
		for i := range l {
			out[i] = Compress(l[i], r[i])
		}
		return
	}
	var scratch [3][vecChunk]fr.Element
	for lo := 0; lo < len(l); lo += vecChunk {
		hi := min(lo+vecChunk, len(l))
		n := hi - lo
		a, b, t := fr.Vector(scratch[0][:n]), fr.Vector(scratch[1][:n]), fr.Vector(scratch[2][:n])
		copy(a, l[lo:hi])
		copy(b, r[lo:hi])
		permuteVec(a, b, t)
		out := out[lo:hi]
		out.Add(b, r[lo:hi])
	}
}

// HashVec sets out[i] = Hash(words[0][i], …, words[k−1][i]) for every i: the lane-wise Merkle–Damgård hash
// from a zero state. Every word vector must have out's length.
func HashVec(out fr.Vector, words ...fr.Vector) {
	for i := range out {
		out[i].SetZero()
	}
	for _, w := range words {
		CompressVec(out, out, w)
	}
}

// permuteVec applies the permutation to the states (a[i], b[i]) in place, using t as scratch.
func permuteVec(a, b, t fr.Vector) {
	k := roundKeysVec()
	n := len(a)
	external := func() { // circ(2, 1)
		t.Add(a, b)
		a.Add(a, t)
		b.Add(b, t)
	}
	sbox := func(x fr.Vector) { // x^5
		t.Mul(x, x)
		t.Mul(t, t)
		x.Mul(x, t)
	}
	full := func(i int) {
		a.Add(a, k.full[i][0][:n])
		b.Add(b, k.full[i][1][:n])
		sbox(a)
		sbox(b)
		external()
	}
	external()
	half := hashFullRounds / 2
	for i := range half {
		full(i)
	}
	for i := range hashPartialRounds {
		a.Add(a, k.part[i][:n])
		sbox(a)
		t.Add(a, b) // [[2, 1], [1, 3]]
		a.Add(a, t)
		b.Add(b, b)
		b.Add(b, t)
	}
	for i := range half {
		full(half + i)
	}
}
