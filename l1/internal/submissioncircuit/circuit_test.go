package submissioncircuit

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
)

// TestCircuit solves the circuit for some words and refuses a commitment of other words; it logs the circuit's
// size.
func TestCircuit(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &SubmissionStatementCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d R1CS", Name, ccs.GetNbConstraints())
	var words [Words][WordBytes]byte
	for i := range words {
		for j := range words[i] {
			words[i][j] = byte(31*i + 7*j + 1)
		}
	}
	a := Assign(words)
	if err := test.IsSolved(&SubmissionStatementCircuit{}, a, ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
	other := words
	other[8][31] ^= 1
	bad := Assign(words)
	bad.Commitment = Commitment(other)
	if err := test.IsSolved(&SubmissionStatementCircuit{}, bad, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("a commitment of other words was accepted")
	}
}
