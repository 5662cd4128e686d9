package prover

import (
	"errors"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/perpx/perpx/circuits/aggregate"
	"github.com/perpx/perpx/circuits/leaf"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// leafSize is the slot count of the test leaves: a trade, a deposit and a withdrawal.
const leafSize = 3

var leaf3 = sync.OnceValues(func() (constraint.ConstraintSystem, error) {
	logger.Disable()
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, leaf.NewCircuit(leafSize))
})

func solveLeaf(t *testing.T, c *leaf.Circuit) error {
	t.Helper()
	ccs, err := leaf3()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return ccs.IsSolved(w)
}

// leafBatches returns two consecutive sealed batches of leafSize slots: batch 7 with a trade, a deposit into a
// new account and a withdrawal; batch 8 with a deposit and two no-ops.
func leafBatches(t *testing.T) (*state.SealedBatch, *state.SealedBatch) {
	t.Helper()
	w := testkit.NewWorld()
	w.Open(0, 1_000_000_000)
	w.Open(1, 1_000_000_000)
	b := w.Begin()
	b.Add(w.Trade(batchOrd(0, true, 1, 1, 20_000, 61_000_000), batchOrd(1, false, 2, 1, 20_000, 60_000_000), 20_000, 600, 240))
	b.Add(w.Open(9, 123_456))
	a := w.Account(1)
	b.Add(w.Withdraw(state.WithdrawalMsg{AccountID: 1, Slot: 3, Nonce: 1, ExpirySeconds: batchTime, AmountQuantums: 500_000, L1Address: a.L1Address}))
	first := b.Seal(leafSize, 7, batchTime, w.Config.Hash())
	b = w.Begin()
	b.Add(w.Open(10, 7_000))
	return first, b.Seal(leafSize, 8, batchTime+12, w.Config.Hash())
}

// Nonzero accumulators before the first leaf, so that the test sees In flow into Out.
var recordsIn0, calldataIn0 = fr.NewElement(11), fr.NewElement(22)

// chainOver is CalldataChain with the records chosen by pick (slot index, record type) instead of IsL1Record.
func chainOver(c fr.Element, records []byte, pick func(i, typ int) bool) fr.Element {
	for i := 0; i*state.CompactRecordSize < len(records); i++ {
		r := records[i*state.CompactRecordSize : (i+1)*state.CompactRecordSize]
		if !pick(i, int(r[0]>>4)) {
			continue
		}
		var hi, lo fr.Element
		hi.SetBytes(r[:16])
		lo.SetBytes(r[16:])
		c = state.Compress4([state.TreeArity]fr.Element{c, hi, lo, {}})
	}
	return c
}

func TestLeafHonestSolves(t *testing.T) {
	first, _ := leafBatches(t)
	c, s, err := AssignLeaf(first, recordsIn0, calldataIn0)
	if err != nil {
		t.Fatal(err)
	}
	if err := solveLeaf(t, c); err != nil {
		t.Fatalf("honest leaf rejected: %v", err)
	}
	pubdata, err := first.Pubdata()
	if err != nil {
		t.Fatal(err)
	}
	// Slots: trade (not on L1), deposit, withdrawal (both on L1).
	want := chainOver(calldataIn0, pubdata[state.MarketRecordSize:], func(i, _ int) bool { return i != 0 })
	if s.Out[leaf.PairCalldata] != want {
		t.Fatal("calldata chain is not the deposit's and the withdrawal's")
	}
	if h := aggregate.Statement(s).Hash(); h != s.Hash() {
		t.Fatal("the leaf statement hashes differently as an aggregate.Statement")
	}
}

