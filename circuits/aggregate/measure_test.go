package aggregate

import (
	"fmt"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bw6761"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/math/emulated"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// shapeLeaf has a real leaf's shape for recursion: one public input and, with commit, one BSB22 commitment.
type shapeLeaf struct {
	X, Y   frontend.Variable
	Public frontend.Variable `gnark:",public"`
	commit bool
}

func (c *shapeLeaf) Define(api frontend.API) error {
	p := api.Mul(c.X, c.Y)
	api.AssertIsEqual(p, c.Public)
	if c.commit {
		cm, err := api.(frontend.Committer).Commit(p, c.Public)
		if err != nil {
			return err
		}
		api.AssertIsDifferent(cm, 0)
	}
	return nil
}

// verifyOuter verifies k proofs of a fixed key: the aggregation's cost without its chaining.
type verifyOuter[FR emulated.FieldParams, G1 algebra.G1ElementT, G2 algebra.G2ElementT, GT algebra.GtElementT] struct {
	Proofs    []stdgroth16.Proof[G1, G2]
	Witnesses []stdgroth16.Witness[FR]
	vk        stdgroth16.VerifyingKey[G1, G2, GT] `gnark:"-"`
}

func (c *verifyOuter[FR, G1, G2, GT]) Define(api frontend.API) error {
	v, err := stdgroth16.NewVerifier[FR, G1, G2, GT](api)
	if err != nil {
		return err
	}
	for i := range c.Proofs {
		if err := v.AssertProof(c.vk, c.Proofs[i], c.Witnesses[i], stdgroth16.WithSubgroupCheck()); err != nil {
			return err
		}
	}
	return nil
}

// measure compiles an outer circuit over outerField verifying k proofs of a shapeLeaf proven on inner.
func measure[FR emulated.FieldParams, G1 algebra.G1ElementT, G2 algebra.G2ElementT, GT algebra.GtElementT, C any](
	t *testing.T, inner ecc.ID, outer *big.Int, k int, commit bool) int {
	t.Helper()
	ccs, err := frontend.Compile(inner.ScalarField(), r1cs.NewBuilder, &shapeLeaf{commit: commit})
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	fixed, err := stdgroth16.ValueOfVerifyingKeyFixed[G1, G2, GT](vk)
	if err != nil {
		t.Fatal(err)
	}
	c := &verifyOuter[FR, G1, G2, GT]{vk: fixed}
	for range k {
		p := stdgroth16.PlaceholderProof[G1, G2](ccs)
		p.Commitments = make([]pedersen.Commitment[G1], len(fixed.CommitmentKeys))
		c.Proofs = append(c.Proofs, p)
		c.Witnesses = append(c.Witnesses, stdgroth16.PlaceholderWitness[FR](ccs))
	}
	start := time.Now()
	out, err := frontend.Compile(outer, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s inner, k=%d, commitment=%v: %d R1CS (compile %s)", inner, k, commit, out.GetNbConstraints(),
		time.Since(start).Round(time.Second))
	return out.GetNbConstraints()
}

// TestMeasureRecursion compiles the two aggregation paths for k = 1 and 2 and logs the R1CS per inner proof
// (the k = 2 minus k = 1 difference). It runs only with PERPX_MEASURE=1 (minutes of compilation); the figures are
// in docs/PROTOCOL.md, "Settlement at scale". PERPX_MEASURE=wrap also compiles the BW6-761 → BN254 wrap.
func TestMeasureRecursion(t *testing.T) {
	mode := os.Getenv("PERPX_MEASURE")
	if mode == "" {
		t.Skip("set PERPX_MEASURE=1 to compile the recursion circuits")
	}
	type row struct {
		name string
		run  func(k int) int
	}
	rows := []row{
		{"BLS12-377 in BW6-761 (native), no commitment", func(k int) int {
			return measure[sw_bls12377.ScalarField, sw_bls12377.G1Affine, sw_bls12377.G2Affine, sw_bls12377.GT, struct{}](
				t, ecc.BLS12_377, ecc.BW6_761.ScalarField(), k, false)
		}},
		{"BLS12-377 in BW6-761 (native), one commitment", func(k int) int {
			return measure[sw_bls12377.ScalarField, sw_bls12377.G1Affine, sw_bls12377.G2Affine, sw_bls12377.GT, struct{}](
				t, ecc.BLS12_377, ecc.BW6_761.ScalarField(), k, true)
		}},
		{"BN254 in BN254 (emulated), no commitment", func(k int) int {
			return measure[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl, struct{}](
				t, ecc.BN254, ecc.BN254.ScalarField(), k, false)
		}},
		{"BN254 in BN254 (emulated), one commitment", func(k int) int {
			return measure[sw_bn254.ScalarField, sw_bn254.G1Affine, sw_bn254.G2Affine, sw_bn254.GTEl, struct{}](
				t, ecc.BN254, ecc.BN254.ScalarField(), k, true)
		}},
	}
	if mode == "wrap" {
		rows = []row{{"BW6-761 in BN254 (emulated wrap), no commitment", func(k int) int {
			return measure[sw_bw6761.ScalarField, sw_bw6761.G1Affine, sw_bw6761.G2Affine, sw_bw6761.GTEl, struct{}](
				t, ecc.BW6_761, ecc.BN254.ScalarField(), k, false)
		}}}
	}
	for _, r := range rows {
		one := r.run(1)
		if mode == "wrap" {
			t.Logf("%s: k=1 %d R1CS", r.name, one)
			continue
		}
		two := r.run(2)
		t.Log(fmt.Sprintf("%s: k=1 %d, k=2 %d, per inner proof %d R1CS", r.name, one, two, two-one))
	}
}
