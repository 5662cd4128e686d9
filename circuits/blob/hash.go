package blob

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	stdposeidon2 "github.com/consensys/gnark/std/permutation/poseidon2"
)

// The sponge is gnark-crypto's BN254 Poseidon2 permutation of width 8 with the reference round numbers (8 full,
// 57 partial rounds: 128-bit security with the full-round margin). Rate 7, capacity 1 (the last state word).
const (
	SpongeWidth         = 8
	SpongeRate          = SpongeWidth - 1
	spongeFullRounds    = 8
	spongePartialRounds = 57
)

// Domain tags separate the sponge's uses; the capacity word starts as tag·2^64 + number of inputs.
const (
	// TagRecords hashes the blob words of one segment (one leaf's records).
	TagRecords uint64 = 1
	// TagChain chains segment hashes in order: h_j = Sponge(TagChain, h_{j-1}, segment hash j).
	TagChain uint64 = 2
	// TagChallenge derives the evaluation point: z = Sponge(TagChallenge, records hash, vh_hi, vh_lo).
	TagChallenge uint64 = 3
	// TagLeaf hashes a statement (of a leaf or an aggregation node) into its one public input (package aggregate).
	TagLeaf uint64 = 4
)

var nativePerm = poseidon2.NewPermutation(SpongeWidth, spongeFullRounds, spongePartialRounds)

// capacity returns the sponge's initial capacity word for a tag and an input count.
func capacity(tag uint64, n int) *big.Int {
	c := new(big.Int).Lsh(new(big.Int).SetUint64(tag), 64)
	return c.Add(c, big.NewInt(int64(n)))
}

// Sponge hashes inputs under a domain tag with the width-8 Poseidon2 sponge and returns the first state word.
func Sponge(tag uint64, inputs ...fr.Element) fr.Element {
	var st [SpongeWidth]fr.Element
	st[SpongeWidth-1].SetBigInt(capacity(tag, len(inputs)))
	for i := 0; i < len(inputs) || i == 0; i += SpongeRate {
		for j := 0; j < SpongeRate && i+j < len(inputs); j++ {
			st[j].Add(&st[j], &inputs[i+j])
		}
		if err := nativePerm.Permutation(st[:]); err != nil {
			panic(fmt.Sprintf("blob: poseidon2 permutation: %v", err)) // the width is fixed: unreachable
		}
	}
	return st[0]
}

// SpongeCircuit is the in-circuit twin of Sponge.
func SpongeCircuit(api frontend.API, tag uint64, inputs ...frontend.Variable) (frontend.Variable, error) {
	perm, err := stdposeidon2.NewPoseidon2FromParameters(api, SpongeWidth, spongeFullRounds, spongePartialRounds)
	if err != nil {
		return nil, fmt.Errorf("blob: poseidon2: %w", err)
	}
	st := make([]frontend.Variable, SpongeWidth)
	for j := range st {
		st[j] = 0
	}
	st[SpongeWidth-1] = capacity(tag, len(inputs))
	for i := 0; i < len(inputs) || i == 0; i += SpongeRate {
		for j := 0; j < SpongeRate && i+j < len(inputs); j++ {
			st[j] = api.Add(st[j], inputs[i+j])
		}
		if err := perm.Permutation(st); err != nil {
			return nil, fmt.Errorf("blob: poseidon2 permutation: %w", err)
		}
	}
	return st[0], nil
}
