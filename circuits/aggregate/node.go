package aggregate

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/uints"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/perpx/perpx/circuits/blob"
)

// Proof is a BN254 Groth16 proof as the outer circuit reads it.
type Proof = stdgroth16.Proof[sw_bn254.G1Affine, sw_bn254.G2Affine]

// VerifyingKey is the inner verifying key, a constant of the outer circuit.
type VerifyingKey = stdgroth16.VerifyingKey[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl]

// ProverOption must be passed to groth16.Prove for every proof an aggregation circuit verifies (a leaf's, a
// Node's): it derives the BSB22 commitment challenge with the hash the outer circuit recomputes.
func ProverOption() backend.ProverOption {
	return stdgroth16.GetNativeProverOptions(ecc.BN254.ScalarField(), ecc.BN254.ScalarField())
}

// VerifierOption checks natively a proof produced with ProverOption.
func VerifierOption() backend.VerifierOption {
	return stdgroth16.GetNativeVerifierOptions(ecc.BN254.ScalarField(), ecc.BN254.ScalarField())
}

// ValueOfProof converts a native proof for assignment.
func ValueOfProof(p groth16.Proof) (Proof, error) {
	v, err := stdgroth16.ValueOfProof[sw_bn254.G1Affine, sw_bn254.G2Affine](p)
	if err != nil {
		return Proof{}, fmt.Errorf("aggregate: proof: %w", err)
	}
	return v, nil
}

// fixedKey converts the inner verifying key into the outer circuit's constant, with its pairing precomputation.
func fixedKey(vk groth16.VerifyingKey) (VerifyingKey, error) {
	v, err := stdgroth16.ValueOfVerifyingKeyFixed[sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](vk)
	if err != nil {
		return VerifyingKey{}, fmt.Errorf("aggregate: verifying key: %w", err)
	}
	return v, nil
}

// placeholders returns k (1 to max) empty proofs and statements shaped for vk (its commitment count).
func placeholders(vk VerifyingKey, k, max int) ([]Proof, []StatementVars, error) {
	if k < 1 || k > max {
		return nil, nil, fmt.Errorf("%w: %d, at most %d", ErrProofCount, k, max)
	}
	proofs := make([]Proof, k)
	for i := range proofs {
		proofs[i].Commitments = make([]pedersen.Commitment[sw_bn254.G1Affine], len(vk.CommitmentKeys))
	}
	return proofs, make([]StatementVars, k), nil
}

// verifyAll asserts every proof against the fixed key with its statement's hash as the one public input, and
// that the statements chain; it returns the joined statement.
func verifyAll(api frontend.API, vk VerifyingKey, proofs []Proof, children []StatementVars) (StatementVars, error) {
	if len(proofs) == 0 || len(proofs) != len(children) {
		return StatementVars{}, fmt.Errorf("%w: %d proofs, %d statements", ErrProofCount, len(proofs), len(children))
	}
	verifier, err := stdgroth16.NewVerifier[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl](api)
	if err != nil {
		return StatementVars{}, fmt.Errorf("aggregate: verifier: %w", err)
	}
	f, err := emulated.NewField[sw_bn254.ScalarField](api)
	if err != nil {
		return StatementVars{}, fmt.Errorf("aggregate: scalar field: %w", err)
	}
	for i := range proofs {
		h, err := children[i].Hash(api)
		if err != nil {
			return StatementVars{}, err
		}
		// The canonical bits of h make the emulated public input the same integer.
		pub := f.FromBits(api.ToBinary(h)...)
		w := stdgroth16.Witness[sw_bn254.ScalarField]{Public: []emulated.Element[sw_bn254.ScalarField]{*pub}}
		if err := verifier.AssertProof(vk, proofs[i], w, stdgroth16.WithSubgroupCheck()); err != nil {
			return StatementVars{}, fmt.Errorf("aggregate: proof %d: %w", i, err)
		}
	}
	return joinVars(api, children), nil
}

// Node verifies k proofs of one verifying key that chain, and states their joined statement; its public input
// has the leaf's layout (Statement.Hash), so nodes verify nodes.
type Node struct {
	Proofs   []Proof
	Children []StatementVars
	Public   frontend.Variable `gnark:",public"`
	vk       VerifyingKey      `gnark:"-"`
}

// NewNode returns the circuit of a node verifying k proofs of inner.
func NewNode(inner groth16.VerifyingKey, k int) (*Node, error) {
	vk, err := fixedKey(inner)
	if err != nil {
		return nil, err
	}
	proofs, children, err := placeholders(vk, k, MaxProofs)
	if err != nil {
		return nil, err
	}
	return &Node{Proofs: proofs, Children: children, vk: vk}, nil
}

