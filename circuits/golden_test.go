package circuits

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
)

var update = flag.Bool("update", false, "rewrite testdata/constraints.golden")

const goldenPath = "testdata/constraints.golden"

// goldenParts are the circuits whose R1CS constraint counts the golden file pins. Each part compiles alone,
// so its count includes the fixed cost of the range-check table (and, for SHA-256, of the byte tables).
var goldenParts = []struct {
	name string
	new  func() frontend.Circuit
}{
	{"leaf_hash", func() frontend.Circuit { return &leafCircuit{} }},
	{"account_path_update", func() frontend.Circuit { return &pathCircuit{} }},
	{"slot_update", func() frontend.Circuit { return &slotUpdateCircuit{} }},
	{"eddsa", func() frontend.Circuit { return &eddsaCircuit{} }},
	{"margin_check", func() frontend.Circuit { return &marginCircuit{} }},
	{"funding_settlement", func() frontend.Circuit { return &settleCircuit{} }},
	{"market_update_quorum3", func() frontend.Circuit { return &MarketUpdateCircuit{} }},
	{"sha256_batch2", func() frontend.Circuit {
		// header, the market record and two compact slot records: 240 bytes, four SHA-256 blocks.
		return &commitmentCircuit{Msg: make([]frontend.Variable, headerSize+marketRecordSize+2*compactRecordSize)}
	}},
	{"slot", func() frontend.Circuit { return &SlotCircuit{} }},
	{"batch2", func() frontend.Circuit { return NewBatchCircuit(2) }},
}

func TestConstraintCounts(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString("# R1CS constraint counts (BN254). Regenerate: go test ./circuits -run TestConstraintCounts -update\n")
	for _, p := range goldenParts {
		ccs := compileOnce(t, p.name, p.new)
		fmt.Fprintf(&buf, "%s %d\n", p.name, ccs.GetNbConstraints())
		if n := nbCommitments(ccs); n > 1 {
			t.Errorf("%s: %d commitments, the Solidity verifier supports one", p.name, n)
		}
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(goldenPath), 0o755); err != nil {
			t.Fatal(err)
		}
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

func TestBatchCircuitOneCommitment(t *testing.T) {
	ccs := compileOnce(t, "batch2", func() frontend.Circuit { return NewBatchCircuit(2) })
	if n := nbCommitments(ccs); n != 1 {
		t.Fatalf("batch circuit has %d commitments, want exactly 1", n)
	}
	if n := ccs.GetNbPublicVariables(); n != 2 { // the constant 1 wire and the commitment
		t.Fatalf("batch circuit has %d public variables, want 2", n)
	}
}

func nbCommitments(ccs constraint.ConstraintSystem) int {
	return len(ccs.GetCommitments().CommitmentIndexes())
}
