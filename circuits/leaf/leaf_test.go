package leaf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
)

var update = flag.Bool("update", false, "rewrite testdata/constraints.golden")

const goldenPath = "testdata/constraints.golden"

// The constraint budget (issue #13): at most budgetPerTrade R1CS per trade all-in in a leaf of budgetSlots
// slots. The per-trade figure is extrapolated from leaves of budgetSmall and budgetLarge slots: the records
// sponge absorbs 7 words of 31 bytes a permutation, so R1CS(n) is affine only on average; between 2 and 16
// slots the words (5 and 19) take 1 and 3 permutations, 2.06 on average for 14 slots of 32 bytes.
const (
	budgetSlots    = 128
	budgetPerTrade = 45_000
	budgetSmall    = 2
	budgetLarge    = 16
)

var (
	compiledMu sync.Mutex
	compiled   = map[int]constraint.ConstraintSystem{}
)

// compileLeaf compiles the leaf of n slots once per test binary.
func compileLeaf(t *testing.T, n int) constraint.ConstraintSystem {
	t.Helper()
	compiledMu.Lock()
	defer compiledMu.Unlock()
	if ccs, ok := compiled[n]; ok {
		return ccs
	}
	logger.Disable()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(n))
	if err != nil {
		t.Fatalf("compile leaf%d: %v", n, err)
	}
	compiled[n] = ccs
	return ccs
}

// TestConstraintCounts pins the R1CS counts of the leaves of 1 and 2 slots (the slot logic is the batch
// circuit's, whose counts circuits.TestConstraintCounts pins).
func TestConstraintCounts(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString("# R1CS constraint counts (BN254). Regenerate: go test ./circuits/leaf -run TestConstraintCounts -update\n")
	for _, n := range []int{1, 2} {
		fmt.Fprintf(&buf, "leaf%d %d\n", n, compileLeaf(t, n).GetNbConstraints())
	}
	if *update {
		if err := os.WriteFile(goldenPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("constraint counts drifted (run with -update if intended):\n got:\n%s\nwant:\n%s", buf.Bytes(), want)
	}
}

func TestOnePublicInput(t *testing.T) {
	ccs := compileLeaf(t, 1)
	if n := len(ccs.GetCommitments().CommitmentIndexes()); n != 1 {
		t.Fatalf("leaf circuit has %d commitments, want exactly 1", n)
	}
	if n := ccs.GetNbPublicVariables(); n != 2 { // the constant 1 wire and the statement hash
		t.Fatalf("leaf circuit has %d public variables, want 2", n)
	}
}

// TestConstraintsPerTrade extrapolates R1CS(n) = fixed + n·perSlot from the leaves of budgetSmall and
// budgetLarge slots to budgetSlots slots and requires at most budgetPerTrade R1CS per trade all-in. The
// extrapolation overstates the measured count (TestCost: 5,658,053 R1CS at 128 slots, 44,204 per trade rounded up):
// gnark's range checker costs less per check as checks add up.
func TestConstraintsPerTrade(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a 16-slot leaf")
	}
	small, large := compileLeaf(t, budgetSmall).GetNbConstraints(), compileLeaf(t, budgetLarge).GetNbConstraints()
	perSlot := (large - small + budgetLarge - budgetSmall - 1) / (budgetLarge - budgetSmall)
	fixed := small - budgetSmall*perSlot
	total := fixed + budgetSlots*perSlot
	perTrade := (total + budgetSlots - 1) / budgetSlots
	t.Logf("leaf R1CS(n) = %d + %d·n; %d-slot leaf %d R1CS, %d per trade all-in (budget %d)",
		fixed, perSlot, budgetSlots, total, perTrade, budgetPerTrade)
	if perTrade > budgetPerTrade {
		t.Errorf("%d R1CS per trade in a %d-slot leaf, budget %d", perTrade, budgetSlots, budgetPerTrade)
	}
}

// TestCost compiles the leaf of PERPX_LEAF_SLOTS slots (skipped without it: at 128 slots the compile takes
// 50 s to 3 min 30 s by the load and 3.8–4.0 GiB RSS on the shared 2-core machine) and logs its R1CS count,
// all-in per slot; at budgetSlots slots it requires at most budgetPerTrade per slot.
func TestCost(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("PERPX_LEAF_SLOTS"))
	if err != nil || n <= 0 {
		t.Skip("set PERPX_LEAF_SLOTS to a slot count")
	}
	nb := compileLeaf(t, n).GetNbConstraints()
	perTrade := (nb + n - 1) / n
	t.Logf("leaf of %d slots: %d R1CS, %d per slot all-in", n, nb, perTrade)
	if n == budgetSlots && perTrade > budgetPerTrade {
		t.Errorf("%d R1CS per trade in a %d-slot leaf, budget %d", perTrade, n, budgetPerTrade)
	}
}
