package circuits_test

import (
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

func init() { logger.Disable() }

// compiled compiles a circuit once per test binary.
type compiled struct {
	once sync.Once
	ccs  constraint.ConstraintSystem
	err  error
	new  func() frontend.Circuit
}

func (c *compiled) get(t testing.TB) constraint.ConstraintSystem {
	t.Helper()
	c.once.Do(func() {
		c.ccs, c.err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c.new())
	})
	if c.err != nil {
		t.Fatalf("compile: %v", c.err)
	}
	return c.ccs
}

var slotCircuit = &compiled{new: func() frontend.Circuit { return &circuits.SlotCircuit{} }}

// solve returns nil when the assignment satisfies the compiled circuit.
func solve(t testing.TB, c *compiled, a frontend.Circuit, opts ...solver.Option) error {
	t.Helper()
	ccs := c.get(t)
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return ccs.IsSolved(w, opts...)
}

// testTime is the batch timestamp of the slot tests; orders expire later.
const testTime = 1_000_100

// step applies one transaction to w and returns its SlotCircuit assignment.
func step(t testing.TB, w *testkit.World, apply func() *state.TxTrace) *circuits.SlotCircuit {
	t.Helper()
	root := w.AccountsRoot()
	tx := apply()
	a, err := testkit.AssignSlot(tx, root, &w.Markets, testTime)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	return a
}

// funded returns a world with accounts 0..n−1 opened with collateral each.
func funded(t testing.TB, n int, collateral uint64) *testkit.World {
	t.Helper()
	w := testkit.NewWorld()
	for i := 0; i < n; i++ {
		w.Open(uint32(i), collateral)
	}
	return w
}

// order returns an order of account id in market 1, slot and nonce given, expiring after testTime.
func order(id uint32, buy bool, slot uint16, nonce uint32, size, limit uint64) state.OrderMsg {
	return state.OrderMsg{
		AccountID: id, Market: 1, IsBuy: buy, Slot: slot, Nonce: nonce, ExpirySeconds: testTime + 3600,
		MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: limit,
	}
}
