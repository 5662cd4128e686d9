package circuits_test

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/adversary"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// forgedTransfer returns a slot moving all of account 0's collateral (the amount and the transfer fee) to
// account 1 (the operator's) and the fee pool, whose
// signature A is R = (0, 0), S = 0: account 0's key never signs anything. The trace is built with the dummy
// signature (a signature by another key of another message) and the witness's R and S then replaced. With
// honest, it returns the same transfer signed by account 0 instead.
func forgedTransfer(t *testing.T, honest bool) *circuits.SlotCircuit {
	t.Helper()
	const balance = 1_000_000_000
	w := funded(t, 2, balance)
	m := state.TransferMsg{FromAccount: 0, ToAccount: 1, Slot: 5, Nonce: 1, ExpirySeconds: testTime, AmountQuantums: balance - state.TransferFeeQuantums}
	st := state.SignedTransfer{Msg: m, Sig: circuits.DummySignature()}
	if honest {
		st = w.SignTransfer(m)
	}
	a := step(t, w, func() *state.TxTrace { return w.TransferSigned(st) })
	if !honest {
		a.Tx.SigA.R.X, a.Tx.SigA.R.Y, a.Tx.SigA.S = 0, 0, 0
	}
	if got := w.Account(0).CollateralQuantums; got != 0 {
		t.Fatalf("account 0 holds %d after the transfer", got)
	}
	return a
}

// TestForgedTransferRejected attacks the whole slot circuit as a malicious operator would: the forged transfer
// above, with every under-determined wire given each adversarial value, must not satisfy the circuit. The
// stock solver (ccs.IsSolved) cannot show this: it gives a 0/0 wire the value 0.
func TestForgedTransferRejected(t *testing.T) {
	ccs := slotCircuit.get(t)
	for _, honest := range []bool{true, false} {
		a := forgedTransfer(t, honest)
		wit, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		acc, err := adversary.Attack(ccs, wit, adversary.Strategies())
		if err != nil {
			t.Fatal(err)
		}
		if honest {
			// The control: the honest transfer is accepted under every strategy, with no free wire.
			if len(acc) != len(adversary.Strategies()) {
				t.Fatalf("honest transfer accepted by %d strategies, want all", len(acc))
			}
			continue
		}
		if err := solve(t, slotCircuit, a); err == nil {
			t.Fatal("the stock solver accepts the forged transfer")
		}
		for _, x := range acc {
			t.Errorf("slot: a transfer of account 0's whole balance that account 0 never signed satisfies all %d "+
				"constraints when the prover sets the %d free wire(s) to %s", ccs.GetNbConstraints(), len(x.Free), x.Strategy)
		}
	}
}

// TestForgedOracleReportsRejected attacks the market update: three reports that no oracle key signed, pricing
// market 1 at 1 (a price that would liquidate every long), each with R = (0, 0), S = 0. With every
// under-determined wire given each adversarial value, they must not satisfy the circuit. The same reports
// signed by the oracle keys are the control.
func TestForgedOracleReportsRejected(t *testing.T) {
	ccs := marketUpdateCircuit.get(t)
	for _, honest := range []bool{true, false} {
		reports := make([]state.SignedOracleReport, 0, state.OracleQuorum)
		for j, signer := range []uint8{0, 2, 4} {
			r := testkit.SignReport(signer, report(muTime-uint64(j), 1, 3_000_000, 1))
			if !honest {
				r.Sig = circuits.DummySignature()
			}
			reports = append(reports, r)
		}
		c := muCase{last: muTime - 100, reports: reports}
		a := c.assign(t)
		if !honest {
			for j := range a.Update.Reports {
				a.Update.Reports[j].Sig.R.X, a.Update.Reports[j].Sig.R.Y, a.Update.Reports[j].Sig.S = 0, 0, 0
			}
		}
		wit, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		acc, err := adversary.Attack(ccs, wit, adversary.Strategies())
		if err != nil {
			t.Fatal(err)
		}
		if honest {
			if len(acc) != len(adversary.Strategies()) {
				t.Fatalf("honest reports accepted by %d strategies, want all", len(acc))
			}
			continue
		}
		for _, x := range acc {
			t.Errorf("market update: three reports no oracle signed satisfy all %d constraints when the prover sets "+
				"the %d free wire(s) to %s", ccs.GetNbConstraints(), len(x.Free), x.Strategy)
		}
	}
}
