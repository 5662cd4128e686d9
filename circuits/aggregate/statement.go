package aggregate

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits/blob"
)

// The chained pairs of a statement, in the order they are hashed.
const (
	// ChainState is the state commitment (the leaf defines it: a root, or a hash of the root and header fields).
	ChainState = iota
	// ChainBatch is the batch number: In is the last batch before the proof, Out the last one it covers.
	ChainBatch
	// ChainRecords is the blob records accumulator: Out = blob.Chain(In, Sponge(TagRecords, the leaf's words)).
	ChainRecords
	// ChainCalldata is the accumulator of the records L1 acts on (a leaf-defined hash chain L1 recomputes).
	ChainCalldata
	// NbChains is the number of chained pairs.
	NbChains
)

// commitmentBits is the width of the Root's public input: SHA-256 reduced mod 2^253, as the batch circuit's.
const commitmentBits = 253

var (
	// ErrGap reports two statements that do not chain: the first's Out differs from the second's In.
	ErrGap = errors.New("aggregate: statements do not chain")
	// ErrProofCount reports an aggregation of no proofs, or of more than MaxProofs.
	ErrProofCount = errors.New("aggregate: proof count out of range")
)

// MaxProofs bounds the proofs a Node verifies and MaxRootProofs those of a Root, which also binds a blob (up to
// 1.27 M R1CS for 4,096 words). Measured: 1.60 M R1CS per inner proof with one BSB22 commitment (a real leaf or a
// node), 1.15 M without. At ≈ 2.3 KB per R1CS while proving, a node must stay under ≈ 11 M R1CS to fit the 24 GiB
// of one machine: 6 proofs are ≈ 9.7 M (≈ 22 GB); a Root of 5 and a full blob ≈ 9.3 M (≈ 21 GB).
const (
	MaxProofs     = 6
	MaxRootProofs = 5
)

// Statement is the native form of a proof's statement.
type Statement struct {
	In, Out [NbChains]fr.Element
}

// Hash returns the statement's public input: Sponge(TagLeaf, In_0, Out_0, …).
func (s Statement) Hash() fr.Element {
	return blob.Sponge(blob.TagLeaf, s.flat()...)
}

func (s Statement) flat() []fr.Element {
	out := make([]fr.Element, 0, 2*NbChains)
	for j := range NbChains {
		out = append(out, s.In[j], s.Out[j])
	}
	return out
}

// Join returns the statement of proofs proving a, then b: a's In and b's Out, when a's Out is b's In.
func Join(a, b Statement) (Statement, error) {
	for j := range NbChains {
		if a.Out[j] != b.In[j] {
			return Statement{}, fmt.Errorf("%w: pair %d", ErrGap, j)
		}
	}
	return Statement{In: a.In, Out: b.Out}, nil
}

// JoinAll joins statements in order.
func JoinAll(ss []Statement) (Statement, error) {
	if len(ss) == 0 {
		return Statement{}, fmt.Errorf("%w: none", ErrProofCount)
	}
	acc := ss[0]
	for i, s := range ss[1:] {
		var err error
		if acc, err = Join(acc, s); err != nil {
			return Statement{}, fmt.Errorf("proof %d: %w", i+1, err)
		}
	}
	return acc, nil
}

// Claim is the blob claim the contract checks with BLOBHASH and the point-evaluation precompile.
type Claim struct {
	VersionedHash [32]byte
	Z, Y          [32]byte
}

// Commitment returns the Root's public input for a joined statement and its blob claim:
// uint256(SHA-256(state In ‖ state Out ‖ batch In ‖ batch Out ‖ calldata In ‖ calldata Out ‖ versioned hash ‖ z ‖
// y)) mod 2^253, each value 32 bytes big-endian. The records accumulator is not in it: the Root proves it starts
// empty and ends at the blob's records hash, which the versioned hash, z and y bind.
func Commitment(s Statement, c Claim) *big.Int {
	h := sha256.New()
	for j := range NbChains {
		if j == ChainRecords {
			continue
		}
		in, out := s.In[j].Bytes(), s.Out[j].Bytes()
		h.Write(in[:])
		h.Write(out[:])
	}
	h.Write(c.VersionedHash[:])
	h.Write(c.Z[:])
	h.Write(c.Y[:])
	d := new(big.Int).SetBytes(h.Sum(nil))
	return d.Mod(d, new(big.Int).Lsh(big.NewInt(1), commitmentBits))
}

// StatementVars is the in-circuit form of a statement.
type StatementVars struct {
	In, Out [NbChains]frontend.Variable
}

// ValueOf assigns a native statement.
func ValueOf(s Statement) StatementVars {
	var v StatementVars
	for j := range NbChains {
		v.In[j], v.Out[j] = s.In[j], s.Out[j]
	}
	return v
}

// Hash returns the statement's public input in-circuit.
func (s StatementVars) Hash(api frontend.API) (frontend.Variable, error) {
	return blob.SpongeCircuit(api, blob.TagLeaf, s.flat()...)
}

func (s StatementVars) flat() []frontend.Variable {
	out := make([]frontend.Variable, 0, 2*NbChains)
	for j := range NbChains {
		out = append(out, s.In[j], s.Out[j])
	}
	return out
}

// joinVars asserts that the statements chain and returns the joined statement.
func joinVars(api frontend.API, ss []StatementVars) StatementVars {
	acc := ss[0]
	for _, s := range ss[1:] {
		for j := range NbChains {
			api.AssertIsEqual(acc.Out[j], s.In[j])
		}
		acc.Out = s.Out
	}
	return acc
}
