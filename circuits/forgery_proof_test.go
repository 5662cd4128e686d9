package circuits

import (
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits/adversary"
	"github.com/perpx/perpx/state"
)

// freeWireCircuit has one under-determined wire when A = B = 0: x = A / B by DivUnchecked, asserted to be C.
type freeWireCircuit struct {
	A, B frontend.Variable
	C    frontend.Variable `gnark:",public"`
}

func (c *freeWireCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.DivUnchecked(c.A, c.B), c.C)
	return nil
}

// provesWithRig solves a under strat, rigs the system with the free wires' values and returns whether gnark's
// Groth16 prover, with the keys of the unmodified system, makes a proof that groth16.Verify accepts. It returns
// the solver's error when the assignment is unsatisfiable.
func provesWithRig(t *testing.T, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey,
	a frontend.Circuit, strat adversary.Strategy) (bool, error) {
	t.Helper()
	w, err := frontend.NewWitness(a, scalarField)
	if err != nil {
		t.Fatal(err)
	}
	asg, err := adversary.Solve(ccs, w, strat)
	if err != nil {
		return false, err
	}
	rigged, opts, err := adversary.Rig(ccs, asg)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(rigged, pk, w, backend.WithSolverOptions(opts...))
	if err != nil {
		t.Logf("prove: %v", err)
		return false, nil
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	return groth16.Verify(proof, vk, pub) == nil, nil
}

// TestRigProvesFreeWire shows that a satisfying assignment is all a Groth16 proof needs: on a circuit whose
// wire is free when A = B = 0, gnark's stock prover fails (its solver sets the wire to 0 ≠ C), but the same
// prover with the same keys proves the assignment the adversarial solver completes.
func TestRigProvesFreeWire(t *testing.T) {
	ccs := compileOnce(t, "free_wire", func() frontend.Circuit { return &freeWireCircuit{} })
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	a := &freeWireCircuit{A: 0, B: 0, C: 5}
	w, err := frontend.NewWitness(a, scalarField)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := groth16.Prove(ccs, pk, w); err == nil {
		t.Fatal("the stock prover proves 0/0 = 5")
	}
	var five = adversary.Strategies()[0]
	five.Value = func(adversary.Site) (v fr.Element) { v.SetUint64(5); return v }
	ok, err := provesWithRig(t, ccs, pk, vk, a, five)
	if err != nil || !ok {
		t.Fatalf("rigged proof of 0/0 = 5: verified %v, %v", ok, err)
	}
}

// TestForgedProofRejected turns the signature forgery into a real Groth16 proof when the circuit lets it: the
// signature gadget's keys, gnark's prover on the rigged system, groth16.Verify. Before the fix the forged
// proof verifies; after it the forged witness is unsatisfiable and no proof exists. An honest signature
// proven the same way is the control.
func TestForgedProofRejected(t *testing.T) {
	ccs := compileOnce(t, "eddsa", func() frontend.Circuit { return &eddsaCircuit{} })
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	sqrt := adversary.Strategies()[0]
	dev := DevPubKey()
	sig, err := AssignSignature(DummySignature())
	if err != nil {
		t.Fatal(err)
	}
	honest := &eddsaCircuit{PubKeyX: state.BigOf(dev.X), PubKeyY: state.BigOf(dev.Y), Msg: DummyMessage, Sig: sig}
	if ok, err := provesWithRig(t, ccs, pk, vk, honest, sqrt); err != nil || !ok {
		t.Fatalf("honest signature: verified %v, %v", ok, err)
	}
	x, y := neverSigningKey(t)
	forged := &eddsaCircuit{PubKeyX: x, PubKeyY: y, Msg: 0xdeadbeef, Sig: forgedSig(0)}
	ok, err := provesWithRig(t, ccs, pk, vk, forged, sqrt)
	switch {
	case errors.Is(err, adversary.ErrUnsatisfied):
		t.Logf("forged signature: no satisfying assignment (%v)", err)
	case err != nil:
		t.Fatal(err)
	case ok:
		t.Error("a real Groth16 proof of a forged signature (R = (0, 0), S = 0, a key that never signed) verifies")
	default:
		t.Error("the forged assignment satisfies the constraints but its proof does not verify")
	}
}