// TestLeafStatementMutations changes one value of an honest leaf's statement (each computed from a plausible
// wrong input) and requires the circuit to reject the statement's hash.
func TestLeafStatementMutations(t *testing.T) {
	first, _ := leafBatches(t)
	c, s, err := AssignLeaf(first, recordsIn0, calldataIn0)
	if err != nil {
		t.Fatal(err)
	}
	pubdata, err := first.Pubdata()
	if err != nil {
		t.Fatal(err)
	}
	slots := pubdata[state.MarketRecordSize:]
	flipped := append([]byte(nil), pubdata...)
	flipped[state.MarketRecordSize+5] ^= 1 // a byte of the trade record
	wrongRecords, err := RecordsOut(recordsIn0, flipped)
	if err != nil {
		t.Fatal(err)
	}
	var one fr.Element
	one.SetOne()
	muts := map[string]func(*LeafStatement){
		"Out_0 + 1": func(s *LeafStatement) { s.Out[leaf.PairState].Add(&s.Out[leaf.PairState], &one) },
		"Out_0 without the config": func(s *LeafStatement) {
			s.Out[leaf.PairState] = state.Compress(first.Header.NewRoot, fr.Element{})
		},
		"Out_2 of a record byte flipped": func(s *LeafStatement) { s.Out[leaf.PairRecords] = wrongRecords },
		"a non-L1 record (the trade) in the calldata chain": func(s *LeafStatement) {
			s.Out[leaf.PairCalldata] = chainOver(calldataIn0, slots, func(int, int) bool { return true })
		},
		"an L1 record (the withdrawal) left out": func(s *LeafStatement) {
			s.Out[leaf.PairCalldata] = chainOver(calldataIn0, slots, func(i, _ int) bool { return i == 1 })
		},
		"an L1 record (the deposit) left out": func(s *LeafStatement) {
			s.Out[leaf.PairCalldata] = chainOver(calldataIn0, slots, func(i, _ int) bool { return i == 2 })
		},
		"In_1 of batch number − 2": func(s *LeafStatement) {
			s.In[leaf.PairBatch] = batchWord(first.Header.BatchNumber-2, first.OldGlobals.SystemTimeSeconds)
		},
		"In_1 of the new timestamp": func(s *LeafStatement) {
			s.In[leaf.PairBatch] = batchWord(first.Header.BatchNumber-1, first.Header.TimestampSeconds)
		},
		"In_2 other than the witness's": func(s *LeafStatement) { s.In[leaf.PairRecords] = calldataIn0 },
		"In_3 other than the witness's": func(s *LeafStatement) { s.In[leaf.PairCalldata] = recordsIn0 },
	}
	for name, mut := range muts {
		m := s
		mut(&m)
		h := m.Hash()
		c.Statement = state.BigOf(h)
		if err := solveLeaf(t, c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestLeafStatementsChain requires the statements of two consecutive leaves, each after the other's Out, to
// join with aggregate.Join, and both leaves to solve.
func TestLeafStatementsChain(t *testing.T) {
	first, second := leafBatches(t)
	c1, s1, err := AssignLeaf(first, recordsIn0, calldataIn0)
	if err != nil {
		t.Fatal(err)
	}
	c2, s2, err := AssignLeaf(second, s1.Out[leaf.PairRecords], s1.Out[leaf.PairCalldata])
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range []*leaf.Circuit{c1, c2} {
		if err := solveLeaf(t, c); err != nil {
			t.Fatalf("leaf %d rejected: %v", i+1, err)
		}
	}
	if _, err := aggregate.Join(aggregate.Statement(s1), aggregate.Statement(s2)); err != nil {
		t.Fatalf("consecutive leaves do not chain: %v", err)
	}
	if _, err := aggregate.Join(aggregate.Statement(s2), aggregate.Statement(s1)); !errors.Is(err, aggregate.ErrGap) {
		t.Fatalf("swapped leaves: %v, want ErrGap", err)
	}
}

func TestNewLeafStatementRejectsBatchZero(t *testing.T) {
	first, _ := leafBatches(t)
	first.Header.BatchNumber = 0
	if _, err := NewLeafStatement(first, fr.Element{}, fr.Element{}); !errors.Is(err, ErrBatch) {
		t.Fatalf("batch 0: %v, want ErrBatch", err)
	}
}
