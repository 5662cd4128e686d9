package prover

import (
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

const batchTime = 1_000_100

var batch2 = sync.OnceValues(func() (constraint.ConstraintSystem, error) {
	logger.Disable()
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewBatchCircuit(2))
})

func solveBatch(t *testing.T, c *circuits.BatchCircuit) error {
	t.Helper()
	ccs, err := batch2()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return ccs.IsSolved(w)
}

func ord(id uint32, buy bool, slot uint16, nonce uint32, size, limit uint64) state.OrderMsg {
	return state.OrderMsg{AccountID: id, Market: 1, IsBuy: buy, Slot: slot, Nonce: nonce,
		ExpirySeconds: batchTime + 60, MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: limit}
}

// sealedTradeWithdrawal returns a batch of 2 holding a trade and a withdrawal, after a batch of deposits.
func sealedTradeWithdrawal(t *testing.T) *state.SealedBatch {
	t.Helper()
	w := testkit.NewWorld()
	w.Open(0, 1_000_000_000)
	w.Open(1, 1_000_000_000)
	b := w.Begin()
	b.Add(w.Trade(ord(0, true, 1, 1, 20_000, 61_000_000), ord(1, false, 2, 1, 20_000, 60_000_000), 20_000, 600, 240))
	a := w.Account(1)
	b.Add(w.Withdraw(state.WithdrawalMsg{AccountID: 1, Slot: 3, Nonce: 1, ExpirySeconds: batchTime, AmountQuantums: 500_000, L1Address: a.L1Address}))
	return b.Seal(2, 7, batchTime, [32]byte{1, 2, 3})
}

func TestBatchAssignSatisfies(t *testing.T) {
	sb := sealedTradeWithdrawal(t)
	c, err := Assign(sb)
	if err != nil {
		t.Fatal(err)
	}
	if err := solveBatch(t, c); err != nil {
		t.Fatalf("valid batch rejected: %v", err)
	}
}
