package aggregate

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/test"
)

// TestJoin checks the native chaining: a gap in any pair is ErrGap, and no statements is ErrProofCount.
func TestJoin(t *testing.T) {
	s := newSubmission(t, 3, 1)
	for j := range NbChains {
		bad := append([]Statement{}, s.stmts...)
		bad[2].In[j].SetUint64(999)
		if _, err := JoinAll(bad); !errors.Is(err, ErrGap) {
			t.Fatalf("gap in pair %d: %v, want ErrGap", j, err)
		}
	}
	if _, err := JoinAll([]Statement{s.stmts[1], s.stmts[0]}); !errors.Is(err, ErrGap) {
		t.Fatalf("swapped: %v, want ErrGap", err)
	}
	if _, err := JoinAll(nil); !errors.Is(err, ErrProofCount) {
		t.Fatalf("none: %v, want ErrProofCount", err)
	}
	if s.joined.In != s.stmts[0].In || s.joined.Out != s.stmts[2].Out {
		t.Fatal("joined statement: want the first In and the last Out")
	}
}

// TestProofCountLimit checks MaxProofs and MaxRootProofs: a Node of MaxProofs and a Root of MaxRootProofs proofs
// build; one more, and none, are refused.
func TestProofCountLimit(t *testing.T) {
	keys := setupLeaf(t, compileLeaf(t))
	if _, err := NewNode(keys.vk, MaxProofs); err != nil {
		t.Fatal(err)
	}
	if _, err := NewRoot(keys.vk, MaxRootProofs, segments(MaxRootProofs)); err != nil {
		t.Fatal(err)
	}
	for _, k := range []int{0, MaxProofs + 1} {
		if _, err := NewNode(keys.vk, k); !errors.Is(err, ErrProofCount) {
			t.Fatalf("node of %d proofs: %v, want ErrProofCount", k, err)
		}
	}
	for _, k := range []int{0, MaxRootProofs + 1} {
		if _, err := NewRoot(keys.vk, k, segments(k)); !errors.Is(err, ErrProofCount) {
			t.Fatalf("root of %d proofs: %v, want ErrProofCount", k, err)
		}
	}
}

// TestRootRejects solves the Root of two tiny leaves with gnark's test engine: the honest submission passes;
// a leaf proven for another verifying key, two leaves swapped, a gap between the leaves' roots, a blob changed
// by one byte, another blob, a wrong point and a wrong value are rejected.
func TestRootRejects(t *testing.T) {
	ccs := compileLeaf(t)
	keys, other := setupLeaf(t, ccs), setupLeaf(t, ccs)
	s := newSubmission(t, 2, 5)
	p0, p1 := proveLeaf(t, keys, s.stmts[0], s.words[0]), proveLeaf(t, keys, s.stmts[1], s.words[1])
	good := Commitment(s.joined, s.claim)
	gapped := s.stmts[1]
	gapped.In[ChainState].SetUint64(5000)
	gapped.Out[ChainState].SetUint64(5001)
	changed := append([]byte{}, s.records...)
	changed[40] ^= 1
	// The operator's best attempt with a blob other than the records proven: the claim is consistent for that
	// blob (z derived from the proven records hash and its versioned hash, y its value there, as kzg4844 checks).
	oneByte := claimOf(t, changed, s.joined.Out[ChainRecords])
	another := claimOf(t, newSubmission(t, 2, 6).records, s.joined.Out[ChainRecords])
	wrongZ, wrongY := s.claim, s.claim
	wrongZ.Z[31] ^= 1
	wrongY.Y[31] ^= 1

	cases := []struct {
		name   string
		proofs []groth16.Proof
		stmts  []Statement
		commit *big.Int
		vh     *Claim
		ok     bool
	}{
		{"honest", []groth16.Proof{p0, p1}, s.stmts, good, nil, true},
		{"another verifying key", []groth16.Proof{p0, proveLeaf(t, other, s.stmts[1], s.words[1])}, s.stmts, good, nil, false},
		{"leaves swapped", []groth16.Proof{p1, p0}, []Statement{s.stmts[1], s.stmts[0]}, good, nil, false},
		{"gap between roots", []groth16.Proof{p0, proveLeaf(t, keys, gapped, s.words[1])}, []Statement{s.stmts[0], gapped},
			Commitment(Statement{In: s.stmts[0].In, Out: gapped.Out}, s.claim), nil, false},
		{"blob changed by one byte", []groth16.Proof{p0, p1}, s.stmts, Commitment(s.joined, oneByte), &oneByte, false},
		{"another blob", []groth16.Proof{p0, p1}, s.stmts, Commitment(s.joined, another), &another, false},
		{"wrong point", []groth16.Proof{p0, p1}, s.stmts, Commitment(s.joined, wrongZ), nil, false},
		{"wrong value", []groth16.Proof{p0, p1}, s.stmts, Commitment(s.joined, wrongY), nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sub := s
			if c.vh != nil {
				sub.claim = *c.vh
			}
			circuit, err := NewRoot(keys.vk, 2, segments(2))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			err = test.IsSolved(circuit, rootAssignment(t, sub, c.proofs, c.stmts, c.commit), ecc.BN254.ScalarField())
			t.Logf("solved in %s: %v", time.Since(start).Round(time.Second), err)
			if (err == nil) != c.ok {
				t.Fatalf("want ok=%v, got %v", c.ok, err)
			}
		})
	}
}

// TestNodeChains solves a Node of two tiny leaves with the test engine: its public input is the joined
// statement's hash (the leaf layout, so nodes compose into a tree); a gap between the leaves is rejected.
func TestNodeChains(t *testing.T) {
	ccs := compileLeaf(t)
	keys := setupLeaf(t, ccs)
	s := newSubmission(t, 2, 7)
	gapped := s.stmts[1]
	gapped.In[ChainBatch].SetUint64(20)
	gapped.Out[ChainBatch].SetUint64(21)
	cases := []struct {
		name  string
		stmts []Statement
		ok    bool
	}{
		{"honest", s.stmts, true},
		{"gap between batches", []Statement{s.stmts[0], gapped}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			circuit, err := NewNode(keys.vk, 2)
			if err != nil {
				t.Fatal(err)
			}
			joined := Statement{In: c.stmts[0].In, Out: c.stmts[1].Out}
			a := &Node{Public: joined.Hash()}
			for i, st := range c.stmts {
				p, err := ValueOfProof(proveLeaf(t, keys, st, s.words[i]))
				if err != nil {
					t.Fatal(err)
				}
				a.Proofs = append(a.Proofs, p)
				a.Children = append(a.Children, ValueOf(st))
			}
			err = test.IsSolved(circuit, a, ecc.BN254.ScalarField())
			if (err == nil) != c.ok {
				t.Fatalf("want ok=%v, got %v", c.ok, err)
			}
		})
	}
}