// Define implements frontend.Circuit.
func (c *Node) Define(api frontend.API) error {
	st, err := verifyAll(api, c.vk, c.Proofs, c.Children)
	if err != nil {
		return err
	}
	h, err := st.Hash(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Public, h)
	return nil
}

// Root verifies k proofs of one verifying key that chain from an empty records accumulator, binds the blob
// whose words the leaves' records accumulator covers, and exposes Commitment for L1.
type Root struct {
	Proofs     []Proof
	Children   []StatementVars
	Words      []frontend.Variable
	VHHi, VHLo frontend.Variable
	Commitment frontend.Variable `gnark:",public"`
	vk         VerifyingKey      `gnark:"-"`
	segments   []int             `gnark:"-"`
}

// NewRoot returns the circuit of a root verifying k proofs of inner, over a blob whose first words are the
// leaves' records, segments[i] words for leaf i in order.
func NewRoot(inner groth16.VerifyingKey, k int, segments []int) (*Root, error) {
	vk, err := fixedKey(inner)
	if err != nil {
		return nil, err
	}
	proofs, children, err := placeholders(vk, k, MaxRootProofs)
	if err != nil {
		return nil, err
	}
	words := 0
	for _, n := range segments {
		words += n
	}
	return &Root{Proofs: proofs, Children: children, Words: make([]frontend.Variable, words), vk: vk,
		segments: append([]int{}, segments...)}, nil
}

// Define implements frontend.Circuit.
func (c *Root) Define(api frontend.API) error {
	st, err := verifyAll(api, c.vk, c.Proofs, c.Children)
	if err != nil {
		return err
	}
	b, err := blob.Bind(api, c.Words, c.segments, c.VHHi, c.VHLo)
	if err != nil {
		return err
	}
	api.AssertIsEqual(st.In[ChainRecords], 0)
	api.AssertIsEqual(st.Out[ChainRecords], b.RecordsHash)
	yHi, yLo, err := blob.Halves(api, b.Y)
	if err != nil {
		return err
	}
	var msg []frontend.Variable
	for j := range NbChains {
		if j != ChainRecords {
			msg = append(msg, wordBytes(api, st.In[j], 256)...)
			msg = append(msg, wordBytes(api, st.Out[j], 256)...)
		}
	}
	for _, half := range []frontend.Variable{c.VHHi, c.VHLo} {
		msg = append(msg, wordBytes(api, half, 128)...)
	}
	msg = append(msg, wordBytes(api, b.Z, 256)...)
	msg = append(msg, wordBytes(api, yHi, 128)...)
	msg = append(msg, wordBytes(api, yLo, 128)...)
	return assertSHA(api, c.Commitment, msg)
}

// wordBytes returns the big-endian bytes of v over n bits (n = 256: the canonical 254-bit form, zero-extended;
// n = 128: v is range-checked to 128 bits).
func wordBytes(api frontend.API, v frontend.Variable, n int) []frontend.Variable {
	var bits []frontend.Variable
	if n == 256 {
		bits = append(api.ToBinary(v), 0, 0)
	} else {
		bits = api.ToBinary(v, n)
	}
	out := make([]frontend.Variable, n/8)
	for i := range out {
		lo := n - 8*(i+1)
		out[i] = api.FromBinary(bits[lo : lo+8]...)
	}
	return out
}

// assertSHA asserts commitment = uint256(SHA-256(msg)) mod 2^253 for bytes msg.
func assertSHA(api frontend.API, commitment frontend.Variable, msg []frontend.Variable) error {
	h, err := sha2.New(api)
	if err != nil {
		return fmt.Errorf("aggregate: sha256: %w", err)
	}
	bapi, err := uints.NewBytes(api)
	if err != nil {
		return fmt.Errorf("aggregate: bytes: %w", err)
	}
	in := make([]uints.U8, len(msg))
	for i, v := range msg {
		in[i] = bapi.ValueOf(v)
	}
	h.Write(in)
	digest := h.Sum()
	var acc frontend.Variable = 0
	for i := range digest {
		d := bapi.Value(digest[i])
		if i == 0 {
			top := api.ToBinary(d, 8)
			d = api.FromBinary(top[:commitmentBits-8*(len(digest)-1)]...)
		}
		acc = api.Add(api.Mul(acc, 256), d)
	}
	api.AssertIsEqual(commitment, acc)
	return nil
}
