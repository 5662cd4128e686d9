package circuits

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/test"

	"github.com/perpx/perpx/state"
)

// pathAssignment returns a valid pathCircuit assignment for a random 4-ary path of leaf idx.
func pathAssignment(r *rand.Rand, idx uint64) (pathCircuit, []fr.Element) {
	var c pathCircuit
	sib := make([]fr.Element, accountProofLen)
	for j := range sib {
		sib[j] = randFr(r)
		c.Siblings[j] = state.BigOf(sib[j])
	}
	oldLeaf, newLeaf := randFr(r), randFr(r)
	c.Index, c.OldLeaf, c.NewLeaf = idx, state.BigOf(oldLeaf), state.BigOf(newLeaf)
	c.Root = state.BigOf(state.RootFromPath(oldLeaf, idx, sib))
	c.NewRoot = state.BigOf(state.RootFromPath(newLeaf, idx, sib))
	return c, sib
}

// TestMerklePathGadget checks the 4-ary path gadget alone with gnark's test engine: paths at every child
// position of the first and last levels solve, and a changed sibling, a swapped pair of siblings, a leaf at
// another position, a wrong old root and a wrong new root do not.
func TestMerklePathGadget(t *testing.T) {
	assert := test.NewAssert(t)
	r := rand.New(rand.NewPCG(13, 15))
	ids := []uint64{0, 1, 2, 3, 1 << 22, 1<<state.AccountTreeDepth - 1, 0b10_01_11_00}
	for _, idx := range ids {
		good, _ := pathAssignment(r, idx)
		assert.SolvingSucceeded(&pathCircuit{}, &good, test.WithCurves(ecc.BN254))
		mutations := map[string]func(c *pathCircuit){
			"sibling changed":  func(c *pathCircuit) { c.Siblings[accountProofLen-1] = state.BigOf(randFr(r)) },
			"siblings swapped": func(c *pathCircuit) { c.Siblings[0], c.Siblings[1] = c.Siblings[1], c.Siblings[0] },
			"other position":   func(c *pathCircuit) { c.Index = idx ^ 2 },
			"old root":         func(c *pathCircuit) { c.Root = state.BigOf(randFr(r)) },
			"new root":         func(c *pathCircuit) { c.NewRoot = state.BigOf(randFr(r)) },
		}
		for name, mutate := range mutations {
			bad := good
			mutate(&bad)
			if err := test.IsSolved(&pathCircuit{}, &bad, ecc.BN254.ScalarField()); err == nil {
				t.Errorf("id %d: %s: solved", idx, name)
			}
		}
	}
}

// TestCompress4Gadget checks the in-circuit C4 against state.Compress4 with gnark's test engine, and that a
// wrong output fails.
func TestCompress4Gadget(t *testing.T) {
	assert := test.NewAssert(t)
	r := rand.New(rand.NewPCG(17, 19))
	for range 4 {
		var in [treeArity]fr.Element
		var c compress4Circuit
		for j := range in {
			in[j] = randFr(r)
			c.In[j] = state.BigOf(in[j])
		}
		c.Out = state.BigOf(state.Compress4(in))
		assert.SolvingSucceeded(&compress4Circuit{}, &c, test.WithCurves(ecc.BN254))
		c.Out = state.BigOf(state.Compress(in[0], in[1]))
		assert.SolvingFailed(&compress4Circuit{}, &c, test.WithCurves(ecc.BN254))
	}
}
