package circuits

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits/adversary"
	"github.com/perpx/perpx/state"
)

// neverSigningKey returns the public key of a key that signs nothing in these tests.
func neverSigningKey(t testing.TB) (x, y *big.Int) {
	t.Helper()
	seed := sha256.Sum256([]byte("perpx/circuits: a key that never signs"))
	k, err := eddsa.GenerateKey(bytes.NewReader(seed[:]))
	if err != nil {
		t.Fatal(err)
	}
	return state.BigOf(k.PublicKey.A.X), state.BigOf(k.PublicKey.A.Y)
}

// forgedSig is the forged signature: R = (0, 0), which is not on the curve, and the scalar s.
func forgedSig(s int64) SignatureVars {
	var sig SignatureVars
	sig.R.X, sig.R.Y, sig.S = 0, 0, s
	return sig
}

// attack runs the adversarial solver on an assignment of ccs and fails the test for every strategy under which
// the completed assignment satisfies every constraint.
func attack(t *testing.T, name string, newCircuit func() frontend.Circuit, a frontend.Circuit) {
	t.Helper()
	ccs := compileOnce(t, name, newCircuit)
	w, err := frontend.NewWitness(a, scalarField)
	if err != nil {
		t.Fatal(err)
	}
	acc, err := adversary.Attack(ccs, w, adversary.Strategies())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acc {
		t.Errorf("%s: a forged signature satisfies all %d constraints when the prover sets the free wires "+
			"(constraints %v) to %s", name, ccs.GetNbConstraints(), constraintsOf(a.Free), a.Strategy)
	}
}

func constraintsOf(sites []adversary.Site) []int {
	out := make([]int, len(sites))
	for i, s := range sites {
		out[i] = s.Constraint
	}
	return out
}

// TestForgedSignatureRejected attacks the signature gadget as a malicious prover: a key that never signed, an
// arbitrary message, R = (0, 0) and several S; every under-determined wire gets each adversarial value. The
// gadget must reject every such witness (docs/PROTOCOL.md §10).
func TestForgedSignatureRejected(t *testing.T) {
	x, y := neverSigningKey(t)
	newCircuit := func() frontend.Circuit { return &eddsaCircuit{} }
	for _, s := range []int64{0, 1, 12345} {
		attack(t, "eddsa", newCircuit, &eddsaCircuit{PubKeyX: x, PubKeyY: y, Msg: 0xdeadbeef, Sig: forgedSig(s)})
	}
	// Points off the curve in the key: the gadget must reject them as well.
	dev := DevPubKey()
	sig, err := AssignSignature(DummySignature())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range [][2]any{{0, 0}, {state.BigOf(dev.X), 0}, {0, state.BigOf(dev.Y)}} {
		attack(t, "eddsa", newCircuit, &eddsaCircuit{PubKeyX: k[0], PubKeyY: k[1], Msg: DummyMessage, Sig: sig})
	}
}

// TestAdversarySolvesHonestSignature is the control of the attack: the adversarial solver and the evaluator
// accept an honest signature (so a rejection above is the circuit's, not the solver's), and reject it once
// the message changes.
func TestAdversarySolvesHonestSignature(t *testing.T) {
	ccs := compileOnce(t, "eddsa", func() frontend.Circuit { return &eddsaCircuit{} })
	dev := DevPubKey()
	sig, err := AssignSignature(DummySignature())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		msg  int
		want int
	}{{DummyMessage, len(adversary.Strategies())}, {DummyMessage + 1, 0}} {
		a := &eddsaCircuit{PubKeyX: state.BigOf(dev.X), PubKeyY: state.BigOf(dev.Y), Msg: tc.msg, Sig: sig}
		w, err := frontend.NewWitness(a, scalarField)
		if err != nil {
			t.Fatal(err)
		}
		acc, err := adversary.Attack(ccs, w, adversary.Strategies())
		if err != nil {
			t.Fatal(err)
		}
		if len(acc) != tc.want {
			t.Fatalf("message %d: %d strategies accepted, want %d", tc.msg, len(acc), tc.want)
		}
		for _, a := range acc {
			if len(a.Free) != 0 {
				t.Fatalf("honest signature: free wires at constraints %v", constraintsOf(a.Free))
			}
		}
	}
	var i fr.Element = adversary.SqrtMinusOne()
	var sq fr.Element
	if sq.Square(&i); !sq.Equal(new(fr.Element).Neg(new(fr.Element).SetOne())) {
		t.Fatal("SqrtMinusOne is not a square root of −1")
	}
}
