package circuits

import (
	"sync"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
)

func init() { logger.Disable() }

var compiledMu sync.Mutex
var compiledCache = map[string]constraint.ConstraintSystem{}

// compileOnce compiles a circuit once per test binary under a name.
func compileOnce(t testing.TB, name string, newCircuit func() frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	compiledMu.Lock()
	defer compiledMu.Unlock()
	if ccs, ok := compiledCache[name]; ok {
		return ccs
	}
	ccs, err := frontend.Compile(scalarField, r1cs.NewBuilder, newCircuit())
	if err != nil {
		t.Fatalf("compile %s: %v", name, err)
	}
	compiledCache[name] = ccs
	return ccs
}

func solveWith(t testing.TB, ccs constraint.ConstraintSystem, a frontend.Circuit) error {
	t.Helper()
	w, err := frontend.NewWitness(a, scalarField)
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return ccs.IsSolved(w)
}
