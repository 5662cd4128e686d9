package circuits

import (
	"os"
	"strconv"
	"testing"

	"github.com/consensys/gnark/frontend"
)

func TestLeafCircuitOnePublicInput(t *testing.T) {
	ccs := compileOnce(t, "leaf1", func() frontend.Circuit { return NewLeafCircuit(1) })
	if n := nbCommitments(ccs); n != 1 {
		t.Fatalf("leaf circuit has %d commitments, want exactly 1", n)
	}
	if n := ccs.GetNbPublicVariables(); n != 2 { // the constant 1 wire and the statement hash
		t.Fatalf("leaf circuit has %d public variables, want 2", n)
	}
}

// TestLeafCost compiles the leaf of PERPX_LEAF_SLOTS slots (e.g. 128; skipped without it, the compile takes
// minutes and several GiB: 3 min 28 s and 4.0 GiB RSS for 128 on the shared 2-core machine) and logs its R1CS
// count, all-in per slot; at budgetLeafSlots slots it requires at most budgetPerTrade per slot.
func TestLeafCost(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("PERPX_LEAF_SLOTS"))
	if err != nil || n <= 0 {
		t.Skip("set PERPX_LEAF_SLOTS to a slot count")
	}
	ccs := compileOnce(t, "leaf", func() frontend.Circuit { return NewLeafCircuit(n) })
	nb := ccs.GetNbConstraints()
	perTrade := (nb + n - 1) / n
	t.Logf("leaf of %d slots: %d R1CS, %d per slot all-in", n, nb, perTrade)
	if n == budgetLeafSlots && perTrade > budgetPerTrade {
		t.Errorf("%d R1CS per trade in a %d-slot leaf, budget %d", perTrade, n, budgetPerTrade)
	}
}
