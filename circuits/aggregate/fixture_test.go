package aggregate

import (
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/perpx/perpx/circuits/blob"
)

// wordsPerLeaf is the test leaves' share of the blob.
const wordsPerLeaf = 2

// testLeaf is a tiny leaf with the package's public-input layout: it advances the state commitment by one and
// the batch by one, and accumulates its blob words into the records accumulator.
type testLeaf struct {
	S      StatementVars
	Words  [wordsPerLeaf]frontend.Variable
	Public frontend.Variable `gnark:",public"`
}

func (c *testLeaf) Define(api frontend.API) error {
	api.AssertIsEqual(c.S.Out[ChainState], api.Add(c.S.In[ChainState], 1))
	api.AssertIsEqual(c.S.Out[ChainBatch], api.Add(c.S.In[ChainBatch], 1))
	s, err := blob.SpongeCircuit(api, blob.TagRecords, c.Words[:]...)
	if err != nil {
		return err
	}
	acc, err := blob.SpongeCircuit(api, blob.TagChain, c.S.In[ChainRecords], s)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.S.Out[ChainRecords], acc)
	h, err := c.S.Hash(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Public, h)
	return nil
}

// leafKeys are a compiled test leaf and its keys.
type leafKeys struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func compileLeaf(t testing.TB) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &testLeaf{})
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// setupLeaf runs a fresh (random) setup: each call gives another verifying key.
func setupLeaf(t testing.TB, ccs constraint.ConstraintSystem) leafKeys {
	t.Helper()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return leafKeys{ccs, pk, vk}
}

// submission is k leaves' statements, words, records bytes and blob claim.
type submission struct {
	stmts   []Statement
	words   [][wordsPerLeaf]fr.Element
	records []byte
	claim   Claim
	joined  Statement
}

// newSubmission builds k chained leaves whose records fill the start of one blob, and the blob's claim.
func newSubmission(t testing.TB, k int, seed byte) submission {
	t.Helper()
	var s submission
	var acc fr.Element
	for i := range k {
		rec := make([]byte, wordsPerLeaf*blob.BytesPerWord)
		for j := range rec {
			rec[j] = byte(j*7+i*13) ^ seed
		}
		w, err := blob.Words(rec, wordsPerLeaf)
		if err != nil {
			t.Fatal(err)
		}
		var st Statement
		st.In[ChainState].SetUint64(uint64(1000 + i))
		st.Out[ChainState].SetUint64(uint64(1001 + i))
		st.In[ChainBatch].SetUint64(uint64(10 + i))
		st.Out[ChainBatch].SetUint64(uint64(11 + i))
		st.In[ChainRecords] = acc
		acc = blob.Chain(acc, blob.Sponge(blob.TagRecords, w...))
		st.Out[ChainRecords] = acc
		st.In[ChainCalldata].SetUint64(uint64(77 + i))
		st.Out[ChainCalldata].SetUint64(uint64(78 + i))
		s.stmts = append(s.stmts, st)
		s.words = append(s.words, [wordsPerLeaf]fr.Element(w))
		s.records = append(s.records, rec...)
	}
	var err error
	if s.joined, err = JoinAll(s.stmts); err != nil {
		t.Fatal(err)
	}
	s.claim = claimOf(t, s.records, acc)
	return s
}

// claimOf packs records into a blob and returns its claim for the records hash h, checking y with kzg4844.
func claimOf(t testing.TB, records []byte, h fr.Element) Claim {
	t.Helper()
	b, err := blob.Pack(records)
	if err != nil {
		t.Fatal(err)
	}
	commit, err := kzg4844.BlobToCommitment(b)
	if err != nil {
		t.Fatal(err)
	}
	c := Claim{VersionedHash: kzg4844.CalcBlobHashV1(sha256.New(), &commit)}
	c.Z = blob.Challenge(h, c.VersionedHash)
	proof, y, err := kzg4844.ComputeProof(b, c.Z)
	if err != nil {
		t.Fatal(err)
	}
	if err := kzg4844.VerifyProof(commit, c.Z, y, proof); err != nil {
		t.Fatal(err)
	}
	c.Y = y
	return c
}

// proveLeaf proves leaf i of s with keys.
func proveLeaf(t testing.TB, keys leafKeys, st Statement, words [wordsPerLeaf]fr.Element) groth16.Proof {
	t.Helper()
	a := &testLeaf{S: ValueOf(st), Public: st.Hash()}
	for j := range words {
		a.Words[j] = words[j]
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	p, err := groth16.Prove(keys.ccs, keys.pk, w, ProverOption())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// rootAssignment assigns a Root over s's leaves with the given proofs and statements (in that order).
func rootAssignment(t testing.TB, s submission, proofs []groth16.Proof, stmts []Statement, commitment *big.Int) *Root {
	t.Helper()
	r := &Root{Commitment: commitment}
	for i := range proofs {
		p, err := ValueOfProof(proofs[i])
		if err != nil {
			t.Fatal(err)
		}
		r.Proofs = append(r.Proofs, p)
		r.Children = append(r.Children, ValueOf(stmts[i]))
	}
	for _, w := range s.words {
		for j := range w {
			r.Words = append(r.Words, w[j])
		}
	}
	hi, lo := blob.SplitHash(s.claim.VersionedHash)
	r.VHHi, r.VHLo = hi, lo
	return r
}

func segments(k int) []int {
	out := make([]int, k)
	for i := range out {
		out[i] = wordsPerLeaf
	}
	return out
}
