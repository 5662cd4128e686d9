package adversary_test

import (
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/perpx/perpx/circuits/adversary"
)

func init() { logger.Disable() }

// divCircuit divides A by B with the primitive named by Op and asserts the quotient is C.
type divCircuit struct {
	A, B, C frontend.Variable
	Op      string `gnark:"-"`
}

func (c *divCircuit) Define(api frontend.API) error {
	var q frontend.Variable
	switch c.Op {
	case "DivUnchecked":
		q = api.DivUnchecked(c.A, c.B)
	case "Div":
		q = api.Div(c.A, c.B)
	case "Inverse":
		q = api.Mul(c.A, api.Inverse(c.B))
	case "IsZero":
		q = api.Add(c.A, api.IsZero(c.B))
	}
	api.AssertIsEqual(q, c.C)
	return nil
}

func compile(t *testing.T, op string) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &divCircuit{Op: op})
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// TestDivisionSites checks the static analysis on gnark's primitives: DivUnchecked is a site (its d·x = n
// leaves x free when d = n = 0); Div and Inverse are not (their inverse constraint d·inv = 1 cannot hold with
// d = 0), and neither is IsZero.
func TestDivisionSites(t *testing.T) {
	for op, want := range map[string]int{"DivUnchecked": 1, "Div": 0, "Inverse": 0, "IsZero": 0} {
		sites, err := adversary.DivisionSites(compile(t, op))
		if err != nil {
			t.Fatal(err)
		}
		if len(sites) != want {
			t.Errorf("%s: %d division sites, want %d", op, len(sites), want)
		}
	}
}

// TestSolveFreeWire checks that the adversarial solver finds the free wire of 0/0 and that the evaluator
// accepts the completed assignment exactly when the chosen value is the asserted one.
func TestSolveFreeWire(t *testing.T) {
	ccs := compile(t, "DivUnchecked")
	w, err := frontend.NewWitness(&divCircuit{A: 0, B: 0, C: 5}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	var five fr.Element
	five.SetUint64(5)
	for _, tc := range []struct {
		strat adversary.Strategy
		ok    bool
	}{{adversary.Constant("5", five), true}, {adversary.Constant("0", fr.Element{}), false}} {
		a, err := adversary.Solve(ccs, w, tc.strat)
		if !tc.ok {
			if !errors.Is(err, adversary.ErrUnsatisfied) {
				t.Fatalf("strategy %s: %v, want ErrUnsatisfied", tc.strat.Name, err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Free) != 1 {
			t.Fatalf("%d free sites, want 1", len(a.Free))
		}
		if err := adversary.Check(ccs, a.Values); err != nil {
			t.Fatal(err)
		}
		a.Values[a.Free[0].Wire].SetUint64(6)
		if err := adversary.Check(ccs, a.Values); !errors.Is(err, adversary.ErrUnsatisfied) {
			t.Fatalf("Check of a broken assignment: %v, want ErrUnsatisfied", err)
		}
	}
}
