// Package submissioncircuit is a test stand-in for the aggregation Root (circuits/aggregate): a small circuit
// whose one public input is the Root's L1 commitment, uint256(SHA-256(In_0 ‖ Out_0 ‖ In_1 ‖ Out_1 ‖ In_3 ‖ Out_3
// ‖ vh ‖ z ‖ y)) mod 2^253 (docs/PROTOCOL.md §11.3), over nine 32-byte words it takes as private inputs. The
// Rollup cannot tell its proofs from the Root's, so the contract's submission rules are tested with real Groth16
// proofs without the Root's hour-long key setup.
package submissioncircuit

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/uints"
)

// Words is the number of 32-byte words the commitment hashes: three chained pairs and the blob claim.
const Words = 9

// WordBytes is the size of one word.
const WordBytes = 32

// CommitmentBits is the width of the public input: SHA-256 reduced mod 2^253, as the Root's.
const CommitmentBits = 253

// Name is the circuit's name in the key directory (prover.LoadOrSetupCircuit).
const Name = "submission-statement"

// SubmissionStatementCircuit proves knowledge of nine 32-byte words whose SHA-256, reduced mod 2^253, is its one
// public input.
type SubmissionStatementCircuit struct {
	// Commitment is uint256(SHA-256(the words)) mod 2^253.
	Commitment frontend.Variable `gnark:",public"`
	// Words are the words' bytes, big-endian, each range checked to a byte.
	Words [Words][WordBytes]frontend.Variable
}

// Define implements frontend.Circuit.
func (c *SubmissionStatementCircuit) Define(api frontend.API) error {
	h, err := sha2.New(api)
	if err != nil {
		return fmt.Errorf("submissioncircuit: sha256: %w", err)
	}
	bapi, err := uints.NewBytes(api)
	if err != nil {
		return fmt.Errorf("submissioncircuit: bytes: %w", err)
	}
	in := make([]uints.U8, 0, Words*WordBytes)
	for i := range c.Words {
		for _, v := range c.Words[i] {
			in = append(in, bapi.ValueOf(v))
		}
	}
	h.Write(in)
	digest := h.Sum()
	// Keep the low CommitmentBits − 8·31 = 5 bits of the first byte, then recompose big-endian.
	top := api.ToBinary(bapi.Value(digest[0]), 8)
	var acc frontend.Variable = api.FromBinary(top[:CommitmentBits-8*(len(digest)-1)]...)
	for _, d := range digest[1:] {
		acc = api.Add(api.Mul(acc, 256), bapi.Value(d))
	}
	api.AssertIsEqual(c.Commitment, acc)
	return nil
}

// Commitment returns uint256(SHA-256(words)) mod 2^253, the public input of a proof for words.
func Commitment(words [Words][WordBytes]byte) *big.Int {
	h := sha256.New()
	for i := range words {
		h.Write(words[i][:])
	}
	d := new(big.Int).SetBytes(h.Sum(nil))
	return d.Mod(d, new(big.Int).Lsh(big.NewInt(1), CommitmentBits))
}

// Assign returns the full assignment for words.
func Assign(words [Words][WordBytes]byte) *SubmissionStatementCircuit {
	c := &SubmissionStatementCircuit{Commitment: Commitment(words)}
	for i := range words {
		for j, b := range words[i] {
			c.Words[i][j] = b
		}
	}
	return c
}
