package prover

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/adversary"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// forgedTransferBatch returns the assignment of a batch of 2 whose first slot moves all of account 0's
// collateral to account 1 (the amount) and the fee pool (the transfer fee) and whose second is a no-op. Unless honest, account 0 never signs: the trace carries
// the dummy signature and the witness then gets R = (0, 0), S = 0. The header and pubdata are the batch's
// own, so the public commitment is the one the contract would compute.
func forgedTransferBatch(t *testing.T, honest bool) *circuits.BatchCircuit {
	t.Helper()
	const balance = 1_000_000_000
	w := testkit.NewWorld()
	w.Open(0, balance)
	w.Open(1, balance)
	b := w.Begin()
	m := state.TransferMsg{FromAccount: 0, ToAccount: 1, Slot: 5, Nonce: 1, ExpirySeconds: batchTime, AmountQuantums: balance - state.TransferFeeQuantums}
	st := state.SignedTransfer{Msg: m, Sig: circuits.DummySignature()}
	if honest {
		st = w.SignTransfer(m)
	}
	b.Add(w.TransferSigned(st))
	c, err := Assign(b.Seal(2, 1, batchTime, w.Config.Hash()))
	if err != nil {
		t.Fatal(err)
	}
	if !honest {
		c.Txs[0].SigA.R.X, c.Txs[0].SigA.R.Y, c.Txs[0].SigA.S = 0, 0, 0
	}
	return c
}

// TestForgedBatchRejected attacks the whole batch circuit as a malicious operator and prover would: the batch
// above, with each under-determined wire given each adversarial value by circuits/adversary, must not
// satisfy the circuit (PROTOCOL §10). The honest batch is the control: the same solver accepts it.
func TestForgedBatchRejected(t *testing.T) {
	ccs, err := batch2()
	if err != nil {
		t.Fatal(err)
	}
	for _, honest := range []bool{true, false} {
		w, err := frontend.NewWitness(forgedTransferBatch(t, honest), ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		strategies := adversary.Strategies()
		if honest {
			strategies = strategies[:1]
		}
		acc, err := adversary.Attack(ccs, w, strategies)
		if err != nil {
			t.Fatal(err)
		}
		if honest {
			if len(acc) != 1 || len(acc[0].Free) != 0 {
				t.Fatalf("honest batch: accepted %v, want one strategy and no free wire", acc)
			}
			continue
		}
		for _, a := range acc {
			t.Errorf("batch: a transfer of account 0's whole balance that account 0 never signed satisfies all %d "+
				"constraints when the prover sets the %d free wire(s) to %s", ccs.GetNbConstraints(), len(a.Free), a.Strategy)
		}
	}
}
